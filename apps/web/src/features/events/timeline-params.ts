import { EventFilter } from "@monitor/domain";
import { z } from "zod";

/** The timeline's URL: `?kind=agreement&from=2021-01-01&markers=1`. A checkbox sends "1" for milestones only. */
export const TimelineParams = EventFilter.omit({ markers: true }).extend({
  markers: z.enum(["1"], { error: "Use markers=1 to show only milestones." }).optional(),
});
export type TimelineParams = z.infer<typeof TimelineParams>;

export const TIMELINE_PARAM_KEYS = ["kind", "from", "to", "search", "markers"] as const;

export const TIMELINE_PARAM_LABELS: Record<(typeof TIMELINE_PARAM_KEYS)[number], string> = {
  kind: "Category",
  from: "From",
  to: "To",
  search: "Search",
  markers: "Milestones only",
};

/** The API filter for URL parameters. */
export function toEventFilter(p: TimelineParams): EventFilter {
  return { kind: p.kind, from: p.from, to: p.to, search: p.search, markers: p.markers === "1" ? true : undefined };
}

/** Events grouped under their year, in the order given (chronological from the API). */
export function groupByYear<E extends { date: string }>(events: readonly E[]): { year: string; events: E[] }[] {
  const out: { year: string; events: E[] }[] = [];
  for (const e of events) {
    const year = e.date.slice(0, 4);
    const last = out[out.length - 1];
    if (last && last.year === year) last.events.push(e);
    else out.push({ year, events: [e] });
  }
  return out;
}

/** The last day of the period an event is dated to: the day, the month or the year. */
export function periodEnd(date: string, precision: "day" | "month" | "year"): string {
  if (precision === "day") return date;
  const y = Number(date.slice(0, 4));
  if (precision === "year") return `${y}-12-31`;
  const m = Number(date.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(last).padStart(2, "0")}`;
}
