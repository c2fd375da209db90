/**
 * Surge alerts: a province whose latest month or year exceeds both its level in the period before and
 * its average level over the three years before that period.
 *
 * The rule, stated once so the overview, the map and the tests agree:
 * - The series is one area's values per period (years "2022" or months "2022-08"), with every period
 *   inside the covered range present (a covered period with no incidents is a real zero).
 * - The period judged is the latest complete one. A partial latest period (the coverage ends before the
 *   period does) is judged only when its partial value already exceeds both levels: it can only grow,
 *   so the surge is certain; it is then marked `partial`.
 * - It surges when its value is greater than the previous period's value AND greater than the mean of
 *   the three years before it (the 3 preceding years, or the 36 preceding months), and it is not zero.
 * - Without the previous period and the full three years of history inside the coverage it is not
 *   judged at all (`insufficient_history`): a short record cannot show a surge.
 */

import { periodKey } from "../incidents/aggregate";

export interface AreaSeries {
  area: string;
  /** Values by period key ("2021", "2021-08"); missing keys inside the coverage count as zero. */
  values: Readonly<Record<string, number>>;
}

export interface SurgeOptions {
  granularity: "year" | "month";
  /** First and last day the data covers (ISO dates). Periods outside are unknown, not zero. */
  coverage: { first: string; last: string };
}

export type SurgeVerdict =
  | {
      area: string;
      status: "surge" | "no_surge";
      period: string;
      value: number;
      partial: boolean;
      previousPeriod: string;
      previous: number;
      /** Mean over the three years before `period`, per period of the series' granularity. */
      baseline: number;
      baselinePeriods: { first: string; last: string };
      /** How many times the baseline the value is (null when the baseline is zero). */
      ratio: number | null;
    }
  | { area: string; status: "insufficient_history"; period: string | null };

function shiftPeriod(period: string, granularity: "year" | "month", by: number): string {
  if (granularity === "year") return String(Number(period) + by);
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(5, 7)) - 1 + by;
  const yy = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  return `${yy}-${String(mm + 1).padStart(2, "0")}`;
}

/** The first and last day of a period key ("2022" or "2022-08"). */
export function periodBounds(period: string, granularity: "year" | "month"): { first: string; last: string } {
  if (granularity === "year") return { first: `${period}-01-01`, last: `${period}-12-31` };
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(5, 7));
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${period}-01`, last: `${period}-${String(lastDay).padStart(2, "0")}` };
}

/** Judges one area's series. */
export function judgeSurge(series: AreaSeries, opts: SurgeOptions): SurgeVerdict {
  const { granularity, coverage } = opts;
  const perYear = granularity === "year" ? 1 : 12;
  const covered = (p: string) => {
    const b = periodBounds(p, granularity);
    return b.first >= coverage.first && b.last <= coverage.last;
  };
  const value = (p: string) => series.values[p] ?? 0;

  const latest = periodKey(coverage.last, granularity);
  const latestIsPartial = !covered(latest) && periodBounds(latest, granularity).first >= coverage.first;

  const evaluate = (period: string, partial: boolean): SurgeVerdict | null => {
    const previousPeriod = shiftPeriod(period, granularity, -1);
    const baselineLast = shiftPeriod(period, granularity, -1);
    const baselineFirst = shiftPeriod(period, granularity, -3 * perYear);
    if (!covered(previousPeriod) || !covered(baselineFirst)) return null;
    let sum = 0;
    for (let i = 1; i <= 3 * perYear; i++) sum += value(shiftPeriod(period, granularity, -i));
    const baseline = sum / (3 * perYear);
    const v = value(period);
    const previous = value(previousPeriod);
    const surges = v > 0 && v > previous && v > baseline;
    return {
      area: series.area,
      status: surges ? "surge" : "no_surge",
      period,
      value: v,
      partial,
      previousPeriod,
      previous,
      baseline: Math.round(baseline * 100) / 100,
      baselinePeriods: { first: baselineFirst, last: baselineLast },
      ratio: baseline === 0 ? null : Math.round((v / baseline) * 100) / 100,
    };
  };

  if (latestIsPartial) {
    const partial = evaluate(latest, true);
    if (partial?.status === "surge") return partial;
  }
  const complete = latestIsPartial || !covered(latest) ? shiftPeriod(latest, granularity, -1) : latest;
  return evaluate(complete, false) ?? { area: series.area, status: "insufficient_history", period: covered(complete) ? complete : null };
}

/** Judges every area and returns the verdicts, surges first (largest ratio first), then the rest by area. */
export function findSurges(series: readonly AreaSeries[], opts: SurgeOptions): SurgeVerdict[] {
  const verdicts = series.map((s) => judgeSurge(s, opts));
  const rank = (v: SurgeVerdict) => (v.status === "surge" ? 0 : v.status === "no_surge" ? 1 : 2);
  return verdicts.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.status === "surge" && b.status === "surge" ? (b.ratio ?? Number.POSITIVE_INFINITY) - (a.ratio ?? Number.POSITIVE_INFINITY) : 0) ||
      a.area.localeCompare(b.area),
  );
}

/** Pivots aggregated rows (period × area) into one series per area. */
export function seriesByArea(rows: readonly { period: string; area: string; value: number }[]): AreaSeries[] {
  const byArea = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const values = byArea.get(r.area) ?? {};
    values[r.period] = (values[r.period] ?? 0) + r.value;
    byArea.set(r.area, values);
  }
  return [...byArea].map(([area, values]) => ({ area, values }));
}
