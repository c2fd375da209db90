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
}

/**
 * Picks the figures a choropleth shows: one period at a time (figures for different periods are
 * never painted together). Without a requested period, the most recent period with the widest
 * coverage is chosen.
 */
export function buildMapLayer<T extends StatisticLike>(
  stats: readonly T[],
  level: "province" | "district",
  requested?: string,
): MapLayer<T> {
  const byPeriod = new Map<string, { period: MapLayerPeriod; figures: Record<string, T[]>; areaSet: Set<string> }>();
  for (const s of stats) {
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
  return { periods, selected: chosen ? chosen.period : null, figures: chosen ? chosen.figures : {} };
}
