/**
 * The dashboard benchmark: for each size N and driver, a database of N synthetic incidents (built with
 * the generator of `pnpm bench:data`, or reused when one with the same N and seed is there), then every
 * read procedure the overview, map, group profile, trends and tracker pages call, through the real
 * router (createCaller, an analyst's session), cold and warm, beside the naive GROUP BY of each.
 *
 *   pnpm bench [--sizes 10000,100000,1000000] [--drivers pglite,postgres] [--with-10m] [--runs 20]
 *              [--budget-ms 4000] [--seed 1] [--fresh] [--json FILE]
 *
 * Cold: each page's procedures once, in page order, on a connection (PGlite instance or pool) opened
 * for that page, like the first load after a server start. Then each procedure again, up to --runs
 * times or until --budget-ms is spent on it (at least 3 runs), twice: "computed" without the answer
 * cache (what a call costs when the data has just changed), and "served" through the answer cache the
 * server uses (packages/api/src/answer-cache.ts: what a repeated question costs, data version check
 * included). PostgreSQL comes from
 * BENCH_DATABASE_URL, else DATABASE_URL's server, else 127.0.0.1:5432; a bench_<N> database is
 * created there. Figures are server-side: no HTTP, no serialization.
 */
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { readDbEnv } from "@monitor/db";
import {
  type BenchTarget,
  type BuildTimings,
  buildBench,
  defaultTarget,
  describeTarget,
  GENERATOR_VERSION,
  migrateBench,
  openBench,
  openExistingBench,
  pingServer,
  readBenchInfo,
  runNaive,
} from "@monitor/db/bench";
import { AnswerCache } from "../answer-cache";
import { createContext } from "../context";
import { createCaller } from "../index";
import { sessionFor } from "../test-sessions";
import { type BenchCase, benchCases } from "./cases";
import { formatMs, ratio, type Summary, summarize, textTable } from "./stats";

type Driver = "pglite" | "postgres";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(name);
function positive(name: string, fallback: number): number {
  const v = arg(name);
  if (v === undefined) return fallback;
  const n = Number(v.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} takes a positive whole number (got ${v}).`);
  return n;
}

const sizes = (arg("--sizes") ?? "10000,100000,1000000").split(",").map((s) => {
  const n = Number(s.trim().replaceAll("_", ""));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--sizes takes whole numbers separated by commas (got "${s}").`);
  return n;
});
const drivers = (arg("--drivers") ?? "pglite,postgres").split(",").map((d) => {
  if (d !== "pglite" && d !== "postgres") throw new Error(`--drivers takes pglite and/or postgres (got "${d}").`);
  return d as Driver;
});
const with10m = flag("--with-10m");
const runs = positive("--runs", 20);
const budgetMs = positive("--budget-ms", 4000);
const seed = positive("--seed", 1);
const fresh = flag("--fresh");
const jsonFile = arg("--json");
const env = readDbEnv();
const user = { pgliteDir: env.PGLITE_DATA_DIR, databaseUrl: env.DATABASE_URL };

const log = (line: string) => process.stderr.write(`${line}\n`);
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

interface CaseResult {
  page: string;
  procedure: string;
  filter: string;
  coldMs: number;
  /** Without the answer cache: the cost of computing the answer. */
  warm: Summary;
  /** Through the answer cache, as the server answers a repeated question. */
  served: Summary;
  naive: Summary | null;
  naiveOverProcedure: number | null;
  naiveOverServed: number | null;
}

interface RunResult {
  driver: Driver;
  incidents: number;
  database: string;
  serverVersion: string;
  generation: BuildTimings | "reused";
  results: CaseResult[];
  peakRssMbSoFar: number;
  wallMs: number;
}

const report = {
  startedAt: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "", memoryGb: Math.round(totalmem() / 1e9), node: process.version },
  options: { sizes, drivers, with10m, runs, budgetMs, seed },
  skipped: [] as { driver: Driver; reason: string }[],
  runs: [] as RunResult[],
  peakRssMb: 0,
};

function saveJson() {
  report.peakRssMb = peakRssMb();
  if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
}

/** Reuses a finished benchmark database with the same N, seed and generator; otherwise builds one. */
async function ensureDatabase(target: BenchTarget, n: number): Promise<BuildTimings | "reused"> {
  if (!fresh) {
    const existing = await openExistingBench(target);
    if (existing) {
      const info = await readBenchInfo(existing.db).catch(() => null);
      await existing.close();
      if (info && info.incidents === n && info.seed === seed && info.generator === GENERATOR_VERSION) {
        await migrateBench(target);
        return "reused";
      }
    }
  }
  log(`Building ${describeTarget(target)} with ${n.toLocaleString("en-US")} synthetic incidents …`);
  return buildBench(target, user, { incidents: n, seed, log });
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function repeat(fn: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < runs && (samples.length < 3 || performance.now() - start < budgetMs)) samples.push(await time(fn));
  return samples;
}

async function measure(driver: Driver, n: number): Promise<RunResult> {
  const t0 = performance.now();
  const target = defaultTarget(driver, n, process.env);
  const generation = await ensureDatabase(target, n);
  const cases = benchCases();
  const pages = [...new Set(cases.map((c) => c.page))];
  const results: CaseResult[] = [];
  let serverVersion = "";
  for (const page of pages) {
    const handle = await openBench(target);
    try {
      if (!serverVersion) {
        const r = (await handle.db.execute("select version() as v")) as unknown as { rows: { v: string }[] };
        serverVersion = r.rows[0]?.v ?? "";
      }
      const api = createCaller(createContext({ db: handle.db, session: sessionFor("analyst") }));
      // Through the answer cache, with a new context per call as the server makes one per request (the
      // data version is read once per context).
      const answers = new AnswerCache();
      const cachedApi = () => createCaller(createContext({ db: handle.db, session: sessionFor("analyst"), answers }));
      const list = cases.filter((c) => c.page === page);
      const cold = new Map<BenchCase, number>();
      // The first call goes through the (empty) cache, as a page's first load after a server start does.
      for (const c of list) cold.set(c, await time(() => c.call(cachedApi())));
      for (const c of list) {
        const warm = summarize(await repeat(() => c.call(api)));
        const served = summarize(await repeat(() => c.call(cachedApi())));
        const naiveQuery = c.naive;
        const naive = naiveQuery ? summarize(await repeat(() => runNaive(handle.db, naiveQuery))) : null;
        results.push({
          page: c.page,
          procedure: c.procedure,
          filter: c.filter,
          coldMs: cold.get(c) ?? 0,
          warm,
          served,
          naive,
          naiveOverProcedure: ratio(naive, warm),
          naiveOverServed: ratio(naive, served),
        });
        log(
          `  ${driver} ${n} ${c.page} ${c.procedure} [${c.filter}]: computed p50 ${formatMs(warm.p50)} ms, served p50 ${formatMs(served.p50)} ms, naive ${formatMs(naive?.p50)} ms`,
        );
      }
    } finally {
      await handle.close();
    }
  }
  return {
    driver,
    incidents: n,
    database: describeTarget(target),
    serverVersion,
    generation,
    results,
    peakRssMbSoFar: peakRssMb(),
    wallMs: performance.now() - t0,
  };
}

function printRun(r: RunResult) {
  const head = `${r.driver === "pglite" ? "PGlite" : "PostgreSQL"} · ${r.incidents.toLocaleString("en-US")} incidents · ${r.serverVersion.split(" on ")[0]}`;
  const gen =
    r.generation === "reused"
      ? "database reused"
      : `generated in ${(r.generation.totalMs / 1000).toFixed(0)} s (${Math.round(r.generation.rowsPerSecond)} incidents/s)`;
  console.log(`\n## ${head} · ${gen} · peak RSS so far ${r.peakRssMbSoFar} MB\n`);
  console.log(
    textTable(
      [
        "page",
        "procedure",
        "filter",
        "cold",
        "computed p50",
        "p95",
        "max",
        "served p50",
        "p95",
        "max",
        "naive p50",
        "naive/computed",
        "naive/served",
      ],
      r.results.map((x) => [
        x.page,
        x.procedure,
        x.filter,
        formatMs(x.coldMs),
        formatMs(x.warm.p50),
        formatMs(x.warm.p95),
        formatMs(x.warm.max),
        formatMs(x.served.p50),
        formatMs(x.served.p95),
        formatMs(x.served.max),
        formatMs(x.naive?.p50),
        x.naiveOverProcedure === null ? "–" : `${x.naiveOverProcedure.toFixed(2)}×`,
        x.naiveOverServed === null ? "–" : `${x.naiveOverServed.toFixed(0)}×`,
      ]),
      [false, false, false, true, true, true, true, true, true, true, true, true, true],
    ),
  );
  // The issue's targets for incident-log aggregates at 1M: p95 ≤ 10 ms on PostgreSQL (and ≥ 50× the naive query), ≤ 30 ms on PGlite.
  const limit = r.driver === "postgres" ? (r.incidents >= 10_000_000 ? 20 : 10) : 30;
  const aggregates = r.results.filter((x) => x.naive);
  for (const [label, pick] of [
    ["served (answer cache)", (x: CaseResult) => x.served],
    ["computed (no cache)", (x: CaseResult) => x.warm],
  ] as const) {
    const over = aggregates.filter((x) => pick(x).p95 > limit);
    const slow = [...r.results].sort((a, b) => pick(b).p95 - pick(a).p95).slice(0, 5);
    console.log(
      `\n${label}: incident-log aggregates with p95 over ${limit} ms: ${over.length} of ${aggregates.length}. Slowest p95: ${slow
        .map((x) => `${x.procedure} [${x.filter}] ${formatMs(pick(x).p95)} ms`)
        .join("; ")}.`,
    );
  }
  const fastServed = aggregates.filter((x) => (x.naiveOverServed ?? 0) >= 50).length;
  const fastComputed = aggregates.filter((x) => (x.naiveOverProcedure ?? 0) >= 50).length;
  console.log(
    `At least 50× faster than the naive GROUP BY: served ${fastServed} of ${aggregates.length}, computed ${fastComputed} of ${aggregates.length}.`,
  );
}

const plan: { driver: Driver; n: number }[] = [];
for (const n of sizes) for (const driver of drivers) plan.push({ driver, n });
if (with10m && drivers.includes("postgres") && !sizes.includes(10_000_000)) plan.push({ driver: "postgres", n: 10_000_000 });

if (drivers.includes("postgres")) {
  const server = defaultTarget("postgres", 1, process.env);
  const problem = server.driver === "postgres" ? await pingServer(server.serverUrl) : null;
  if (problem) {
    const reason = `no PostgreSQL server answered at ${new URL((server as { serverUrl: string }).serverUrl).host} (${problem}). Set BENCH_DATABASE_URL or DATABASE_URL to measure it.`;
    console.log(`PostgreSQL: SKIPPED, ${reason}`);
    report.skipped.push({ driver: "postgres", reason });
    for (let i = plan.length - 1; i >= 0; i--) if (plan[i]?.driver === "postgres") plan.splice(i, 1);
  }
}
for (const step of plan)
  if (step.driver === "pglite" && step.n >= 10_000_000) throw new Error("10M incidents are measured on PostgreSQL only.");

console.log(
  `# pnpm bench · ${report.machine.cpus} CPU (${report.machine.cpuModel}) · ${report.machine.memoryGb} GB · Node ${report.machine.node} · seed ${seed} · warm runs ≤ ${runs} (≤ ${budgetMs} ms each) · times in ms`,
);
for (const step of plan) {
  const r = await measure(step.driver, step.n);
  report.runs.push(r);
  printRun(r);
  saveJson();
}
saveJson();
console.log(`\nPeak RSS of this process: ${peakRssMb()} MB (PGlite runs inside it; a PostgreSQL server's memory is not counted).`);
if (jsonFile) console.log(`JSON written to ${jsonFile}.`);
