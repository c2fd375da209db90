import "server-only";
import { createDb, type DbHandle } from "@monitor/db";
import { serverEnv } from "~/env";

/**
 * One database handle per server process, created on first use (migrations are applied then).
 * A failed start is not memoised, so the next request tries again (STACK-NOTES pitfall 4).
 * Kept on globalThis so dev-mode reloads do not open a second PGlite on the same folder.
 */
const globalForDb = globalThis as unknown as { monitorDb?: Promise<DbHandle> };

export function getDb(): Promise<DbHandle> {
  if (!globalForDb.monitorDb) {
    const pending = serverEnv.DATABASE_URL ? createDb({ url: serverEnv.DATABASE_URL }) : createDb({ dataDir: serverEnv.PGLITE_DATA_DIR });
    globalForDb.monitorDb = pending;
    pending.catch(() => {
      if (globalForDb.monitorDb === pending) globalForDb.monitorDb = undefined;
    });
  }
  return globalForDb.monitorDb;
}
