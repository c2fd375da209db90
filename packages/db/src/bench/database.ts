/**
 * The benchmark's own databases: a PGlite folder or a `bench_*` database on a PostgreSQL server, each
 * created (and replaced) here and holding the seed's groups, sources, figures and recommendations plus
 * synthetic incidents only. Nothing here opens the app's PGLITE_DATA_DIR or DATABASE_URL database, and
 * nothing replaces a database that holds an incident that is not synthetic.
 */
import { existsSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type SQL, sql } from "drizzle-orm";
import pg from "pg";
import { createDb, type Database, type DbHandle } from "../client";
import { importDataset } from "../dataset/import";
import { buildSeedDataset } from "../seed";
import {
  profileGroupSlugs,
  SYNTHETIC_KEY_PREFIX,
  SYNTHETIC_SOURCE_SLUG,
  SYNTHETIC_SOURCE_TITLE,
  type SyntheticIncident,
  syntheticIncident,
} from "./synthetic";

export type BenchTarget = { driver: "pglite"; dir: string } | { driver: "postgres"; serverUrl: string; database: string };

/** Where the user's own data lives, so the benchmark can refuse to go there. */
export interface UserDatabases {
  pgliteDir: string;
  databaseUrl?: string;
}

/** rows of a raw query on either driver (node-postgres and PGlite both answer `{ rows }`). */
async function rows<T>(db: Database, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

export function describeTarget(t: BenchTarget): string {
  if (t.driver === "pglite") return `PGlite folder ${t.dir}`;
  const u = new URL(t.serverUrl);
  return `PostgreSQL database "${t.database}" on ${u.hostname}:${u.port || "5432"}`;
}

/** A database name the benchmark may create and drop: `bench_` and lower-case letters, digits, underscores. */
export function isBenchDatabaseName(name: string): boolean {
  return /^bench_[a-z0-9_]{1,50}$/.test(name);
}

function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

function withDatabase(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Throws when the target is (or could be) the user's own database. */
export function refuseUserDatabase(t: BenchTarget, user: UserDatabases): void {
  if (t.driver === "pglite") {
    if (resolve(t.dir) === resolve(user.pgliteDir))
      throw new Error(`Refusing to use ${t.dir}: it is the app's PGLITE_DATA_DIR. Pick another folder (default: .bench/).`);
    return;
  }
  if (!isBenchDatabaseName(t.database))
    throw new Error(`Refusing to create or drop database "${t.database}": benchmark databases are named bench_<something>.`);
  if (user.databaseUrl) {
    const a = new URL(user.databaseUrl);
    const b = new URL(t.serverUrl);
    if (a.hostname === b.hostname && (a.port || "5432") === (b.port || "5432") && databaseOf(user.databaseUrl) === t.database)
      throw new Error(`Refusing to use database "${t.database}": it is the app's DATABASE_URL database.`);
  }
}

/** Incidents that are not synthetic (their key lacks the synthetic prefix). */
export async function countRealIncidents(db: Database): Promise<number> {
  const [r] = await rows<{ n: number }>(db, sql`select count(*)::int as n from incidents where key not like ${`${SYNTHETIC_KEY_PREFIX}%`}`);
  return Number(r?.n ?? 0);
}

export interface BenchInfo {
  incidents: number;
  seed: number;
  generator: number;
}

/** Bumped when the generator's output changes, so old benchmark databases are rebuilt. */
export const GENERATOR_VERSION = 2;

/** What the synthetic source's notes say this database holds (null when it is not a finished benchmark database). */
export async function readBenchInfo(db: Database): Promise<BenchInfo | null> {
  const [r] = await rows<{ notes: string | null }>(db, sql`select notes from sources where slug = ${SYNTHETIC_SOURCE_SLUG}`);
  const m = /\[bench incidents=(\d+) seed=(\d+) generator=(\d+) complete\]/.exec(r?.notes ?? "");
  return m ? { incidents: Number(m[1]), seed: Number(m[2]), generator: Number(m[3]) } : null;
}

async function pgDatabaseExists(serverUrl: string, database: string): Promise<boolean> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const r = await admin.query("select 1 from pg_database where datname = $1", [database]);
    return (r.rowCount ?? 0) > 0;
  } finally {
    await admin.end();
  }
}

/** Opens an existing benchmark database without migrating it (null when there is none). */
export async function openExistingBench(t: BenchTarget): Promise<DbHandle | null> {
  if (t.driver === "pglite") {
    if (!existsSync(resolve(t.dir, "PG_VERSION"))) return null;
    return createDb({ dataDir: t.dir, migrate: false });
  }
  if (!(await pgDatabaseExists(t.serverUrl, t.database))) return null;
  return createDb({ url: withDatabase(t.serverUrl, t.database), migrate: false, poolSize: 4 });
}

/**
 * Applies the migrations added since a reused benchmark database was built (new indexes, the data
 * version), so the benchmark always measures the app's current schema.
 */
export async function migrateBench(t: BenchTarget): Promise<void> {
  const handle =
    t.driver === "pglite"
      ? await createDb({ dataDir: t.dir, migrate: true })
      : await createDb({ url: withDatabase(t.serverUrl, t.database), migrate: true, poolSize: 1 });
  await handle.close();
}

/** Opens a benchmark database for reading (the app's migrations already applied by `createBench`). */
export async function openBench(t: BenchTarget): Promise<DbHandle> {
  const handle = await openExistingBench(t);
  if (!handle) throw new Error(`${describeTarget(t)} does not exist: run pnpm bench:data first.`);
  return handle;
}

/**
 * Removes a previous benchmark database at the target, after checking that it holds synthetic
 * incidents only; refuses a folder that is not a PGlite database or a database with real incidents.
 */
async function removeOldBench(t: BenchTarget): Promise<void> {
  if (t.driver === "pglite" && existsSync(t.dir) && readdirSync(t.dir).length > 0 && !existsSync(resolve(t.dir, "PG_VERSION")))
    throw new Error(`Refusing to use ${t.dir}: the folder is not empty and is not a database. Pick an empty or new folder.`);
  const old = await openExistingBench(t);
  if (!old) return;
  try {
    const real = await countRealIncidents(old.db).catch(() => 0);
    const [src] = await rows<{ n: number }>(
      old.db,
      sql`select count(*)::int as n from sources where slug = ${SYNTHETIC_SOURCE_SLUG}`,
    ).catch(() => [{ n: 0 }]);
    const [inc] = await rows<{ n: number }>(old.db, sql`select count(*)::int as n from incidents`).catch(() => [{ n: 0 }]);
    if (real > 0)
      throw new Error(`Refusing to replace ${describeTarget(t)}: it holds ${real} incident(s) that are not synthetic (someone's data).`);
    if (Number(inc?.n ?? 0) > 0 && Number(src?.n ?? 0) === 0)
      throw new Error(`Refusing to replace ${describeTarget(t)}: it holds incidents but no synthetic benchmark source.`);
  } finally {
    await old.close();
  }
  if (t.driver === "pglite") rmSync(t.dir, { recursive: true, force: true });
  else {
    const admin = new pg.Client({ connectionString: t.serverUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${t.database}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
}

/**
 * A new, migrated benchmark database with the seed's records except its incidents (the benchmark's
 * incidents are all synthetic, so "only synthetic incidents" stays checkable) and the synthetic source.
 */
export async function createBench(t: BenchTarget, user: UserDatabases): Promise<DbHandle> {
  refuseUserDatabase(t, user);
  await removeOldBench(t);
  let handle: DbHandle;
  if (t.driver === "pglite") handle = await createDb({ dataDir: t.dir });
  else {
    const admin = new pg.Client({ connectionString: t.serverUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${t.database}"`);
    } finally {
      await admin.end();
    }
    handle = await createDb({ url: withDatabase(t.serverUrl, t.database), poolSize: 4 });
  }
  const seed = buildSeedDataset();
  await importDataset(handle.db, {
    ...seed,
    incidents: [],
    sources: [
      ...(seed.sources ?? []),
      {
        slug: SYNTHETIC_SOURCE_SLUG,
        title: SYNTHETIC_SOURCE_TITLE,
        shortTitle: "SYNTHETIC (benchmark)",
        publisher: "pnpm bench:data",
        authors: [],
        year: null,
        publishedOn: null,
        kind: "dataset",
        url: null,
        file: null,
        inferred: [],
        notes: "Generated by pnpm bench:data to measure the app at scale. Every incident citing this source is invented.",
        text: null,
      },
    ],
  });
  const known = new Set((await rows<{ slug: string }>(handle.db, sql`select slug from groups`)).map((g) => g.slug));
  const missing = profileGroupSlugs().filter((s) => !known.has(s));
  if (missing.length) {
    await handle.close();
    throw new Error(`The synthetic profile names groups the seed does not have: ${missing.join(", ")}.`);
  }
  return handle;
}

const INCIDENT_COLUMNS = `id uuid, key text, title text, date date, date_precision text, country text, province text, district text,
  place text, type text, target text, killed int, killed_qualifier text, injured int, injured_qualifier text, description text`;

function incidentJson(rowsIn: readonly SyntheticIncident[]): string {
  return JSON.stringify(
    rowsIn.map((x) => ({
      id: x.id,
      key: x.key,
      title: x.title,
      date: x.date,
      date_precision: x.datePrecision,
      country: x.country,
      province: x.province,
      district: x.district,
      place: x.place,
      type: x.type,
      target: x.target,
      killed: x.killed,
      killed_qualifier: x.killedQualifier,
      injured: x.injured,
      injured_qualifier: x.injuredQualifier,
      description: x.description,
    })),
  );
}

/**
 * Writes incidents `from` … `from + count - 1` of the data set `seed`, `batch` per statement: one
 * json_to_recordset insert each for incidents, their groups and their citations (a single text
 * parameter per statement works the same on node-postgres and PGlite).
 */
export async function insertSyntheticIncidents(
  db: Database,
  opts: { seed: number; from?: number; count: number; batch?: number; onBatch?: (done: number) => void },
): Promise<void> {
  const [src] = await rows<{ id: string }>(db, sql`select id from sources where slug = ${SYNTHETIC_SOURCE_SLUG}`);
  if (!src) throw new Error("The synthetic source is missing: create the database with createBench first.");
  const from = opts.from ?? 0;
  const batch = opts.batch ?? 5000;
  for (let start = from; start < from + opts.count; start += batch) {
    const end = Math.min(start + batch, from + opts.count);
    const list: SyntheticIncident[] = [];
    for (let i = start; i < end; i++) list.push(syntheticIncident(opts.seed, i));
    const json = incidentJson(list);
    await db.execute(sql`insert into incidents (id, key, title, date, date_precision, country, province, district, place, type, target,
        killed, killed_qualifier, injured, injured_qualifier, description)
      select id, key, title, date, date_precision, country, province, district, place, type, target,
        killed, killed_qualifier, injured, injured_qualifier, description
      from json_to_recordset(${json}::json) as x(${sql.raw(INCIDENT_COLUMNS)})`);
    const perps = list.flatMap((x) => x.perpetrators.map((p) => ({ incident_id: x.id, group_slug: p.group, attribution: p.attribution })));
    if (perps.length)
      await db.execute(sql`insert into incident_perpetrators (incident_id, group_id, attribution)
        select x.incident_id, g.id, x.attribution
        from json_to_recordset(${JSON.stringify(perps)}::json) as x(incident_id uuid, group_slug text, attribution text)
        join groups g on g.slug = x.group_slug`);
    const cites = list.map((x, k) => ({ incident_id: x.id, n: start + k }));
    await db.execute(sql`insert into citations (source_id, locator, quote, position, incident_id)
      select ${src.id}::uuid, 'Generated row ' || x.n, ${SYNTHETIC_SOURCE_TITLE}, 0, x.incident_id
      from json_to_recordset(${JSON.stringify(cites)}::json) as x(incident_id uuid, n int)`);
    opts.onBatch?.(end - from);
  }
}

/** Marks the database complete (N and seed in the synthetic source's notes) and refreshes planner statistics. */
export async function finishBench(handle: DbHandle, info: { incidents: number; seed: number }): Promise<void> {
  const note = `Generated by pnpm bench:data to measure the app at scale. Every incident citing this source is invented. [bench incidents=${info.incidents} seed=${info.seed} generator=${GENERATOR_VERSION} complete]`;
  await handle.db.execute(sql`update sources set notes = ${note} where slug = ${SYNTHETIC_SOURCE_SLUG}`);
  // A freshly loaded table has no visibility map and no statistics; autovacuum would fix both later.
  // Doing it now measures the steady state a real database reaches.
  await handle.db.execute(sql`vacuum analyze incidents`);
  await handle.db.execute(sql`vacuum analyze incident_perpetrators`);
  await handle.db.execute(sql`vacuum analyze citations`);
}

/**
 * What one batch of inserts costs, split up: the same rows into scratch tables without the generated
 * search_vector column and indexes, with the column only, and with the column and every index of the
 * incidents table (temporary tables, dropped at the end).
 */
export async function probeInsertCost(db: Database, seed: number, n = 2000): Promise<{ plain: number; generated: number; full: number }> {
  const list: SyntheticIncident[] = [];
  for (let i = 0; i < n; i++) list.push(syntheticIncident(seed + 1, i));
  const json = incidentJson(list);
  const cols = `id, key, title, date, date_precision, country, province, district, place, type, target,
        killed, killed_qualifier, injured, injured_qualifier, description`;
  // One transaction per probe: a temporary table lives on one connection, and a pool has several.
  const time = (table: string, like: string) =>
    db.transaction(async (tx) => {
      await tx.execute(sql.raw(`create temporary table ${table} (like incidents ${like}) on commit drop`));
      const t0 = performance.now();
      await tx.execute(
        sql`insert into ${sql.raw(table)} (${sql.raw(cols)}) select ${sql.raw(cols)} from json_to_recordset(${json}::json) as x(${sql.raw(INCIDENT_COLUMNS)})`,
      );
      return performance.now() - t0;
    });
  const plain = await time("bench_probe_plain", "including defaults");
  const generated = await time("bench_probe_generated", "including defaults including generated");
  const full = await time("bench_probe_full", "including all");
  return { plain, generated, full };
}

/** `<repo>/.bench`: the default home of benchmark PGlite folders (git-ignored). */
export const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..", ".bench");

/** The PostgreSQL server benchmark databases go on: BENCH_DATABASE_URL, else DATABASE_URL's server, else the local one. */
export function benchServerUrl(env: Record<string, string | undefined>): string {
  return env.BENCH_DATABASE_URL || env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
}

/** The default target for N incidents on a driver. */
export function defaultTarget(driver: "pglite" | "postgres", incidents: number, env: Record<string, string | undefined>): BenchTarget {
  return driver === "pglite"
    ? { driver, dir: join(BENCH_DIR, `pglite-${incidents}`) }
    : { driver, serverUrl: benchServerUrl(env), database: `bench_${incidents}` };
}

/** Whether a PostgreSQL server answers (a bench run skips the driver, saying so, when it does not). */
export async function pingServer(serverUrl: string): Promise<string | null> {
  const c = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query("select 1");
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    await c.end().catch(() => {});
  }
}

export interface BuildTimings {
  schemaAndSeedMs: number;
  insertMs: number;
  vacuumAnalyzeMs: number;
  totalMs: number;
  rowsPerSecond: number;
  probe: { plain: number; generated: number; full: number; rows: number };
}

/** Creates the database at the target and fills it with N synthetic incidents; returns where the time went. */
export async function buildBench(
  t: BenchTarget,
  user: UserDatabases,
  opts: { incidents: number; seed: number; batch?: number; log?: (line: string) => void },
): Promise<BuildTimings> {
  const log = opts.log ?? (() => {});
  const t0 = performance.now();
  const handle = await createBench(t, user);
  try {
    const t1 = performance.now();
    const probe = { ...(await probeInsertCost(handle.db, opts.seed, 2000)), rows: 2000 };
    let lastLog = performance.now();
    const t2 = performance.now();
    await insertSyntheticIncidents(handle.db, {
      seed: opts.seed,
      count: opts.incidents,
      batch: opts.batch,
      onBatch: (done) => {
        if (performance.now() - lastLog > 10_000 || done === opts.incidents) {
          lastLog = performance.now();
          const s = (lastLog - t2) / 1000;
          log(
            `  ${done.toLocaleString("en-US")} / ${opts.incidents.toLocaleString("en-US")} incidents (${s.toFixed(0)} s, ${Math.round(done / s)} rows/s)`,
          );
        }
      },
    });
    const t3 = performance.now();
    await finishBench(handle, { incidents: opts.incidents, seed: opts.seed });
    const t4 = performance.now();
    return {
      schemaAndSeedMs: t1 - t0,
      insertMs: t3 - t2,
      vacuumAnalyzeMs: t4 - t3,
      totalMs: t4 - t0,
      rowsPerSecond: opts.incidents / ((t3 - t2) / 1000),
      probe,
    };
  } finally {
    await handle.close();
  }
}
