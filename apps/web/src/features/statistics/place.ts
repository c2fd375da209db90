import { type Geography, getAdminUnit } from "@monitor/domain";

/** Where a figure applies, in words: a district, a province, several areas together, or a country. */
export function placeOf(g: Geography): string {
  if (g.district) return getAdminUnit(g.district)?.name ?? g.district;
  if (g.province) return getAdminUnit(g.province)?.name ?? g.province;
  if (g.areas.length) return g.areas.map((a) => getAdminUnit(a)?.name ?? a).join(" & ");
  return g.country === "PK" ? "Pakistan" : g.country === "AF" ? "Afghanistan" : "Not stated";
}
