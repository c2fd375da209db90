/**
 * Data entry through the records procedures: create and edit against a version (a stale edit is
 * refused and writes nothing), references and quotes checked, delete to the trash and restore, the
 * duplicate-incident rule with editors' decisions and merge, history and "changed since". Runs on
 * PGlite and on PostgreSQL.
 */
import { countAuditEntries, type DbHandle, importDataset } from "@monitor/db";
import { createTestDb, makeDataset } from "@monitor/db/testing";
import type { Incident, Role, UserView } from "@monitor/domain";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "./context";
import { createCaller } from "./index";
import { createUser } from "./services/users";
import { sessionFor, trpcErrorOf } from "./test-sessions";
import { policePostIncident } from "./testing/records";

const CLI = { userId: null, label: "cli:test" };
const clock = new Date("2026-03-10T09:00:00.000Z");
const SOURCE_TEXT = "In 2022 the group carried out an attack on a police post in Bajaur, killing five policemen.";
let handle: DbHandle;
let ids: { source: string; groupA: string; groupB: string };
const users: Partial<Record<Role | "editor2", UserView>> = {};

beforeAll(async () => {
  handle = await createTestDb();
  const data = makeDataset();
  ids = data.ids;
  // The source holds its text, so quotes are checked against it.
  await importDataset(handle.db, { ...data, sources: data.sources?.map((s) => ({ ...s, text: SOURCE_TEXT })) });
  for (const role of ["viewer", "editor", "editor2"] as const) {
    users[role] = await createUser(
      handle.db,
      CLI,
      { email: `${role}@example.org`, name: `Name ${role}`, role: role === "editor2" ? "editor" : role, password: "a password for tests" },
      clock,
    );
  }
}, 120_000);
afterAll(async () => {
  await handle?.close();
});

const as = (who: keyof typeof users) => {
  const u = users[who] as UserView;
  return createCaller(createContext({ db: handle.db, session: sessionFor(u.role, { id: u.id, email: u.email }), now: () => clock }));
};

const errorOf = trpcErrorOf;
const issuesOf = (e: TRPCError) => (e.cause as { issues?: { path: (string | number)[]; message: string }[] } | undefined)?.issues ?? [];

let n = 0;
function incident(overrides: Partial<Incident> = {}): Incident {
  n++;
  return policePostIncident(ids.source, {
    key: `entry/2022-05-0${(n % 9) + 1}/police-post-${n}`,
    title: `Attack on a police post ${n}`,
    ...overrides,
  });
}

describe(`records on ${process.env.TEST_DB_DRIVER ?? "pglite"}`, () => {
  it("creates an incident at version 1, shows it everywhere, and starts its history", async () => {
    const rec = incident();
    const saved = await as("editor").records.save({ type: "incident", record: rec, expectedVersion: null });
    expect(saved).toMatchObject({ key: rec.key, version: 1, created: true });
    const got = await as("viewer").records.get({ type: "incident", key: rec.key });
    expect(got.version).toBe(1);
    expect(got.record).toMatchObject({ title: rec.title, killed: 5, citations: [{ source: ids.source }] });
    expect((await as("viewer").incidents.get({ key: rec.key })).title).toBe(rec.title);
    const { entries } = await as("viewer").records.history({ type: "incident", key: rec.key });
    expect(entries.map((e) => e.action)).toEqual(["incident.create"]);
    expect(entries[0]?.actorLabel).toBe("editor@example.org");
  });

  it("refuses a second record with the same key, on the key field", async () => {
    const rec = incident();
    await as("editor").records.save({ type: "incident", record: rec, expectedVersion: null });
    const err = await errorOf(as("editor").records.save({ type: "incident", record: { ...rec, title: "Other" }, expectedVersion: null }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(issuesOf(err)[0]?.path).toEqual(["key"]);
  });

  it("updates against the version seen, and refuses a stale edit with who changed what, writing nothing", async () => {
    const rec = incident();
    await as("editor").records.save({ type: "incident", record: rec, expectedVersion: null });
    const v2 = await as("editor").records.save({ type: "incident", record: { ...rec, killed: 7 }, expectedVersion: 1 });
    expect(v2.version).toBe(2);
    const before = await countAuditEntries(handle.db);
    const err = await errorOf(as("editor2").records.save({ type: "incident", record: { ...rec, killed: 9 }, expectedVersion: 1 }));
    expect(err.code).toBe("CONFLICT");
    expect(err.message).toMatch(/version 1, it is now version 2/);
    expect(err.message).toMatch(/editor@example\.org/);
    expect(err.message).toMatch(/killed/);
    expect(await countAuditEntries(handle.db)).toBe(before);
    expect((await as("viewer").records.get({ type: "incident", key: rec.key })).record).toMatchObject({ killed: 7 });
    const { entries } = await as("viewer").records.history({ type: "incident", key: rec.key });
    expect(entries[0]?.changes.map((c) => c.field)).toEqual(["killed"]);
    expect(entries[0]?.changes[0]).toMatchObject({ before: 5, after: 7 });
  });

  it("lets exactly one of many simultaneous edits of one version win", async () => {
    const rec = incident();
    await as("editor").records.save({ type: "incident", record: rec, expectedVersion: null });
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        as(i % 2 ? "editor" : "editor2").records.save({ type: "incident", record: { ...rec, killed: 10 + i }, expectedVersion: 1 }),
      ),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    const conflicts = results.filter((r) => r.status === "rejected" && (r.reason as TRPCError).code === "CONFLICT");
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(11);
    const final = await as("viewer").records.get({ type: "incident", key: rec.key });
    expect(final.version).toBe(2);
    const winner = (ok[0] as PromiseFulfilledResult<{ version: number }>).value;
    expect(winner.version).toBe(2);
    expect([...Array(12).keys()].map((i) => 10 + i)).toContain((final.record as Incident).killed);
  });

  it("refuses unknown groups, places outside their province and quotes not in the source, on their fields", async () => {
    const unknownGroup = await errorOf(
      as("editor").records.save({
        type: "incident",
        record: incident({ perpetrators: [{ group: "no-such-group", attribution: "claimed" }] }),
        expectedVersion: null,
      }),
    );
    expect(unknownGroup.code).toBe("BAD_REQUEST");
    expect(issuesOf(unknownGroup)[0]?.path).toEqual(["perpetrators", 0, "group"]);

    const badQuote = await errorOf(
      as("editor").records.save({
        type: "incident",
        record: incident({
          citations: [{ source: ids.source, locator: "p. 3", quote: "words the report never printed", originalProducer: null }],
        }),
        expectedVersion: null,
      }),
    );
    expect(badQuote.code).toBe("BAD_REQUEST");
    expect(issuesOf(badQuote)[0]?.path).toEqual(["citations", 0, "quote"]);

    const check = await as("viewer").records.checkQuote({ source: ids.source, quote: "killing five  policemen" });
    expect(check).toMatchObject({ held: true, found: true });
    expect((await as("viewer").records.checkQuote({ source: ids.source, quote: "nothing like it" })).found).toBe(false);
  });

  it("refuses bad input at the boundary: negative casualties, a missing citation", async () => {
    const err = await errorOf(
      as("editor").records.save({ type: "incident", record: { ...incident(), killed: -3 }, expectedVersion: null }),
    );
    expect(err.code).toBe("BAD_REQUEST");
    const noCite = await errorOf(
      as("editor").records.save({ type: "incident", record: { ...incident(), citations: [] }, expectedVersion: null }),
    );
    expect(noCite.code).toBe("BAD_REQUEST");
  });

  it("deletes to the trash (gone from every view) and restores under the same key and the next version", async () => {
    const rec = incident();
    await as("editor").records.save({ type: "incident", record: rec, expectedVersion: null });
    await as("editor").records.delete({ type: "incident", key: rec.key, expectedVersion: 1, reason: "entered twice" });
    expect((await errorOf(as("viewer").incidents.get({ key: rec.key }))).code).toBe("NOT_FOUND");
    const deleted = await as("viewer").records.get({ type: "incident", key: rec.key });
    expect(deleted.record).toBeNull();
    expect(deleted.deleted).toMatchObject({ label: rec.title, reason: "entered twice", deletedBy: "editor@example.org" });
    const trash = await as("editor").records.trash({ type: "incident" });
    expect(trash.items.map((t) => t.key)).toContain(rec.key);
    // A new record cannot take a deleted record's key.
    expect((await errorOf(as("editor").records.save({ type: "incident", record: rec, expectedVersion: null }))).code).toBe("BAD_REQUEST");

    const restored = await as("editor").records.restore({ type: "incident", key: rec.key });
    expect(restored.version).toBe(2);
    const back = await as("viewer").records.get({ type: "incident", key: rec.key });
    expect(back.record).toMatchObject({ title: rec.title, citations: rec.citations.map(({ originalProducer: _o, ...c }) => c) });
    expect((await as("editor").records.trash({ type: "incident" })).items.map((t) => t.key)).not.toContain(rec.key);
    const { entries } = await as("viewer").records.history({ type: "incident", key: rec.key });
    expect(entries.map((e) => e.action)).toEqual(["incident.restore", "incident.delete", "incident.create"]);
    // The restored record is edited from its new version.
    expect((await as("editor").records.save({ type: "incident", record: { ...rec, killed: 6 }, expectedVersion: 2 })).version).toBe(3);
  });

  it("refuses to delete a group other records name, and deletes nothing", async () => {
    const group = await as("viewer").records.get({ type: "group", key: ids.groupA });
    const err = await errorOf(
      as("editor").records.delete({ type: "group", key: ids.groupA, expectedVersion: group.version as number, reason: null }),
    );
    expect(err.code).toBe("CONFLICT");
    expect(err.message).toMatch(/relationships|figures|incidents/);
    expect((await as("viewer").records.get({ type: "group", key: ids.groupA })).record).not.toBeNull();
  });

  it("flags a likely duplicate incident before saving and takes the editor's decision", async () => {
    const held = incident({ date: "2022-06-01", perpetrators: [{ group: ids.groupA, attribution: "claimed" }] });
    await as("editor").records.save({ type: "incident", record: held, expectedVersion: null });
    const second = incident({ date: "2022-06-02", perpetrators: [{ group: ids.groupA, attribution: "attributed" }] });
    const found = await as("editor").records.incidentDuplicates({ record: second });
    expect(found.map((d) => d.key)).toEqual([held.key]);
    expect(found[0]?.record).toMatchObject({ title: held.title });

    const refused = await errorOf(as("editor").records.save({ type: "incident", record: second, expectedVersion: null }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(issuesOf(refused)[0]?.path).toEqual(["duplicates"]);
    expect((await errorOf(as("viewer").incidents.get({ key: second.key }))).code).toBe("NOT_FOUND");

    await as("editor").records.save({
      type: "incident",
      record: second,
      expectedVersion: null,
      duplicates: [{ key: held.key, decision: "link" }],
    });
    const links = await as("viewer").records.get({ type: "incident", key: held.key });
    expect(links.links).toMatchObject([{ key: second.key, kind: "same_event" }]);
    // A decided pair is not flagged again.
    expect(await as("editor").records.incidentDuplicates({ record: { ...second, killed: 4 } })).toEqual([]);
  });

  it("merges a new report into the incident held: its citations and groups are added, its figures kept", async () => {
    const held = incident({ date: "2022-07-01", killed: 3, perpetrators: [{ group: ids.groupA, attribution: "claimed" }] });
    await as("editor").records.save({ type: "incident", record: held, expectedVersion: null });
    const report = incident({
      date: "2022-07-01",
      killed: 5,
      injured: 8,
      perpetrators: [
        { group: ids.groupA, attribution: "suspected" },
        { group: ids.groupB, attribution: "suspected" },
      ],
      citations: [{ source: ids.source, locator: "p. 9", quote: "killing five policemen", originalProducer: null }],
    });
    const merged = await as("editor").records.mergeIncident({ record: report, into: held.key, expectedVersion: 1 });
    expect(merged.version).toBe(2);
    const got = (await as("viewer").records.get({ type: "incident", key: held.key })).record as Incident;
    expect(got.killed).toBe(3);
    expect(got.injured).toBe(8);
    expect(got.perpetrators).toEqual([
      { group: ids.groupA, attribution: "claimed" },
      { group: ids.groupB, attribution: "suspected" },
    ]);
    expect(got.citations.map((c) => c.quote)).toEqual(["an attack on a police post in Bajaur", "killing five policemen"]);
    expect((await errorOf(as("viewer").incidents.get({ key: report.key }))).code).toBe("NOT_FOUND");
  });

  it("edits every record type: a figure, an event, a source (keeping its text), a group with children, a relationship, a recommendation", async () => {
    const editor = as("editor");
    const stat = await editor.records.get({
      type: "statistic",
      key: (await as("viewer").statistics.list({ limit: 1, offset: 0 })).items[0]?.key ?? "",
    });
    const s = stat.record as { key: string; value: number };
    expect(
      (
        await editor.records.save({
          type: "statistic",
          record: { ...(stat.record as object), value: s.value + 1 } as never,
          expectedVersion: stat.version,
        })
      ).version,
    ).toBe((stat.version as number) + 1);

    const event = {
      key: `entry/event-${Date.now()}`,
      date: "2021-08-15",
      datePrecision: "day" as const,
      title: "Kabul falls",
      description: null,
      kind: "political" as const,
      marker: true,
      citations: [{ source: ids.source, locator: "p. 1", quote: "In 2022 the group carried out an attack" }],
    };
    await editor.records.save({ type: "event", record: event, expectedVersion: null });
    expect((await as("viewer").events.list({})).map((e) => e.key)).toContain(event.key);

    const src = await editor.records.get({ type: "source", key: ids.source });
    await editor.records.save({
      type: "source",
      record: { ...(src.record as object), notes: "Checked by the editor." } as never,
      expectedVersion: src.version,
    });
    expect((await as("viewer").records.checkQuote({ source: ids.source, quote: "killing five policemen" })).found).toBe(true);

    const g = await editor.records.get({ type: "group", key: ids.groupB });
    const group = g.record as { leaders: unknown[]; strength: unknown[] };
    await editor.records.save({
      type: "group",
      record: {
        ...(g.record as object),
        leaders: [
          {
            key: `leader-${Date.now()}`,
            name: "A. Leader",
            role: "Emir",
            start: { date: "2019-01-01", precision: "year" },
            end: null,
            citations: [{ source: ids.source, locator: "p. 2", quote: "the group carried out an attack" }],
          },
        ],
        strength: group.strength,
      } as never,
      expectedVersion: g.version,
    });
    const profile = await as("viewer").groups.get({ slug: ids.groupB });
    expect(profile.leaders.map((l) => l.name)).toEqual(["A. Leader"]);

    const rel = {
      key: `rel/entry-${Date.now()}`,
      from: ids.groupB,
      to: ids.groupA,
      type: "alliance" as const,
      start: null,
      end: null,
      description: "They cooperate.",
      citations: [{ source: ids.source, locator: "p. 4", quote: "carried out an attack on a police post" }],
    };
    await editor.records.save({ type: "relationship", record: rel, expectedVersion: null });
    const selfTie = await errorOf(
      editor.records.save({ type: "relationship", record: { ...rel, key: `${rel.key}-x`, to: ids.groupB }, expectedVersion: null }),
    );
    expect(selfTie.code).toBe("BAD_REQUEST");

    const rec = {
      key: `rec/entry-${Date.now()}`,
      source: ids.source,
      number: "7",
      title: "Reform the police",
      text: "Police posts need protection.",
      theme: "law_enforcement" as const,
      targetActors: ["provincial_governments" as const],
      priority: "high" as const,
      status: "not_assessed" as const,
      nextReviewOn: null,
      provinces: [],
      indicator: null,
      citations: [{ source: ids.source, locator: "p. 5", quote: "an attack on a police post" }],
      updates: [],
    };
    await editor.records.save({ type: "recommendation", record: rec, expectedVersion: null });
    const refused = await errorOf(
      editor.records.save({
        type: "recommendation",
        record: { ...rec, key: `${rec.key}-2`, status: "implemented" },
        expectedVersion: null,
      }),
    );
    expect(issuesOf(refused)[0]?.path).toEqual(["status"]);
    const saved = await editor.records.get({ type: "recommendation", key: rec.key });
    await editor.records.save({
      type: "recommendation",
      record: { ...(saved.record as object), title: "Reform and protect the police" } as never,
      expectedVersion: saved.version,
    });
    expect((await as("viewer").recommendations.get({ key: rec.key })).title).toBe("Reform and protect the police");
  });

  it("restores a deleted recommendation with its owner and family", async () => {
    const editor = as("editor");
    const base = {
      source: ids.source,
      number: null,
      text: "Police posts need protection.",
      theme: "law_enforcement" as const,
      targetActors: ["provincial_governments" as const],
      priority: "unspecified" as const,
      status: "not_assessed" as const,
      nextReviewOn: null,
      provinces: [],
      indicator: null,
      citations: [{ source: ids.source, locator: "p. 5", quote: "an attack on a police post" }],
      updates: [],
    };
    const a = { ...base, key: `rec/restore-a-${Date.now()}`, title: "Protect police posts" };
    const b = { ...base, key: `rec/restore-b-${Date.now()}`, title: "Protect the police posts" };
    await editor.records.save({ type: "recommendation", record: a, expectedVersion: null });
    await editor.records.save({ type: "recommendation", record: b, expectedVersion: null });
    await editor.recommendations.linkFamily({ keys: [a.key, b.key], title: "Police posts" });
    const held = await editor.recommendations.get({ key: a.key });
    await editor.recommendations.edit({
      key: a.key,
      expectedVersion: held.version,
      title: held.title,
      text: held.text,
      theme: held.theme,
      targetActors: held.targetActors,
      priority: held.priority,
      ownerId: users.editor?.id ?? null,
      nextReviewOn: null,
      provinces: [],
      indicator: null,
    });
    const before = await editor.recommendations.get({ key: a.key });
    expect(before.family?.key).toBeTruthy();
    await editor.records.delete({ type: "recommendation", key: a.key, expectedVersion: before.version, reason: null });
    await editor.records.restore({ type: "recommendation", key: a.key });
    const after = await editor.recommendations.get({ key: a.key });
    expect(after.ownerId).toBe(users.editor?.id);
    expect(after.family?.key).toBe(before.family?.key);
  });

  it("lists what changed since a date, by type, newest first", async () => {
    const all = await as("viewer").records.changesSince({ since: "2026-03-10" });
    // Counted from the start of the day in the app's zone (Asia/Karachi by default), not UTC.
    expect(all).toMatchObject({ since: "2026-03-09T19:00:00.000Z", timeZone: "Asia/Karachi" });
    expect(all.total).toBeGreaterThan(5);
    expect(new Set(all.items.map((i) => i.entityType))).toContain("incident");
    const events = await as("viewer").records.changesSince({ since: "2026-03-10", type: "event" });
    expect(events.items.every((i) => i.entityType === "event")).toBe(true);
    expect(events.total).toBeGreaterThan(0);
    expect((await as("viewer").records.changesSince({ since: "2026-03-11" })).total).toBe(0);
  });

  it("keeps writes to editors: a viewer cannot save", async () => {
    expect((await errorOf(as("viewer").records.save({ type: "incident", record: incident(), expectedVersion: null }))).code).toBe(
      "FORBIDDEN",
    );
  });
});
