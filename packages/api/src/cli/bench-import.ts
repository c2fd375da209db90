/**
 * Measures a CSV import of N generated incident rows end to end through the import procedures (the
 * path the browser takes, minus HTTP): start, check and stage in chunks of 2,000, review, commit in
 * one transaction. On a throwaway PGlite data folder, and on PostgreSQL when BENCH_DATABASE_URL names
 * a server (a scratch database is created there and dropped).
 *
 *   pnpm bench:import [--rows 100000]
 *
 * Prints the time of each phase. Never touches the app's own database.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type DbHandle, importDataset } from "@monitor/db";
import { createTestDb, makeDataset } from "@monitor/db/testing";
import { getAdminUnit, listAdminUnits, suggestMapping } from "@monitor/domain";
import { createContext } from "../context";
import { createCaller } from "../index";
import { createUser } from "../services/users";
import { sessionFor } from "../test-sessions";

const args = process.argv.slice(2);
const rowsArg = args.indexOf("--rows");
const N = rowsArg >= 0 ? Number(args[rowsArg + 1]) : 100_000;
if (!Number.isInteger(N) || N < 1) throw new Error("--rows takes a positive whole number");

const HEADERS = ["event_date", "admin1", "admin2", "location", "actor1", "sub_event_type", "fatalities", "injuries", "notes"];

function generate(groupName: string): Record<string, string>[] {
  const districts = listAdminUnits({ level: "district" }).filter((d) => d.parent?.startsWith("PK-"));
  const types = ["Armed clash", "Suicide bomb", "Remote explosive/landmine/IED", "Attack", "Abduction/forced disappearance"];
  const rows: Record<string, string>[] = [];
  for (let i = 0; i < N; i++) {
    const d = districts[(i * 7) % districts.length] as (typeof districts)[number];
    rows.push({
      event_date: new Date(Date.UTC(2005, 0, 1) + (i % 7000) * 86_400_000).toISOString().slice(0, 10),
      admin1: getAdminUnit(d.parent ?? "")?.name ?? "",
      admin2: d.name,
      location: `Village ${i % 997}`,
      actor1: i % 3 ? groupName : "",
      sub_event_type: types[i % types.length] as string,
      fatalities: String(i % 13 === 0 ? 40 + (i % 60) : i % 5),
      injuries: String(i % 9),
      notes: `Synthetic incident ${i} for the import benchmark.`,
    });
  }
  return rows;
}

async function run(label: string, handle: DbHandle) {
  const clock = () => new Date("2026-06-01T09:00:00Z");
  const data = makeDataset();
  await importDataset(handle.db, data);
  const user = await createUser(
    handle.db,
    { userId: null, label: "cli:bench" },
    { email: "bench@example.org", name: "Bench", role: "editor", password: "a bench password" },
    clock(),
  );
  const api = createCaller(createContext({ db: handle.db, session: sessionFor("editor", { id: user.id, email: user.email }), now: clock }));
  const rows = generate(data.groups?.[0]?.name ?? "");
  const t0 = performance.now();
  const { batchId } = await api.imports.start({
    fileName: "bench.csv",
    mapping: { kind: "incidents", mapping: suggestMapping("incidents", HEADERS).mapping } as never,
    options: { defaultSource: { source: data.ids.source, locator: "Benchmark" }, dateOrder: "day-first" },
  });
  for (let i = 0; i < rows.length; i += 2000) await api.imports.check({ batchId, firstRowNumber: i + 2, rows: rows.slice(i, i + 2000) });
  const t1 = performance.now();
  const review = await api.imports.review({ batchId });
  const t2 = performance.now();
  const done = await api.imports.commit({ batchId, expectedRows: rows.length, includeDuplicates: true });
  const t3 = performance.now();
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `${label}: ${N.toLocaleString("en-US")} rows · check+stage ${s(t1 - t0)} · review ${s(t2 - t1)} · commit ${s(t3 - t2)} · total ${s(t3 - t0)} · imported ${done.imported.toLocaleString("en-US")} (invalid ${review.invalid}, within-file repeats ${review.withinFile.length}) · peak RSS ${Math.round(process.memoryUsage().rss / 1e6)} MB`,
  );
}

const dir = mkdtempSync(join(tmpdir(), "mm-bench-import-"));
try {
  const pglite = await createDb({ dataDir: dir });
  try {
    await run("PGlite (data folder on disk)", pglite);
  } finally {
    await pglite.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const server = process.env.BENCH_DATABASE_URL;
if (server) {
  // The test helper creates a uniquely named scratch database on the server and drops it on close.
  process.env.TEST_DB_DRIVER = "postgres";
  process.env.TEST_DATABASE_URL = server;
  const handle = await createTestDb();
  try {
    await run("PostgreSQL", handle);
  } finally {
    await handle.close();
  }
} else {
  console.log("PostgreSQL: skipped (set BENCH_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/test, to measure it too).");
}
