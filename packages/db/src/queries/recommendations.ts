import type {
  Indicator,
  RecommendationFilter,
  RecommendationSort,
  RecommendationStatus,
  RecommendationUpdate,
  RecommendationView,
  TargetActor,
} from "@monitor/domain";
import { THEME_LABELS, THEMES } from "@monitor/domain";
import { and, arrayContains, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  recommendationDuplicateDismissals,
  recommendationFamilies,
  recommendations,
  recommendationUpdates,
  sources,
  users,
} from "../schema";
import { loadCitations } from "./citations";
import { containsPattern } from "./like";

/** A filter as the queries take it: `today` decides what "overdue" means (injected, never the clock). */
export type RecommendationQuery = RecommendationFilter & { today?: string; keys?: readonly string[] };

function conditions(filter: RecommendationQuery): SQL[] {
  const c: SQL[] = [];
  if (filter.source) c.push(eq(sources.slug, filter.source));
  if (filter.theme) c.push(eq(recommendations.theme, filter.theme));
  if (filter.status) c.push(eq(recommendations.status, filter.status));
  if (filter.targetActor) c.push(arrayContains(recommendations.targetActors, [filter.targetActor]));
  if (filter.owner) c.push(filter.owner === "none" ? isNull(recommendations.ownerId) : eq(recommendations.ownerId, filter.owner));
  if (filter.overdue && filter.today) {
    const overdue = and(isNotNull(recommendations.nextReviewOn), lt(recommendations.nextReviewOn, filter.today));
    if (overdue) c.push(overdue);
  }
  if (filter.province) c.push(arrayContains(recommendations.provinces, [filter.province]));
  if (filter.family) c.push(eq(recommendationFamilies.key, filter.family));
  if (filter.keys) c.push(inArray(recommendations.key, filter.keys.length ? [...filter.keys] : [""]));
  if (filter.search) {
    const q = containsPattern(filter.search);
    const match = or(ilike(recommendations.title, q), ilike(recommendations.text, q), ilike(recommendations.key, q));
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
      sourceYear: sources.year,
      sourcePublishedOn: sources.publishedOn,
      number: recommendations.number,
      title: recommendations.title,
      text: recommendations.text,
      theme: recommendations.theme,
      targetActors: recommendations.targetActors,
      priority: recommendations.priority,
      status: recommendations.status,
      nextReviewOn: recommendations.nextReviewOn,
      provinces: recommendations.provinces,
      indicator: recommendations.indicator,
      ownerId: recommendations.ownerId,
      ownerName: users.name,
      familyKey: recommendationFamilies.key,
      familyTitle: recommendationFamilies.title,
      updatedAt: recommendations.updatedAt,
    })
    .from(recommendations)
    .innerJoin(sources, eq(sources.id, recommendations.sourceId))
    .leftJoin(users, eq(users.id, recommendations.ownerId))
    .leftJoin(recommendationFamilies, eq(recommendationFamilies.id, recommendations.familyId));
}
type Row = Awaited<ReturnType<typeof selectRecommendations>>[number];

async function loadUpdates(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, RecommendationView["updates"]>();
  const rows = await db
    .select()
    .from(recommendationUpdates)
    .where(inArray(recommendationUpdates.recommendationId, [...ids]))
    .orderBy(asc(recommendationUpdates.date), asc(recommendationUpdates.createdAt));
  const out = new Map<string, RecommendationView["updates"]>();
  for (const u of rows) {
    const list = out.get(u.recommendationId) ?? [];
    list.push({
      id: u.id,
      date: u.date,
      from: u.fromStatus,
      to: u.toStatus,
      note: u.note,
      evidence: u.evidence,
      author: u.author,
      assessor: u.assessor,
      assessorName: u.assessorName,
      province: u.province,
      createdAt: u.createdAt.toISOString(),
    });
    out.set(u.recommendationId, list);
  }
  return out;
}

async function toViews(db: Database, rows: Row[]): Promise<RecommendationView[]> {
  const ids = rows.map((r) => r.id);
  const [cites, updates] = await Promise.all([loadCitations(db, "recommendationId", ids), loadUpdates(db, ids)]);
  return rows.map(({ familyKey, familyTitle, updatedAt, ...r }) => ({
    ...r,
    targetActors: r.targetActors as TargetActor[],
    indicator: (r.indicator as Indicator | null) ?? null,
    family: familyKey && familyTitle ? { key: familyKey, title: familyTitle } : null,
    updatedAt: updatedAt.toISOString(),
    citations: cites.get(r.id) ?? [],
    updates: updates.get(r.id) ?? [],
  }));
}

/** Status in the order of the machine, so sorting by status reads proposed → implemented. */
const STATUS_ORDER = sql`array_position(array['not_assessed','proposed','under_consideration','in_progress','partially_implemented','implemented','stalled','rejected'], ${recommendations.status})`;
const PRIORITY_ORDER = sql`array_position(array['high','medium','low','unspecified'], ${recommendations.priority})`;
/** Themes in the order of their labels ("Border management" before "Engagement with Kabul"), as people read them. */
const THEME_ORDER = sql`array_position(array[${sql.join(
  [...THEMES].sort((a, b) => THEME_LABELS[a].localeCompare(THEME_LABELS[b], "en")).map((t) => sql`${t}`),
  sql`, `,
)}]::text[], ${recommendations.theme})`;

function orderBy(sort: RecommendationSort, dir: "asc" | "desc"): SQL[] {
  const d = dir === "desc" ? desc : asc;
  const tie = [asc(sources.year), asc(sources.slug), asc(recommendations.key)];
  switch (sort) {
    case "title":
      return [d(recommendations.title), ...tie];
    case "status":
      return [d(STATUS_ORDER), ...tie];
    case "theme":
      return [d(THEME_ORDER), ...tie];
    case "priority":
      return [d(PRIORITY_ORDER), ...tie];
    case "review":
      // Recommendations without a review date go last either way.
      return [sql`${recommendations.nextReviewOn} is null`, d(recommendations.nextReviewOn), ...tie];
    case "updated":
      return [d(recommendations.updatedAt), ...tie];
    default:
      return dir === "desc" ? [desc(sources.year), desc(sources.slug), desc(recommendations.key)] : tie;
  }
}

function fromRecommendations(db: Database) {
  return db
    .select({ n: count() })
    .from(recommendations)
    .innerJoin(sources, eq(sources.id, recommendations.sourceId))
    .leftJoin(recommendationFamilies, eq(recommendationFamilies.id, recommendations.familyId));
}

export async function listRecommendations(
  db: Database,
  filter: RecommendationQuery & { limit?: number; offset?: number; sort?: RecommendationSort; dir?: "asc" | "desc" },
): Promise<{ items: RecommendationView[]; total: number }> {
  const where = and(...conditions(filter));
  const [totalRow] = await fromRecommendations(db).where(where);
  const rows = await selectRecommendations(db)
    .where(where)
    .orderBy(...orderBy(filter.sort ?? "source", filter.dir ?? "asc"))
    .limit(filter.limit ?? 50)
    .offset(filter.offset ?? 0);
  return { items: await toViews(db, rows), total: totalRow?.n ?? 0 };
}

/** Every recommendation matching a filter (board, scoreboard, CSV export): the registry is hundreds, not millions. */
export async function listAllRecommendations(
  db: Database,
  filter: RecommendationQuery & { sort?: RecommendationSort; dir?: "asc" | "desc" } = {},
): Promise<RecommendationView[]> {
  const rows = await selectRecommendations(db)
    .where(and(...conditions(filter)))
    .orderBy(...orderBy(filter.sort ?? "source", filter.dir ?? "asc"));
  return toViews(db, rows);
}

export async function getRecommendationByKey(db: Database, key: string): Promise<RecommendationView | null> {
  const rows = await selectRecommendations(db).where(eq(recommendations.key, key));
  const [view] = await toViews(db, rows);
  return view ?? null;
}

/**
 * The recommendation row locked for a status update or edit (SELECT … FOR UPDATE), with its updates.
 * Inside a transaction, concurrent writers queue here and then see each other's version.
 */
export async function lockRecommendation(db: Database, key: string) {
  const [row] = await db
    .select({
      id: recommendations.id,
      key: recommendations.key,
      version: recommendations.version,
      status: recommendations.status,
      title: recommendations.title,
      text: recommendations.text,
      theme: recommendations.theme,
      targetActors: recommendations.targetActors,
      priority: recommendations.priority,
      ownerId: recommendations.ownerId,
      nextReviewOn: recommendations.nextReviewOn,
      provinces: recommendations.provinces,
      indicator: recommendations.indicator,
      familyId: recommendations.familyId,
    })
    .from(recommendations)
    .where(eq(recommendations.key, key))
    .for("update");
  if (!row) return null;
  const updates = (await loadUpdates(db, [row.id])).get(row.id) ?? [];
  return { ...row, targetActors: row.targetActors as TargetActor[], indicator: (row.indicator as Indicator | null) ?? null, updates };
}
export type LockedRecommendation = NonNullable<Awaited<ReturnType<typeof lockRecommendation>>>;

/** Appends a status update and moves the headline status, if the version is still the one expected. */
export async function insertStatusUpdate(
  db: Database,
  rec: { id: string; version: number },
  update: RecommendationUpdate,
  change: { mainStatus: RecommendationStatus; nextReviewOn?: string | null },
  now: Date,
): Promise<{ version: number } | null> {
  const [row] = await db
    .update(recommendations)
    .set({
      status: change.mainStatus,
      ...(change.nextReviewOn !== undefined ? { nextReviewOn: change.nextReviewOn } : {}),
      version: sql`${recommendations.version} + 1`,
      updatedAt: now,
    })
    .where(and(eq(recommendations.id, rec.id), eq(recommendations.version, rec.version)))
    .returning({ version: recommendations.version });
  if (!row) return null;
  await db.insert(recommendationUpdates).values({
    recommendationId: rec.id,
    date: update.date,
    fromStatus: update.from,
    toStatus: update.to,
    note: update.note,
    evidence: update.evidence,
    author: update.author,
    assessor: update.assessor,
    assessorName: update.assessorName,
    province: update.province,
    createdAt: now,
  });
  return row;
}

export type RecommendationFields = {
  title: string;
  text: string;
  theme: RecommendationView["theme"];
  targetActors: TargetActor[];
  priority: RecommendationView["priority"];
  ownerId: string | null;
  nextReviewOn: string | null;
  provinces: string[];
  indicator: Indicator | null;
};

/** Writes an editor's changes if the version is still the one expected; null when it is not. */
export async function updateRecommendationFields(
  db: Database,
  id: string,
  expectedVersion: number,
  fields: RecommendationFields,
  now: Date,
): Promise<{ version: number } | null> {
  const [row] = await db
    .update(recommendations)
    .set({ ...fields, version: sql`${recommendations.version} + 1`, updatedAt: now })
    .where(and(eq(recommendations.id, id), eq(recommendations.version, expectedVersion)))
    .returning({ version: recommendations.version });
  return row ?? null;
}

export async function countRecommendationsByStatus(
  db: Database,
  filter: RecommendationQuery = {},
): Promise<{ status: RecommendationStatus; count: number }[]> {
  return db
    .select({ status: recommendations.status, count: count() })
    .from(recommendations)
    .innerJoin(sources, eq(sources.id, recommendations.sourceId))
    .leftJoin(recommendationFamilies, eq(recommendationFamilies.id, recommendations.familyId))
    .where(and(...conditions(filter)))
    .groupBy(recommendations.status);
}

/** Users who can own a recommendation (active analysts, editors and admins), by name. */
export async function listRecommendationOwners(db: Database): Promise<{ id: string; name: string; email: string }[]> {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(isNull(users.deactivatedAt), inArray(users.role, ["analyst", "editor", "admin"])))
    .orderBy(asc(users.name), asc(users.email));
}

export async function isActiveOwner(db: Database, id: string): Promise<boolean> {
  const owners = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, id), isNull(users.deactivatedAt), inArray(users.role, ["analyst", "editor", "admin"])));
  return owners.length > 0;
}

// ---------------------------------------------------------------------------------------------
// Families and duplicate suggestions

export async function listRecommendationFamilies(db: Database) {
  const rows = await db
    .select({
      id: recommendationFamilies.id,
      key: recommendationFamilies.key,
      title: recommendationFamilies.title,
      note: recommendationFamilies.note,
      version: recommendationFamilies.version,
      members: count(recommendations.id),
    })
    .from(recommendationFamilies)
    .leftJoin(recommendations, eq(recommendations.familyId, recommendationFamilies.id))
    .groupBy(recommendationFamilies.id)
    .orderBy(asc(recommendationFamilies.title));
  return rows;
}

/** Locks family rows (SELECT … FOR UPDATE) in id order; nulls and repeats are ignored. */
export async function lockFamilies(db: Database, ids: readonly (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))].sort();
  if (wanted.length === 0) return;
  await db
    .select({ id: recommendationFamilies.id })
    .from(recommendationFamilies)
    .where(inArray(recommendationFamilies.id, wanted))
    .orderBy(asc(recommendationFamilies.id))
    .for("update");
}

/** Every family member's source and its date, for the families' summaries (one query for all families). */
export async function listFamilyMemberSources(db: Database) {
  return db
    .select({
      familyId: recommendations.familyId,
      key: recommendations.key,
      source: sources.slug,
      sourceYear: sources.year,
      sourcePublishedOn: sources.publishedOn,
    })
    .from(recommendations)
    .innerJoin(sources, eq(sources.id, recommendations.sourceId))
    .where(isNotNull(recommendations.familyId));
}

export async function getFamilyRow(db: Database, key: string) {
  const [row] = await db.select().from(recommendationFamilies).where(eq(recommendationFamilies.key, key));
  return row ?? null;
}

export async function insertFamily(db: Database, values: { key: string; title: string; note: string | null }, now: Date) {
  const [row] = await db
    .insert(recommendationFamilies)
    .values({ ...values, createdAt: now, updatedAt: now })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** Sets the family of recommendations (by id); bumps their versions so open forms see the change. */
export async function setRecommendationFamily(db: Database, ids: readonly string[], familyId: string | null, now: Date) {
  if (ids.length === 0) return;
  await db
    .update(recommendations)
    .set({ familyId, version: sql`${recommendations.version} + 1`, updatedAt: now })
    .where(inArray(recommendations.id, [...ids]));
}

export async function countFamilyMembers(db: Database, familyId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(recommendations).where(eq(recommendations.familyId, familyId));
  return row?.n ?? 0;
}

export async function deleteFamily(db: Database, familyId: string) {
  await db.update(recommendations).set({ familyId: null }).where(eq(recommendations.familyId, familyId));
  await db.delete(recommendationFamilies).where(eq(recommendationFamilies.id, familyId));
}

export async function bumpFamily(db: Database, familyId: string, now: Date) {
  await db
    .update(recommendationFamilies)
    .set({ version: sql`${recommendationFamilies.version} + 1`, updatedAt: now })
    .where(eq(recommendationFamilies.id, familyId));
}

/** What duplicate suggestion compares: every recommendation's text and family. */
export async function listRecommendationTexts(db: Database) {
  return db
    .select({
      id: recommendations.id,
      key: recommendations.key,
      source: sources.slug,
      title: recommendations.title,
      text: recommendations.text,
      familyId: recommendations.familyId,
    })
    .from(recommendations)
    .innerJoin(sources, eq(sources.id, recommendations.sourceId))
    .orderBy(asc(recommendations.key));
}

export async function listDismissedPairs(db: Database): Promise<{ a: string; b: string }[]> {
  return db
    .select({ a: recommendationDuplicateDismissals.a, b: recommendationDuplicateDismissals.b })
    .from(recommendationDuplicateDismissals);
}

/** Records "not the same"; false when the pair was already dismissed. `a` and `b` are ids, any order. */
export async function insertDismissedPair(db: Database, a: string, b: string, by: string, now: Date): Promise<boolean> {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  const rows = await db
    .insert(recommendationDuplicateDismissals)
    .values({ a: lo, b: hi, dismissedBy: by, createdAt: now })
    .onConflictDoNothing()
    .returning({ a: recommendationDuplicateDismissals.a });
  return rows.length > 0;
}

export async function recommendationIdsByKey(db: Database, keys: readonly string[]) {
  if (keys.length === 0) return [];
  return db
    .select({ id: recommendations.id, key: recommendations.key, familyId: recommendations.familyId, title: recommendations.title })
    .from(recommendations)
    .where(inArray(recommendations.key, [...keys]))
    .orderBy(asc(recommendations.key))
    .for("update");
}
