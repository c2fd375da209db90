import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { runMigrations } from "./migrate";
import * as schema from "./schema";

/** One type for both drivers: every query function takes a `Database` (or a transaction) first. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DbHandle {
  db: Database;
  driver: "pglite" | "postgres";
  close: () => Promise<void>;
}

export interface CreateDbOptions {
  /** A PostgreSQL connection string. When absent, an embedded PGlite database is used. */
  url?: string;
  /** PGlite data folder; `undefined` with no url means in-memory. */
  dataDir?: string;
  /** Apply committed migrations before returning (default true). */
  migrate?: boolean;
  /** node-postgres pool size. */
  poolSize?: number;
}

/**
 * Builds a database handle. PGlite has no cross-process lock: only one process may open a data
 * folder at a time (run migrations before `next start`, never beside it).
 */
export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  let handle: DbHandle;
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle client losing its server must not crash the process; the next query reconnects.
    pool.on("error", (err) => console.error("[db] idle PostgreSQL client error:", err.message));
    // A client checked out (in a transaction, between two queries) when its server goes away emits
    // "error" too; without a listener that would crash the process. The query waiting on it fails on
    // its own, and the pool drops the client.
    pool.on("connect", (client) => {
      client.on("error", (err) => console.error("[db] PostgreSQL connection lost:", err.message));
    });
    const db = drizzlePg(pool, { schema }) as unknown as Database;
    handle = { db, driver: "postgres", close: () => pool.end() };
  } else {
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
    // PGlite 0.5 ships contrib extensions as separate bundles that must be loaded when the database is
    // opened. Search (migration 0007) creates pg_trgm; every process that opens the folder loads it.
    // (One options object: `new PGlite(undefined, {…})` would drop the options of an in-memory database.)
    const client = new PGlite({ dataDir: options.dataDir, extensions: { pg_trgm } });
    await client.waitReady;
    const db = drizzlePglite(client, { schema }) as unknown as Database;
    handle = { db, driver: "pglite", close: () => client.close() };
  }
  if (options.migrate ?? true) {
    try {
      await runMigrations(handle);
    } catch (err) {
      await handle.close().catch(() => {});
      throw err;
    }
  }
  return handle;
}
