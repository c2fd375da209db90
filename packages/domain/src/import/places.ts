/**
 * Matching the country, province and district cells of an imported row to the admin units of the
 * boundary files (PK-KP, pk-kp-north-waziristan …) through their names and aliases ("KPK", "NWFP",
 * "D.I. Khan", "Bajaur Agency"). Names are compared the way `findAdminUnitByName` compares them (case,
 * spaces and punctuation ignored), with accents dropped and a trailing "district" or "province" word
 * tolerated. Unknown names get the closest known names as suggestions.
 *
 * Rules:
 * - a district must lie in the province when both are given (a former FATA district may sit in
 *   "FATA", PK-TA, as in the pre-2018 boundaries);
 * - a district without a province takes its province; a former FATA district dated before the
 *   merger (31 May 2018) takes FATA, as the pre-2018 boundary set does;
 * - the country, when given, must agree with the province; without it the province decides;
 * - Afghanistan has no district boundaries in the data: an Afghan district name is kept as the place,
 *   with a warning, rather than refused;
 * - for statistics, a province cell naming several areas ("Punjab & Islamabad", "KP; Balochistan")
 *   becomes the figure's list of areas.
 *
 * Results are memoised by cell values, so a 100,000-row file with a few hundred distinct places pays
 * the matching once per place.
 */
import { FATA_MERGER_DATE, getAdminUnit, listAdminUnits } from "../geo/admin-units";
import type { AdminLevel, AdminUnit, CountryId } from "../geo/schemas";

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** A place name as compared: accents dropped, lower case, letters and digits only. */
export function placeNameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

const SUFFIXES = ["district", "province", "division", "region"];

interface NameIndex {
  byLevel: Map<AdminLevel, Map<string, AdminUnit[]>>;
  /** Every name and alias of a level with its unit, for suggestions. */
  names: Map<AdminLevel, { key: string; unit: AdminUnit }[]>;
}

let index: NameIndex | null = null;

function nameIndex(): NameIndex {
  if (index) return index;
  const byLevel = new Map<AdminLevel, Map<string, AdminUnit[]>>();
  const names = new Map<AdminLevel, { key: string; unit: AdminUnit }[]>();
  for (const unit of listAdminUnits()) {
    const level = byLevel.get(unit.level) ?? new Map<string, AdminUnit[]>();
    byLevel.set(unit.level, level);
    const list = names.get(unit.level) ?? [];
    names.set(unit.level, list);
    for (const n of new Set([unit.name, ...unit.aliases].map(placeNameKey))) {
      const units = level.get(n) ?? [];
      if (!units.includes(unit)) units.push(unit);
      level.set(n, units);
      list.push({ key: n, unit });
    }
  }
  index = { byLevel, names };
  return index;
}

/** The units of a level a name or alias denotes (usually one; none when unknown). */
export function matchAdminUnits(name: string, level: AdminLevel): AdminUnit[] {
  const levelIndex = nameIndex().byLevel.get(level);
  if (!levelIndex) return [];
  const key = placeNameKey(name);
  const direct = levelIndex.get(key);
  if (direct) return direct;
  for (const suffix of SUFFIXES) {
    if (key.endsWith(suffix) && key.length > suffix.length) {
      const stripped = levelIndex.get(key.slice(0, -suffix.length));
      if (stripped) return stripped;
    }
  }
  return [];
}

/** Edit distance with a cap: returns cap + 1 as soon as the distance must exceed it. */
export function boundedEditDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * The known names closest to an unknown one (canonical names, best first, at most `limit`): small
 * spelling differences, or one name containing the other ("Waziristan" → North and South Waziristan).
 */
export function suggestAdminUnits(name: string, level: AdminLevel, within?: string, limit = 3): AdminUnit[] {
  const key = placeNameKey(name);
  if (key === "") return [];
  const cap = Math.max(2, Math.floor(key.length / 3));
  const best = new Map<AdminUnit, number>();
  for (const { key: k, unit } of nameIndex().names.get(level) ?? []) {
    if (within && unit.parent !== within && unit.id !== within) continue;
    let score = boundedEditDistance(key, k, cap);
    if (score > cap && Math.min(key.length, k.length) >= 4 && (k.includes(key) || key.includes(k))) score = cap;
    if (score > cap) continue;
    const prev = best.get(unit);
    if (prev === undefined || score < prev) best.set(unit, score);
  }
  return [...best.entries()]
    .sort((a, b) => a[1] - b[1] || a[0].name.localeCompare(b[0].name))
    .slice(0, limit)
    .map(([u]) => u);
}

const COUNTRY_CODES: ReadonlyMap<string, CountryId> = new Map([
  ["pk", "PK"],
  ["pak", "PK"],
  ["586", "PK"], // ISO 3166 numeric (ACLED's iso column)
  ["153", "PK"], // GTD's country code
  ["af", "AF"],
  ["afg", "AF"],
  ["4", "AF"], // ISO 3166 numeric and GTD's code
  ["004", "AF"],
]);

function countryFromCell(text: string): CountryId | null {
  const code = COUNTRY_CODES.get(text.trim().toLowerCase());
  if (code) return code;
  const unit = matchAdminUnits(text, "country")[0];
  return unit ? (unit.id as CountryId) : null;
}

export interface PlaceCells {
  country: string;
  province: string;
  district: string;
}

export interface ResolvedPlace {
  country: CountryId | null;
  province: string | null;
  district: string | null;
  /** Several provinces or districts named together in the province cell (statistics only). */
  areas: string[];
  /** A district name that the boundary data cannot hold (Afghan districts), to be kept as the place. */
  unmatchedDistrict: string | null;
}

export interface PlaceIssue {
  field: "country" | "province" | "district";
  message: string;
}

export type PlaceResult = { ok: true; value: ResolvedPlace; warnings: string[] } | { ok: false; issues: PlaceIssue[] };

export interface PlaceOptions {
  /** The record's date (or period end): before the FATA merger a former FATA district defaults to FATA. */
  date: string | null;
  /** Whether a province cell may name several areas (statistics' geography.areas). */
  allowAreas: boolean;
}

const nameOf = (id: string | null | undefined) => (id ? (getAdminUnit(id)?.name ?? id) : "");

function unknownMessage(value: string, level: "province" | "district", within: string | null): string {
  const scoped = level === "district" && within ? suggestAdminUnits(value, "district", within) : [];
  const suggestions = scoped.length > 0 ? scoped : suggestAdminUnits(value, level);
  const where = level === "district" && within ? ` in ${nameOf(within)}` : "";
  const hint =
    suggestions.length > 0
      ? ` Did you mean ${suggestions.map((u) => `${u.name}${u.parent && level === "district" && u.parent !== within ? ` (${nameOf(u.parent)})` : ""}`).join(", ")}?`
      : ` Use a ${level} name from the ${level} picker.`;
  return `Unknown ${level} "${value.trim()}"${where}.${hint}`;
}

const AREA_SEPARATORS = /\s*(?:;|&|\+|\/|,|\band\b)\s*/i;

function resolveAreas(text: string): AdminUnit[] | null {
  const parts = text
    .split(AREA_SEPARATORS)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length < 2) return null;
  const units: AdminUnit[] = [];
  for (const p of parts) {
    const u = matchAdminUnits(p, "province")[0] ?? matchAdminUnits(p, "district")[0];
    if (!u) return null;
    if (!units.includes(u)) units.push(u);
  }
  return units;
}

function compute(cells: PlaceCells, beforeMerger: boolean, allowAreas: boolean): PlaceResult {
  const issues: PlaceIssue[] = [];
  const warnings: string[] = [];
  const countryText = cells.country.trim();
  let provinceText = cells.province.trim();
  let districtText = cells.district.trim();

  let country: CountryId | null = null;
  if (countryText !== "") {
    country = countryFromCell(countryText);
    if (!country) {
      issues.push({
        field: "country",
        message: `Unknown country "${countryText}". The Monitor covers Pakistan (PK) and Afghanistan (AF).`,
      });
    }
  }

  let province: AdminUnit | null = null;
  let areas: AdminUnit[] = [];
  if (provinceText !== "") {
    const matches = matchAdminUnits(provinceText, "province");
    if (matches.length === 1) province = matches[0] as AdminUnit;
    else if (matches.length > 1) {
      issues.push({
        field: "province",
        message: `"${provinceText}" names several provinces (${matches.map((u) => u.name).join(", ")}); write the full name.`,
      });
    } else {
      const asAreas = allowAreas ? resolveAreas(provinceText) : null;
      const asDistrict = matchAdminUnits(provinceText, "district");
      if (asAreas) areas = asAreas;
      else if (districtText === "" && asDistrict.length === 1) {
        const d = asDistrict[0] as AdminUnit;
        warnings.push(`"${provinceText}" is a district, not a province; read it as the district ${d.name} in ${nameOf(d.parent)}.`);
        districtText = provinceText;
        provinceText = "";
      } else issues.push({ field: "province", message: unknownMessage(provinceText, "province", null) });
    }
  }

  let district: AdminUnit | null = null;
  let unmatchedDistrict: string | null = null;
  if (districtText !== "") {
    const afghan = province?.parent === "AF" || (!province && country === "AF");
    const matches = matchAdminUnits(districtText, "district");
    const within = province;
    const inProvince = within ? matches.filter((d) => d.parent === within.id || (within.id === "PK-TA" && d.formerFata)) : matches;
    if (areas.length > 0) {
      issues.push({
        field: "district",
        message: "A figure for several areas cannot also name one district; split the row, or clear the district.",
      });
    } else if (inProvince.length === 1) district = inProvince[0] as AdminUnit;
    else if (inProvince.length > 1) {
      issues.push({
        field: "district",
        message: `"${districtText}" names districts in several provinces (${inProvince.map((d) => nameOf(d.parent)).join(", ")}); give the province too.`,
      });
    } else if (matches.length > 0 && province) {
      const d = matches[0] as AdminUnit;
      issues.push({
        field: "district",
        message: `${d.name} is in ${nameOf(d.parent)}, not in ${province.name}. Fix the province or the district.`,
      });
    } else if (afghan) {
      unmatchedDistrict = districtText;
      warnings.push(`Afghan districts are not in the boundary data; "${districtText}" is kept as the place.`);
    } else {
      const asProvince = matchAdminUnits(districtText, "province")[0];
      issues.push({
        field: "district",
        message: asProvince
          ? `"${districtText}" is a province, not a district. Put it in the province column, or give a district of ${asProvince.name}.`
          : unknownMessage(districtText, "district", province?.id ?? null),
      });
    }
  }

  if (issues.length > 0) return { ok: false, issues };

  if (district && !province) {
    const fata = district.formerFata && beforeMerger ? getAdminUnit("PK-TA") : undefined;
    province = fata ?? getAdminUnit(district.parent ?? "") ?? null;
  }
  if (province?.id === "PK-TA" && !beforeMerger) {
    warnings.push("FATA was merged into Khyber Pakhtunkhwa on 31 May 2018; check the province for this date.");
  }
  const placeCountry = (province?.parent ?? null) as CountryId | null;
  if (areas.length > 0) {
    const countries = new Set(areas.map((a) => (a.level === "province" ? a.parent : getAdminUnit(a.parent ?? "")?.parent)));
    if (countries.size > 1) {
      return { ok: false, issues: [{ field: "province", message: "The areas lie in different countries; give one row per country." }] };
    }
    const only = [...countries][0] as CountryId;
    if (country && only !== country) {
      return {
        ok: false,
        issues: [{ field: "country", message: `The areas are in ${nameOf(only)}, but the country says ${nameOf(country)}.` }],
      };
    }
    country = only;
  } else if (placeCountry && country && placeCountry !== country) {
    return {
      ok: false,
      issues: [
        {
          field: "country",
          message: `${province?.name} is in ${nameOf(placeCountry)}, but the country says ${nameOf(country)}. Fix the country or the province.`,
        },
      ],
    };
  } else if (placeCountry) country = placeCountry;

  return {
    ok: true,
    value: {
      country,
      province: province?.id ?? null,
      district: district?.id ?? null,
      areas: areas.map((a) => a.id),
      unmatchedDistrict,
    },
    warnings,
  };
}

const MEMO_LIMIT = 50_000;
const memo = new Map<string, PlaceResult>();

/** Resolves a row's place cells (empty strings for unmapped columns); see the module comment for the rules. */
export function resolvePlace(cells: PlaceCells, options: PlaceOptions): PlaceResult {
  const beforeMerger = options.date !== null && options.date < FATA_MERGER_DATE;
  const key = `${cells.country}\u0000${cells.province}\u0000${cells.district}\u0000${beforeMerger ? 1 : 0}${options.allowAreas ? 1 : 0}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const result = compute(cells, beforeMerger, options.allowAreas);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, result);
  return result;
}
