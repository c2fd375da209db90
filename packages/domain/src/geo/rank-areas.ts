/**
 * Ranking areas (districts, provinces) by a value, for "which districts had the most …" tables.
 * Areas without a value are not ranked (no data is not zero); equal values share a rank and the next
 * rank skips ("1, 2, 2, 4": standard competition ranking), so a tie is never hidden by an arbitrary order.
 */

export interface RankedArea<T> {
  id: string;
  value: number;
  /** 1 for the largest value. */
  rank: number;
  /** Another area has the same value (and so the same rank). */
  tied: boolean;
  item: T;
}

export function rankAreas<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  valueFor: (item: T) => number | null | undefined,
  /** Order among equal values (default: by id), so the table is stable. */
  tieOrder: (a: T, b: T) => number = (a, b) => idOf(a).localeCompare(idOf(b)),
): RankedArea<T>[] {
  const valued = items
    .map((item) => ({ item, id: idOf(item), value: valueFor(item) }))
    .filter((x): x is { item: T; id: string; value: number } => typeof x.value === "number" && Number.isFinite(x.value));
  valued.sort((a, b) => b.value - a.value || tieOrder(a.item, b.item));
  const counts = new Map<number, number>();
  for (const v of valued) counts.set(v.value, (counts.get(v.value) ?? 0) + 1);
  const out: RankedArea<T>[] = [];
  valued.forEach((v, i) => {
    const prev = out[i - 1];
    const rank = prev && prev.value === v.value ? prev.rank : i + 1;
    out.push({ id: v.id, value: v.value, rank, tied: (counts.get(v.value) ?? 0) > 1, item: v.item });
  });
  return out;
}

export const RANK_SORT_KEYS = ["rank", "name", "province"] as const;
export type RankSortKey = (typeof RANK_SORT_KEYS)[number];

/**
 * Orders ranked rows for a sortable table: by rank (ascending = largest value first), by name or by
 * province name, with rank then name as tie-breakers so the order never depends on the input order.
 */
export function sortRankedAreas<T>(
  rows: readonly RankedArea<T>[],
  key: RankSortKey,
  dir: "asc" | "desc",
  names: { name: (row: RankedArea<T>) => string; province: (row: RankedArea<T>) => string },
): RankedArea<T>[] {
  const sign = dir === "asc" ? 1 : -1;
  const byName = (a: RankedArea<T>, b: RankedArea<T>) => names.name(a).localeCompare(names.name(b), "en");
  const primary = (a: RankedArea<T>, b: RankedArea<T>): number => {
    if (key === "rank") return a.rank - b.rank;
    if (key === "name") return byName(a, b);
    return names.province(a).localeCompare(names.province(b), "en");
  };
  return [...rows].sort((a, b) => sign * primary(a, b) || a.rank - b.rank || byName(a, b));
}
