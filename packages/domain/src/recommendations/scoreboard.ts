import {
  RECOMMENDATION_STATUSES,
  type RecommendationStatus,
  TARGET_ACTOR_LABELS,
  type TargetActor,
  THEME_LABELS,
  type Theme,
} from "./schemas";

/**
 * The implementation scoreboard: how many recommendations, and what share of them, are implemented,
 * partially implemented, stalled, not assessed… by theme or by the actor they are addressed to.
 *
 * - By theme each recommendation counts once, under its theme.
 * - By actor a recommendation addressed to several actors counts once under each, so the rows add up
 *   to more than the total; the scoreboard then says so in `note`. The overall row always counts each
 *   recommendation once (also one without any actor, which has no actor row).
 * - Shares are percentages with one decimal, rounded by largest remainder so that each row's shares
 *   add up to exactly 100 (0 everywhere for an empty row).
 */

export type ScoreboardDimension = "theme" | "actor";

export interface ScoreboardRow {
  /** The theme or actor; "all" for the overall row. */
  key: string;
  label: string;
  total: number;
  counts: Record<RecommendationStatus, number>;
  /** Percent of `total`, one decimal, summing to exactly 100 when `total` > 0. */
  shares: Record<RecommendationStatus, number>;
}

export interface Scoreboard {
  dimension: ScoreboardDimension;
  /** Themes or actors with at least one recommendation, the most recommendations first, then by label. */
  rows: ScoreboardRow[];
  overall: ScoreboardRow;
  note: string | null;
}

export interface ScoreboardItem {
  status: RecommendationStatus;
  theme: Theme;
  targetActors: readonly TargetActor[];
}

export const SCOREBOARD_OVERALL_KEY = "all";
export const SCOREBOARD_OVERALL_LABEL = "All recommendations";
export const SCOREBOARD_MULTI_ACTOR_NOTE = "A recommendation addressed to several actors counts once for each";

/**
 * Whole-number parts (tenths of a percent when `scale` is 1000) proportional to `counts`, summing to
 * exactly `scale`: each part rounded down, then the units left over go to the largest remainders
 * (ties to the earlier entry, i.e. the earlier status). All zeros when the counts sum to 0.
 */
export function largestRemainderParts(counts: readonly number[], scale: number): number[] {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total <= 0) return counts.map(() => 0);
  // Integer arithmetic throughout (counts are whole numbers), so equal remainders compare equal.
  const parts = counts.map((n) => Math.floor((n * scale) / total));
  const remainders = counts.map((n) => (n * scale) % total);
  let left = scale - parts.reduce((sum, n) => sum + n, 0);
  const order = counts.map((_, i) => i).sort((a, b) => (remainders[b] ?? 0) - (remainders[a] ?? 0) || a - b);
  for (const i of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts;
}

function zeroCounts(): Record<RecommendationStatus, number> {
  return Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s, 0])) as Record<RecommendationStatus, number>;
}

function toRow(key: string, label: string, counts: Record<RecommendationStatus, number>): ScoreboardRow {
  const values = RECOMMENDATION_STATUSES.map((s) => counts[s]);
  const tenths = largestRemainderParts(values, 1000);
  const shares = Object.fromEntries(RECOMMENDATION_STATUSES.map((s, i) => [s, (tenths[i] ?? 0) / 10])) as Record<
    RecommendationStatus,
    number
  >;
  return { key, label, total: values.reduce((sum, n) => sum + n, 0), counts, shares };
}

export function buildScoreboard(items: readonly ScoreboardItem[], dimension: ScoreboardDimension): Scoreboard {
  const overall = zeroCounts();
  const byKey = new Map<string, Record<RecommendationStatus, number>>();
  let multiActor = false;
  for (const item of items) {
    overall[item.status]++;
    // An actor named twice on one recommendation still counts once for it.
    const keys = dimension === "theme" ? [item.theme] : [...new Set(item.targetActors)];
    if (keys.length > 1) multiActor = true;
    for (const key of keys) {
      let counts = byKey.get(key);
      if (!counts) {
        counts = zeroCounts();
        byKey.set(key, counts);
      }
      counts[item.status]++;
    }
  }
  const labelOf = (key: string): string =>
    dimension === "theme" ? (THEME_LABELS[key as Theme] ?? key) : (TARGET_ACTOR_LABELS[key as TargetActor] ?? key);
  const rows = [...byKey]
    .map(([key, counts]) => toRow(key, labelOf(key), counts))
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, "en") || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    dimension,
    rows,
    overall: toRow(SCOREBOARD_OVERALL_KEY, SCOREBOARD_OVERALL_LABEL, overall),
    note: dimension === "actor" && multiActor ? SCOREBOARD_MULTI_ACTOR_NOTE : null,
  };
}
