import { z } from "zod";

/** The only place in @monitor/db that reads the environment. Library code takes these as arguments. */
const Env = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
});

export function readDbEnv(env: Record<string, string | undefined> = process.env) {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")) as Record<string, string | undefined>;
  return Env.parse({ DATABASE_URL: clean.DATABASE_URL, PGLITE_DATA_DIR: clean.PGLITE_DATA_DIR });
}
