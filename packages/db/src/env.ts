import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** The repository root, found from this file (packages/db/src/env.ts). */
const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

const Env = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// connection string.")
    .optional(),
  PGLITE_DATA_DIR: z.string().min(1).optional(),
  INIT_CWD: z.string().optional(),
});

/**
 * The only place in @monitor/db that reads the environment; library code takes these as arguments.
 * PGLITE_DATA_DIR defaults to `<repo>/.data/pglite` so the CLI (run in packages/db) and the web
 * server (run in apps/web) open the same folder. A relative value is taken from the directory the
 * user ran the command in (pnpm's INIT_CWD).
 */
export function readDbEnv(env: Record<string, string | undefined> = process.env) {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "" && v !== undefined));
  const parsed = Env.parse({ DATABASE_URL: clean.DATABASE_URL, PGLITE_DATA_DIR: clean.PGLITE_DATA_DIR, INIT_CWD: clean.INIT_CWD });
  const dir = parsed.PGLITE_DATA_DIR;
  const dataDir = dir ? (isAbsolute(dir) ? dir : resolve(parsed.INIT_CWD ?? process.cwd(), dir)) : join(REPO_ROOT, ".data", "pglite");
  return { DATABASE_URL: parsed.DATABASE_URL, PGLITE_DATA_DIR: dataDir };
}
