/**
 * The recommendation tracker on the five seed reports: every recommendation present, dated status
 * updates with evidence on separate assessment tracks, conflicts instead of lost updates, editors'
 * edits, families and duplicate suggestions, the scoreboard, overdue reviews and the CSV rows.
 * Runs on PGlite and on PostgreSQL.
 */
import { countAuditEntries, type DbHandle, listAuditEntries } from "@monitor/db";
import { buildSeedDataset, seedDatabase } from "@monitor/db/seed";
import { createTestDb } from "@monitor/db/testing";
import type { Role, UserView } from "@monitor/domain";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "./context";
import { createCaller } from "./index";
import { createUser } from "./services/users";
import { sessionFor } from "./test-sessions";

const CLI = { userId: null, label: "cli:test" };
let handle: DbHandle;
const clock = new Date("2026-03-10T09:00:00.000Z");
const users: Partial<Record<Role | "analyst2", UserView>> = {};

beforeAll(async () => {
  handle = await createTestDb();
  await seedDatabase(handle.db);
  for (const role of ["viewer", "analyst", "analyst2", "editor"] as const) {
    users[role] = await createUser(
      handle.db,
      CLI,
      {
        email: `${role}@example.org`,
        name: `Name ${role}`,
        role: role === "analyst2" ? "analyst" : role,
        password: "a password for tests",
      },
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

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    return e instanceof TRPCError ? e.code : String(e);
  }
}
async function errorOf(p: Promise<unknown>): Promise<TRPCError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TRPCError) return e;
    throw e;
  }
  throw new Error("expected an error");
}

const NAP = "pips-2022/rec/5-2-implementation-plans-nsp-nap";
const BALOCHISTAN = "pips-2022/rec/5-2-balochistan-comprehensive-policy";
const PIPS_QUOTE_SOURCE = "pips-2022";

describe("the registry", () => {
  it("holds every recommendation of the five documents, each with its quote", async () => {
    const seeded = buildSeedDataset().recommendations ?? [];
    const { items, total } = await as("viewer").recommendations.list({ limit: 200, offset: 0, sort: "source", dir: "asc" });
    expect(total).toBe(seeded.length);
    expect(total).toBeGreaterThanOrEqual(70);
    expect(new Set(items.map((r) => r.source))).toEqual(
      new Set(["crss-2025", "pips-2022", "efsas-ttp-resurgence", "ullah-bano-2025", "akbar-taliban-2"]),
    );
    for (const r of items) expect(r.citations[0]?.quote.length).toBeGreaterThan(0);
  });

  it("filters by theme, actor, province and family, and sorts", async () => {
    const v = as("viewer").recommendations;
    const madrassa = await v.list({ theme: "madrassa_reform", limit: 50, offset: 0, sort: "source", dir: "asc" });
    expect(madrassa.items.map((r) => r.key)).toContain("crss-2025/rec/07-reform-madrassah-education");
    expect(madrassa.items.every((r) => r.theme === "madrassa_reform")).toBe(true);
    const ba = await v.list({ province: "PK-BA", limit: 50, offset: 0, sort: "title", dir: "asc" });
    expect(ba.items.map((r) => r.key)).toContain(BALOCHISTAN);
    const titles = ba.items.map((r) => r.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "en")));
    const fam = await v.list({
      family: "family/diplomatic-engagement-with-kabul-on-the-ttp",
      limit: 50,
      offset: 0,
      sort: "source",
      dir: "asc",
    });
    expect(fam.total).toBe(4);
  });
});

describe("status updates", () => {
  it("records a dated update with evidence on the main track, audited, bumping the version", async () => {
    const before = await as("analyst").recommendations.get({ key: NAP });
    expect(before.status).toBe("proposed");
    const audits = await countAuditEntries(handle.db);
    const res = await as("analyst").recommendations.recordUpdate({
      key: NAP,
      expectedVersion: before.version,
      to: "in_progress",
      date: "2026-02-01",
      note: "Apex committee revived NAP implementation reviews.",
      evidence: [{ kind: "link", url: "https://example.org/nap-review", title: "NAP review meeting", date: "2026-02-01" }],
      assessor: "analyst",
      assessorName: null,
      province: null,
    });
    expect(res.status).toBe("in_progress");
    expect(res.version).toBe(before.version + 1);
    const after = await as("viewer").recommendations.get({ key: NAP });
    expect(after.status).toBe("in_progress");
    expect(after.updates.at(-1)).toMatchObject({ from: "proposed", to: "in_progress", author: "analyst@example.org" });
    expect(await countAuditEntries(handle.db)).toBe(audits + 1);
    const [entry] = (await listAuditEntries(handle.db, { entityType: "recommendation", limit: 1, offset: 0 })).items;
    expect(entry).toMatchObject({ action: "recommendation.status_update", entityId: NAP });
  });

  it("refuses 'implemented' without evidence, a stale version, and a viewer, writing nothing", async () => {
    const rec = await as("analyst").recommendations.get({ key: NAP });
    const audits = await countAuditEntries(handle.db);
    const base = {
      key: NAP,
      expectedVersion: rec.version,
      date: "2026-03-01",
      note: "n",
      assessor: "analyst" as const,
      assessorName: null,
      province: null,
    };
    const noEvidence = await errorOf(as("analyst").recommendations.recordUpdate({ ...base, to: "implemented", evidence: [] }));
    expect(noEvidence.code).toBe("BAD_REQUEST");
    expect(noEvidence.message).toMatch(/needs evidence/);
    expect(await codeOf(as("viewer").recommendations.recordUpdate({ ...base, to: "stalled" }))).toBe("FORBIDDEN");
    const stale = await errorOf(as("analyst").recommendations.recordUpdate({ ...base, expectedVersion: rec.version - 1, to: "stalled" }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/In progress/);
    expect(stale.message).toMatch(/Nothing was saved/);
    const after = await as("viewer").recommendations.get({ key: NAP });
    expect(after.version).toBe(rec.version);
    expect(after.updates).toHaveLength(rec.updates.length);
    expect(await countAuditEntries(handle.db)).toBe(audits);
  });

  it("checks a citation's quote against the source's text", async () => {
    const rec = await as("analyst").recommendations.get({ key: NAP });
    const base = {
      key: NAP,
      expectedVersion: rec.version,
      date: "2026-03-02",
      note: "PIPS says so",
      assessor: "analyst" as const,
      assessorName: null,
      province: null,
    };
    const fake = await errorOf(
      as("analyst").recommendations.recordUpdate({
        ...base,
        to: "partially_implemented",
        evidence: [
          {
            kind: "citation",
            citation: { source: PIPS_QUOTE_SOURCE, locator: "p. 1", quote: "The NAP was fully implemented in 2021 by everyone." },
          },
        ],
      }),
    );
    expect(fake.code).toBe("BAD_REQUEST");
    expect(fake.message).toMatch(/quote is not in/);
    const real = rec.citations[0];
    if (!real) throw new Error("seed recommendation has no citation");
    const ok = await as("analyst").recommendations.recordUpdate({
      ...base,
      to: "partially_implemented",
      evidence: [{ kind: "citation", citation: { source: real.source, locator: real.locator, quote: real.quote } }],
    });
    expect(ok.status).toBe("partially_implemented");
  });

  it("lets exactly one of many simultaneous updates of the same version win", async () => {
    const rec = await as("analyst").recommendations.get({ key: "pips-2022/rec/5-2-multi-level-plans-ttp" });
    const attempts = Array.from({ length: 12 }, (_, i) =>
      codeOf(
        as(i % 2 ? "analyst" : "analyst2").recommendations.recordUpdate({
          key: rec.key,
          expectedVersion: rec.version,
          to: i % 3 ? "under_consideration" : "stalled",
          date: "2026-03-05",
          note: `attempt ${i}`,
          evidence: [],
          assessor: "analyst",
          assessorName: null,
          province: null,
        }),
      ),
    );
    const codes = await Promise.all(attempts);
    expect(codes.filter((c) => c === "ok")).toHaveLength(1);
    expect(codes.filter((c) => c === "CONFLICT")).toHaveLength(11);
    const after = await as("viewer").recommendations.get({ key: rec.key });
    expect(after.version).toBe(rec.version + 1);
    expect(after.updates).toHaveLength(rec.updates.length + 1);
    expect(after.status).toBe(after.updates.at(-1)?.to);
  });

  it("keeps provincial and government assessments on their own tracks, side by side", async () => {
    const v = as("analyst").recommendations;
    let rec = await v.get({ key: BALOCHISTAN });
    expect(rec.tracks.map((t) => t.key)).toEqual(["main", "analyst::PK-BA"]);
    const common = { key: BALOCHISTAN, date: "2026-02-15", evidence: [] };
    await v.recordUpdate({
      ...common,
      expectedVersion: rec.version,
      to: "stalled",
      note: "No dialogue since the 2025 attacks.",
      assessor: "analyst",
      assessorName: null,
      province: "PK-BA",
    });
    rec = await v.get({ key: BALOCHISTAN });
    const missing = await errorOf(
      v.recordUpdate({
        ...common,
        expectedVersion: rec.version,
        to: "in_progress",
        note: "Government says talks are under way.",
        assessor: "government",
        assessorName: null,
        province: "PK-BA",
      }),
    );
    expect(missing.message).toMatch(/whose assessment/);
    await v.recordUpdate({
      ...common,
      expectedVersion: rec.version,
      to: "in_progress",
      note: "Government says talks are under way.",
      assessor: "government",
      assessorName: "Balochistan Home Department",
      province: "PK-BA",
    });
    rec = await v.get({ key: BALOCHISTAN });
    expect(rec.status).toBe("proposed");
    expect(rec.tracks.map((t) => [t.label, t.status])).toEqual([
      ["Our analysts, national", "proposed"],
      ["Our analysts, Balochistan", "stalled"],
      ["Government claim (Balochistan Home Department), Balochistan", "in_progress"],
    ]);
    expect(rec.disagreement).toBe(true);
    // A regression on one track is allowed and recorded as such.
    const back = await v.recordUpdate({
      ...common,
      date: "2026-03-01",
      expectedVersion: rec.version,
      to: "stalled",
      note: "Talks suspended.",
      assessor: "government",
      assessorName: "balochistan home department",
      province: "PK-BA",
    });
    expect(back.regression).toBe(true);
    expect(back.update.from).toBe("in_progress");
  });
});

describe("editing, owners and overdue reviews", () => {
  it("lets an editor assign an owner and a review date; a stale edit names the fields that differ", async () => {
    const rec = await as("editor").recommendations.get({ key: BALOCHISTAN });
    const owners = await as("viewer").recommendations.owners();
    const owner = owners.find((o) => o.email === "analyst@example.org");
    expect(owner).toBeDefined();
    expect(owners.some((o) => o.email === "viewer@example.org")).toBe(false);
    const form = {
      key: rec.key,
      expectedVersion: rec.version,
      title: rec.title,
      text: rec.text,
      theme: rec.theme,
      targetActors: rec.targetActors,
      priority: "high" as const,
      ownerId: owner?.id ?? null,
      nextReviewOn: "2026-01-31",
      provinces: rec.provinces,
      indicator: rec.indicator,
    };
    expect(await codeOf(as("analyst").recommendations.edit(form))).toBe("FORBIDDEN");
    const saved = await as("editor").recommendations.edit(form);
    expect(saved.changed.sort()).toEqual(["next review", "owner", "priority"]);
    const stale = await errorOf(as("editor").recommendations.edit({ ...form, title: "Another title" }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/title/);
    const after = await as("viewer").recommendations.get({ key: BALOCHISTAN });
    expect(after).toMatchObject({ ownerName: "Name analyst", priority: "high", nextReviewOn: "2026-01-31", daysOverdue: 38 });
    const mine = await as("viewer").recommendations.list({ owner: owner?.id, limit: 50, offset: 0, sort: "source", dir: "asc" });
    expect(mine.items.map((r) => r.key)).toEqual([BALOCHISTAN]);
  });

  it("lists overdue reviews, most overdue first", async () => {
    const { today, items } = await as("viewer").recommendations.overdue({});
    expect(today).toBe("2026-03-10");
    expect(items.map((r) => [r.key, r.daysOverdue])).toContainEqual([BALOCHISTAN, 38]);
    expect(items.every((r) => r.daysOverdue > 0)).toBe(true);
  });

  it("refuses a next review date in the past on a status update", async () => {
    const rec = await as("analyst").recommendations.get({ key: BALOCHISTAN });
    const e = await errorOf(
      as("analyst").recommendations.recordUpdate({
        key: BALOCHISTAN,
        expectedVersion: rec.version,
        to: "under_consideration",
        date: "2026-03-09",
        note: "n",
        evidence: [],
        assessor: "analyst",
        assessorName: null,
        province: null,
        nextReviewOn: "2026-03-01",
      }),
    );
    expect(e.code).toBe("BAD_REQUEST");
  });
});

describe("scoreboard, board and export", () => {
  it("gives shares by theme and by actor that add up", async () => {
    const byTheme = await as("viewer").recommendations.scoreboardBy({ dimension: "theme" });
    const total = byTheme.rows.reduce((n, r) => n + r.total, 0);
    expect(total).toBe(byTheme.overall.total);
    const ct = byTheme.rows.find((r) => r.key === "counter_terrorism");
    expect(ct?.counts.partially_implemented).toBeGreaterThanOrEqual(1);
    for (const r of byTheme.rows) expect(Object.values(r.shares).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 5);
    const byActor = await as("viewer").recommendations.scoreboardBy({ dimension: "actor" });
    expect(byActor.rows.reduce((n, r) => n + r.total, 0)).toBeGreaterThan(byActor.overall.total);
    expect(byActor.note).toMatch(/once for each/);
  });

  it("gives board cards for every recommendation, and CSV rows stamped with the date", async () => {
    const cards = await as("viewer").recommendations.board({ theme: "governance" });
    expect(cards.length).toBeGreaterThan(3);
    const { asOf, rows } = await as("viewer").recommendations.exportRows({ theme: "counter_terrorism", sort: "source", dir: "asc" });
    expect(asOf).toBe("2026-03-10");
    expect(rows.every((r) => r.status_as_of === "2026-03-10" && r.theme === "Counter-terrorism")).toBe(true);
    expect(rows.find((r) => r.key === NAP)).toMatchObject({ status: "Partially implemented", status_since: "2026-03-02" });
  });
});

describe("families and duplicate suggestions", () => {
  it("shows how many times and since when a recommendation was made", async () => {
    const fam = await as("viewer").recommendations.family({ key: "family/diplomatic-engagement-with-kabul-on-the-ttp" });
    expect(fam.summary).toMatchObject({ timesMade: 4, sources: 3 });
    expect(fam.summary?.firstMade.source).toBe("pips-2022");
    expect(fam.members[0]?.source).toBe("pips-2022");
  });

  it("suggests likely repeats to editors; dismissing or linking removes the pair", async () => {
    expect(await codeOf(as("analyst").recommendations.duplicateSuggestions({ limit: 10 }))).toBe("FORBIDDEN");
    const suggestions = await as("editor").recommendations.duplicateSuggestions({ limit: 50 });
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) expect(s.a.family === null || s.a.family.key !== s.b.family?.key).toBe(true);
    const [first] = suggestions;
    if (!first) throw new Error("no suggestion");
    const audits = await countAuditEntries(handle.db);
    await as("editor").recommendations.dismissDuplicate({ a: first.a.key, b: first.b.key });
    expect(await countAuditEntries(handle.db)).toBe(audits + 1);
    const again = await as("editor").recommendations.duplicateSuggestions({ limit: 200 });
    expect(
      again.some((s) => (s.a.key === first.a.key && s.b.key === first.b.key) || (s.a.key === first.b.key && s.b.key === first.a.key)),
    ).toBe(false);

    const second = again.find((s) => s.a.family === null && s.b.family === null);
    if (!second) throw new Error("no unlinked suggestion");
    const linked = await as("editor").recommendations.linkFamily({
      keys: [second.a.key, second.b.key],
      familyKey: null,
      title: "A confirmed repeat",
    });
    const fam = await as("viewer").recommendations.family({ key: linked.familyKey });
    expect(fam.members.map((m) => m.key).sort()).toEqual([second.a.key, second.b.key].sort());
    const after = await as("editor").recommendations.duplicateSuggestions({ limit: 200 });
    expect(after.some((s) => new Set([s.a.key, s.b.key, second.a.key, second.b.key]).size === 2)).toBe(false);

    const out = await as("editor").recommendations.unlinkFamily({ key: second.a.key, familyKey: linked.familyKey });
    expect(out.dissolved).toBe(true);
    expect(await codeOf(as("viewer").recommendations.family({ key: linked.familyKey }))).toBe("NOT_FOUND");
  });
});

describe("outcome indicator", () => {
  it("gives the indicator's published figures and log counts with the status changes to mark", async () => {
    const ind = await as("viewer").recommendations.indicator({ key: BALOCHISTAN });
    expect(ind?.label).toBe("Fatalities, Balochistan");
    expect(ind?.published.length).toBeGreaterThan(0);
    expect(ind?.published.every((p) => p.citations.length > 0)).toBe(true);
    expect(ind?.marks.map((m) => m.date)).toEqual(["2026-02-15", "2026-02-15", "2026-03-01"]);
    expect(await as("viewer").recommendations.indicator({ key: NAP })).toBeNull();
    // Fatalities in KP: the yearly figures, not the one-day toll of a single attack (Akbar, 5 Aug 2022: 4).
    const kp = await as("viewer").recommendations.indicator({ key: "crss-2025/rec/08-strengthen-state-institutions" });
    expect(kp?.published.map((p) => p.value).sort((a, b) => a - b)).toEqual([151, 286]);
  });
});

describe("sorting", () => {
  it("sorts themes by their labels, not their internal keys", async () => {
    const { items } = await as("viewer").recommendations.list({ limit: 200, offset: 0, sort: "theme", dir: "asc" });
    const labels = [...new Set(items.map((r) => r.theme))];
    expect(labels[0]).toBe("border_management");
    expect(labels.indexOf("afghanistan_engagement")).toBeGreaterThan(labels.indexOf("economic_development"));
  });
});

describe("re-seeding and time zones", () => {
  it("keeps editors' and analysts' work when the seed runs again", async () => {
    const before = await as("viewer").recommendations.get({ key: BALOCHISTAN });
    expect(before.priority).toBe("high");
    await seedDatabase(handle.db);
    const after = await as("viewer").recommendations.get({ key: BALOCHISTAN });
    expect(after).toMatchObject({ priority: "high", ownerName: "Name analyst", nextReviewOn: "2026-01-31", status: before.status });
    expect(after.updates.map((u) => u.id)).toEqual(before.updates.map((u) => u.id));
    // The family an editor linked and dissolved above is not brought back, and seed families stay as they are.
    const families = await as("viewer").recommendations.families();
    expect(families.some((f) => f.title === "A confirmed repeat")).toBe(false);
    expect(families.find((f) => f.key === "family/diplomatic-engagement-with-kabul-on-the-ttp")?.members).toBe(4);
    expect(families.find((f) => f.key === "family/diplomatic-engagement-with-kabul-on-the-ttp")?.summary).toMatchObject({
      timesMade: 4,
      sources: 3,
      firstMade: { source: "pips-2022" },
    });
  });

  it("counts 'today' in Pakistan's time zone", async () => {
    const late = new Date("2026-03-10T20:30:00.000Z"); // 01:30 on 11 March in Karachi
    const caller = createCaller(
      createContext({
        db: handle.db,
        session: sessionFor("viewer", { id: users.viewer?.id, email: "viewer@example.org" }),
        now: () => late,
      }),
    );
    expect((await caller.recommendations.overdue({})).today).toBe("2026-03-11");
  });
});
