import { previousPeriod } from "../shared/format";
import type { HouseFigure } from "./house-figures";
import { type PercentChange, percentChange } from "./percent-change";
import type { Metric } from "./schemas";
import { comparisonKey, type StatisticLike } from "./source-comparison";

export interface HeadlineFigure<T extends StatisticLike> {
  metric: Metric;
  figure: T;
  /** The same source's figure for the previous period of equal length, when it published one. */
  previous: T | null;
  change: PercentChange;
  /** Other sources' figures for exactly the same thing (metric, place, group, period): shown beside it, never blended. */
  alternatives: T[];
  /** The figure the editors recorded as the house figure for this comparison, when there is one. */
  house: HouseFigure | null;
  /** The house figure's change against the previous period's house figure, or else against `previous`. */
  houseChange: PercentChange | null;
}

export interface HeadlineOptions {
  /** Only figures for exactly this period (a published figure keeps its own period; nothing is prorated). */
  period?: { start: string; end: string };
  /** Figures attributed to this group instead of figures for all groups. */
  group?: string;
  /** Only figures cited from this source. */
  source?: string;
  houseFigures?: readonly HouseFigure[];
}

function lengthInDays(s: Pick<StatisticLike, "periodStart" | "periodEnd">): number {
  return Math.round((Date.parse(`${s.periodEnd}T00:00:00Z`) - Date.parse(`${s.periodStart}T00:00:00Z`)) / 86_400_000);
}

/**
 * The headline figure per metric: the most recent figure for the whole geography (no narrower unit)
 * covering at least a month, or the figure for exactly `period` when one is asked for; preferring
 * longer periods when two end on the same day. Its change is computed only against the same source's
 * figure for the immediately preceding period of the same length, so a change never mixes two
 * sources' counting rules. When one source states several figures for the same metric, period and
 * span, the largest is taken: a country-wide total is never smaller than the figures for its parts
 * (attacks on one target, one pair of provinces). Other sources' figures for the same thing come back
 * as `alternatives`, and an editor's house figure for it as `house`.
 */
export function selectHeadlineFigures<T extends StatisticLike>(
  stats: readonly T[],
  metrics: readonly Metric[],
  opts: HeadlineOptions = {},
): HeadlineFigure<T>[] {
  const house = new Map((opts.houseFigures ?? []).map((h) => [h.comparisonKey, h]));
  const out: HeadlineFigure<T>[] = [];
  for (const metric of metrics) {
    const all = stats.filter(
      (s) =>
        s.metric === metric &&
        s.unit !== "percent" &&
        s.group === (opts.group ?? null) &&
        s.geography.areas.length === 0 &&
        lengthInDays(s) >= 27 &&
        (!opts.source || s.sources.includes(opts.source)),
    );
    const candidates = opts.period ? all.filter((s) => s.periodStart === opts.period?.start && s.periodEnd === opts.period?.end) : all;
    const best = [...candidates].sort(
      (a, b) =>
        b.periodEnd.localeCompare(a.periodEnd) || lengthInDays(b) - lengthInDays(a) || b.value - a.value || a.key.localeCompare(b.key),
    )[0];
    if (!best) continue;
    const prev = previousPeriod(best.periodStart, best.periodEnd);
    const source = best.sources[0];
    const samePlace = (s: T) =>
      s.geography.country === best.geography.country &&
      s.geography.province === best.geography.province &&
      s.geography.district === best.geography.district;
    const previous =
      [...all]
        .sort((a, b) => b.value - a.value)
        .find((s) => s.periodStart === prev.start && s.periodEnd === prev.end && s.sources[0] === source && samePlace(s)) ?? null;
    const key = comparisonKey(best);
    const bestOf = new Map<string, T>();
    for (const s of candidates) {
      const src = s.sources[0];
      if (!src || src === source || comparisonKey(s) !== key) continue;
      const cur = bestOf.get(src);
      if (!cur || s.value > cur.value) bestOf.set(src, s);
    }
    const houseFigure = house.get(key) ?? null;
    let houseChange: PercentChange | null = null;
    if (houseFigure) {
      const prevHouse = previous ? house.get(comparisonKey(previous)) : undefined;
      houseChange = percentChange(houseFigure.value, prevHouse?.value ?? previous?.value ?? null);
    }
    out.push({
      metric,
      figure: best,
      previous,
      change: percentChange(best.value, previous?.value ?? null),
      alternatives: [...bestOf.values()].sort((a, b) => a.value - b.value),
      house: houseFigure,
      houseChange,
    });
  }
  return out;
}
