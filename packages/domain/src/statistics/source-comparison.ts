import type { Statistic } from "./schemas";

export type StatisticLike = Pick<
  Statistic,
  "key" | "metric" | "value" | "unit" | "qualifier" | "periodStart" | "periodEnd" | "geography" | "group" | "label"
> & { sources: string[] };

export interface FigureComparison<T extends StatisticLike = StatisticLike> {
  /** What is being compared, as a stable key (metric, geography, group and period). */
  key: string;
  metric: Statistic["metric"];
  periodStart: string;
  periodEnd: string;
  geography: Statistic["geography"];
  group: string | null;
  figures: T[];
  /** More than one source, and they do not state the same value with the same qualifier. */
  disagree: boolean;
  /** Lowest and highest value stated. */
  min: number;
  max: number;
}

function comparisonKey(s: StatisticLike): string {
  const g = s.geography;
  return [s.metric, s.unit, g.country ?? "-", g.province ?? "-", g.district ?? "-", s.group ?? "-", s.periodStart, s.periodEnd].join("|");
}

/**
 * Groups figures that measure the same thing (metric, unit, geography, group, period) so sources can
 * be shown side by side. Figures are never blended: each keeps its own value, qualifier and source.
 * Groups with a single figure are dropped unless `includeSingles` is set.
 */
export function compareSourceFigures<T extends StatisticLike>(
  stats: readonly T[],
  opts: { includeSingles?: boolean } = {},
): FigureComparison<T>[] {
  const groups = new Map<string, T[]>();
  for (const s of stats) {
    const k = comparisonKey(s);
    const list = groups.get(k);
    if (list) list.push(s);
    else groups.set(k, [s]);
  }
  const out: FigureComparison<T>[] = [];
  for (const [key, figures] of groups) {
    const sources = new Set(figures.flatMap((f) => f.sources));
    if (!opts.includeSingles && sources.size < 2) continue;
    const first = figures[0];
    if (!first) continue;
    const statements = new Set(figures.map((f) => `${f.value}|${f.qualifier}`));
    const values = figures.map((f) => f.value);
    out.push({
      key,
      metric: first.metric,
      periodStart: first.periodStart,
      periodEnd: first.periodEnd,
      geography: first.geography,
      group: first.group,
      figures: [...figures].sort((a, b) => a.value - b.value),
      disagree: sources.size > 1 && statements.size > 1,
      min: Math.min(...values),
      max: Math.max(...values),
    });
  }
  return out.sort((a, b) => (a.periodEnd === b.periodEnd ? a.key.localeCompare(b.key) : b.periodEnd.localeCompare(a.periodEnd)));
}

/** Whether a figure covers exactly one calendar year (so it can stand in a yearly series). */
export function calendarYearOf(s: Pick<Statistic, "periodStart" | "periodEnd">): number | null {
  const y = s.periodStart.slice(0, 4);
  return s.periodStart === `${y}-01-01` && s.periodEnd === `${y}-12-31` ? Number(y) : null;
}

export interface PublishedSeries {
  source: string;
  points: { year: number; value: number; qualifier: Statistic["qualifier"]; key: string }[];
}

/**
 * Yearly series of published figures, one per source, from figures that cover whole calendar years.
 * Partial-period figures are returned in `excluded` so the UI can say why they are not plotted.
 * Missing years stay missing (never zero): a source that did not publish is not a source that counted none.
 */
export function buildPublishedYearlySeries<T extends StatisticLike>(stats: readonly T[]): { series: PublishedSeries[]; excluded: T[] } {
  const bySource = new Map<string, PublishedSeries>();
  const excluded: T[] = [];
  for (const s of stats) {
    const year = calendarYearOf(s);
    const source = s.sources[0];
    if (year === null || !source) {
      excluded.push(s);
      continue;
    }
    const series = bySource.get(source) ?? { source, points: [] };
    series.points.push({ year, value: s.value, qualifier: s.qualifier, key: s.key });
    bySource.set(source, series);
  }
  for (const s of bySource.values()) s.points.sort((a, b) => a.year - b.year);
  return { series: [...bySource.values()].sort((a, b) => a.source.localeCompare(b.source)), excluded };
}
