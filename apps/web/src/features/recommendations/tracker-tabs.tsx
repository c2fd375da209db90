import { SegmentedControl } from "~/components/ui/segmented-control";

/** The tracker's views; each is its own page so a view is a link an analyst can share. */
export const TRACKER_VIEWS = [
  { value: "table", label: "Table", href: "/recommendations" },
  { value: "board", label: "Board", href: "/recommendations/board" },
  { value: "scoreboard", label: "Scoreboard", href: "/recommendations/scoreboard" },
  { value: "reviews", label: "Reviews due", href: "/recommendations/reviews" },
  { value: "families", label: "Repeats", href: "/recommendations/families" },
] as const;
export type TrackerView = (typeof TRACKER_VIEWS)[number]["value"];

/**
 * Tabs between the tracker's views. `query` (the current filters, without "?") is carried over so
 * switching from the table to the board keeps the theme or actor chosen.
 */
export function TrackerTabs({ current, query = "" }: { current: TrackerView; query?: string }) {
  return (
    <SegmentedControl
      label="Tracker view"
      variant="tabs"
      value={current}
      items={TRACKER_VIEWS.map((v) => ({ value: v.value, label: v.label, href: query ? `${v.href}?${query}` : v.href }))}
      className="mb-4"
    />
  );
}
