/**
 * Data-entry rules: where a record's citations are (to check quotes against their sources), whether an
 * edit changes anything, how a likely duplicate incident is merged into the one already held, and the
 * message a stale edit gets.
 */
import type { FieldChange } from "../audit/schemas";
import type { Incident } from "../incidents/schemas";
import type { Citation } from "../sources/schemas";

export interface CitationAt {
  /** The path of the citation inside the record, as a form field path (["leaders", 2, "citations", 0]). */
  path: (string | number)[];
  citation: Citation;
}

/** Every citation inside a record, nested ones (a group's leaders, claims, strength, roles) included. */
export function citationsOf(record: unknown, path: (string | number)[] = []): CitationAt[] {
  if (Array.isArray(record)) return record.flatMap((item, i) => citationsOf(item, [...path, i]));
  if (record === null || typeof record !== "object") return [];
  const out: CitationAt[] = [];
  for (const [k, v] of Object.entries(record)) {
    if (k === "citations" && Array.isArray(v)) {
      v.forEach((c, i) => {
        out.push({ path: [...path, k, i], citation: c as Citation });
      });
    } else if (typeof v === "object" && v !== null) out.push(...citationsOf(v, [...path, k]));
  }
  return out;
}

/** JSON with keys sorted and undefined dropped: two records that mean the same thing compare equal. */
export function canonicalJson(value: unknown): string {
  const norm = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(norm);
    if (v !== null && typeof v === "object") {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([, x]) => x !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, x]) => [k, norm(x)]),
      );
    }
    return v;
  };
  return JSON.stringify(norm(value));
}

export function sameRecord(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

const citationId = (c: Citation) => `${c.source}\u0000${c.quote.replace(/\s+/g, " ").trim().toLowerCase()}`;

/**
 * Folds a new report of an incident into the one already held: the held incident keeps every value it
 * has (its title, date, figures); empty fields take the new report's values; the new report's groups
 * are added (a group already named keeps its attribution) and its citations are appended (one citation
 * per source and quote), so the sources that disagree stay side by side on the incident's page.
 */
export function mergeIncidents(held: Incident, incoming: Incident): Incident {
  const perpetrators = [...held.perpetrators];
  for (const p of incoming.perpetrators) if (!perpetrators.some((q) => q.group === p.group)) perpetrators.push(p);
  const seen = new Set(held.citations.map(citationId));
  const citations = [...held.citations];
  for (const c of incoming.citations) {
    if (seen.has(citationId(c))) continue;
    seen.add(citationId(c));
    citations.push(c);
  }
  const fill = <K extends keyof Incident>(k: K): Incident[K] => (held[k] ?? incoming[k]) as Incident[K];
  const killedFromIncoming = held.killed === null && incoming.killed !== null;
  const injuredFromIncoming = held.injured === null && incoming.injured !== null;
  return {
    ...held,
    province: fill("province"),
    district: held.province === null || held.province === incoming.province ? fill("district") : held.district,
    place: fill("place"),
    description: fill("description"),
    killed: fill("killed"),
    killedQualifier: killedFromIncoming ? incoming.killedQualifier : held.killedQualifier,
    injured: fill("injured"),
    injuredQualifier: injuredFromIncoming ? incoming.injuredQualifier : held.injuredQualifier,
    perpetrators: perpetrators.slice(0, 10),
    citations: citations.slice(0, 50),
  };
}

const FIELD_WORDS: Record<string, string> = {
  datePrecision: "date precision",
  killedQualifier: "killed qualifier",
  injuredQualifier: "injured qualifier",
  periodStart: "period start",
  periodEnd: "period end",
  shortTitle: "short title",
  publishedOn: "published on",
  targetActors: "addressed to",
  nextReviewOn: "next review",
  mediaWings: "media wings",
  foundedPlace: "founded in",
};

/** A field name as words ("killedQualifier" → "killed qualifier"). */
export function fieldWords(field: string): string {
  return FIELD_WORDS[field] ?? field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

/** What a stale editor is told: who changed the record, when, what, and that nothing of theirs was saved. */
export function staleRecordMessage(args: {
  label: string;
  expected: number;
  current: number;
  latest: { actorLabel: string; at: string; changes: readonly FieldChange[] } | null;
}): string {
  const { label, expected, current, latest } = args;
  const what = latest
    ? ` ${latest.actorLabel} saved it at ${latest.at.slice(0, 16).replace("T", " ")} UTC${
        latest.changes.length ? `, changing ${latest.changes.map((c) => fieldWords(c.field)).join(", ")}` : ""
      }.`
    : "";
  return `“${label}” was changed by someone else while you were editing (you had version ${expected}, it is now version ${current}).${what} Nothing was saved: reload to see their change, then make yours again.`;
}
