import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createDb, type DbHandle } from "@monitor/db";
import { type CuttableProxy, canConnect, startProxy } from "@monitor/db/testing";
import { type APIRequestContext, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { E2E_OUTPUT } from "../e2e-users";

/**
 * Issue #11: the database becomes unreachable while the production server (`next start`, on PostgreSQL
 * through DATABASE_URL) is serving. A TCP proxy sits between the server's pool and PostgreSQL; cutting it
 * destroys every connection and refuses new ones, restoring it lets them through again. While it is cut,
 * every request fails with "The data store is unavailable. Try again in a moment." (HTTP 503), pages show
 * an error without internals, and the server process keeps running; once it is restored the same process
 * answers again within seconds, and no write attempted during the outage has left anything behind.
 *
 * Needs a PostgreSQL server at TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432): skipped
 * when there is none, a failure when REQUIRE_POSTGRES=1 (CI). It creates (and drops) its own database.
 * Ports: the server on E2E_OUTAGE_PORT (default E2E_PORT + 1), the proxy on E2E_OUTAGE_PROXY_PORT
 * (default E2E_PORT + 2).
 */

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const basePort = Number(process.env.E2E_PORT ?? 3410);
const serverPort = Number(process.env.E2E_OUTAGE_PORT ?? basePort + 1);
const proxyPort = Number(process.env.E2E_OUTAGE_PROXY_PORT ?? basePort + 2);
const baseURL = `http://127.0.0.1:${serverPort}`;
const DB_NAME = process.env.E2E_OUTAGE_DB ?? "e2e_outage";
const UNAVAILABLE = "The data store is unavailable. Try again in a moment.";
const ADMIN = { email: "admin@outage.test", password: "admin-password-outage", role: "admin" } as const;
/** What an error page or answer must never show: stack frames, driver errors, SQL. */
const INTERNALS = /node_modules|\bat [\w.<>]+ \(|ECONN|Connection terminated|pg-pool|\bselect\b.+\bfrom\b|\binsert into\b/i;

const serverUrl = new URL(process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
const pgHost = serverUrl.hostname;
const pgPort = Number(serverUrl.port || 5432);
const urlFor = (database: string, port = pgPort, host = pgHost) => {
  const u = new URL(serverUrl);
  u.hostname = host;
  u.port = String(port);
  u.pathname = `/${database}`;
  return u.toString();
};

/** Runs a command to completion (stdin from `input`), resolving with its output, rejecting on a non-zero exit. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["pipe", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (c: Buffer) => {
      output += c.toString();
    });
    child.stderr.on("data", (c: Buffer) => {
      output += c.toString();
    });
    child.on("error", fail);
    child.on("exit", (code) => (code === 0 ? done(output) : fail(new Error(`${command} ${args.join(" ")} exited ${code}:\n${output}`))));
    child.stdin.end(input ?? "");
  });
}

/** The environment for the commands and the server: this run's database, never the developer's PGlite folder. */
function envWith(databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", ...extra };
  delete env.PGLITE_DATA_DIR;
  return env;
}

interface Answer {
  status: number;
  message?: string;
  code?: string;
  data?: unknown;
}

/** A tRPC answer, success or error, in either shape (the adapter's, or the route's own batch-style one). */
async function answerOf(res: Awaited<ReturnType<APIRequestContext["get"]>>): Promise<Answer> {
  const text = await res.text();
  expect(text, "a tRPC answer must not carry internals").not.toMatch(INTERNALS);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { status: res.status(), message: text.slice(0, 200) };
  }
  const one = (Array.isArray(body) ? body[0] : body) as {
    result?: { data?: { json?: unknown } };
    error?: { json?: { message?: string; data?: { code?: string } }; message?: string; data?: { code?: string } };
  };
  if (one?.error) {
    const e = one.error.json ?? one.error;
    return { status: res.status(), message: e.message, code: e.data?.code };
  }
  return { status: res.status(), data: one?.result?.data?.json };
}

const query = async (req: APIRequestContext, path: string, input: unknown) =>
  answerOf(await req.get(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`));
const mutate = async (req: APIRequestContext, path: string, input: unknown) =>
  answerOf(await req.post(`/api/trpc/${path}`, { data: { json: input }, headers: { origin: baseURL } }));

/** Rows this run's mutation may have written: the user, their password account, the audit entry. */
async function rowsFor(db: DbHandle["db"], email: string) {
  const count = async (sql: string) => Number(((await db.execute(sql)) as unknown as { rows: { n: string | number }[] }).rows[0]?.n);
  const quoted = `'${email.replace(/'/g, "''")}'`;
  return {
    users: await count(`select count(*) as n from users where email = ${quoted}`),
    accounts: await count(`select count(*) as n from accounts a join users u on u.id = a.user_id where u.email = ${quoted}`),
    audit: await count(`select count(*) as n from audit_log where action = 'user.create' and entity_label = ${quoted}`),
  };
}

let admin: DbHandle | undefined;
let direct: DbHandle | undefined;
let proxy: CuttableProxy | undefined;
let server: ChildProcess | undefined;
let serverLog = "";
let context: BrowserContext | undefined;
let page: Page;
let req: APIRequestContext;
const numbers: string[] = [];

async function health(): Promise<{ status: number; body: string }> {
  try {
    const res = await fetch(`${baseURL}/api/health`, { signal: AbortSignal.timeout(10_000) });
    return { status: res.status, body: await res.text() };
  } catch (e) {
    return { status: 0, body: String(e) };
  }
}

/** Polls /api/health until it answers 200; returns how long that took. */
async function waitHealthy(limitMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (server?.exitCode !== null && server?.exitCode !== undefined)
      throw new Error(`The server exited (${server.exitCode}):\n${serverLog}`);
    if ((await health()).status === 200) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`/api/health did not answer 200 within ${limitMs} ms:\n${serverLog.slice(-4000)}`);
}

/**
 * Lines of the server's output that show `secret` (the session token): in the app's structured log and
 * Next's error output (`app`), and inside Better Auth's own error blocks ("[Better Auth]: …" up to the
 * closing brace; its logger redacts query parameters, packages/api/src/redact.ts). Both must be none.
 */
function linesShowing(output: string, secret: string): { app: string[]; betterAuth: number } {
  const app: string[] = [];
  let betterAuth = 0;
  let inBetterAuth = false;
  for (const line of output.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g"), "").split("\n")) {
    if (line.includes("[Better Auth]")) inBetterAuth = true;
    if (line.includes(secret)) {
      if (inBetterAuth) betterAuth++;
      else app.push(line.slice(0, 300));
    }
    if (line.startsWith("}")) inBetterAuth = false;
  }
  return { app, betterAuth };
}

function expectServerAlive() {
  expect(server?.pid).toBeTruthy();
  expect(server?.exitCode, "the server process must still be running").toBeNull();
  expect(() => process.kill(server?.pid as number, 0), "the server's pid must still exist").not.toThrow();
  expect(serverLog, "no crash in the server's output").not.toMatch(
    /uncaughtException|unhandledRejection|Unhandled|FATAL|\[api\] unexpected error/i,
  );
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  if (!(await canConnect(pgHost, pgPort))) {
    const reason = `No PostgreSQL server at ${pgHost}:${pgPort} (set TEST_DATABASE_URL to run the database-outage test).`;
    if (process.env.REQUIRE_POSTGRES === "1") throw new Error(`${reason} REQUIRE_POSTGRES=1 makes this a failure.`);
    test.skip(true, reason);
    return;
  }
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(pgHost))
    throw new Error(`Refusing to create a database on non-local host ${pgHost}.`);

  // A fresh database, migrated and seeded by the commands a deployment uses, with one admin.
  admin = await createDb({ url: urlFor("postgres"), migrate: false, poolSize: 1 });
  await admin.db.execute(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
  await admin.db.execute(`CREATE DATABASE "${DB_NAME}"`);
  const directUrl = urlFor(DB_NAME);
  await run("pnpm", ["--dir", root, "db:seed"], envWith(directUrl));
  await run(
    "pnpm",
    ["--silent", "--dir", root, "user:create", "--email", ADMIN.email, "--role", ADMIN.role, "--password-stdin"],
    envWith(directUrl),
    ADMIN.password,
  );
  direct = await createDb({ url: directUrl, migrate: false, poolSize: 1 });

  // The proxy, then the production server behind it, in its own process group.
  proxy = await startProxy({ host: pgHost, port: pgPort }, { host: "127.0.0.1", port: proxyPort });
  server = spawn(process.execPath, [join(root, "apps", "web", "scripts", "start.mjs")], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: envWith(urlFor(DB_NAME, proxy.port, "127.0.0.1"), { PORT: String(serverPort) }),
  });
  for (const stream of [server.stdout, server.stderr]) {
    stream?.on("data", (c: Buffer) => {
      serverLog += c.toString();
    });
  }
  await waitHealthy(120_000);

  // Signed in through the real sign-in page; the context's request shares its cookies.
  context = await browser.newContext({ baseURL });
  page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  req = context.request;
});

test.afterAll(async () => {
  await context?.close().catch(() => undefined);
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise<void>((r) => server?.once("exit", () => r()));
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {}
    const timer = setTimeout(() => {
      try {
        if (server?.pid) process.kill(-server.pid, "SIGKILL");
      } catch {}
    }, 5000);
    await exited;
    clearTimeout(timer);
  }
  await proxy?.close();
  await direct?.close().catch(() => undefined);
  if (admin) {
    await admin.db.execute(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`).catch(() => undefined);
    await admin.close().catch(() => undefined);
  }
  const out = resolve(here, "..", E2E_OUTPUT);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "db-outage-server.log"), serverLog);
  if (numbers.length) console.log(`Database outage (PostgreSQL, next start):\n  ${numbers.join("\n  ")}`);
});

test("while PostgreSQL is unreachable, requests fail with 'data store unavailable'; the same server recovers and nothing partial is written", async () => {
  test.setTimeout(180_000);
  const email = "outage-between@outage.test";
  const newUser = { email, name: "Written During Outage", role: "viewer", password: "a password for the outage test" };
  const statuses: Record<string, number[]> = {};
  const seen = (what: string, status: number) => {
    statuses[what] = [...(statuses[what] ?? []), status];
  };

  await test.step("up: a page, the health check and tRPC queries work", async () => {
    expect((await health()).status).toBe(200);
    const res = await page.goto("/groups");
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const groups = await query(req, "groups.list", {});
    expect(groups.status).toBe(200);
    expect(groups.data).toBeTruthy();
    const incidents = await query(req, "incidents.list", { limit: 1, offset: 0 });
    expect(incidents.status).toBe(200);
    expect((incidents.data as { total: number }).total).toBeGreaterThan(0);
    expect(await rowsFor(direct?.db as DbHandle["db"], email)).toEqual({ users: 0, accounts: 0, audit: 0 });
  });

  await test.step("down: health 503, queries and a mutation 503 with the clear message, pages without internals", async () => {
    proxy?.cut();
    for (let round = 0; round < 3; round++) {
      const h = await health();
      seen("health", h.status);
      expect(h.status).toBe(503);
      expect(JSON.parse(h.body)).toEqual({ ok: false, message: "The data store is unavailable." });

      for (const [path, input] of [
        ["groups.list", {}],
        ["incidents.list", { limit: 1, offset: 0 }],
      ] as const) {
        const a = await query(req, path, input);
        seen(path, a.status);
        expect(a).toMatchObject({ status: 503, code: "SERVICE_UNAVAILABLE", message: UNAVAILABLE });
      }

      const m = await mutate(req, "users.create", newUser);
      seen("users.create", m.status);
      expect(m).toMatchObject({ status: 503, code: "SERVICE_UNAVAILABLE", message: UNAVAILABLE });
    }

    const res = await page.goto("/groups");
    seen("page /groups", res?.status() ?? 0);
    // What a person sees (the accessible text), not the page's scripts.
    const text = await page.locator("body").ariaSnapshot();
    numbers.push(`page during the outage: HTTP ${res?.status()}, shows "${text.replace(/\s+/g, " ").trim().slice(0, 160)}"`);
    expect(res?.status() ?? 0).toBeGreaterThanOrEqual(500);
    expect(text).toMatch(/unavailable|error|could not be loaded|try again/i);
    expect(text).not.toMatch(INTERNALS);
    expect(await res?.text()).not.toMatch(INTERNALS);
  });

  await test.step("the server process is still running, with no crash and no session token in its output", async () => {
    expectServerAlive();
    const cookie = (await context?.cookies())?.find((c) => c.name.endsWith("session_token"));
    const token = decodeURIComponent(cookie?.value ?? "").split(".")[0] ?? "";
    expect(token.length).toBeGreaterThan(16);
    const shown = linesShowing(serverLog, token);
    expect(shown.app, "the app's own log must not show the session token").toEqual([]);
    expect(shown.betterAuth, "Better Auth's own log lines must not show the session token").toBe(0);
  });

  let recoveredMs = 0;
  await test.step("restored: the same process answers again within seconds", async () => {
    proxy?.restore();
    recoveredMs = await waitHealthy(15_000);
    expect(recoveredMs).toBeLessThan(5_000);
    const groups = await query(req, "groups.list", {});
    expect(groups.status).toBe(200);
    expect((await query(req, "incidents.list", { limit: 1, offset: 0 })).status).toBe(200);
    const res = await page.goto("/groups");
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expectServerAlive();
  });

  await test.step("nothing partial: the failed mutation left no row; retried, it lands once", async () => {
    expect(await rowsFor(direct?.db as DbHandle["db"], email)).toEqual({ users: 0, accounts: 0, audit: 0 });
    const retried = await mutate(req, "users.create", newUser);
    expect(retried.status).toBe(200);
    expect(retried.data).toMatchObject({ email, role: "viewer" });
    expect(await rowsFor(direct?.db as DbHandle["db"], email)).toEqual({ users: 1, accounts: 1, audit: 1 });
    // A second try is refused (the first landed), and still one of each.
    const again = await mutate(req, "users.create", newUser);
    expect(again.status).toBe(400);
    expect(await rowsFor(direct?.db as DbHandle["db"], email)).toEqual({ users: 1, accounts: 1, audit: 1 });
    const listed = await query(req, "users.list", { q: email });
    expect((listed.data as { email: string }[]).filter((u) => u.email === email)).toHaveLength(1);
  });

  const { accepted, refused } = proxy?.stats() ?? { accepted: 0, refused: 0 };
  numbers.push(
    `cut between requests: ${Object.entries(statuses)
      .map(([k, v]) => `${k} ${v.join(",")}`)
      .join("; ")}`,
    `recovered (health 200) ${recoveredMs} ms after the proxy was restored; proxy connections so far: ${accepted} accepted, ${refused} refused`,
  );
});

test("PostgreSQL lost in the middle of a write transaction: 503, the transaction leaves nothing, the retry lands once", async () => {
  test.setTimeout(120_000);
  const email = "outage-mid-transaction@outage.test";
  const newUser = { email, name: "Cut Mid Transaction", role: "viewer", password: "a password for the outage test" };
  expect((await health()).status).toBe(200);

  // The proxy cuts every connection once PostgreSQL has run the INSERT into users (inside the
  // mutation's transaction, before the password account, the audit entry and COMMIT).
  const cutting = proxy?.cutAfterReplyTo(/insert into "users"/i);
  const started = Date.now();
  const interrupted = await mutate(req, "users.create", newUser);
  const failedMs = Date.now() - started;
  await cutting;
  expect(interrupted).toMatchObject({ status: 503, code: "SERVICE_UNAVAILABLE", message: UNAVAILABLE });
  const whileDown = await query(req, "groups.list", {});
  expect(whileDown).toMatchObject({ status: 503, message: UNAVAILABLE });
  expect((await health()).status).toBe(503);
  expectServerAlive();

  proxy?.restore();
  const recoveredMs = await waitHealthy(15_000);
  expect(recoveredMs).toBeLessThan(5_000);
  expect(await rowsFor(direct?.db as DbHandle["db"], email)).toEqual({ users: 0, accounts: 0, audit: 0 });

  const retried = await mutate(req, "users.create", newUser);
  expect(retried.status).toBe(200);
  expect(await rowsFor(direct?.db as DbHandle["db"], email)).toEqual({ users: 1, accounts: 1, audit: 1 });
  expectServerAlive();
  numbers.push(
    `cut mid-transaction: users.create ${interrupted.status} after ${failedMs} ms, groups.list ${whileDown.status} while down, ` +
      `recovered ${recoveredMs} ms after restore`,
  );
});
