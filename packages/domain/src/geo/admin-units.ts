import { ADMIN_UNITS } from "./admin-units.generated";
import type { AdminLevel, AdminUnit } from "./schemas";

const byId = new Map(ADMIN_UNITS.map((u) => [u.id, u]));

export function getAdminUnit(id: string): AdminUnit | undefined {
  return byId.get(id);
}

export function isAdminUnitId(id: string, level?: AdminLevel): boolean {
  const unit = byId.get(id);
  return unit !== undefined && (level === undefined || unit.level === level);
}

export function listAdminUnits(filter: { level?: AdminLevel; parent?: string } = {}): AdminUnit[] {
  return ADMIN_UNITS.filter((u) => (filter.level ? u.level === filter.level : true) && (filter.parent ? u.parent === filter.parent : true));
}

/** The country a unit lies in (PK or AF), walking up the parents. */
export function countryOf(id: string): string | undefined {
  let unit = byId.get(id);
  while (unit && unit.level !== "country") unit = unit.parent ? byId.get(unit.parent) : undefined;
  return unit?.id;
}

/** The province of a district, or the unit itself when it is a province. */
export function provinceOf(id: string): string | undefined {
  const unit = byId.get(id);
  if (!unit) return undefined;
  if (unit.level === "province") return unit.id;
  if (unit.level === "district") return unit.parent ?? undefined;
  return undefined;
}

function normaliseName(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Finds a unit by its name or one of its aliases ("KP", "D.I. Khan"), optionally within a level. */
export function findAdminUnitByName(name: string, level?: AdminLevel): AdminUnit | undefined {
  const n = normaliseName(name);
  return ADMIN_UNITS.find(
    (u) => (level ? u.level === level : true) && (normaliseName(u.name) === n || u.aliases.some((a) => normaliseName(a) === n)),
  );
}

/** Pakistan's tribal areas were merged into Khyber Pakhtunkhwa by the 25th Amendment (31 May 2018). */
export const FATA_MERGER_DATE = "2018-05-31";

/** Which Pakistan province boundary set suits a period: pre-2018 (FATA separate) when it ends before the merger. */
export function boundarySetForPeriod(periodEnd: string): "pre2018" | "post2018" {
  return periodEnd < FATA_MERGER_DATE ? "pre2018" : "post2018";
}
