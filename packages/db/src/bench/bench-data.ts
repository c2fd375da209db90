/**
 * Generates a benchmark database of N synthetic incidents (see synthetic.ts for what they look like).
 *
 *   pnpm bench:data --incidents 100000 [--seed 1] [--pglite DIR | --database-url postgres://server/…] [--database bench_x]
 *
 * Default: a PGlite folder .bench/pglite-<N> at the repository root. With --database-url, a database
 * bench_<N> (or --database) is created on that server (the URL's own database is only used to connect).
 * An existing benchmark database at the target is replaced; one holding real incidents is refused, and
 * so are the app's own PGLITE_DATA_DIR and DATABASE_URL database.
 */
import { isAbsolute, resolve } from "node:path";
import { readDbEnv } from "../env";
import { type BenchTarget, buildBench, defaultTarget, describeTarget } from "./database";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function wholeNumber(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const n = Number(value?.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} takes a positive whole number (got ${value ?? "nothing"}).`);
  return n;
}

const incidents = wholeNumber("--incidents", arg("--incidents"));
const seed = wholeNumber("--seed", arg("--seed"), 1);
const batch = wholeNumber("--batch", arg("--batch"), 5000);
const env = readDbEnv();
const pgliteDir = arg("--pglite");
const serverUrl = arg("--database-url");
let target: BenchTarget;
if (pgliteDir && serverUrl) throw new Error("Give --pglite or --database-url, not both.");
if (serverUrl) target = { driver: "postgres", serverUrl, database: arg("--database") ?? `bench_${incidents}` };
// A relative folder is taken from where the user ran the command (pnpm runs the script in packages/db).
else if (pgliteDir)
  target = { driver: "pglite", dir: isAbsolute(pgliteDir) ? pgliteDir : resolve(process.env.INIT_CWD || process.cwd(), pgliteDir) };
else target = defaultTarget("pglite", incidents, process.env);

console.log(`Generating ${incidents.toLocaleString("en-US")} synthetic incidents (seed ${seed}) into ${describeTarget(target)} …`);
const t = await buildBench(
  target,
  { pgliteDir: env.PGLITE_DATA_DIR, databaseUrl: env.DATABASE_URL },
  { incidents, seed, batch, log: (line) => console.log(line) },
);
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(
  `Done: schema + seed ${s(t.schemaAndSeedMs)} · incidents ${s(t.insertMs)} (${Math.round(t.rowsPerSecond).toLocaleString("en-US")} rows/s, with groups and citations) · vacuum analyze ${s(t.vacuumAnalyzeMs)} · total ${s(t.totalMs)}`,
);
console.log(
  `Insert cost of ${t.probe.rows} incident rows into scratch tables: plain ${t.probe.plain.toFixed(0)} ms · + generated search_vector ${t.probe.generated.toFixed(0)} ms · + all indexes (GIN, key, date, province, district, type) ${t.probe.full.toFixed(0)} ms`,
);
