import { describePercentChange, type PercentChange } from "@monitor/domain";
import { cn } from "~/lib/utils";
import { formatChangeShort } from "./trend-math";

/** The chart palette, by position; the sixth (grey) is kept for "Other". */
export const SERIES_COLORS = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)", "var(--chart-5)"] as const;
export const OTHER_COLOR = "var(--chart-6)";
export const UNKNOWN_COLOR = "var(--border-strong)";

export function seriesColor(i: number): string {
  return SERIES_COLORS[i % SERIES_COLORS.length] ?? "var(--chart-1)";
}

/**
 * A percent change in a table cell: "+25%" with the full sentence ("+25% against 2020") for screen
 * readers and as a hover title. Rises and falls are not coloured good or bad: more attacks is not a
 * "green" rise, and the reader judges.
 */
export function ChangeText({ change, against, className }: { change: PercentChange; against: string; className?: string }) {
  const full = describePercentChange(change, against);
  const short = formatChangeShort(change);
  return (
    <span className={cn("tabular-nums", change.kind === "unavailable" && "text-muted-foreground", className)} title={full}>
      <span aria-hidden="true">{short}</span>
      <span className="sr-only">{full}</span>
    </span>
  );
}
