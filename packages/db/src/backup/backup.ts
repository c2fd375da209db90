import { sql } from "drizzle-orm";
import type { Database } from "../client";

/**
 * A full backup of the app's data: every row of every table, users, sessions, revision history and
 * the audit log included, so a restore gives back exactly what was there (same ids, versions and
 * timestamps). The same SQL runs on PGlite and PostgreSQL, so a backup moves between them.
 *
 * Format (JSON Lines): a header `{"format":"militancy-monitor/backup@1","migrations":N,"tables":{…}}`,
 * then per chunk of up to 2,000 rows a line `{"table":"incidents","count":2000}` followed by a line
 * with the rows as JSON, exactly as PostgreSQL wrote them (row_to_json), and read back by PostgreSQL
 * (json_populate_recordset): values are never round-tripped through JavaScript numbers or dates.
 * Generated columns (the search vectors) are left out and recomputed on restore.
 */

export const BACKUP_FORMAT = "militancy-monitor/backup@1";
const CHUNK = 2000;

interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  /** How many migrations the database had: a backup restores into the same schema only. */
  migrations: number;
  /** Rows per table, in restore order. */
  tables: Record<string, number>;
}

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The app's tables, parents before children (by their foreign keys), so rows can be inserted in order. */
async function tablesInOrder(db: Database): Promise<string[]> {
  const tables = rowsOf<{ table_name: string }>(
    await db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    ),
  ).map((r) => r.table_name);
  const edges = rowsOf<{ child: string; parent: string }>(
    await db.execute(sql`
      select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where c.contype = 'f' and n.nspname = 'public'`),
  ).map((e) => ({ child: e.child.replace(/^"|"$/g, ""), parent: e.parent.replace(/^"|"$/g, "") }));
  const ordered: string[] = [];
  const pending = new Set(tables);
  while (pending.size) {
    const ready = [...pending].filter((t) => !edges.some((e) => e.child === t && e.parent !== t && pending.has(e.parent)));
    if (ready.length === 0) throw new Error(`The tables' foreign keys form a cycle: ${[...pending].join(", ")}.`);
    for (const t of ready.sort()) {
      ordered.push(t);
      pending.delete(t);
    }
  }
  return ordered;
}

/** Columns a backup carries: all but generated ones. */
async function storedColumns(db: Database, table: string): Promise<string[]> {
  return rowsOf<{ column_name: string }>(
    await db.execute(sql`
      select column_name from information_schema.columns
      where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER'
      order by ordinal_position`),
  ).map((r) => r.column_name);
}

async function primaryKey(db: Database, table: string): Promise<string[]> {
  return rowsOf<{ column_name: string }>(
    await db.execute(sql`
      select a.attname as column_name
      from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
      where i.indrelid = ${`public.${ident(table)}`}::regclass and i.indisprimary
      order by array_position(i.indkey, a.attnum)`),
  ).map((r) => r.column_name);
}

async function migrationCount(db: Database): Promise<number> {
  const rows = rowsOf<{ n: number | string }>(await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`));
  return Number(rows[0]?.n ?? 0);
}

/** Writes the whole database as backup lines (see the format above), one `write` per line. */
export async function writeBackup(db: Database, write: (line: string) => void | Promise<void>): Promise<BackupHeader> {
  return db.transaction(async (tx) => {
    // One snapshot: a backup taken while the app runs is still consistent.
    await tx.execute(sql`set transaction isolation level repeatable read`).catch(() => undefined);
    const t = tx as unknown as Database;
    const tables = await tablesInOrder(t);
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const rows = rowsOf<{ n: number | string }>(await t.execute(sql.raw(`select count(*)::int as n from ${ident(table)}`)));
      counts[table] = Number(rows[0]?.n ?? 0);
    }
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      migrations: await migrationCount(t),
      tables: counts,
    };
    await write(JSON.stringify(header));
    for (const table of tables) {
      const columns = (await storedColumns(t, table)).map(ident).join(", ");
      const order = (await primaryKey(t, table)).map(ident).join(", ") || "1";
      for (let offset = 0; offset < (counts[table] ?? 0); offset += CHUNK) {
        const rows = rowsOf<{ rows: string; n: number | string }>(
          await t.execute(
            sql.raw(
              `select coalesce(json_agg(r)::text, '[]') as rows, count(*)::int as n from (select ${columns} from ${ident(table)} order by ${order} limit ${CHUNK} offset ${offset}) r`,
            ),
          ),
        );
        await write(JSON.stringify({ table, count: Number(rows[0]?.n ?? 0) }));
        // json_agg puts a line break between elements; inside strings line breaks are escaped, so the
        // raw ones are only whitespace and the chunk stays on one line.
        await write((rows[0]?.rows ?? "[]").replace(/[\r\n]+/g, ""));
      }
    }
    return header;
  });
}

/**
 * Restores backup lines into an empty database at the same migration level, in one transaction: it
 * is all there afterwards, or nothing is (a bad file, a wrong schema or a non-empty database is
 * refused with what to do). Returns the rows restored per table.
 */
export async function restoreBackup(db: Database, lines: AsyncIterable<string> | Iterable<string>): Promise<Record<string, number>> {
  const iterator = (Symbol.asyncIterator in lines ? lines[Symbol.asyncIterator]() : (lines as Iterable<string>)[Symbol.iterator]()) as
    | AsyncIterator<string>
    | Iterator<string>;
  const next = async (): Promise<string | undefined> => {
    for (;;) {
      const r = await iterator.next();
      if (r.done) return undefined;
      if (r.value.trim() !== "") return r.value;
    }
  };
  const first = await next();
  let header: BackupHeader;
  try {
    header = JSON.parse(first ?? "") as BackupHeader;
  } catch {
    throw new Error("This is not a Militancy Monitor backup (its first line is not the backup header). Nothing was restored.");
  }
  if (header.format !== BACKUP_FORMAT)
    throw new Error(`This file is "${String(header.format)}", not a ${BACKUP_FORMAT} backup. Nothing was restored.`);

  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    const here = await migrationCount(t);
    if (here !== header.migrations)
      throw new Error(
        `The backup was taken at migration ${header.migrations} and this database is at migration ${here}. Restore it with the app version that made it (same migrations), into a fresh database. Nothing was restored.`,
      );
    const tables = await tablesInOrder(t);
    for (const table of tables) {
      const rows = rowsOf<{ n: number | string }>(await t.execute(sql.raw(`select count(*)::int as n from ${ident(table)}`)));
      if (Number(rows[0]?.n ?? 0) > 0)
        throw new Error(
          `Restore into an empty database: table ${table} already has rows. Create a fresh database (or a new PGlite folder), run the migrations, and restore there. Nothing was restored.`,
        );
    }
    const unknown = Object.keys(header.tables).filter((name) => !tables.includes(name));
    if (unknown.length) throw new Error(`The backup has tables this database does not: ${unknown.join(", ")}. Nothing was restored.`);
    const restored: Record<string, number> = {};
    const columnsOf = new Map<string, string>();
    for (;;) {
      const meta = await next();
      if (meta === undefined) break;
      const { table, count } = JSON.parse(meta) as { table: string; count: number };
      const rowsJson = await next();
      if (!tables.includes(table) || rowsJson === undefined)
        throw new Error(`The backup is cut short or damaged near table "${table}". Nothing was restored.`);
      let columns = columnsOf.get(table);
      if (!columns) {
        columns = (await storedColumns(t, table)).map(ident).join(", ");
        columnsOf.set(table, columns);
      }
      await t.execute(
        sql`${sql.raw(`insert into ${ident(table)} (${columns}) overriding system value select ${columns} from json_populate_recordset(null::${ident(table)}, `)}${rowsJson}::json)`,
      );
      restored[table] = (restored[table] ?? 0) + count;
    }
    // Identity columns (the audit log's ids) continue after the restored rows.
    const identities = rowsOf<{ table_name: string; column_name: string }>(
      await t.execute(
        sql`select table_name, column_name from information_schema.columns where table_schema = 'public' and is_identity = 'YES'`,
      ),
    );
    for (const { table_name, column_name } of identities) {
      await t.execute(
        sql.raw(
          `select setval(pg_get_serial_sequence('${ident(table_name).replace(/'/g, "''")}', '${column_name.replace(/'/g, "''")}'), coalesce((select max(${ident(column_name)}) from ${ident(table_name)}), 0) + 1, false)`,
        ),
      );
    }
    for (const [table, expected] of Object.entries(header.tables)) {
      if ((restored[table] ?? 0) !== expected)
        throw new Error(
          `The backup says ${table} has ${expected} rows but holds ${restored[table] ?? 0}: it is incomplete. Nothing was restored.`,
        );
    }
    return restored;
  });
}
