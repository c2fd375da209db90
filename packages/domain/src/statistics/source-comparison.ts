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

/** What a figure measures (metric, unit, geography, group, period): figures with the same key are comparable. */
export function comparisonKey(s: StatisticLike): string {
  const g = s.geography;
  return [
    s.metric,
    s.unit,
    g.country ?? "-",
    g.province ?? "-",
    g.district ?? "-",
    [...g.areas].sort().join("+") || "-",
    s.group ?? "-",
    s.periodStart,
    s.periodEnd,
  ].join("|");
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
  country: string | null;
  points: { year: number; value: number; qualifier: Statistic["qualifier"]; key: string }[];
}

/**
 * Keeps the figures that stand for the selection as a whole: for a group when one is chosen (else
 * only figures not attributed to a group), for the province when one is chosen (else only
 * country-wide figures). Used so a series or a map never mixes a total with a part of it.
 */
export function filterToLevel<T extends StatisticLike>(stats: readonly T[], level: { province?: string; group?: string }): T[] {
  return stats.filter(
    (s) =>
      (level.group ? s.group === level.group : s.group === null) &&
      (level.province
        ? s.geography.province === level.province && s.geography.district === null
        : s.geography.province === null && s.geography.district === null && s.geography.areas.length === 0),
  );
}

/**
 * Yearly series of published figures, one per source and country, from figures that cover whole
 * calendar years. A source that states several figures for the same year (a total and the attacks on
 * one target, say) contributes its largest, the total; the others are returned in `excluded`, as are
 * partial-period figures, so the UI can list what it did not plot. Missing years stay missing (never
 * zero): a source that did not publish is not a source that counted none.
 */
export function buildPublishedYearlySeries<T extends StatisticLike>(stats: readonly T[]): { series: PublishedSeries[]; excluded: T[] } {
  const bySeries = new Map<string, PublishedSeries & { chosen: Map<number, T> }>();
  const excluded: T[] = [];
  for (const s of stats) {
    const year = calendarYearOf(s);
    const source = s.sources[0];
    if (year === null || !source) {
      excluded.push(s);
      continue;
    }
    const key = `${source}|${s.geography.country ?? "-"}`;
    const series = bySeries.get(key) ?? { source, country: s.geography.country, points: [], chosen: new Map<number, T>() };
    const current = series.chosen.get(year);
    if (current && current.value >= s.value) excluded.push(s);
    else {
      if (current) excluded.push(current);
      series.chosen.set(year, s);
    }
    bySeries.set(key, series);
  }
  const series = [...bySeries.values()].map(({ chosen, ...rest }) => ({
    ...rest,
    points: [...chosen.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, f]) => ({ year, value: f.value, qualifier: f.qualifier, key: f.key })),
  }));
  return {
    series: series.sort((a, b) => a.source.localeCompare(b.source) || String(a.country).localeCompare(String(b.country))),
    excluded,
  };
}

/** A stored figure with the slugs of the sources that cite it, as the comparison functions take it. */
export function withSources<T extends { citations: readonly { source: string }[] }>(s: T): T & { sources: string[] } {
  return { ...s, sources: [...new Set(s.citations.map((c) => c.source))] };
}
