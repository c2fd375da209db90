import { countryOf, getAdminUnit, provinceOf } from "@monitor/domain";

export interface AreaProvince {
  id: string;
  name: string;
  /** District names inside this province that the group is listed for. */
  districts: string[];
}

export interface AreaCountry {
  id: string;
  name: string;
  /** The whole country is listed as an area (not only some provinces). */
  whole: boolean;
  provinces: AreaProvince[];
}

/**
 * A group's areas of operation (admin unit ids) arranged country → province → districts, in the order
 * they are listed. Unknown ids are kept under their raw id so nothing silently disappears.
 */
export function arrangeAreas(ids: readonly string[]): AreaCountry[] {
  const countries = new Map<string, AreaCountry>();
  const country = (id: string): AreaCountry => {
    let c = countries.get(id);
    if (!c) {
      c = { id, name: getAdminUnit(id)?.name ?? id, whole: false, provinces: [] };
      countries.set(id, c);
    }
    return c;
  };
  for (const id of ids) {
    const unit = getAdminUnit(id);
    if (!unit) {
      country("?").provinces.push({ id, name: id, districts: [] });
      continue;
    }
    if (unit.level === "country") {
      country(unit.id).whole = true;
      continue;
    }
    const c = country(countryOf(unit.id) ?? "?");
    const provinceId = provinceOf(unit.id) ?? unit.id;
    let p = c.provinces.find((x) => x.id === provinceId);
    if (!p) {
      p = { id: provinceId, name: getAdminUnit(provinceId)?.name ?? provinceId, districts: [] };
      c.provinces.push(p);
    }
    if (unit.level === "district") p.districts.push(unit.name);
  }
  return [...countries.values()];
}

/** Province (or country) names only, for a compact table cell: "Khyber Pakhtunkhwa, Balochistan, Khost". */
export function areaProvinceNames(ids: readonly string[]): string[] {
  return arrangeAreas(ids).flatMap((c) => (c.provinces.length ? c.provinces.map((p) => p.name) : [c.name]));
}
