import type { Incident } from "./schemas";

/** The measures the dashboard shows for incident-log data. */
export type IncidentMeasure = "count" | "killed" | "injured";

export type IncidentLike = Pick<Incident, "date" | "killed" | "injured" | "province" | "district">;

export interface SeriesPoint {
  /** "2021" for years, "2021-08" for months. */
  period: string;
  value: number;
}

function measureOf(i: Pick<IncidentLike, "killed" | "injured">, measure: IncidentMeasure): number {
  if (measure === "count") return 1;
  return (measure === "killed" ? i.killed : i.injured) ?? 0;
}

/** "2021" or "2021-08": the year or month an ISO date falls in. */
export function periodKey(date: string, granularity: "year" | "month"): string {
  return granularity === "year" ? date.slice(0, 4) : date.slice(0, 7);
}

/** Every year ("2019".."2022") or month ("2021-11".."2022-02") from `first` to `last`, both included. */
export function* periodsBetween(first: string, last: string, granularity: "year" | "month"): Generator<string> {
  if (granularity === "year") {
    for (let y = Number(first); y <= Number(last); y++) yield String(y);
    return;
  }
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const endY = Number(last.slice(0, 4));
  const endM = Number(last.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    yield `${y}-${String(m).padStart(2, "0")}`;
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
}

/**
 * A yearly or monthly series from the incident log. Periods with no incidents inside the covered
 * range are real zeros (the log covers them), so they are filled in; the range is `from`..`to` when
 * given, otherwise the first to the last incident.
 */
export function buildIncidentSeries(
  incidents: readonly Pick<IncidentLike, "date" | "killed" | "injured">[],
  opts: { granularity: "year" | "month"; measure: IncidentMeasure; from?: string; to?: string },
): SeriesPoint[] {
  const sums = new Map<string, number>();
  for (const i of incidents) {
    if (opts.from && i.date < opts.from) continue;
    if (opts.to && i.date > opts.to) continue;
    const key = periodKey(i.date, opts.granularity);
    sums.set(key, (sums.get(key) ?? 0) + measureOf(i, opts.measure));
  }
  return fillSeriesGaps(
    [...sums].map(([period, value]) => ({ period, value })),
    opts,
  );
}

/**
 * Completes an aggregated series (e.g. from a SQL GROUP BY) with zero-valued periods between
 * `from` and `to` (or the first and last period present). Use only for counts from a log that
 * covers the whole range; published figures must keep their gaps.
 */
export function fillSeriesGaps(
  points: readonly SeriesPoint[],
  opts: { granularity: "year" | "month"; from?: string; to?: string },
): SeriesPoint[] {
  const sums = new Map(points.map((p) => [p.period, p.value]));
  const keys = [...sums.keys()].sort();
  const start = opts.from ? periodKey(opts.from, opts.granularity) : keys[0];
  const end = opts.to ? periodKey(opts.to, opts.granularity) : keys[keys.length - 1];
  if (start === undefined || end === undefined) return [];
  return [...periodsBetween(start, end, opts.granularity)].map((period) => ({ period, value: sums.get(period) ?? 0 }));
}

export interface AreaTotals {
  incidents: number;
  killed: number;
  injured: number;
}

/** Totals per province or district id. Incidents without that level of geography are counted under `null`. */
export function totalsByArea(incidents: readonly IncidentLike[], level: "province" | "district"): Map<string | null, AreaTotals> {
  const out = new Map<string | null, AreaTotals>();
  for (const i of incidents) {
    const key = level === "province" ? i.province : i.district;
    const t = out.get(key) ?? { incidents: 0, killed: 0, injured: 0 };
    t.incidents += 1;
    t.killed += i.killed ?? 0;
    t.injured += i.injured ?? 0;
    out.set(key, t);
  }
  return out;
}
