import { z } from "zod";
import { formatDate } from "../shared/format";
import { type DatePrecision, Slug } from "../shared/schemas";
import { FuzzyDate, type RelationshipType } from "./schemas";

/**
 * The relationship network "as of" a date: which typed ties between groups held then, read at the
 * precision the sources give. A tie dated only to a year counts for the whole of that year, one dated
 * to a month for the whole month; a tie is never shown before either of its groups was founded or
 * after either was dissolved.
 */

export const RELATIONSHIP_TYPE_LABELS: Record<RelationshipType, string> = {
  alliance: "Alliance",
  cooperation: "Cooperation",
  rivalry: "Rivalry",
  merger: "Merger",
  splinter: "Splinter",
  affiliate: "Affiliate",
  sanctuary: "Sanctuary / patronage",
  defection: "Defection",
};

/** How `A → B` reads for each type: "A splintered from B". Symmetric types read the same both ways. */
export const RELATIONSHIP_TYPE_READING: Record<RelationshipType, { directed: boolean; reads: string }> = {
  alliance: { directed: false, reads: "A and B are allied" },
  cooperation: { directed: false, reads: "A and B cooperate" },
  rivalry: { directed: false, reads: "A and B are rivals" },
  merger: { directed: true, reads: "A merged into B" },
  splinter: { directed: true, reads: "A splintered from B" },
  affiliate: { directed: true, reads: "A is an affiliate of B" },
  sanctuary: { directed: true, reads: "A shelters or sponsors B" },
  defection: { directed: true, reads: "members of A defected to B" },
};

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };

function truncate(iso: string, precision: DatePrecision): string {
  if (precision === "year") return iso.slice(0, 4);
  if (precision === "month") return iso.slice(0, 7);
  return iso.slice(0, 10);
}

/**
 * Compares two dates known to different precisions at the coarser one: "2015" equals "Mar 2015" and
 * "12 Mar 2015"; "Feb 2015" comes before "12 Mar 2015". Returns -1, 0 or 1.
 */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): -1 | 0 | 1 {
  const p = PRECISION_RANK[a.precision] >= PRECISION_RANK[b.precision] ? a.precision : b.precision;
  const x = truncate(a.date, p);
  const y = truncate(b.date, p);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** "As of the year 2015": a whole calendar year. */
export function yearAsOf(year: number): FuzzyDate {
  return { date: `${String(year).padStart(4, "0")}-01-01`, precision: "year" };
}

export interface DatedSpan {
  start: FuzzyDate | null;
  end: FuzzyDate | null;
}

/**
 * Where a tie stands at a date: `held` (started on or before it and not ended before it),
 * `start_unknown` (not ended before it, but the sources give no start, so it may or may not have
 * held yet), `not_started` or `ended`. Dates compare at the coarser precision (see compareFuzzyDates).
 */
export type RelationshipStatus = "held" | "start_unknown" | "not_started" | "ended";

export function relationshipStatusAsOf(span: DatedSpan, asOf: FuzzyDate): RelationshipStatus {
  if (span.end && compareFuzzyDates(span.end, asOf) < 0) return "ended";
  if (!span.start) return "start_unknown";
  return compareFuzzyDates(span.start, asOf) <= 0 ? "held" : "not_started";
}

/** A group's known life: either date may be unknown (null or absent). */
export interface GroupLifespan {
  slug: string;
  founded?: FuzzyDate | null;
  dissolved?: FuzzyDate | null;
  /**
   * Years with a dated record about the group (an attributed incident, a published figure, a tenure,
   * a dated tie), as the groups list gives them: evidence it existed then when no founding date is known.
   */
  recordYears?: readonly number[];
}

export interface GroupExistence {
  /** Not ruled out: not founded after the date, not dissolved before it. */
  exists: boolean;
  /** Shown active at the date: founded by then, or a dated record in that year. */
  known: boolean;
  /** Shown to exist by then: founded by then, or a dated record in that year or earlier. */
  attested: boolean;
}

/**
 * Whether a group existed at a date, as far as the sources say. `exists` is false only when its
 * founding is dated after the date or its dissolution before it; `known` and `attested` say whether
 * anything dated shows it at (or by) the date rather than just not ruling it out.
 */
export function groupExistsAsOf(group: GroupLifespan, asOf: FuzzyDate): GroupExistence {
  if (group.founded && compareFuzzyDates(group.founded, asOf) > 0) return { exists: false, known: false, attested: false };
  if (group.dissolved && compareFuzzyDates(group.dissolved, asOf) < 0) return { exists: false, known: false, attested: false };
  const year = Number(asOf.date.slice(0, 4));
  const years = group.recordYears ?? [];
  const founded = Boolean(group.founded);
  return { exists: true, known: founded || years.includes(year), attested: founded || years.some((y) => y <= year) };
}

export interface NetworkOptions {
  /** The date to show the network at; null for every tie whenever it held. */
  asOf: FuzzyDate | null;
  /** Keep ties whose sources give no start date (default true). They are flagged, never silently dated. */
  includeUndated?: boolean;
}

export interface NetworkEdgesAsOf<R> {
  edges: R[];
  /**
   * Group slugs to draw, sorted: every group at either end of an edge, plus (at a date) groups shown
   * active then (founded by then, or a dated record that year) even with no tie that held.
   */
  groups: string[];
  /** How many ties would hold at the date but were left out only because they have no start date. */
  undatedHidden: number;
}

type Edge = DatedSpan & { from: string; to: string };

/** True when the sources give no start date for the tie. */
export function isUndated(r: DatedSpan): boolean {
  return r.start === null;
}

/**
 * The network at a date. An edge is kept when it held then (start ≤ date, and no end or end ≥ date, at
 * the coarser precision) and neither group is dated out of existence then (founded later, dissolved
 * earlier). An edge with no start date is kept when it has not ended and both groups are shown to exist
 * by then (founded, or a dated record in that year or before), unless `includeUndated` is false. With
 * no date, every edge is kept (less the undated ones if asked) with the groups they join. Edges keep
 * their input order.
 */
export function networkAsOf<R extends Edge>(
  relationships: readonly R[],
  groups: readonly GroupLifespan[],
  options: NetworkOptions,
): NetworkEdgesAsOf<R> {
  const includeUndated = options.includeUndated ?? true;
  const { asOf } = options;
  const nodes = new Set<string>();
  const edges: R[] = [];
  let undatedHidden = 0;

  if (!asOf) {
    for (const r of relationships) {
      if (!includeUndated && isUndated(r)) {
        undatedHidden++;
        continue;
      }
      edges.push(r);
      nodes.add(r.from);
      nodes.add(r.to);
    }
    return { edges, groups: [...nodes].sort(), undatedHidden };
  }

  // A group missing from the list is not ruled out (a tie names it, so it existed at some point).
  const unlisted: GroupExistence = { exists: true, known: false, attested: true };
  const existence = new Map(groups.map((g) => [g.slug, groupExistsAsOf(g, asOf)]));
  const of = (slug: string) => existence.get(slug) ?? unlisted;
  for (const [slug, e] of existence) if (e.exists && e.known) nodes.add(slug);
  for (const r of relationships) {
    const status = relationshipStatusAsOf(r, asOf);
    if (status === "ended" || status === "not_started") continue;
    const a = of(r.from);
    const b = of(r.to);
    if (!a.exists || !b.exists) continue;
    // An undated tie needs more than "not ruled out": both groups shown to exist by the date.
    if (status === "start_unknown" && !(a.attested && b.attested)) continue;
    if (status === "start_unknown" && !includeUndated) {
      undatedHidden++;
      continue;
    }
    edges.push(r);
    nodes.add(r.from);
    nodes.add(r.to);
  }
  return { edges, groups: [...nodes].sort(), undatedHidden };
}

/** The edges of `networkAsOf`, for callers that need no nodes. */
export function relationshipsAsOf<R extends Edge>(
  relationships: readonly R[],
  groups: readonly GroupLifespan[],
  options: NetworkOptions,
): R[] {
  return networkAsOf(relationships, groups, options).edges;
}

/** The first and last year any tie or group is dated to, or null when nothing is dated. */
export function networkYearRange(
  relationships: readonly DatedSpan[],
  groups: readonly GroupLifespan[],
): { first: number; last: number } | null {
  const years: number[] = [];
  for (const r of relationships) {
    if (r.start) years.push(Number(r.start.date.slice(0, 4)));
    if (r.end) years.push(Number(r.end.date.slice(0, 4)));
  }
  for (const g of groups) {
    if (g.founded) years.push(Number(g.founded.date.slice(0, 4)));
    if (g.dissolved) years.push(Number(g.dissolved.date.slice(0, 4)));
  }
  if (years.length === 0) return null;
  return { first: Math.min(...years), last: Math.max(...years) };
}

/**
 * The `groups.relationships` input: ties touching one group, and/or the network as of a date
 * (`{ asOf: { date: "2015-01-01", precision: "year" } }` for the year 2015).
 */
export const RelationshipFilter = z.object({
  group: Slug.optional(),
  asOf: FuzzyDate.optional(),
  includeUndated: z.boolean().optional(),
});
export type RelationshipFilter = z.infer<typeof RelationshipFilter>;

/** "2015 – 2021", "since Aug 2021", "until 2015", or null when the sources give neither end. */
export function formatRelationshipPeriod(span: DatedSpan): string | null {
  const s = span.start ? formatDate(span.start.date, span.start.precision) : null;
  const e = span.end ? formatDate(span.end.date, span.end.precision) : null;
  if (s && e) return s === e ? s : `${s} – ${e}`;
  if (s) return `since ${s}`;
  if (e) return `until ${e}`;
  return null;
}
