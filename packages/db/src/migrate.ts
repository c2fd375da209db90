import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { MigrationConfig } from "drizzle-orm/migrator";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { DbHandle } from "./client";

/** The committed drizzle-kit output, resolved from this file so it works from any working directory. */
export const MIGRATIONS_FOLDER = join(dirname(fileURLToPath(import.meta.url)), "..", "migrations");

/** Applies the committed migrations. Errors keep drizzle's hidden `cause` (STACK-NOTES pitfall 4). */
export async function runMigrations(handle: Pick<DbHandle, "db" | "driver">): Promise<void> {
  const config: MigrationConfig = { migrationsFolder: MIGRATIONS_FOLDER };
  try {
    if (handle.driver === "pglite") await migratePglite(handle.db as unknown as PgliteDatabase, config);
    else await migratePg(handle.db as unknown as NodePgDatabase, config);
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : "";
    throw new Error(`Database migration failed${cause}. ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}
