import { sql } from "drizzle-orm";
import { bigint, check, integer, pgSchema, timestamp } from "drizzle-orm/pg-core";

/**
 * The `derived` schema holds what the app computes from its data, never data of its own: a backup
 * (packages/db/src/backup) covers the `public` schema only, and everything here is rebuilt or simply
 * restarts after a restore.
 */
export const derived = pgSchema("derived");

/**
 * One row: a counter that every committed change to the app's data moves on (statement triggers on
 * the data tables, migration 0012). The read procedures' answer cache (packages/api/src/answer-cache.ts)
 * keys its entries by it, so a change made by any app instance, an import or plain SQL makes every
 * cached answer stale at the moment it commits. Auth bookkeeping (sessions, sign-in attempts, rate
 * limits, a user's last sign-in), saved views, import staging and the audit log do not move it.
 */
export const dataVersion = derived.table(
  "data_version",
  {
    id: integer("id").primaryKey().default(1),
    version: bigint("version", { mode: "number" }).notNull().default(1),
    changedAt: timestamp("changed_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [check("data_version_one_row", sql`${t.id} = 1`)],
);
