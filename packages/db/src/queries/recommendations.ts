import type { RecommendationFilter, RecommendationStatus, RecommendationView, TargetActor } from "@monitor/domain";
import { and, arrayContains, asc, count, eq, ilike, inArray, or, type SQL } from "drizzle-orm";
import type { Database } from "../client";
import { recommendations, recommendationUpdates, sources } from "../schema";
import { loadCitations } from "./citations";
import { containsPattern } from "./like";

function conditions(filter: RecommendationFilter): SQL[] {
  const c: SQL[] = [];
  if (filter.source) c.push(eq(sources.slug, filter.source));
  if (filter.theme) c.push(eq(recommendations.theme, filter.theme));
  if (filter.status) c.push(eq(recommendations.status, filter.status));
  if (filter.targetActor) c.push(arrayContains(recommendations.targetActors, [filter.targetActor]));
  if (filter.search) {
    const q = containsPattern(filter.search);
    const match = or(ilike(recommendations.title, q), ilike(recommendations.text, q));
    if (match) c.push(match);
  }
  return c;
}

function selectRecommendations(db: Database) {
  return db
    .select({
      id: recommendations.id,
      key: recommendations.key,
      version: recommendations.version,
      source: sources.slug,
      sourceTitle: sources.title,
      sourceShortTitle: sources.shortTitle,
      number: recommendations.number,
      title: recommendations.title,
      text: recommendations.text,
      theme: recommendations.theme,
      targetActors: recommendations.targetActors,
      priority: recommendations.priority,
      status: recommendations.status,
      nextReviewOn: recommendations.nextReviewOn,
    })
    .from(recommendations)
    .innerJoin(sources, eq(sources.id, recommendations.sourceId));
}
type Row = Awaited<ReturnType<typeof selectRecommendations>>[number];

async function toViews(db: Database, rows: Row[]): Promise<RecommendationView[]> {
  const ids = rows.map((r) => r.id);
  const cites = await loadCitations(db, "recommendationId", ids);
  const updates = ids.length
    ? await db
        .select()
        .from(recommendationUpdates)
        .where(inArray(recommendationUpdates.recommendationId, ids))
        .orderBy(asc(recommendationUpdates.date), asc(recommendationUpdates.createdAt))
    : [];
  return rows.map((r) => ({
    ...r,
    targetActors: r.targetActors as TargetActor[],
    citations: cites.get(r.id) ?? [],
    updates: updates
      .filter((u) => u.recommendationId === r.id)
      .map((u) => ({ id: u.id, date: u.date, from: u.fromStatus, to: u.toStatus, note: u.note, evidence: u.evidence, author: u.author })),
  }));
}

export async function listRecommendations(
  db: Database,
  filter: RecommendationFilter & { limit?: number; offset?: number },
): Promise<{ items: RecommendationView[]; total: number }> {
  const where = and(...conditions(filter));
  const [totalRow] = await db
    .select({ n: count() })
    .from(recommendations)
    .innerJoin(sources, eq(sources.id, recommendations.sourceId))
    .where(where);
  const rows = await selectRecommendations(db)
    .where(where)
    .orderBy(asc(sources.year), asc(sources.slug), asc(recommendations.key))
    .limit(filter.limit ?? 50)
    .offset(filter.offset ?? 0);
  return { items: await toViews(db, rows), total: totalRow?.n ?? 0 };
}

export async function getRecommendationByKey(db: Database, key: string): Promise<RecommendationView | null> {
  const rows = await selectRecommendations(db).where(eq(recommendations.key, key));
  const [view] = await toViews(db, rows);
  return view ?? null;
}

export async function countRecommendationsByStatus(
  db: Database,
  filter: RecommendationFilter = {},
): Promise<{ status: RecommendationStatus; count: number }[]> {
  return db
    .select({ status: recommendations.status, count: count() })
    .from(recommendations)
    .innerJoin(sources, eq(sources.id, recommendations.sourceId))
    .where(and(...conditions(filter)))
    .groupBy(recommendations.status);
}
