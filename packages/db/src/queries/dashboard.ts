import type { HouseFigure, Qualifier, SavedView } from "@monitor/domain";
import { and, asc, count, desc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { houseFigures, savedViews, statistics } from "../schema";

// ── Saved views ──────────────────────────────────────────────────────────────────────────────

function toSavedView(row: typeof savedViews.$inferSelect): SavedView {
  return { id: row.id, name: row.name, path: row.path, query: row.query, createdAt: row.createdAt };
}

export async function listSavedViews(db: Database, userId: string): Promise<SavedView[]> {
  const rows = await db.select().from(savedViews).where(eq(savedViews.userId, userId)).orderBy(asc(savedViews.name));
  return rows.map(toSavedView);
}

export async function countSavedViews(db: Database, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(savedViews).where(eq(savedViews.userId, userId));
  return row?.n ?? 0;
}

/** Inserts a view; returns null when the user already has one with that name (nothing is overwritten). */
export async function insertSavedView(
  db: Database,
  userId: string,
  view: Pick<SavedView, "name" | "path" | "query">,
): Promise<SavedView | null> {
  const [row] = await db
    .insert(savedViews)
    .values({ userId, ...view })
    .onConflictDoNothing({ target: [savedViews.userId, savedViews.name] })
    .returning();
  return row ? toSavedView(row) : null;
}

/** Deletes one of the user's own views; returns it, or null when the user has no view with that id. */
export async function deleteSavedView(db: Database, userId: string, id: string): Promise<SavedView | null> {
  const [row] = await db
    .delete(savedViews)
    .where(and(eq(savedViews.id, id), eq(savedViews.userId, userId)))
    .returning();
  return row ? toSavedView(row) : null;
}

// ── House figures ────────────────────────────────────────────────────────────────────────────

function toHouseFigure(row: typeof houseFigures.$inferSelect): HouseFigure {
  return {
    comparisonKey: row.comparisonKey,
    value: row.value,
    qualifier: row.qualifier,
    rationale: row.rationale,
    basedOn: row.basedOn,
    setBy: row.setByLabel,
    setAt: row.updatedAt,
    version: row.version,
  };
}

export async function listHouseFigures(db: Database): Promise<HouseFigure[]> {
  const rows = await db.select().from(houseFigures).orderBy(asc(houseFigures.comparisonKey));
  return rows.map(toHouseFigure);
}

export async function getHouseFigure(db: Database, comparisonKey: string): Promise<HouseFigure | null> {
  const [row] = await db.select().from(houseFigures).where(eq(houseFigures.comparisonKey, comparisonKey));
  return row ? toHouseFigure(row) : null;
}

export interface HouseFigureWrite {
  comparisonKey: string;
  value: number;
  qualifier: Qualifier;
  rationale: string;
  basedOn: string | null;
  setBy: string | null;
  setByLabel: string;
}

/** Creates the house figure for a comparison; null when one already exists (someone else was faster). */
export async function insertHouseFigure(db: Database, write: HouseFigureWrite, now: Date): Promise<HouseFigure | null> {
  const [row] = await db
    .insert(houseFigures)
    .values({ ...write, createdAt: now, updatedAt: now })
    .onConflictDoNothing({ target: houseFigures.comparisonKey })
    .returning();
  return row ? toHouseFigure(row) : null;
}

/** Replaces it only if it is still at `expectedVersion`; null when it changed or vanished meanwhile. */
export async function updateHouseFigure(
  db: Database,
  write: HouseFigureWrite,
  expectedVersion: number,
  now: Date,
): Promise<HouseFigure | null> {
  const { comparisonKey, ...rest } = write;
  const [row] = await db
    .update(houseFigures)
    .set({ ...rest, version: expectedVersion + 1, updatedAt: now })
    .where(and(eq(houseFigures.comparisonKey, comparisonKey), eq(houseFigures.version, expectedVersion)))
    .returning();
  return row ? toHouseFigure(row) : null;
}

/** Removes it only if it is still at `expectedVersion`; null otherwise. */
export async function deleteHouseFigure(db: Database, comparisonKey: string, expectedVersion: number): Promise<HouseFigure | null> {
  const [row] = await db
    .delete(houseFigures)
    .where(and(eq(houseFigures.comparisonKey, comparisonKey), eq(houseFigures.version, expectedVersion)))
    .returning();
  return row ? toHouseFigure(row) : null;
}

// ── Periods ──────────────────────────────────────────────────────────────────────────────────

/** Every distinct period a published figure covers (for the period picker). */
export async function listStatisticPeriods(db: Database): Promise<{ start: string; end: string }[]> {
  return db
    .selectDistinct({ start: statistics.periodStart, end: statistics.periodEnd })
    .from(statistics)
    .orderBy(desc(statistics.periodEnd), desc(statistics.periodStart));
}
