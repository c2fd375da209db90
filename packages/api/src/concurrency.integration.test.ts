/**
 * Concurrent editors, 50 at a time, each from a session of their own: simultaneous edits of one record
 * version (exactly one wins per version, the rest get a conflict, the final state is the winner's, the
 * history has one entry per version), simultaneous status updates of one recommendation (one new
 * update, never two), and simultaneous imports (each batch lands whole or not at all, none interleave).
 * Runs on PGlite (one connection: the transactions queue) and on PostgreSQL (a pool: they really race).
 */
import { countAuditEntries, type DbHandle, importDataset } from "@monitor/db";
import { createTestDb, makeDataset } from "@monitor/db/testing";
import { suggestMapping, type UserView } from "@monitor/domain";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext, type Session } from "./context";
import { createCaller } from "./index";
import { createUser } from "./services/users";
import { sessionFor } from "./test-sessions";
import { policePostIncident } from "./testing/records";

const CLI = { userId: null, label: "cli:test" };
const clock = new Date("2026-03-10T09:00:00.000Z");
const SOURCE_TEXT = "In 2022 the group carried out an attack on a police post in Bajaur, killing five policemen.";
const N = 50;

let handle: DbHandle;
let data: ReturnType<typeof makeDataset>;
const editors: UserView[] = [];
const analysts: UserView[] = [];

beforeAll(async () => {
  handle = await createTestDb();
  data = makeDataset();
  await importDataset(handle.db, { ...data, sources: data.sources?.map((s) => ({ ...s, text: SOURCE_TEXT })) });
  for (let i = 0; i < 5; i++) {
    editors.push(
      await createUser(
        handle.db,
        CLI,
        { email: `editor${i}@example.org`, name: `Editor ${i}`, role: "editor", password: "a password for tests" },
        clock,
      ),
    );
    analysts.push(
      await createUser(
        handle.db,
        CLI,
        { email: `analyst${i}@example.org`, name: `Analyst ${i}`, role: "analyst", password: "a password for tests" },
        clock,
      ),
    );
  }
}, 180_000);
afterAll(async () => {
  await handle?.close();
});

/** Session `i` of 50: its own session id, one of five users of the role. */
function session(users: UserView[], i: number): Session {
  const u = users[i % users.length] as UserView;
  return { ...sessionFor(u.role, { id: u.id, email: u.email }), sessionId: `concurrent-session-${u.role}-${i}` };
}
const callerOf = (s: Session) => createCaller(createContext({ db: handle.db, session: s, now: () => clock }));

function split<T>(results: PromiseSettledResult<T>[]) {
  const ok = results.flatMap((r, i) => (r.status === "fulfilled" ? [{ i, value: r.value }] : []));
  const failed = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
  return { ok, failed, codes: failed.map((e) => (e instanceof TRPCError ? e.code : String(e))) };
}

describe(`${N} concurrent editors on ${process.env.TEST_DB_DRIVER ?? "pglite"}`, () => {
  it("edit one incident version at once: exactly one wins per version, the rest conflict, and the final state is the winner's", async () => {
    const base = policePostIncident(data.ids.source, { key: "concurrent/2022-05-10/police-post" });
    await callerOf(session(editors, 0)).records.save({ type: "incident", record: base, expectedVersion: null });
    for (let round = 1; round <= 3; round++) {
      const audit = await countAuditEntries(handle.db);
      const submitted = Array.from({ length: N }, (_, i) => ({
        ...base,
        title: `Attack on a police post (round ${round}, editor session ${i})`,
        killed: 100 * round + i,
      }));
      const results = await Promise.allSettled(
        submitted.map((record, i) => callerOf(session(editors, i)).records.save({ type: "incident", record, expectedVersion: round })),
      );
      const { ok, codes } = split(results);
      expect(ok).toHaveLength(1);
      expect(codes).toEqual(Array(N - 1).fill("CONFLICT"));
      const winner = ok[0] as { i: number; value: { version: number } };
      expect(winner.value.version).toBe(round + 1);
      const final = await callerOf(session(editors, 0)).records.get({ type: "incident", key: base.key });
      expect(final.version).toBe(round + 1);
      expect(final.record).toEqual(submitted[winner.i]);
      // One audit entry per version, none for the refused edits.
      expect(await countAuditEntries(handle.db)).toBe(audit + 1);
    }
    const { entries } = await callerOf(session(editors, 0)).records.history({ type: "incident", key: base.key });
    expect(entries).toHaveLength(4);
  });

  it("update one recommendation's status at once: one update is recorded, its status is the winner's", async () => {
    const key = data.recommendations?.[0]?.key as string;
    const before = await callerOf(session(analysts, 0)).recommendations.get({ key });
    const statuses = ["proposed", "under_consideration", "in_progress", "stalled", "rejected"] as const;
    const results = await Promise.allSettled(
      Array.from({ length: N }, (_, i) =>
        callerOf(session(analysts, i)).recommendations.recordUpdate({
          key,
          expectedVersion: before.version,
          to: statuses[i % statuses.length] as (typeof statuses)[number],
          date: "2026-03-01",
          note: `Assessment from session ${i}`,
          evidence: [{ kind: "link", url: `https://example.org/assessment/${i}`, title: `Assessment ${i}`, date: "2026-03-01" }],
          assessor: "analyst",
          assessorName: null,
          province: null,
        }),
      ),
    );
    const { ok, codes } = split(results);
    expect(ok).toHaveLength(1);
    expect(codes).toEqual(Array(N - 1).fill("CONFLICT"));
    const winner = ok[0]?.i as number;
    const after = await callerOf(session(analysts, 0)).recommendations.get({ key });
    expect(after.version).toBe(before.version + 1);
    expect(after.updates).toHaveLength(before.updates.length + 1);
    expect(after.status).toBe(statuses[winner % statuses.length]);
    expect(after.updates.at(-1)?.note).toBe(`Assessment from session ${winner}`);
  });

  it("run imports at once: each batch lands whole or not at all, and none interleave", async () => {
    const headers = ["event_date", "admin1", "admin2", "location", "actor1", "sub_event_type", "fatalities", "injuries", "notes"];
    const { mapping } = suggestMapping("incidents", headers);
    const count = async () => (await callerOf(session(editors, 0)).incidents.list({ limit: 1, offset: 0 })).total;
    const before = await count();
    const audit = await countAuditEntries(handle.db);
    // 50 editors' sessions each stage a batch of 3 rows, all at once.
    const staged = await Promise.all(
      Array.from({ length: N }, async (_, b) => {
        const editor = callerOf(session(editors, b));
        const { batchId } = await editor.imports.start({
          fileName: `batch-${b}.csv`,
          mapping: { kind: "incidents", mapping } as never,
          options: { defaultSource: { source: data.ids.source, locator: "Imported table" }, dateOrder: "day-first" },
        });
        const rows = [1, 2, 3].map((r) => ({
          event_date: `2021-0${(b % 9) + 1}-1${r}`,
          admin1: "Khyber Pakhtunkhwa",
          admin2: ["Bajaur", "Khyber", "Peshawar"][r - 1] as string,
          location: `Place ${b}-${r}`,
          actor1: "",
          sub_event_type: "Armed clash",
          fatalities: String(b),
          injuries: String(r),
          notes: `concurrent batch ${b} row ${r}`,
        }));
        const checked = await editor.imports.check({ batchId, firstRowNumber: 2, rows });
        expect(checked.every((c) => c.ok)).toBe(true);
        return { b, batchId, editor };
      }),
    );
    // All commit at once; every fifth claims the wrong row count, so it must be refused whole.
    const results = await Promise.allSettled(
      staged.map(({ b, batchId, editor }) => editor.imports.commit({ batchId, expectedRows: b % 5 === 0 ? 4 : 3 })),
    );
    const { ok, codes } = split(results);
    expect(ok).toHaveLength(40);
    expect(codes).toHaveLength(10);
    expect(codes.every((c) => c === "CONFLICT" || c === "BAD_REQUEST")).toBe(true);
    for (const { value } of ok) expect(value).toMatchObject({ imported: 3 });
    expect(await count()).toBe(before + 40 * 3);
    // One audit entry per record and one per import, nothing for the refused ones.
    expect(await countAuditEntries(handle.db)).toBe(audit + 40 * 4);
    const caller = callerOf(session(editors, 0));
    for (const { b } of staged) {
      const { total } = await caller.incidents.list({ limit: 1, offset: 0, search: `concurrent batch ${b} row` });
      expect([b, total]).toEqual([b, b % 5 === 0 ? 0 : 3]);
    }
  });
});
