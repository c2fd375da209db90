import { sql } from "drizzle-orm";
import type { Database } from "../client";

/** The rows of a raw statement's result (node-postgres and PGlite both answer `{ rows }`). */
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** The app's tables (not drizzle's migration journal), by name. */
export async function appTables(db: Database): Promise<string[]> {
  const result = await db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  return rowsOf<{ table_name: string }>(result)
    .map((r) => r.table_name)
    .filter((t) => !t.startsWith("__drizzle"));
}

/** Every listed table's row count, in one statement: what tests compare to prove a call wrote nothing. */
export async function tableRowCounts(db: Database, tables: readonly string[]): Promise<Record<string, number>> {
  if (tables.length === 0) return {};
  const query = tables
    .map((t) => `select '${t.replace(/'/g, "''")}' as t, count(*)::int as n from "${t.replace(/"/g, '""')}"`)
    .join(" union all ");
  const result = await db.execute(sql.raw(query));
  return Object.fromEntries(rowsOf<{ t: string; n: number | string }>(result).map((r) => [r.t, Number(r.n)]));
}

/** Every app table's full content (generated columns included) as JSON text, rows in a fixed order: what "identical" means in backup tests. */
export async function tableContents(db: Database): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of await appTables(db)) {
    const result = await db.execute(
      sql.raw(`select coalesce(json_agg(t order by t::text)::text, '[]') as j from "${table.replace(/"/g, '""')}" t`),
    );
    out[table] = rowsOf<{ j: string }>(result)[0]?.j ?? "[]";
  }
  return out;
}

/** The name of the database a handle is connected to (PostgreSQL tests that shell out to pg_dump). */
export async function currentDatabase(db: Database): Promise<string> {
  return rowsOf<{ name: string }>(await db.execute(sql`select current_database() as name`))[0]?.name ?? "";
}
