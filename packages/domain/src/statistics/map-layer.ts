import type { StatisticLike } from "./source-comparison";

export interface MapLayerPeriod {
  /** `start..end`, stable for URLs. */
  key: string;
  start: string;
  end: string;
  areas: number;
  sources: string[];
}

export interface MapLayer<T extends StatisticLike> {
  periods: MapLayerPeriod[];
  selected: MapLayerPeriod | null;
  /** Figures per area id for the selected period; several when sources differ (never blended). */
  figures: Record<string, T[]>;
  /**
   * Smaller figures a source states for an area beside its total for the same period (a city inside
   * its province, one target's attacks): parts of the painted figure, not rivals of it.
   */
  parts?: Record<string, T[]>;
}

/**
 * Picks the figures a choropleth shows: one period at a time (figures for different periods are
 * never painted together). Without a requested period (or with one that has no figures), the period
 * with the widest coverage is chosen, the most recent among equals. A figure that covers several
 * areas together (`geography.areas`, "Punjab & Islamabad") is a part of the country, not any one
 * area's figure, and is never painted; nor (on a province map) is a district's figure.
 */
export function buildMapLayer<T extends StatisticLike>(
  stats: readonly T[],
  level: "province" | "district",
  requested?: string,
): MapLayer<T> {
  const byPeriod = new Map<string, { period: MapLayerPeriod; figures: Record<string, T[]>; areaSet: Set<string> }>();
  for (const s of stats) {
    // A figure for several areas together is none of them; a district's figure is not its province's.
    // (One group's share is kept out by the query: listAreaStatistics reads whole-area figures only.)
    if (s.geography.areas.length > 0) continue;
    if (level === "province" && s.geography.district !== null) continue;
    const area = level === "province" ? s.geography.province : s.geography.district;
    if (!area) continue;
    const key = `${s.periodStart}..${s.periodEnd}`;
    const entry = byPeriod.get(key) ?? {
      period: { key, start: s.periodStart, end: s.periodEnd, areas: 0, sources: [] },
      figures: {},
      areaSet: new Set<string>(),
    };
    const list = entry.figures[area] ?? [];
    list.push(s);
    entry.figures[area] = list;
    entry.areaSet.add(area);
    for (const src of s.sources) if (!entry.period.sources.includes(src)) entry.period.sources.push(src);
    byPeriod.set(key, entry);
  }
  for (const e of byPeriod.values()) e.period.areas = e.areaSet.size;
  const periods = [...byPeriod.values()]
    .map((e) => e.period)
    .sort((a, b) => (a.end === b.end ? b.areas - a.areas : b.end.localeCompare(a.end)));
  const widest = [...periods].sort((a, b) => b.areas - a.areas || b.end.localeCompare(a.end))[0];
  const chosen = (requested && byPeriod.get(requested)) || (widest && byPeriod.get(widest.key));
  if (!chosen) return { periods, selected: null, figures: {} };
  // Like the yearly series: one source, several figures for the same area and period → its largest is the total.
  const figures: Record<string, T[]> = {};
  const parts: Record<string, T[]> = {};
  for (const [area, list] of Object.entries(chosen.figures)) {
    const totals = new Map<string, T>();
    for (const f of list) {
      const source = [...f.sources].sort().join("+");
      const prev = totals.get(source);
      if (!prev || f.value > prev.value) totals.set(source, f);
    }
    const kept = new Set(totals.values());
    figures[area] = list.filter((f) => kept.has(f));
    const rest = list.filter((f) => !kept.has(f));
    if (rest.length > 0) parts[area] = rest;
  }
  return { periods, selected: chosen.period, figures, parts };
}
