/**
 * Likely duplicate incidents: two incidents on the same day or a day apart, in the same district,
 * with at least one group in common. That is the rule an editor sees before saving a new incident
 * (with the candidate shown side by side) and the rule an import flags rows by.
 *
 * - Both need a district and at least one group; without either an incident is never flagged (too
 *   little to say it is the same event).
 * - A date known only to the month or the year (`datePrecision` other than "day") matches only a date
 *   of the same precision and the same value: "some day in August 2021" is not within a day of
 *   anything.
 * - Rows of one file with the same record key (identical content, see rows.ts) are duplicates whatever
 *   their place and groups.
 *
 * Lookups go through an index by district, then day, then group, so checking each of 100,000 rows
 * costs a few map lookups (no comparison of every pair); each row lists at most `limit` matches.
 */
import type { DatePrecision } from "../shared/schemas";

export interface DuplicateCandidate {
  date: string;
  datePrecision?: DatePrecision;
  district: string | null;
  groups: readonly string[];
}

export interface ExistingIncident extends DuplicateCandidate {
  key: string;
}

export interface IncidentDuplicate {
  key: string;
  date: string;
  district: string;
  /** Days from the candidate to the match: -1, 0 or 1. */
  dayDifference: number;
  /** The groups both name. */
  sharedGroups: string[];
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(isoDate: string): number {
  return Math.round(Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY_MS);
}

const precisionOf = (c: DuplicateCandidate) => c.datePrecision ?? "day";

/** Whether two incidents are likely the same event (the rule in the module comment). */
export function isLikelyDuplicate(a: DuplicateCandidate, b: DuplicateCandidate): boolean {
  if (a.district === null || a.district !== b.district) return false;
  if (!a.groups.some((g) => b.groups.includes(g))) return false;
  const pa = precisionOf(a);
  const pb = precisionOf(b);
  if (pa !== "day" || pb !== "day") return pa === pb && a.date === b.date;
  return Math.abs(dayNumber(a.date) - dayNumber(b.date)) <= 1;
}

function describe(candidate: DuplicateCandidate, match: ExistingIncident): IncidentDuplicate {
  return {
    key: match.key,
    date: match.date,
    district: match.district as string,
    dayDifference: dayNumber(match.date) - dayNumber(candidate.date),
    sharedGroups: candidate.groups.filter((g) => match.groups.includes(g)),
  };
}

const order = (a: IncidentDuplicate, b: IncidentDuplicate) =>
  Math.abs(a.dayDifference) - Math.abs(b.dayDifference) || b.sharedGroups.length - a.sharedGroups.length || a.key.localeCompare(b.key);

/**
 * The existing incidents a candidate likely duplicates, closest first. A plain scan: for one incident
 * being entered in a form. For many rows, build an index with `indexIncidentsForDuplicates`.
 */
export function findIncidentDuplicates(candidate: DuplicateCandidate, existing: readonly ExistingIncident[]): IncidentDuplicate[] {
  return existing
    .filter((e) => isLikelyDuplicate(candidate, e))
    .map((e) => describe(candidate, e))
    .sort(order);
}

/** Slot of a date in the index: day-precision dates by day number, others by precision and value. */
function slot(c: DuplicateCandidate): string | number {
  const p = precisionOf(c);
  return p === "day" ? dayNumber(c.date) : `${p}:${c.date}`;
}

/** district → date slot → group → entries. */
class DuplicateIndex<T extends DuplicateCandidate> {
  private readonly byDistrict = new Map<string, Map<string | number, Map<string, T[]>>>();

  add(entry: T): void {
    if (entry.district === null || entry.groups.length === 0) return;
    let byDay = this.byDistrict.get(entry.district);
    if (!byDay) {
      byDay = new Map();
      this.byDistrict.set(entry.district, byDay);
    }
    const s = slot(entry);
    let byGroup = byDay.get(s);
    if (!byGroup) {
      byGroup = new Map();
      byDay.set(s, byGroup);
    }
    for (const g of new Set(entry.groups)) {
      const list = byGroup.get(g);
      if (list) list.push(entry);
      else byGroup.set(g, [entry]);
    }
  }

  /** Entries that likely duplicate the candidate, at most `limit`, in insertion order per slot. */
  find(candidate: DuplicateCandidate, limit: number, skip?: (entry: T) => boolean): T[] {
    if (candidate.district === null || candidate.groups.length === 0) return [];
    const byDay = this.byDistrict.get(candidate.district);
    if (!byDay) return [];
    const s = slot(candidate);
    const slots = typeof s === "number" ? [s - 1, s, s + 1] : [s];
    const found = new Set<T>();
    for (const day of slots) {
      const byGroup = byDay.get(day);
      if (!byGroup) continue;
      for (const g of candidate.groups) {
        for (const entry of byGroup.get(g) ?? []) {
          if (found.size >= limit) return [...found];
          if (!skip?.(entry)) found.add(entry);
        }
      }
    }
    return [...found];
  }
}

export interface IncidentDuplicateIndex {
  /** The indexed incidents a candidate likely duplicates, closest first, at most `limit` (default 10). */
  find(candidate: DuplicateCandidate, options?: { limit?: number; excludeKey?: string }): IncidentDuplicate[];
}

/** An index of existing incidents for checking many candidates (an import) against them. */
export function indexIncidentsForDuplicates(existing: Iterable<ExistingIncident>): IncidentDuplicateIndex {
  const index = new DuplicateIndex<ExistingIncident>();
  for (const e of existing) index.add(e);
  return {
    find(candidate, options = {}) {
      const excludeKey = options.excludeKey;
      return index
        .find(candidate, options.limit ?? 10, excludeKey === undefined ? undefined : (e) => e.key === excludeKey)
        .map((e) => describe(candidate, e))
        .sort(order);
    },
  };
}

export interface FileRowForDuplicates extends DuplicateCandidate {
  rowNumber: number;
  /** The record key the row would get; identical keys mean identical content. */
  key?: string;
}

export interface WithinFileDuplicate {
  rowNumber: number;
  /** Earlier rows of the file this row likely duplicates, earliest first (at most `limit`). */
  duplicateOf: number[];
  /** "same-key": identical content; "same-event": same day ±1, district and a group. */
  reason: "same-key" | "same-event";
}

/**
 * Rows of one file that duplicate an earlier row of the same file: each such row with the earlier
 * rows it matches. The first row of a set is not listed (it is the one the others repeat).
 */
export function duplicatesWithinFile(rows: Iterable<FileRowForDuplicates>, options: { limit?: number } = {}): WithinFileDuplicate[] {
  const limit = options.limit ?? 10;
  const index = new DuplicateIndex<FileRowForDuplicates>();
  const byKey = new Map<string, number[]>();
  const out: WithinFileDuplicate[] = [];
  for (const row of rows) {
    const sameKey = row.key === undefined ? undefined : byKey.get(row.key);
    if (sameKey) {
      out.push({ rowNumber: row.rowNumber, duplicateOf: sameKey.slice(0, limit), reason: "same-key" });
      if (sameKey.length < limit) sameKey.push(row.rowNumber);
    } else {
      const matches = index.find(row, limit);
      if (matches.length > 0) {
        out.push({ rowNumber: row.rowNumber, duplicateOf: matches.map((m) => m.rowNumber).sort((a, b) => a - b), reason: "same-event" });
      }
      if (row.key !== undefined) byKey.set(row.key, [row.rowNumber]);
    }
    index.add(row);
  }
  return out;
}
