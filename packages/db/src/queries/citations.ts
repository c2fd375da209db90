import type { Citation, CitationView } from "@monitor/domain";
import { asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../client";
import { citations, sources } from "../schema";

/** The owner columns of `citations`: a citation belongs to exactly one of these. */
export type CitationOwner =
  | "statisticId"
  | "incidentId"
  | "eventId"
  | "recommendationId"
  | "relationshipId"
  | "claimId"
  | "leaderId"
  | "strengthId"
  | "roleId";

/** Loads the citations of many records in one query, keyed by owner id, in their stored order. */
export async function loadCitations(db: Database, owner: CitationOwner, ownerIds: readonly string[]): Promise<Map<string, CitationView[]>> {
  const out = new Map<string, CitationView[]>();
  if (ownerIds.length === 0) return out;
  const column = citations[owner];
  const rows = await db
    .select({
      ownerId: column,
      source: sources.slug,
      sourceTitle: sources.title,
      sourceShortTitle: sources.shortTitle,
      locator: citations.locator,
      quote: citations.quote,
      originalProducer: citations.originalProducer,
    })
    .from(citations)
    .innerJoin(sources, eq(sources.id, citations.sourceId))
    .where(inArray(column, [...ownerIds]))
    .orderBy(asc(citations.position));
  for (const { ownerId, ...c } of rows) {
    if (!ownerId) continue;
    const list = out.get(ownerId) ?? [];
    list.push(c);
    out.set(ownerId, list);
  }
  return out;
}

/** Replaces a record's citations. `sourceIds` maps source slugs to ids (the caller has validated them). */
export async function replaceCitations(
  db: Database,
  owner: CitationOwner,
  ownerId: string,
  list: readonly Citation[],
  sourceIds: ReadonlyMap<string, string>,
): Promise<void> {
  await db.delete(citations).where(eq(citations[owner], ownerId));
  if (list.length === 0) return;
  await db.insert(citations).values(
    list.map((c, position) => {
      const sourceId = sourceIds.get(c.source);
      if (!sourceId) throw new Error(`Unknown source "${c.source}"`);
      return { sourceId, locator: c.locator, quote: c.quote, originalProducer: c.originalProducer ?? null, position, [owner]: ownerId };
    }),
  );
}
