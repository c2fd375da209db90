import { countryOf, getAdminUnit, listAdminUnits, provinceOf } from "./admin-units";
import { ADMIN_UNITS } from "./admin-units.generated";

/**
 * Where a group operates, as a map layer. A group's areas are stored as a list of admin unit ids
 * (`PK-KP`, `pk-kp-bajaur`, `AF-NAN`, `AF`, `PK-TA` for FATA) without a citation per place; the
 * sources are its cited claims. This paints the areas of one map (a country's provinces or
 * Pakistan's districts) from that list and, for each painted area, finds the claims whose text
 * names the place (or the listed unit that put it on the map), so every painted area can say who
 * says so, or say plainly that no cited claim names it.
 */

/** How the group's list reaches a painted area, strongest first. */
export const PRESENCE_BASES = ["named", "districts-named", "within-named", "country-only"] as const;
export type PresenceBasis = (typeof PRESENCE_BASES)[number];

/** Legend value per basis: a higher number is a more specific listing (drawn darker). */
export const PRESENCE_VALUE: Record<PresenceBasis, number> = {
  named: 4,
  "districts-named": 3,
  "within-named": 2,
  "country-only": 1,
};

export const PRESENCE_LABELS: Record<PresenceBasis, string> = {
  named: "Named as an area of operation",
  "districts-named": "Some of its districts named",
  "within-named": "Within a named province or former FATA",
  "country-only": "Only the whole country named",
};

export interface PresenceClaimLike<C> {
  key: string;
  topic: string;
  text: string;
  citations: readonly C[];
}

export interface PresenceArea<C> {
  /** The painted area: a province id (PK-KP, AF-KNR) or a district slug. */
  id: string;
  basis: PresenceBasis;
  /** The listed unit ids that put this area on the map, most specific first. */
  listed: string[];
  /** Claims naming this area or one of the listed units, areas claims first. */
  claims: PresenceClaimLike<C>[];
}

export interface GroupPresence<C> {
  areas: Record<string, PresenceArea<C>>;
  /** Listed ids outside this map (another country, an unknown id), so nothing silently disappears. */
  elsewhere: string[];
  /** The group's claims about its areas (topic "areas"), for the empty state and a general citation. */
  areaClaims: PresenceClaimLike<C>[];
}

export interface PresenceMap {
  country: "PK" | "AF";
  /** Pakistan can be drawn by province or by district; Afghanistan by province only. */
  level: "province" | "district";
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every name and alias of every unit, longest first, so "Khyber Pakhtunkhwa" is taken before "Khyber". */
const ALL_NAMES: { id: string; name: string; re: RegExp }[] = ADMIN_UNITS.flatMap((u) =>
  [u.name, ...u.aliases].map((name) => ({
    id: u.id,
    name,
    re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "gu"),
  })),
).sort((a, b) => b.name.length - a.name.length);

/**
 * The unit ids a text names (case-sensitive, whole words, longest name first: "Khyber Pakhtunkhwa"
 * names the province, not the Khyber district).
 */
export function unitsNamedIn(text: string): Set<string> {
  let rest = text;
  const found = new Set<string>();
  for (const n of ALL_NAMES) {
    if (!rest.includes(n.name)) continue;
    rest = rest.replace(n.re, (m) => {
      found.add(n.id);
      return " ".repeat(m.length);
    });
  }
  // "Islamabad" names both the territory and its one district: treat them as one place.
  if (found.has("PK-IS") || found.has("pk-is-islamabad")) {
    found.add("PK-IS");
    found.add("pk-is-islamabad");
  }
  return found;
}

/** The former FATA agencies, now districts of Khyber Pakhtunkhwa. */
function formerFataDistricts(): string[] {
  return listAdminUnits({ level: "district" })
    .filter((u) => u.formerFata)
    .map((u) => u.id);
}

/** The areas of the map (shape ids) a listed unit covers, and how. */
function coverage(id: string, map: PresenceMap): { area: string; basis: PresenceBasis }[] {
  const unit = getAdminUnit(id);
  if (!unit) return [];
  if (id === "PK-TA") {
    // FATA (before 2018) is part of Khyber Pakhtunkhwa on the post-2018 maps.
    if (map.country !== "PK") return [];
    return map.level === "district"
      ? formerFataDistricts().map((area) => ({ area, basis: "within-named" as const }))
      : [{ area: "PK-KP", basis: "within-named" }];
  }
  if (countryOf(id) !== map.country) return [];
  if (unit.level === "country") {
    return listAdminUnits({ level: map.level, ...(map.level === "province" ? { parent: map.country } : {}) })
      .filter((u) => countryOf(u.id) === map.country && u.id !== "PK-TA")
      .map((u) => ({ area: u.id, basis: "country-only" as const }));
  }
  if (unit.level === "province") {
    if (map.level === "province") return [{ area: id, basis: "named" }];
    return listAdminUnits({ level: "district", parent: id }).map((u) => ({ area: u.id, basis: "within-named" as const }));
  }
  // A district.
  if (map.level === "district") return [{ area: id, basis: "named" }];
  const province = provinceOf(id);
  return province ? [{ area: province, basis: "districts-named" }] : [];
}

const strength = (b: PresenceBasis) => PRESENCE_VALUE[b];

/** Whether a listed unit lies inside a painted area (a district in its province, FATA in Khyber Pakhtunkhwa). */
function isInside(id: string, area: string): boolean {
  if (id === area) return true;
  if (id === "PK-TA") return area === "PK-KP";
  return getAdminUnit(id)?.level === "district" && provinceOf(id) === area;
}

export function groupPresence<C>(
  group: { areas: readonly string[]; claims: readonly PresenceClaimLike<C>[] },
  map: PresenceMap,
): GroupPresence<C> {
  const named = group.claims.map((c) => ({ claim: c, units: unitsNamedIn(c.text) }));
  const claimsNaming = (ids: readonly string[]) =>
    named
      .filter((n) => ids.some((id) => n.units.has(id)))
      .sort((a, b) => Number(b.claim.topic === "areas") - Number(a.claim.topic === "areas"))
      .map((n) => n.claim);

  const areas: Record<string, PresenceArea<C>> = {};
  const via = new Map<string, Map<string, PresenceBasis>>();
  const elsewhere: string[] = [];
  for (const id of group.areas) {
    const covered = coverage(id, map);
    if (covered.length === 0) {
      if (!elsewhere.includes(id)) elsewhere.push(id);
      continue;
    }
    for (const { area, basis } of covered) {
      const prev = areas[area];
      const listing = via.get(area) ?? new Map<string, PresenceBasis>();
      via.set(area, listing);
      if (!listing.has(id)) listing.set(id, basis);
      if (!prev) areas[area] = { id: area, basis, listed: [], claims: [] };
      else if (strength(basis) > strength(prev.basis)) prev.basis = basis;
    }
  }
  for (const a of Object.values(areas)) {
    const listing = via.get(a.id) ?? new Map<string, PresenceBasis>();
    // Most specific listing first: the area itself, then what lies inside it, then broader units.
    a.listed = [...listing.keys()].sort((x, y) => strength(listing.get(y) ?? "country-only") - strength(listing.get(x) ?? "country-only"));
    // The evidence for an area: claims naming it, the listings that give it its basis, or places inside it
    // (a claim about Bajaur backs Khyber Pakhtunkhwa; one about Afghanistan does not back Khost).
    const evidence = [a.id, ...a.listed.filter((id) => listing.get(id) === a.basis || isInside(id, a.id))];
    a.claims = claimsNaming(evidence);
  }
  return { areas, elsewhere, areaClaims: group.claims.filter((c) => c.topic === "areas") };
}
