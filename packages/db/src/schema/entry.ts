import { IMPORT_KINDS } from "@monitor/domain";
import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { id } from "./_columns";
import { users } from "./auth";

/**
 * Deleted records. Deleting moves a record's full snapshot (dataset format, citations included) here
 * and removes its row, so no read query anywhere (dashboard aggregates, map, search) can count a
 * deleted record by forgetting a filter; restoring writes the snapshot back under the same key.
 */
export const trash = pgTable(
  "trash",
  {
    id: id(),
    entityType: text("entity_type").notNull(),
    key: text("key").notNull(),
    label: text("label").notNull(),
    /** The record as it was, in the dataset format of its type. */
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
    /** The version it had when deleted: a restore continues from it. */
    version: integer("version").notNull(),
    reason: text("reason"),
    deletedBy: text("deleted_by").notNull(),
    deletedAt: timestamp("deleted_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [unique("trash_entity_key").on(t.entityType, t.key), index("trash_deleted_at_idx").on(t.deletedAt.desc())],
);

/**
 * An editor's decision about two incidents flagged as likely the same event: `same_event` (both kept,
 * shown side by side) or `distinct` (never flagged again). Keys, not ids, so a decision survives a
 * delete and restore. The pair is stored with a < b.
 */
export const incidentLinks = pgTable(
  "incident_links",
  {
    a: text("a").notNull(),
    b: text("b").notNull(),
    kind: text("kind", { enum: ["same_event", "distinct"] }).notNull(),
    decidedBy: text("decided_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.a, t.b] }), index("incident_links_b_idx").on(t.b)],
);

export const IMPORT_BATCH_STATUSES = ["staging", "committed", "discarded"] as const;

/** A CSV import in progress: rows are checked and staged chunk by chunk, then committed in one transaction. */
export const importBatches = pgTable(
  "import_batches",
  {
    id: id(),
    kind: text("kind", { enum: IMPORT_KINDS }).notNull(),
    fileName: text("file_name").notNull(),
    /** The confirmed column mapping and options (ImportMapping, ImportOptions). */
    mapping: jsonb("mapping").$type<Record<string, string | null>>().notNull(),
    options: jsonb("options").$type<Record<string, unknown>>().notNull(),
    status: text("status", { enum: IMPORT_BATCH_STATUSES }).notNull().default("staging"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    committedAt: timestamp("committed_at", { withTimezone: true, mode: "date" }),
    imported: integer("imported"),
  },
  (t) => [index("import_batches_created_idx").on(t.createdAt)],
);

/** One checked row of a staged import: its parsed record when valid, its problems when not. */
export const importRows = pgTable(
  "import_rows",
  {
    batchId: uuid("batch_id")
      .notNull()
      .references(() => importBatches.id, { onDelete: "cascade" }),
    rowNumber: integer("row_number").notNull(),
    /** The parsed record (dataset format) when the row is valid. */
    record: jsonb("record").$type<Record<string, unknown>>(),
    /** The record key for within-file and already-imported checks. */
    key: text("key"),
    errors: jsonb("errors").$type<unknown[]>().notNull().default(sql`'[]'::jsonb`),
    warnings: jsonb("warnings").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /** Keys of existing incidents this row likely duplicates. */
    duplicateOf: jsonb("duplicate_of").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.rowNumber] })],
);
