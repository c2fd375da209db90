/**
 * The answer cache of the read procedures (answer-cache.ts) and the data version it trusts (migration
 * 0012). A repeated question is answered from the cache; any committed change (through the API, an
 * import, plain SQL, or another app instance) makes the next answer a fresh one; a rolled-back change,
 * sign-in bookkeeping and saved views do not. Roles never share answers, errors are never cached, and
 * cached answers cannot be changed by the code that receives them.
 */
import { type DbHandle, importDataset, readDataVersion } from "@monitor/db";
import { createTestDb, makeDataset } from "@monitor/db/testing";
import type { Role, UserView } from "@monitor/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnswerCache } from "./answer-cache";
import { createContext } from "./context";
import { createCaller } from "./index";
import { createUser } from "./services/users";
import { sessionFor } from "./test-sessions";
import { policePostIncident } from "./testing/records";

const CLI = { userId: null, label: "cli:test" };
const clock = new Date("2026-03-10T09:00:00.000Z");
const SOURCE_TEXT = "In 2022 the group carried out an attack on a police post in Bajaur, killing five policemen.";

/** The public tables a change to which does not move the data version (migration 0012 says why). */
const NOT_VERSIONED = [
  "accounts",
  "app_settings",
  "audit_log",
  "import_batches",
  "import_rows",
  "rate_limits",
  "saved_views",
  "sessions",
  "sign_in_attempts",
  "verifications",
];

let handle: DbHandle;
let data: ReturnType<typeof makeDataset>;
let editor: UserView;

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

function api(cache: AnswerCache | undefined, role: Role, user?: UserView) {
  return createCaller(
    createContext({
      db: handle.db,
      session: sessionFor(role, user ? { id: user.id, email: user.email } : {}),
      now: () => clock,
      answers: cache,
    }),
  );
}

const SERIES = { filter: { country: "PK" as const }, granularity: "year" as const };
const KILLED = { ...SERIES, measure: "killed" as const };
const total = (series: { points: { value: number }[] }) => series.points.reduce((n, p) => n + p.value, 0);

beforeAll(async () => {
  handle = await createTestDb();
  data = makeDataset();
  await importDataset(handle.db, { ...data, sources: data.sources?.map((s) => ({ ...s, text: SOURCE_TEXT })) });
  editor = await createUser(
    handle.db,
    CLI,
    { email: "editor@example.org", name: "Editor", role: "editor", password: "a password for tests" },
    clock,
  );
}, 120_000);
afterAll(async () => {
  await handle?.close();
});

describe("answer cache", () => {
  it("answers a repeated question from the cache, with the same answer", async () => {
    const cache = new AnswerCache();
    const first = await api(cache, "analyst").incidents.series(SERIES);
    const second = await api(cache, "analyst").incidents.series(SERIES);
    expect(second).toBe(first);
    expect(second).toEqual(await api(undefined, "analyst").incidents.series(SERIES));
    expect(cache.stats(handle.db)).toMatchObject({ hits: 1, misses: 1, entries: 1 });
    // Key order of the input does not matter.
    await api(cache, "analyst").incidents.series({ granularity: "year", filter: { country: "PK" } });
    expect(cache.stats().hits).toBe(2);
  });

  it("answers afresh after a change through the API, and again after plain SQL", async () => {
    const cache = new AnswerCache();
    const before = total(await api(cache, "analyst").incidents.series(SERIES));
    await api(undefined, "editor", editor).records.save({
      type: "incident",
      record: policePostIncident(data.ids.source, { key: "cache/2022-05-10/police-post" }),
      expectedVersion: null,
    });
    const afterSave = await api(cache, "analyst").incidents.series(SERIES);
    expect(total(afterSave)).toBe(before + 1);

    const killedBefore = total(await api(cache, "analyst").incidents.series(KILLED));
    await handle.db.execute(sql`update incidents set killed = killed + 1 where key = 'cache/2022-05-10/police-post'`);
    expect(total(await api(cache, "analyst").incidents.series(KILLED))).toBe(killedBefore + 1);
    expect(cache.stats().misses).toBe(4);
  });

  it("reads the data version once per request: a change committed mid-request shows from the next request", async () => {
    const cache = new AnswerCache();
    const request = api(cache, "analyst");
    const before = await request.incidents.series(KILLED);
    await handle.db.execute(sql`update incidents set killed = killed + 1 where key = 'cache/2022-05-10/police-post'`);
    // The same request (one context, as one HTTP batch or one page render) keeps the version it read.
    expect(await request.incidents.series(KILLED)).toBe(before);
    expect(total(await api(cache, "analyst").incidents.series(KILLED))).toBe(total(before) + 1);
  });

  it("keeps two app instances right: a change made through one is seen by the other at once", async () => {
    const a = new AnswerCache();
    const b = new AnswerCache();
    const listA = await api(a, "analyst").groups.list({});
    await api(b, "analyst").groups.list({});
    const group = listA.find((g) => g.slug === data.ids.groupA);
    expect(group).toBeDefined();
    await handle.db.execute(sql`update groups set name = name || ' (renamed)' where slug = ${data.ids.groupA}`);
    for (const cache of [a, b]) {
      const list = await api(cache, "analyst").groups.list({});
      expect(list.find((g) => g.slug === data.ids.groupA)?.name).toBe(`${group?.name} (renamed)`);
    }
  });

  it("stays valid when a change is rolled back, a user signs in, or a view is saved", async () => {
    const cache = new AnswerCache();
    await api(cache, "analyst").incidents.series(SERIES);
    const version = await readDataVersion(handle.db);
    // A refused save (a version conflict) rolls back: nothing changed.
    await expect(
      api(undefined, "editor", editor).records.save({
        type: "incident",
        record: policePostIncident(data.ids.source, { key: "cache/2022-05-10/police-post", killed: 99 }),
        expectedVersion: 42,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await handle.db.execute(sql`update users set last_sign_in_at = now() where id = ${editor.id}`);
    await api(undefined, "analyst", editor).dashboard.saveView({ name: "KP", path: "/", query: "province=PK-KP" });
    expect(await readDataVersion(handle.db)).toBe(version);
    await api(cache, "analyst").incidents.series(SERIES);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1 });
  });

  it("never shares an answer between roles, and never caches an error", async () => {
    const cache = new AnswerCache();
    await api(cache, "analyst").incidents.series(SERIES);
    await api(cache, "viewer").incidents.series(SERIES);
    expect(cache.stats(handle.db)).toMatchObject({ hits: 0, misses: 2, entries: 2 });
    for (let i = 0; i < 2; i++)
      await expect(api(cache, "analyst").groups.get({ slug: "no-such-group" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(cache.stats(handle.db)).toMatchObject({ hits: 0, misses: 4, entries: 2 });
  });

  it("hands out frozen answers: changing one throws instead of changing the next caller's", async () => {
    const cache = new AnswerCache();
    const list = await api(cache, "analyst").groups.list({});
    expect(() => (list as unknown as unknown[]).sort()).toThrow(TypeError);
    expect(() => {
      (list[0] as { name: string }).name = "changed";
    }).toThrow(TypeError);
    expect((await api(cache, "analyst").groups.list({}))[0]?.name).not.toBe("changed");
  });

  it("keeps within its memory bound, least recently used first", async () => {
    const cache = new AnswerCache({ maxBytes: 20_000 });
    for (const year of [2019, 2020, 2021, 2022, 2023]) {
      await api(cache, "analyst").incidents.list({ from: `${year}-01-01`, to: `${year}-12-31`, limit: 50, offset: 0 });
      await api(cache, "analyst").groups.list({});
    }
    expect(cache.stats(handle.db).bytes).toBeLessThanOrEqual(20_000);
    expect(cache.stats(handle.db).entries).toBeGreaterThan(0);
  });
});

describe("data version", () => {
  it("moves on with a change to every data table, and with none of the bookkeeping tables", async () => {
    const tables = rowsOf<{ table_name: string }>(
      await handle.db.execute(
        sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like '\\_\\_drizzle%'`,
      ),
    ).map((r) => r.table_name);
    const triggered = new Set(
      rowsOf<{ table_name: string }>(
        await handle.db.execute(
          sql`select distinct c.relname as table_name from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and t.tgname = 'data_version_bump'`,
        ),
      ).map((r) => r.table_name),
    );
    // A new table must be versioned (a trigger in its migration) or listed here on purpose.
    const unaccounted = tables.filter((t) => !triggered.has(t) && !NOT_VERSIONED.includes(t));
    expect(unaccounted).toEqual([]);
    expect([...triggered].filter((t) => NOT_VERSIONED.includes(t))).toEqual([]);
    expect(triggered.size).toBeGreaterThanOrEqual(20);
  });

  it("moves on exactly when a change commits, and stays put when it rolls back", async () => {
    const before = await readDataVersion(handle.db);
    await handle.db
      .transaction(async (tx) => {
        await tx.execute(sql`update sources set title = title where true`);
        throw new Error("roll back");
      })
      .catch(() => undefined);
    expect(await readDataVersion(handle.db)).toBe(before);
    await handle.db.execute(sql`update sources set title = title where true`);
    expect(await readDataVersion(handle.db)).toBeGreaterThan(before);
  });
});
