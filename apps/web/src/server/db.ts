import "server-only";
import { AnswerCache } from "@monitor/api";
import { createDb, type DbHandle } from "@monitor/db";
import { serverEnv } from "~/env";

/**
 * One database handle per server process, created on first use (migrations are applied then).
 * A failed start is not memoised, so the next request tries again (STACK-NOTES pitfall 4).
 * Kept on globalThis so dev-mode reloads do not open a second PGlite on the same folder.
 */
const globalForDb = globalThis as unknown as { monitorDb?: Promise<DbHandle>; monitorAnswers?: AnswerCache | null };

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

/**
 * The process's one answer cache for read procedures (ANSWER_CACHE_MB; undefined when set to 0). Every
 * instance behind a load balancer has its own; all of them see a change the moment it commits, because
 * entries are tied to the database's data version.
 */
export function getAnswerCache(): AnswerCache | undefined {
  if (globalForDb.monitorAnswers === undefined) {
    const mb = serverEnv.ANSWER_CACHE_MB;
    globalForDb.monitorAnswers = mb > 0 ? new AnswerCache({ maxBytes: Math.round(mb * 1024 * 1024) }) : null;
  }
  return globalForDb.monitorAnswers ?? undefined;
}
