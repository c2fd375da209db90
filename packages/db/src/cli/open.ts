import { createDb, type DbHandle } from "../client";
import { readDbEnv } from "../env";

/** Opens the configured database for a CLI command: PostgreSQL when DATABASE_URL is set, else PGlite. */
export async function openConfiguredDb(): Promise<DbHandle & { where: string }> {
  const env = readDbEnv();
  const handle = env.DATABASE_URL
    ? await createDb({ url: env.DATABASE_URL, poolSize: 2 })
    : await createDb({ dataDir: env.PGLITE_DATA_DIR });
  const where = env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite at ${env.PGLITE_DATA_DIR}`;
  return { ...handle, where };
}

/** Runs a CLI body, printing a clear message (with field paths for validation errors) and exiting 1 on failure. */
export async function runCli(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    const e = err as Error & { issues?: { path: (string | number)[]; message: string }[] };
    console.error(`Error: ${e.message}`);
    for (const issue of e.issues?.slice(0, 50) ?? []) console.error(`  - ${issue.path.join(".")}: ${issue.message}`);
    if ((e.issues?.length ?? 0) > 50) console.error(`  … and ${(e.issues?.length ?? 0) - 50} more`);
    process.exit(1);
  }
}
