import { countryOf, type IncidentFilter } from "@monitor/domain";
import type { MapParams, MapView } from "./map-params";

/*
 * The inputs of the map's queries, built in one place so the server's prefetch and the client's
 * queries ask for exactly the same thing (and the hydrated data is used, not fetched again).
 */

export function mapLayerInput(params: MapParams, view: MapView) {
  return { metric: params.metric, country: params.country, level: view.level, province: view.province, period: params.period };
}

export function metricsInput(params: MapParams, view: MapView) {
  return { level: view.level, country: params.country, province: view.province };
}

/**
 * The incident-log filters behind one map. Khyber Pakhtunkhwa's districts include the former FATA
 * agencies, whose older incidents are recorded under FATA (PK-TA): its district map asks for both.
 */
export function incidentFilters(params: MapParams, view: MapView): IncidentFilter[] {
  const base = { country: params.country, type: params.type, from: params.from, to: params.to };
  if (!view.province) return [base];
  if (view.province === "PK-KP")
    return [
      { ...base, province: "PK-KP" },
      { ...base, province: "PK-TA" },
    ];
  return [{ ...base, province: view.province }];
}

export function byAreaInputs(params: MapParams, view: MapView) {
  return incidentFilters(params, view).map((filter) => ({ filter, level: view.level }));
}

/** The years with incidents (any place in the country, the chosen type), for the incident layer's year picker. */
export function incidentYearsInput(params: MapParams) {
  return { filter: { country: params.country, type: params.type }, granularity: "year" as const, measure: "incidents" as const };
}

/** The drill-down's own series: the province's published yearly figures and its incident-log counts per year. */
export function provinceSeriesInputs(params: MapParams, province: string) {
  const provinces = province === "PK-KP" ? ["PK-KP", "PK-TA"] : [province];
  return {
    published: { metric: params.metric, province },
    incidents: provinces.map((p) => ({
      filter: { province: p, type: params.type },
      granularity: "year" as const,
      measure: "incidents" as const,
    })),
  };
}

/** A district's published figures (every metric, newest first) for its panel. */
export function districtStatsInput(district: string) {
  return { district, limit: 100, offset: 0 };
}

/** A district's incidents in the log under the map's incident filters. */
export function districtIncidentsInput(params: MapParams, district: string) {
  return { district, type: params.type, from: params.from, to: params.to, limit: 50, offset: 0 };
}

/** Without a chosen group, the group with the most listed areas in the country (then by name), so the layer opens on something. */
export function defaultGroup(
  groups: readonly { slug: string; name: string; areas: readonly string[] }[],
  country: "PK" | "AF",
): string | undefined {
  const scored = groups
    .map((g) => ({ slug: g.slug, name: g.name, n: g.areas.filter((a) => countryOf(a) === country).length }))
    .filter((g) => g.n > 0)
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  return scored[0]?.slug;
}

export type { MapParams, MapView };
