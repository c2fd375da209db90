import {
  formatDate,
  formatPeriod,
  type PercentChange,
  percentChange,
  previousPeriod,
  type StatisticLike,
  shiftIsoDate,
} from "@monitor/domain";

// Pure helpers of the Trends page: period arithmetic, percent change per period, top-N stacking,
// annotation label layout and table sorting. No React, no I/O: unit-tested in trend-math.test.ts.

/** A categorical period of a chart: "2021" (a year) or "2021-08" (a month). */
export type PeriodKey = string;

/** The period before: "2021" → "2020", "2021-01" → "2020-12". */
export function previousPeriodKey(period: PeriodKey): PeriodKey {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
  }
  return String(Number(period) - 1);
}

/** "2021-08" → "Aug 2021"; "2021" → "2021". */
export function periodLabel(period: PeriodKey): string {
  return /^\d{4}-\d{2}$/.test(period) ? formatDate(`${period}-01`, "month") : period;
}

/** The period of a chart axis that contains a date. */
export function periodOfDate(date: string, granularity: "year" | "month"): PeriodKey {
  return granularity === "year" ? date.slice(0, 4) : date.slice(0, 7);
}

/** Every year from the first to the last, so years without a figure show as gaps. */
export function yearsBetween(years: readonly number[]): string[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

export interface PeriodChange {
  /** The period compared against ("2020" for 2021). */
  previous: PeriodKey;
  change: PercentChange;
}

/**
 * Each period's change against the period just before it (not the last one that has a value: a
 * source that skipped 2022 gives 2023 no change "against 2022"). `values` maps period → value; a
 * missing or null value is a gap, never a zero.
 */
export function changeAgainstPrevious(values: ReadonlyMap<PeriodKey, number | null>, period: PeriodKey): PeriodChange {
  const previous = previousPeriodKey(period);
  return { previous, change: percentChange(values.get(period), values.get(previous)) };
}

/** A percent change as a table shows it: "+12.5%", "−3%", "0%", "from 0", or "–" when there is nothing to compare. */
export function formatChangeShort(change: PercentChange): string {
  switch (change.kind) {
    case "change":
      if (change.direction === "flat") return "0%";
      return `${change.percent > 0 ? "+" : "−"}${Math.abs(change.percent).toLocaleString("en-GB")}%`;
    case "unchanged":
      return "0%";
    case "from_zero":
      return "from 0";
    case "unavailable":
      return "–";
  }
}

/** A sortable number for a change: unavailable sorts as null (last). */
export function changeSortValue(change: PercentChange): number | null {
  switch (change.kind) {
    case "change":
      return change.percent;
    case "unchanged":
      return 0;
    case "from_zero":
      return Number.POSITIVE_INFINITY;
    case "unavailable":
      return null;
  }
}

/**
 * Round y-axis ticks from zero that cover `max` in about four steps of 1, 2, 2.5 or 5 × a power of
 * ten (915 → 0, 250 … 1,000), whole numbers only: the charts count people and incidents.
 */
export function niceTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude);
  const whole = Number.isInteger(step) ? step : Math.ceil(step);
  return Array.from({ length: Math.ceil(max / whole) + 1 }, (_, i) => i * whole);
}

// ---------------------------------------------------------------- top N + "Other"

export const OTHER_KEY = "__other";

export interface BreakdownLike {
  keys: readonly { key: string; label: string }[];
  rows: readonly { period: string; values: Readonly<Record<string, number>> }[];
  totals: Readonly<Record<string, number>>;
}

export interface StackedBreakdown {
  /** The keys drawn, largest first, then "Other" when some were folded into it. */
  keys: { key: string; label: string }[];
  /** The labels folded into "Other", largest first. */
  other: string[];
  rows: { period: string; values: Record<string, number>; total: number }[];
}

/**
 * Keeps the `n` largest keys (by total) and folds the rest into one key ("3 more"), so a stacked chart
 * stays readable. Folding a single key is pointless, so "Other" only appears for two or more. The
 * `unknownKey` (incidents that do not state the dimension) is never folded: it stays its own key, last.
 * Row totals are the sums of the row's values (a multi-group incident counts once per group).
 */
export function stackTopN(b: BreakdownLike, n: number, unknownKey?: string): StackedBreakdown {
  const unknown = b.keys.find((k) => k.key === unknownKey && (b.totals[k.key] ?? 0) > 0);
  const ordered = b.keys.filter((k) => k.key !== unknownKey).sort((x, y) => (b.totals[y.key] ?? 0) - (b.totals[x.key] ?? 0));
  const fold = ordered.length > n + 1;
  const shown = [...(fold ? ordered.slice(0, n) : ordered), ...(unknown ? [unknown] : [])];
  const folded = fold ? ordered.slice(n) : [];
  const keys = fold
    ? [...shown.filter((k) => k !== unknown), { key: OTHER_KEY, label: `${folded.length} more` }, ...(unknown ? [unknown] : [])]
    : shown;
  const rows = b.rows.map((r) => {
    const values: Record<string, number> = {};
    let total = 0;
    for (const k of shown) {
      const v = r.values[k.key] ?? 0;
      values[k.key] = v;
      total += v;
    }
    if (fold) {
      let other = 0;
      for (const k of folded) other += r.values[k.key] ?? 0;
      values[OTHER_KEY] = other;
      total += other;
    }
    return { period: r.period, values, total };
  });
  return { keys, other: folded.map((k) => k.label), rows };
}

// ---------------------------------------------------------------- annotations

export interface MarkerEvent {
  key: string;
  date: string;
  title: string;
}

/** Numbers the events by date (1 = earliest), so an event keeps its number on every chart of the page. */
export function numberEvents<E extends MarkerEvent>(events: readonly E[]): (E & { n: number })[] {
  return [...events].sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key)).map((e, i) => ({ ...e, n: i + 1 }));
}

/** The events that fall inside the chart's periods, grouped by period in axis order. */
export function placeEvents<E extends MarkerEvent & { n: number }>(
  events: readonly E[],
  periods: readonly PeriodKey[],
  granularity: "year" | "month",
): { period: PeriodKey; events: E[] }[] {
  const index = new Map(periods.map((p, i) => [p, i]));
  const byPeriod = new Map<PeriodKey, E[]>();
  for (const e of events) {
    const p = periodOfDate(e.date, granularity);
    if (!index.has(p)) continue;
    byPeriod.set(p, [...(byPeriod.get(p) ?? []), e]);
  }
  return [...byPeriod].sort(([a], [b]) => (index.get(a) ?? 0) - (index.get(b) ?? 0)).map(([period, list]) => ({ period, events: list }));
}

/** "1, 2, 3, 5" → "1–3, 5": a compact label for several event numbers. */
export function formatNumberList(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    const first = sorted[i];
    const last = sorted[j];
    parts.push(j - i >= 2 ? `${first}–${last}` : j === i ? `${first}` : `${first},${last}`);
    i = j + 1;
  }
  return parts.join(",");
}

export interface LabelItem {
  /** Pixel position of the event line. */
  x: number;
  numbers: readonly number[];
}

export interface LabelCluster {
  /** Centre of the label (clamped into the plot). */
  x: number;
  width: number;
  text: string;
  numbers: number[];
  /** Where the dashed lines go: one per event period in the cluster. */
  lineXs: number[];
}

/**
 * Lays numbered annotation labels out on one row so that they never overlap: labels that would touch
 * are merged into one ("5–7") centred over their lines, repeatedly, until every label has room. Each
 * label is kept inside [minX, maxX].
 */
export function clusterLabels(
  items: readonly LabelItem[],
  opts: { charWidth: number; padding: number; gap: number; minX: number; maxX: number },
): LabelCluster[] {
  const build = (lineXs: number[], numbers: number[]): LabelCluster => {
    const text = formatNumberList(numbers);
    const width = text.length * opts.charWidth + 2 * opts.padding;
    const centre = (Math.min(...lineXs) + Math.max(...lineXs)) / 2;
    const half = width / 2;
    const x = Math.max(opts.minX + half, Math.min(opts.maxX - half, centre));
    return { x, width, text, numbers: [...new Set(numbers)].sort((a, b) => a - b), lineXs };
  };
  let clusters = [...items].sort((a, b) => a.x - b.x).map((i) => build([i.x], [...i.numbers]));
  for (;;) {
    const at = clusters.findIndex((c, i) => {
      const next = clusters[i + 1];
      return next !== undefined && c.x + c.width / 2 + opts.gap > next.x - next.width / 2;
    });
    if (at === -1) return clusters;
    const a = clusters[at] as LabelCluster;
    const b = clusters[at + 1] as LabelCluster;
    clusters = [...clusters.slice(0, at), build([...a.lineXs, ...b.lineXs], [...a.numbers, ...b.numbers]), ...clusters.slice(at + 2)];
  }
}

// ---------------------------------------------------------------- figures for other periods

/** What kind of period a published figure covers, in words, so it is never read as a calendar year. */
export function describePeriodKind(start: string, end: string): string {
  const days = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
  const ys = start.slice(0, 4);
  if (start === end) return "One day";
  if (start === `${ys}-01-01` && end === `${ys}-12-31`) return "Calendar year";
  if (start.endsWith("-01-01") && end.endsWith("-12-31")) return `${Number(end.slice(0, 4)) - Number(ys) + 1} calendar years`;
  if (days >= 364 && days <= 366) {
    const from = formatDate(start).replace(` ${ys}`, "");
    const to = formatDate(end).replace(` ${end.slice(0, 4)}`, "");
    return `${from}–${to} year (not a calendar year)`;
  }
  if (start.slice(0, 7) === end.slice(0, 7) && start.endsWith("-01") && days >= 28) return "One month";
  if (days < 364) return `Part of a year (${days} days)`;
  return `Several years (${formatPeriod(start, end)})`;
}

/**
 * The period of the same kind just before: a year-long period that is not a calendar year (15 Aug 2021 –
 * 14 Aug 2022) steps back by one year, so a leap day does not shift it by a day; any other period is
 * stepped as the domain's `previousPeriod` does (calendar years and months by their length, others by days).
 */
export function previousSamePeriod(start: string, end: string): { start: string; end: string } {
  if (shiftIsoDate(end, { days: 1 }) === shiftIsoDate(start, { years: 1 })) {
    return { start: shiftIsoDate(start, { years: -1 }), end: shiftIsoDate(end, { years: -1 }) };
  }
  return previousPeriod(start, end);
}

function sameThingKey(s: StatisticLike): string {
  const g = s.geography;
  return [
    s.sources[0] ?? "-",
    s.metric,
    s.unit,
    g.country ?? "-",
    g.province ?? "-",
    g.district ?? "-",
    [...g.areas].sort().join("+"),
    s.group ?? "-",
  ].join("|");
}

/**
 * For figures that cover their own periods (15 Aug–14 Aug "years", parts of a year…): each one's
 * change against the same source's figure for the same thing over the period of equal length just
 * before (15 Aug 2021–14 Aug 2022 against 15 Aug 2020–14 Aug 2021). When there is no such figure,
 * or several that could be meant, the change is "unavailable": nothing is guessed.
 */
export function changeAgainstPreviousSamePeriod<T extends StatisticLike>(
  figures: readonly T[],
): Map<string, { previous: T | null; previousPeriod: { start: string; end: string }; change: PercentChange }> {
  const byThing = new Map<string, T[]>();
  for (const f of figures) byThing.set(sameThingKey(f), [...(byThing.get(sameThingKey(f)) ?? []), f]);
  const out = new Map<string, { previous: T | null; previousPeriod: { start: string; end: string }; change: PercentChange }>();
  for (const f of figures) {
    const prev = previousSamePeriod(f.periodStart, f.periodEnd);
    const candidates = (byThing.get(sameThingKey(f)) ?? []).filter((c) => c.periodStart === prev.start && c.periodEnd === prev.end);
    const previous = candidates.length === 1 ? (candidates[0] ?? null) : null;
    out.set(f.key, { previous, previousPeriod: prev, change: percentChange(f.value, previous?.value) });
  }
  return out;
}

// ---------------------------------------------------------------- tables

export type SortDirection = "asc" | "desc";

/**
 * Sorts rows by one value; missing values (null, undefined, NaN) go last in either direction, and
 * rows with equal values keep their order (the table's natural order is the tie-breaker).
 */
export function sortRows<R>(rows: readonly R[], value: (row: R) => string | number | null | undefined, dir: SortDirection): R[] {
  const sign = dir === "asc" ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: value(row) }))
    .sort((a, b) => {
      const am = a.v === null || a.v === undefined || (typeof a.v === "number" && Number.isNaN(a.v));
      const bm = b.v === null || b.v === undefined || (typeof b.v === "number" && Number.isNaN(b.v));
      if (am || bm) return am && bm ? a.i - b.i : am ? 1 : -1;
      const cmp =
        typeof a.v === "number" && typeof b.v === "number"
          ? a.v - b.v
          : String(a.v).localeCompare(String(b.v), "en-GB", { numeric: true, sensitivity: "base" });
      return cmp === 0 ? a.i - b.i : sign * cmp;
    })
    .map((x) => x.row);
}

// ---------------------------------------------------------------- words

export interface SelectionWords {
  place?: string;
  district?: string;
  group?: string;
  source?: string;
  certainty?: string;
  from?: string;
  to?: string;
}

/** The period filter in words: "1 Jan 2015 – 31 Dec 2016", "from 1 Jan 2015", or null when unset. */
export function periodWords(from?: string, to?: string): string | null {
  if (from && to) return formatPeriod(from, to);
  if (from) return `from ${formatDate(from)}`;
  if (to) return `up to ${formatDate(to)}`;
  return null;
}

/**
 * What an empty incident-log view was asked for and what would fill it: "No incidents for TTP in
 * Sindh in 2015–2016" + "Widen the period, or pick another group." Suggestions name only the
 * filters that are set, narrowest first.
 */
export function explainEmptyLog(w: SelectionWords, noun = "incidents"): { title: string; hint: string } {
  const parts = [
    w.group ? `for ${w.group}` : null,
    w.certainty ? `(${w.certainty.toLowerCase()})` : null,
    w.district ? `in ${w.district}` : w.place ? `in ${w.place}` : null,
    w.source ? `cited from ${w.source}` : null,
  ].filter((p): p is string => p !== null);
  const period = periodWords(w.from, w.to);
  if (period) parts.push(/^\d{4}(–\d{4})?$/.test(period) ? `in ${period}` : `(${period})`);
  const tries = [
    period ? "widen the period" : null,
    w.certainty ? "accept less certain attributions" : null,
    w.source ? "include every source" : null,
    w.group ? "pick another group" : null,
    w.district ? "choose the whole province" : w.place ? "choose another province" : null,
  ].filter((t): t is string => t !== null);
  const title = `No ${noun} in the log ${parts.length ? parts.join(" ") : "yet"}`;
  const hint = tries.length
    ? `${tries[0]?.replace(/^./, (c) => c.toUpperCase())}${tries.length > 1 ? `, or ${tries.slice(1).join(", or ")}` : ""}. The log is filled one cited incident at a time.`
    : "Import incidents (pnpm data:import FILE) or load the seed reports (pnpm db:seed) to fill this chart.";
  return { title, hint };
}
