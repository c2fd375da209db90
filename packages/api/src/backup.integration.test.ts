/**
 * Backups. A database with real history (records created and edited, a status update, a record
 * deleted to the trash, users and their audit trail) is backed up with `writeBackup` (what
 * `pnpm data:export --backup` runs) and restored with `restoreBackup` (`pnpm data:import --backup`)
 * into a fresh database of the same driver and into an embedded one: every table's content is
 * identical, history and audit included. A bad or partial backup, or a non-empty target, is refused and
 * writes nothing. The documented procedures are run too: pg_dump/pg_restore on PostgreSQL, and a copy
 * of the stopped app's data folder on PGlite.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Database, type DbHandle, importDataset, restoreBackup, writeBackup } from "@monitor/db";
import { appTables, createTestDb, currentDatabase, makeDataset, tableContents, tableRowCounts } from "@monitor/db/testing";
import type { Incident } from "@monitor/domain";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "./context";
import { createCaller } from "./index";
import { createUser } from "./services/users";
import { sessionFor } from "./test-sessions";
import { policePostIncident } from "./testing/records";

const driver = process.env.TEST_DB_DRIVER ?? "pglite";
const CLI = { userId: null, label: "cli:test" };
const clock = new Date("2026-03-10T09:00:00.000Z");
const SOURCE_TEXT = "In 2022 the group carried out an attack on a police post in Bajaur, killing five policemen.";

/** Builds a database with history: created and edited records, a status update, a deletion, users. */
async function withHistory(db: Database) {
  const data = makeDataset();
  await importDataset(db, { ...data, sources: data.sources?.map((s) => ({ ...s, text: SOURCE_TEXT })) });
  const editor = await createUser(
    db,
    CLI,
    { email: "editor@example.org", name: "Editor", role: "editor", password: "a password for tests" },
    clock,
  );
  const analyst = await createUser(
    db,
    CLI,
    { email: "analyst@example.org", name: "Analyst", role: "analyst", password: "a password for tests" },
    clock,
  );
  const as = (u: typeof editor) =>
    createCaller(createContext({ db, session: sessionFor(u.role, { id: u.id, email: u.email }), now: () => clock }));
  const incident = policePostIncident(data.ids.source, {
    key: "backup/2022-09-14/police-post",
    date: "2022-09-14",
    perpetrators: [{ group: data.ids.groupA, attribution: "claimed" }],
    description: "Unicode kept: تحریک طالبان پاکستان, “quotes”, emoji 💣, a backslash \\, a line break\nand a null-looking 'null'.",
  });
  await as(editor).records.save({ type: "incident", record: incident, expectedVersion: null });
  await as(editor).records.save({ type: "incident", record: { ...incident, killed: 7 }, expectedVersion: 1 });
  await as(editor).records.save({
    type: "incident",
    record: { ...incident, key: "backup/2022-06-20/second", title: "Second", date: "2022-06-20", district: "pk-kp-khyber" },
    expectedVersion: null,
  });
  await as(editor).records.delete({ type: "incident", key: "backup/2022-06-20/second", expectedVersion: 1, reason: "entered twice" });
  const key = data.recommendations?.[0]?.key as string;
  const rec = await as(analyst).recommendations.get({ key });
  await as(analyst).recommendations.recordUpdate({
    key,
    expectedVersion: rec.version,
    to: "in_progress",
    date: "2026-03-01",
    note: "Talks resumed.",
    evidence: [{ kind: "link", url: "https://example.org/talks", title: "Talks", date: "2026-03-01" }],
    assessor: "analyst",
    assessorName: null,
    province: null,
  });
  await as(editor).dashboard.saveView({ name: "KP 2022", path: "/", query: "province=PK-KP&from=2022-01-01&to=2022-12-31" });
}

const contents = tableContents;

/** The backup as the file's lines: written one per line, read back split on line breaks (as the CLI does). */
async function backupLines(db: Database): Promise<string[]> {
  let text = "";
  await writeBackup(db, (line) => {
    text += `${line}\n`;
  });
  return text.split("\n");
}

let source: DbHandle;
let original: Record<string, string>;
let lines: string[];

beforeAll(async () => {
  source = await createTestDb();
  await withHistory(source.db);
  original = await contents(source.db);
  lines = await backupLines(source.db);
}, 180_000);
afterAll(async () => {
  await source?.close();
});

describe(`backup and restore on ${driver}`, () => {
  it("writes one JSON value per line", () => {
    for (const line of lines.filter((l) => l !== "")) expect(() => JSON.parse(line)).not.toThrow();
  });

  it("holds history and audit, and restores into a fresh database with every table identical", async () => {
    const counts = await tableRowCounts(source.db, await appTables(source.db));
    expect(counts.audit_log).toBeGreaterThan(5);
    expect(counts.trash).toBe(1);
    expect(counts.users).toBe(2);
    expect(counts.recommendation_updates).toBe(1);
    const target = await createTestDb();
    try {
      const restored = await restoreBackup(target.db, lines);
      expect(restored.audit_log).toBe(counts.audit_log);
      expect(await contents(target.db)).toEqual(original);
      // The app works on the restored data: history reads back, and the next edit needs the restored version.
      const viewer = createCaller(createContext({ db: target.db, session: sessionFor("viewer") }));
      const { entries } = await viewer.records.history({ type: "incident", key: "backup/2022-09-14/police-post" });
      expect(entries.map((e) => e.action)).toEqual(["incident.update", "incident.create"]);
      const held = await viewer.records.get({ type: "incident", key: "backup/2022-09-14/police-post" });
      expect(held.version).toBe(2);
      // Writing goes on where it stopped: the next edit is version 3, with a new audit entry after the restored ones.
      const admin = await createUser(
        target.db,
        CLI,
        { email: "admin@example.org", name: "Admin", role: "admin", password: "a password for tests" },
        clock,
      );
      const edit = createCaller(
        createContext({ db: target.db, session: sessionFor("admin", { id: admin.id, email: admin.email }), now: () => clock }),
      );
      const saved = await edit.records.save({ type: "incident", record: { ...(held.record as Incident), killed: 8 }, expectedVersion: 2 });
      expect(saved.version).toBe(3);
      expect((await tableRowCounts(target.db, ["audit_log"])).audit_log).toBe((counts.audit_log ?? 0) + 2);
    } finally {
      await target.close();
    }
  });

  it("restores across drivers: the same backup into an embedded (PGlite) database", async () => {
    const embedded = await createDb();
    try {
      await restoreBackup(embedded.db, lines);
      expect(await contents(embedded.db)).toEqual(original);
    } finally {
      await embedded.close();
    }
  });

  it("refuses a non-empty target, a damaged file and a partial file, writing nothing", async () => {
    const target = await createTestDb();
    try {
      await expect(restoreBackup(source.db, lines)).rejects.toThrow(/Restore into an empty database/);
      await expect(restoreBackup(target.db, ["not a backup"])).rejects.toThrow(/not a Militancy Monitor backup/);
      await expect(restoreBackup(target.db, lines.slice(0, -2))).rejects.toThrow(/incomplete|cut short/);
      const damaged = [...lines];
      damaged[2] = `${damaged[2]?.slice(0, 40)}`;
      await expect(restoreBackup(target.db, damaged)).rejects.toThrow();
      const empty = await tableRowCounts(target.db, await appTables(target.db));
      expect(Object.values(empty).every((n) => n === 0)).toBe(true);
    } finally {
      await target.close();
    }
  });
});

describe.runIf(driver === "postgres")("the documented PostgreSQL procedure: pg_dump, then pg_restore into a new database", () => {
  it("gives back every table identical", async () => {
    const serverUrl = process.env.TEST_DATABASE_URL as string;
    const dir = mkdtempSync(join(tmpdir(), "mm-pgdump-"));
    const fromUrl = new URL(serverUrl);
    const sourceName = await currentDatabase(source.db);
    fromUrl.pathname = `/${sourceName}`;
    const name = `mm_restore_${Date.now().toString(36)}`;
    const toUrl = new URL(serverUrl);
    toUrl.pathname = `/${name}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      const file = join(dir, "monitor.dump");
      execFileSync("pg_dump", ["--format=custom", "--no-owner", `--file=${file}`, fromUrl.toString()]);
      await admin.query(`CREATE DATABASE "${name}"`);
      execFileSync("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${toUrl.toString()}`, file]);
      const restored = await createDb({ url: toUrl.toString(), migrate: false, poolSize: 2 });
      try {
        expect(await contents(restored.db)).toEqual(original);
      } finally {
        await restored.close();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe.runIf(driver === "pglite")("the documented embedded procedure: copy the stopped app's data folder", () => {
  it("opens the copy with every table identical", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mm-folder-"));
    try {
      const live = await createDb({ dataDir: join(dir, "data") });
      await withHistory(live.db);
      const before = await contents(live.db);
      await live.close();
      cpSync(join(dir, "data"), join(dir, "copy"), { recursive: true });
      const copy = await createDb({ dataDir: join(dir, "copy") });
      try {
        expect(await contents(copy.db)).toEqual(before);
      } finally {
        await copy.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
