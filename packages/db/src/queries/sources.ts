import type { Source, SourceFilter, SourceView } from "@monitor/domain";
import { and, asc, count, eq, ilike, or, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import {
  citations,
  groupClaims,
  groupLeaders,
  groupRelationships,
  groupStrength,
  incidents,
  recommendations,
  sources,
  statistics,
  timelineEvents,
} from "../schema";
import { containsPattern } from "./like";

/** `count(distinct column)` over a source's citations: how many records of one kind cite it. */
const distinctCited = (column: AnyPgColumn) => sql<number>`count(distinct ${column})::int`;

/**
 * The columns the list shows: never the (possibly large) full text nor the search vector built from
 * it, only whether there is a text, plus the counts of what cites the source. The counts come from
 * one lateral pass over each source's citations (and one over its recommendations), so the list
 * reads every citation once, and a single source only its own.
 */
function selectSources(db: Database) {
  const cited = db
    .select({
      citationCount: sql<number>`count(*)::int`.as("citation_count"),
      statisticsCount: distinctCited(citations.statisticId).as("statistics_count"),
      incidentsCount: distinctCited(citations.incidentId).as("incidents_count"),
      eventsCount: distinctCited(citations.eventId).as("events_count"),
      relationshipsCount: distinctCited(citations.relationshipId).as("relationships_count"),
      claimsCount: distinctCited(citations.claimId).as("claims_count"),
      recommendationsCited: distinctCited(citations.recommendationId).as("recommendations_cited"),
    })
    .from(citations)
    .where(eq(citations.sourceId, sources.id))
    .as("cited");
  const recs = db
    .select({ recommendationCount: sql<number>`count(*)::int`.as("recommendation_count") })
    .from(recommendations)
    .where(eq(recommendations.sourceId, sources.id))
    .as("recs");
  return db
    .select({
      id: sources.id,
      version: sources.version,
      slug: sources.slug,
      title: sources.title,
      shortTitle: sources.shortTitle,
      publisher: sources.publisher,
      authors: sources.authors,
      year: sources.year,
      publishedOn: sources.publishedOn,
      kind: sources.kind,
      url: sources.url,
      file: sources.file,
      inferred: sources.inferred,
      notes: sources.notes,
      hasText: sql<boolean>`(${sources.text} is not null)`,
      citationCount: cited.citationCount,
      recommendationCount: recs.recommendationCount,
      statisticsCount: cited.statisticsCount,
      incidentsCount: cited.incidentsCount,
      eventsCount: cited.eventsCount,
      relationshipsCount: cited.relationshipsCount,
      claimsCount: cited.claimsCount,
      recommendationsCited: cited.recommendationsCited,
    })
    .from(sources)
    .leftJoinLateral(cited, sql`true`)
    .leftJoinLateral(recs, sql`true`);
}
type ListRow = Awaited<ReturnType<typeof selectSources>>[number];

function toSourceView(r: ListRow): SourceView {
  return {
    id: r.id,
    version: r.version,
    slug: r.slug,
    title: r.title,
    shortTitle: r.shortTitle,
    publisher: r.publisher,
    authors: r.authors,
    year: r.year,
    publishedOn: r.publishedOn,
    kind: r.kind,
    url: r.url,
    file: r.file,
    inferred: r.inferred as Source["inferred"],
    notes: r.notes,
    hasText: Boolean(r.hasText),
    citationCount: Number(r.citationCount),
    recommendationCount: Number(r.recommendationCount),
    counts: {
      statistics: Number(r.statisticsCount),
      incidents: Number(r.incidentsCount),
      events: Number(r.eventsCount),
      relationships: Number(r.relationshipsCount),
      groupClaims: Number(r.claimsCount),
      recommendations: Number(r.recommendationsCited),
    },
  };
}

export async function listSources(db: Database, filter: SourceFilter = {}): Promise<SourceView[]> {
  const conditions = [];
  if (filter.kind) conditions.push(eq(sources.kind, filter.kind));
  if (filter.search) {
    const q = containsPattern(filter.search);
    conditions.push(or(ilike(sources.title, q), ilike(sources.publisher, q), ilike(sources.shortTitle, q)));
  }
  const rows = await selectSources(db)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(sources.year), asc(sources.title), asc(sources.slug));
  return rows.map(toSourceView);
}

export async function getSourceBySlug(db: Database, slug: string): Promise<SourceView | null> {
  const [row] = await selectSources(db).where(eq(sources.slug, slug));
  return row ? toSourceView(row) : null;
}

/** A source's full text, or null when the app does not hold it. */
export async function getSourceText(db: Database, sourceId: string): Promise<string | null> {
  const [row] = await db.select({ text: sources.text }).from(sources).where(eq(sources.id, sourceId));
  return row?.text ?? null;
}

export type SourceCitationEntry = {
  id: string;
  locator: string;
  quote: string;
  originalProducer: string | null;
  record: { type: "statistic" | "incident" | "event" | "recommendation" | "relationship" | "group"; label: string; ref: string };
};

/** Every citation into a source, with a short label and a reference to the record it supports. */
export async function listCitationsBySource(db: Database, sourceId: string): Promise<SourceCitationEntry[]> {
  const rows = await db
    .select({
      id: citations.id,
      locator: citations.locator,
      quote: citations.quote,
      originalProducer: citations.originalProducer,
      statKey: statistics.key,
      statLabel: sql<string | null>`coalesce("statistics"."label", "statistics"."metric")`,
      incidentKey: incidents.key,
      incidentTitle: incidents.title,
      eventKey: timelineEvents.key,
      eventTitle: timelineEvents.title,
      recKey: recommendations.key,
      recTitle: recommendations.title,
      relKey: groupRelationships.key,
      relDescription: groupRelationships.description,
      claimText: sql<string | null>`coalesce("group_claims"."text", "group_leaders"."name", 'Strength estimate')`,
      groupSlug: sql<
        string | null
      >`(select g.slug from groups g where g.id = coalesce("group_claims"."group_id", "group_leaders"."group_id", "group_strength"."group_id"))`,
    })
    .from(citations)
    .leftJoin(statistics, eq(statistics.id, citations.statisticId))
    .leftJoin(incidents, eq(incidents.id, citations.incidentId))
    .leftJoin(timelineEvents, eq(timelineEvents.id, citations.eventId))
    .leftJoin(recommendations, eq(recommendations.id, citations.recommendationId))
    .leftJoin(groupRelationships, eq(groupRelationships.id, citations.relationshipId))
    .leftJoin(groupClaims, eq(groupClaims.id, citations.claimId))
    .leftJoin(groupLeaders, eq(groupLeaders.id, citations.leaderId))
    .leftJoin(groupStrength, eq(groupStrength.id, citations.strengthId))
    .where(eq(citations.sourceId, sourceId))
    .orderBy(asc(citations.locator), asc(citations.id));
  return rows.map((r) => {
    const base = { id: r.id, locator: r.locator, quote: r.quote, originalProducer: r.originalProducer };
    if (r.statKey) return { ...base, record: { type: "statistic" as const, label: r.statLabel ?? r.statKey, ref: r.statKey } };
    if (r.incidentKey)
      return { ...base, record: { type: "incident" as const, label: r.incidentTitle ?? r.incidentKey, ref: r.incidentKey } };
    if (r.eventKey) return { ...base, record: { type: "event" as const, label: r.eventTitle ?? r.eventKey, ref: r.eventKey } };
    if (r.recKey) return { ...base, record: { type: "recommendation" as const, label: r.recTitle ?? r.recKey, ref: r.recKey } };
    if (r.relKey) return { ...base, record: { type: "relationship" as const, label: r.relDescription ?? r.relKey, ref: r.relKey } };
    return { ...base, record: { type: "group" as const, label: r.claimText ?? "", ref: r.groupSlug ?? "" } };
  });
}

export async function countSources(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(sources);
  return row?.n ?? 0;
}

/** A round trip to the data store (health checks). */
export async function pingDatabase(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}
