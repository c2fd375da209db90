import { previousPeriod } from "../shared/format";
import { type PercentChange, percentChange } from "./percent-change";
import type { Metric } from "./schemas";
import type { StatisticLike } from "./source-comparison";

export interface HeadlineFigure<T extends StatisticLike> {
  metric: Metric;
  figure: T;
  /** The same source's figure for the previous period of equal length, when it published one. */
  previous: T | null;
  change: PercentChange;
}

function lengthInDays(s: Pick<StatisticLike, "periodStart" | "periodEnd">): number {
  return Math.round((Date.parse(`${s.periodEnd}T00:00:00Z`) - Date.parse(`${s.periodStart}T00:00:00Z`)) / 86_400_000);
}

/**
 * The headline figure per metric: the most recent figure for the whole geography (no narrower
 * unit) covering at least a month, preferring longer periods when two end on the same day. Its
 * change is computed only against the same source's figure for the immediately preceding period
 * of the same length, so a change never mixes two sources' counting rules. When several figures
 * for the same metric end on the same day and cover the same span, the largest is taken: a
 * country-wide total is never smaller than the figures for its parts (attacks on one target, one
 * pair of provinces).
 */
export function selectHeadlineFigures<T extends StatisticLike>(stats: readonly T[], metrics: readonly Metric[]): HeadlineFigure<T>[] {
  const out: HeadlineFigure<T>[] = [];
  for (const metric of metrics) {
    const candidates = stats.filter(
      (s) => s.metric === metric && s.unit !== "percent" && s.group === null && s.geography.areas.length === 0 && lengthInDays(s) >= 27,
    );
    const best = [...candidates].sort(
      (a, b) =>
        b.periodEnd.localeCompare(a.periodEnd) || lengthInDays(b) - lengthInDays(a) || b.value - a.value || a.key.localeCompare(b.key),
    )[0];
    if (!best) continue;
    const prev = previousPeriod(best.periodStart, best.periodEnd);
    const source = best.sources[0];
    const previous =
      [...candidates]
        .sort((a, b) => b.value - a.value)
        .find(
          (s) =>
            s.periodStart === prev.start &&
            s.periodEnd === prev.end &&
            s.sources[0] === source &&
            s.geography.country === best.geography.country &&
            s.geography.province === best.geography.province &&
            s.geography.district === best.geography.district,
        ) ?? null;
    out.push({ metric, figure: best, previous, change: percentChange(best.value, previous?.value ?? null) });
  }
  return out;
}
