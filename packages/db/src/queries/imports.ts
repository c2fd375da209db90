/**
 * CSV imports: a batch is created when the editor confirms the mapping, its rows are checked and
 * staged chunk by chunk (import_rows), and the commit writes every accepted row in one transaction
 * with bulk inserts (incidents or figures, their groups and citations, one audit entry per record).
 */
import type { AuditActor, ImportKind, Incident, Statistic } from "@monitor/domain";
import { and, asc, count, eq, gt, inArray, lt, sql } from "drizzle-orm";
import type { Database } from "../client";
import { incidentValues, type RecordIds, statisticValues } from "../dataset/writers";
import { auditLog, citations, groups, importBatches, importRows, incidentPerpetrators, incidents, sources, statistics } from "../schema";

export type ImportBatchRow = typeof importBatches.$inferSelect;

/**
 * What reading a chunk of rows needs to know, in two light queries: every group's names (to match
 * group cells) and every source (slug, short title, whether its text is held).
 */
export async function importReferenceData(db: Database) {
  const [groupNames, sourceRefs] = await Promise.all([
    db.select({ slug: groups.slug, name: groups.name, abbreviation: groups.abbreviation, aliases: groups.aliases }).from(groups),
    db
      .select({ id: sources.id, slug: sources.slug, shortTitle: sources.shortTitle, hasText: sql<boolean>`${sources.text} is not null` })
      .from(sources),
  ]);
  return { groups: groupNames, sources: sourceRefs };
}

export async function insertImportBatch(
  db: Database,
  values: {
    kind: ImportKind;
    fileName: string;
    mapping: Record<string, string | null>;
    options: Record<string, unknown>;
    createdBy: string;
  },
  now: Date,
): Promise<ImportBatchRow> {
  const [row] = await db
    .insert(importBatches)
    .values({ ...values, createdAt: now })
    .returning();
  if (!row) throw new Error("import batch was not created");
  return row;
}

/** A batch, optionally locked for the rest of the transaction. */
export async function getImportBatch(db: Database, id: string, lock = false): Promise<ImportBatchRow | null> {
  const q = db.select().from(importBatches).where(eq(importBatches.id, id));
  const [row] = lock ? await q.for("update") : await q;
  return row ?? null;
}

export interface StagedRow {
  rowNumber: number;
  record: Record<string, unknown> | null;
  key: string | null;
  errors: unknown[];
  warnings: string[];
  duplicateOf: string[];
}

/** Stores checked rows (a chunk sent again replaces its rows). */
export async function stageImportRows(db: Database, batchId: string, rows: readonly StagedRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const slice = rows.slice(i, i + 1000);
    await db
      .insert(importRows)
      .values(slice.map((r) => ({ batchId, ...r })))
      .onConflictDoUpdate({
        target: [importRows.batchId, importRows.rowNumber],
        set: {
          record: sql`excluded.record`,
          key: sql`excluded.key`,
          errors: sql`excluded.errors`,
          warnings: sql`excluded.warnings`,
          duplicateOf: sql`excluded.duplicate_of`,
        },
      });
  }
}

/** The compact facts of every staged valid row, in file order: what within-file duplicate checks need. */
export async function listStagedCandidates(db: Database, batchId: string) {
  return db
    .select({
      rowNumber: importRows.rowNumber,
      key: importRows.key,
      date: sql<string | null>`${importRows.record}->>'date'`,
      datePrecision: sql<string | null>`${importRows.record}->>'datePrecision'`,
      district: sql<string | null>`${importRows.record}->>'district'`,
      groups: sql<
        string[] | null
      >`(select coalesce(jsonb_agg(p->>'group'), '[]'::jsonb) from jsonb_array_elements(coalesce(${importRows.record}->'perpetrators', '[]'::jsonb)) p where p->>'attribution' <> 'denied')`,
      duplicateOf: importRows.duplicateOf,
    })
    .from(importRows)
    .where(and(eq(importRows.batchId, batchId), sql`${importRows.record} is not null`))
    .orderBy(asc(importRows.rowNumber));
}

/** Rows staged, and how many of them are invalid. */
export async function countStagedRows(db: Database, batchId: string): Promise<{ rows: number; invalid: number; lastRow: number }> {
  const [row] = await db
    .select({
      rows: count(),
      invalid: sql<number>`count(*) filter (where ${importRows.record} is null)::int`,
      lastRow: sql<number>`coalesce(max(${importRows.rowNumber}), 1)::int`,
    })
    .from(importRows)
    .where(eq(importRows.batchId, batchId));
  return { rows: row?.rows ?? 0, invalid: row?.invalid ?? 0, lastRow: row?.lastRow ?? 1 };
}

/** Staged valid records in file order, a page at a time (row numbers after `after`). */
export async function pageStagedRecords(db: Database, batchId: string, after: number, limit: number) {
  return db
    .select({ rowNumber: importRows.rowNumber, record: importRows.record, key: importRows.key })
    .from(importRows)
    .where(and(eq(importRows.batchId, batchId), gt(importRows.rowNumber, after), sql`${importRows.record} is not null`))
    .orderBy(asc(importRows.rowNumber))
    .limit(limit);
}

/** Which of these keys already name a record of the kind (the rows were imported before). */
export async function existingImportKeys(db: Database, kind: ImportKind, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const table = kind === "incidents" ? incidents : statistics;
  const rows = await db
    .select({ key: table.key })
    .from(table)
    .where(inArray(table.key, [...keys]));
  return new Set(rows.map((r) => r.key));
}

export async function finishImportBatch(
  db: Database,
  id: string,
  status: "committed" | "discarded",
  imported: number | null,
  now: Date,
): Promise<void> {
  await db.update(importBatches).set({ status, imported, committedAt: now }).where(eq(importBatches.id, id));
  // The staged rows are not needed once the batch is settled.
  await db.delete(importRows).where(eq(importRows.batchId, id));
}

/** Deletes batches left in staging before an instant (abandoned uploads). */
export async function pruneImportBatches(db: Database, before: Date): Promise<number> {
  const gone = await db
    .delete(importBatches)
    .where(and(eq(importBatches.status, "staging"), lt(importBatches.createdAt, before)))
    .returning({ id: importBatches.id });
  return gone.length;
}

const CHUNK = 500;

/**
 * Inserts new records of an import with a few statements per 500 rows: the records, their groups
 * (incidents), their citations, and one `<kind>.import` audit entry each (so every record's history
 * starts with the import that brought it). Call inside the commit's transaction.
 */
export async function bulkInsertImported(
  db: Database,
  kind: ImportKind,
  records: readonly (Incident | Statistic)[],
  ids: RecordIds,
  audit: { actor: AuditActor; at: Date; fileName: string },
): Promise<void> {
  for (let i = 0; i < records.length; i += CHUNK) {
    const slice = records.slice(i, i + CHUNK);
    let inserted: { id: string; key: string }[];
    if (kind === "incidents") {
      const list = slice as Incident[];
      inserted = await db.insert(incidents).values(list.map(incidentValues)).returning({ id: incidents.id, key: incidents.key });
      const idOf = new Map(inserted.map((r) => [r.key, r.id]));
      const perps = list.flatMap((rec) =>
        rec.perpetrators.map((p) => {
          const groupId = ids.groups.get(p.group);
          if (!groupId) throw new Error(`Unknown group "${p.group}"`);
          return { incidentId: idOf.get(rec.key) as string, groupId, attribution: p.attribution };
        }),
      );
      if (perps.length > 0) await db.insert(incidentPerpetrators).values(perps);
    } else {
      const list = slice as Statistic[];
      inserted = await db
        .insert(statistics)
        .values(list.map((s) => statisticValues(ids, s)))
        .returning({ id: statistics.id, key: statistics.key });
    }
    const idOf = new Map(inserted.map((r) => [r.key, r.id]));
    const owner = kind === "incidents" ? "incidentId" : "statisticId";
    const cites = slice.flatMap((rec) =>
      rec.citations.map((c, position) => {
        const sourceId = ids.sources.get(c.source);
        if (!sourceId) throw new Error(`Unknown source "${c.source}"`);
        return {
          sourceId,
          locator: c.locator,
          quote: c.quote,
          originalProducer: c.originalProducer ?? null,
          position,
          [owner]: idOf.get(rec.key) as string,
        };
      }),
    );
    if (cites.length > 0) await db.insert(citations).values(cites);
    const entityType: "incident" | "statistic" = kind === "incidents" ? "incident" : "statistic";
    await db.insert(auditLog).values(
      slice.map((rec) => ({
        at: audit.at,
        actorId: audit.actor.userId,
        actorLabel: audit.actor.label,
        action: `${entityType}.import`,
        entityType,
        entityId: rec.key,
        entityLabel: `${"title" in rec ? rec.title : (rec.label ?? rec.metric)} (from ${audit.fileName})`.slice(0, 300),
        before: null,
        after: rec as unknown as Record<string, unknown>,
      })),
    );
  }
}
