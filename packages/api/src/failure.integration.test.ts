/**
 * Failures, per driver:
 * - PostgreSQL: the database becomes unreachable in the middle of a request (a TCP proxy between the
 *   app's pool and the server is cut while an import commit is streaming its rows). The request fails
 *   with "the data store is unavailable, try again", so do requests while it is down; nothing of the
 *   interrupted transaction is written; when the database is back the same pool (no restart) answers
 *   again and the same import commits in full.
 * - PGlite: the process is killed with SIGKILL during an import commit. On reopening, the data folder
 *   holds the state before the import or after it, never between, and the app works on it.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { countAuditEntries, createDb, type DbHandle, importDataset } from "@monitor/db";
import { appTables, makeDataset, startProxy, tableRowCounts } from "@monitor/db/testing";
import type { UserView } from "@monitor/domain";
import { TRPCError } from "@trpc/server";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createContext } from "./context";
import { createCaller } from "./index";
import { createUser } from "./services/users";
import { sessionFor } from "./test-sessions";
import { stageImport } from "./testing/import-fixture";

const driver = process.env.TEST_DB_DRIVER ?? "pglite";
const CLI = { userId: null, label: "cli:test" };
const here = dirname(fileURLToPath(import.meta.url));

async function codeOf(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
    return { code: "ok", message: "" };
  } catch (e) {
    return e instanceof TRPCError ? { code: e.code, message: e.message } : { code: String(e), message: String(e) };
  }
}

describe.runIf(driver === "postgres")("PostgreSQL unreachable mid-request", () => {
  it("fails the request with 'data store unavailable', writes nothing, and recovers on the same pool", async () => {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) throw new Error("The integration:postgres project needs TEST_DATABASE_URL.");
    const url = new URL(serverUrl);
    const name = `mm_failure_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const proxy = await startProxy({ host: url.hostname, port: Number(url.port || 5432) });
    const proxied = new URL(serverUrl);
    proxied.port = String(proxy.port);
    proxied.hostname = "127.0.0.1";
    proxied.pathname = `/${name}`;
    let handle: DbHandle | undefined;
    try {
      handle = await createDb({ url: proxied.toString(), poolSize: 4 });
      const db = handle.db;
      const data = makeDataset();
      await importDataset(db, data);
      const editor: UserView = await createUser(
        db,
        CLI,
        { email: "editor@example.org", name: "Editor", role: "editor", password: "a password for tests" },
        new Date(),
      );
      const caller = createCaller(createContext({ db, session: sessionFor("editor", { id: editor.id, email: editor.email }) }));
      const batchId = await stageImport(caller, data.ids.source, 3000, "cut");
      const tables = await appTables(db);
      const before = await tableRowCounts(db, tables);

      // The commit streams 3,000 rows in multi-row inserts: cut the connection 200 kB into it.
      proxy.cutAfter(200_000);
      const interrupted = await codeOf(caller.imports.commit({ batchId, expectedRows: 3000 }));
      expect(interrupted.code).toBe("SERVICE_UNAVAILABLE");
      expect(interrupted.message).toMatch(/data store is unavailable\. Try again/i);

      // While it is down, every request says so (the process carries on).
      const whileDown = await codeOf(caller.groups.list({}));
      expect(whileDown).toEqual({ code: "SERVICE_UNAVAILABLE", message: "The data store is unavailable. Try again in a moment." });

      // Back up: the same pool reconnects, nothing of the interrupted transaction was written.
      proxy.restore();
      let recovered = await codeOf(caller.groups.list({}));
      for (let i = 0; i < 5 && recovered.code !== "ok"; i++) recovered = await codeOf(caller.groups.list({}));
      expect(recovered.code).toBe("ok");
      const after = await tableRowCounts(db, tables);
      expect(after).toEqual(before);

      // The editor tries again and the whole import lands.
      const retried = await caller.imports.commit({ batchId, expectedRows: 3000 });
      expect(retried).toMatchObject({ imported: 3000 });
      expect((await tableRowCounts(db, ["incidents"])).incidents).toBe((before.incidents ?? 0) + 3000);
      expect(await countAuditEntries(db)).toBe((before.audit_log ?? 0) + 3001);
    } finally {
      await handle?.close().catch(() => undefined);
      await proxy.close();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }, 180_000);
});

/** Runs the child that commits an import into `dir`, and kills it with SIGKILL `afterMs` after it starts committing. */
function killDuringCommit(dir: string, rows: number, editorId: string, source: string, afterMs: number) {
  const tag = `crash-${afterMs}`;
  return new Promise<{ killed: boolean; output: string }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(here, "testing", "pglite-import-child.ts"), dir, String(rows), editorId, source, tag],
      {
        cwd: join(here, ".."),
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    let timer: ReturnType<typeof setTimeout> | undefined;
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (!timer && output.includes("committing")) timer = setTimeout(() => child.kill("SIGKILL"), afterMs);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("error", reject);
    child.on("exit", (_code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === "SIGKILL", output });
    });
  });
}

describe.runIf(driver === "pglite")("PGlite killed during an import", () => {
  it("reopens at the state before or after the import, never between, and keeps working", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mm-crash-"));
    const ROWS = 1000;
    try {
      let handle = await createDb({ dataDir: dir });
      const data = makeDataset();
      await importDataset(handle.db, data);
      const editor = await createUser(
        handle.db,
        CLI,
        { email: "editor@example.org", name: "Editor", role: "editor", password: "a password for tests" },
        new Date(),
      );
      let incidents = (await tableRowCounts(handle.db, ["incidents"])).incidents ?? 0;
      await handle.close();

      const outcomes: string[] = [];
      // Kill early in the commit and later in it; then let one finish: each must leave a whole state.
      for (const afterMs of [100, 700, 600_000]) {
        const run = await killDuringCommit(dir, ROWS, editor.id, data.ids.source, afterMs);
        expect(run.output).toContain("committing");
        handle = await createDb({ dataDir: dir });
        const now = (await tableRowCounts(handle.db, ["incidents"])).incidents ?? 0;
        expect([incidents, incidents + ROWS], `killed=${run.killed} after ${afterMs} ms:\n${run.output}`).toContain(now);
        outcomes.push(`${afterMs} ms: ${run.killed ? "killed" : "finished"}, ${now === incidents ? "before" : "after"}`);
        // The app works on the reopened folder.
        const caller = createCaller(createContext({ db: handle.db, session: sessionFor("viewer") }));
        expect((await caller.incidents.list({ limit: 1, offset: 0 })).total).toBe(now);
        incidents = now;
        await handle.close();
      }
      expect(outcomes.at(-1)).toMatch(/finished, after$/);
      console.log(`PGlite kill -9 during an import of ${ROWS} rows: ${outcomes.join("; ")}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
