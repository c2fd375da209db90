/**
 * The dashboard's procedures on the five seed reports: headline figures for a chosen period and place
 * with their change and the other sources beside them, the incident log's counts kept apart, the
 * source comparison with differing periods listed as such, house figures guarded by a version, and
 * saved views that belong to their user. Runs on PGlite and on PostgreSQL.
 */
import { countAuditEntries, type DbHandle, listAuditEntries } from "@monitor/db";
import { seedDatabase } from "@monitor/db/seed";
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
const clock = new Date("2026-01-10T09:00:00.000Z");
const users: Partial<Record<Role | "other", UserView>> = {};

beforeAll(async () => {
  handle = await createTestDb();
  await seedDatabase(handle.db);
  for (const role of ["viewer", "analyst", "editor", "other"] as const) {
    users[role] = await createUser(
      handle.db,
      CLI,
      { email: `${role}@example.org`, name: role, role: role === "other" ? "editor" : role, password: "a password for tests" },
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

describe("dashboard.headlines", () => {
  it("answers 'fatalities in KP, 15 Aug 2021–14 Aug 2022, against the year before, and who says so'", async () => {
    const { published, log } = await as("viewer").dashboard.headlines({ province: "PK-KP", from: "2021-08-15", to: "2022-08-14" });
    const fatalities = published.find((h) => h.metric === "fatalities");
    expect(fatalities?.figure.value).toBe(286);
    expect(fatalities?.previous?.value).toBe(151);
    expect(fatalities?.change).toEqual({ kind: "change", percent: 89.4, direction: "up" });
    expect(fatalities?.figure.citations[0]?.source).toBe("pips-2022");
    expect(fatalities?.figure.citations[0]?.quote.length).toBeGreaterThan(0);
    // The incident log's counts for the same period come separately, with their own comparison.
    expect(log?.previousPeriod).toEqual({ start: "2020-08-15", end: "2021-08-14" });
    // Only incidents surely inside each period count; two known only to the month or year are set apart.
    expect(log?.current).toEqual({ incidents: 4, killed: 11, injured: 1, uncertain: 2 });
    expect(log?.previous.incidents).toBe(0);
    expect(log?.comparable).toBe(true);
    expect(log?.change.incidents).toEqual({ kind: "from_zero", current: 4 });
  });

  it("shows both Kabul airport figures (attributed to ISKP): one as the headline, the other beside it", async () => {
    const { published } = await as("viewer").dashboard.headlines({
      province: "AF-KAB",
      country: "AF",
      group: "iskp",
      from: "2021-08-01",
      to: "2021-08-31",
    });
    const f = published.find((h) => h.metric === "fatalities");
    expect([f?.figure.value, ...(f?.alternatives.map((a) => a.value) ?? [])].sort()).toEqual([170, 180]);
  });

  it("returns no published headline for a period no figure covers, rather than prorating", async () => {
    const { published } = await as("viewer").dashboard.headlines({ province: "PK-KP", from: "2019-03-01", to: "2019-03-31" });
    expect(published).toEqual([]);
  });

  it("refuses a district outside the chosen province", async () => {
    expect(await codeOf(as("viewer").dashboard.headlines({ province: "PK-BA", district: "pk-kp-bannu" }))).toBe("BAD_REQUEST");
  });
});

describe("dashboard.periods and dashboard.compare", () => {
  it("offers the Aug–Aug reporting years and calendar years", async () => {
    const periods = await as("viewer").dashboard.periods();
    expect(periods.map((p) => `${p.from}..${p.to}`)).toEqual(
      expect.arrayContaining(["2021-08-15..2022-08-14", "2020-08-15..2021-08-14", "2024-01-01..2024-12-31"]),
    );
  });

  it("puts the sources' figures side by side with their spread", async () => {
    const { comparisons } = await as("viewer").dashboard.compare({ metric: "fatalities", province: "AF-KAB" });
    const kabul = comparisons.find((c) => c.periodStart === "2021-08-01");
    expect(kabul?.figures.map((f) => f.value)).toEqual([170, 180]);
    expect(kabul?.spread).toEqual({ absolute: 10, relative: 5.9 });
    expect(kabul?.disagree).toBe(true);
  });
});

describe("dashboard.compare: one figure per source", () => {
  it("keeps a source's total and lists its smaller same-key figures as parts, not as rival sources", async () => {
    const { comparisons } = await as("viewer").dashboard.compare({
      metric: "terror_attacks",
      country: "PK",
      from: "2024-01-01",
      to: "2024-12-31",
      includeSingles: true,
    });
    const pk2024 = comparisons.find((c) => c.key === "terror_attacks|count|PK|-|-|-|-|2024-01-01|2024-12-31");
    expect(pk2024?.figures.map((f) => f.value)).toEqual([909]);
    expect(pk2024?.parts.map((f) => f.value)).toEqual([444]);
    expect(pk2024?.disagree).toBe(false);
    expect(pk2024?.spread).toEqual({ absolute: 0, relative: 0 });
  });
});

describe("house figures", () => {
  async function kabulKey() {
    const { comparisons } = await as("viewer").dashboard.compare({ metric: "fatalities", province: "AF-KAB" });
    const kabul = comparisons.find((c) => c.periodStart === "2021-08-01");
    if (!kabul) throw new Error("no Kabul comparison in the seed");
    return kabul;
  }

  it("is for editors; analysts are refused and nothing is written", async () => {
    const { key } = await kabulKey();
    const before = await countAuditEntries(handle.db);
    const input = { comparisonKey: key, value: 175, rationale: "Midpoint of the two reports' statements.", expectedVersion: null };
    expect(await codeOf(as("analyst").dashboard.setHouseFigure(input))).toBe("FORBIDDEN");
    expect(await countAuditEntries(handle.db)).toBe(before);
  });

  it("is recorded with its rationale, used by the headline, and refused when stale", async () => {
    const kabul = await kabulKey();
    const adopted = kabul.figures.find((f) => f.value === 180)?.key ?? null;
    const created = await as("editor").dashboard.setHouseFigure({
      comparisonKey: kabul.key,
      value: 180,
      qualifier: "more_than",
      basedOn: adopted,
      rationale: "PIPS's count includes the victims who died later in hospital.",
      expectedVersion: null,
    });
    expect(created.version).toBe(1);
    const { published } = await as("viewer").dashboard.headlines({
      province: "AF-KAB",
      country: "AF",
      group: "iskp",
      from: "2021-08-01",
      to: "2021-08-31",
    });
    expect(published.find((h) => h.metric === "fatalities")?.house?.value).toBe(180);

    // A second editor who saw version 1 updates it; the first, still holding version 1, is refused.
    const updated = await as("other").dashboard.setHouseFigure({
      comparisonKey: kabul.key,
      value: 170,
      qualifier: "over",
      basedOn: null,
      rationale: "CRSS is the more conservative count and is what we quote in briefs.",
      expectedVersion: 1,
    });
    expect(updated.version).toBe(2);
    const entries = await countAuditEntries(handle.db);
    const stale = as("editor").dashboard.setHouseFigure({
      comparisonKey: kabul.key,
      value: 999,
      basedOn: null,
      rationale: "An edit made on a stale page that must not win.",
      expectedVersion: 1,
    });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("over 170") });
    expect(await countAuditEntries(handle.db)).toBe(entries);
    expect((await kabulKey()).house?.value).toBe(170);

    const [entry] = (await listAuditEntries(handle.db, { entityType: "house_figure", limit: 1, offset: 0 })).items;
    expect(entry?.entityLabel).toBe("Fatalities, Kabul, group iskp, Aug 2021");
    expect(entry?.before).toMatchObject({ value: 180 });
    expect(entry?.after).toMatchObject({ value: 170, version: 2 });

    await as("editor").dashboard.clearHouseFigure({ comparisonKey: kabul.key, expectedVersion: 2 });
    expect((await kabulKey()).house).toBeNull();
  });

  it("refuses a comparison that no figure matches, and a basedOn that is not one of its figures", async () => {
    const kabul = await kabulKey();
    const base = { value: 1, rationale: "A rationale that is long enough.", expectedVersion: null };
    expect(
      await codeOf(as("editor").dashboard.setHouseFigure({ ...base, comparisonKey: "fatalities|count|-|-|-|-|-|1990-01-01|1990-12-31" })),
    ).toBe("BAD_REQUEST");
    expect(await codeOf(as("editor").dashboard.setHouseFigure({ ...base, comparisonKey: kabul.key, basedOn: "some/other/key" }))).toBe(
      "BAD_REQUEST",
    );
  });
});

describe("saved views", () => {
  it("round trip: save, list (own only), refuse a duplicate name, delete", async () => {
    const view = await as("analyst").dashboard.saveView({
      name: "KP fatalities Aug–Aug",
      path: "/",
      query: "province=PK-KP&from=2021-08-15&to=2022-08-14",
    });
    expect((await as("analyst").dashboard.views()).map((v) => v.name)).toEqual(["KP fatalities Aug–Aug"]);
    expect(await as("viewer").dashboard.views()).toEqual([]);
    await expect(as("analyst").dashboard.saveView({ name: "KP fatalities Aug–Aug", path: "/map", query: "" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already have a view"),
    });
    // Someone else cannot delete it (it is not found for them).
    expect(await codeOf(as("viewer").dashboard.deleteView({ id: view.id }))).toBe("NOT_FOUND");
    await as("analyst").dashboard.deleteView({ id: view.id });
    expect(await as("analyst").dashboard.views()).toEqual([]);
  });
});

describe("dashboard.surges", () => {
  it("judges every province of the incident log by the domain's rule", async () => {
    const { coverage, verdicts } = await as("viewer").dashboard.surges({ granularity: "year" });
    expect(verdicts.find((v) => v.area === "PK-KP")).toMatchObject({ status: "surge", period: "2022", value: 6, previous: 0 });
    expect(verdicts.find((v) => v.area === "PK-BA")).toMatchObject({ status: "surge", value: 4, previous: 1, baseline: 0.33, ratio: 12 });
    expect(coverage?.last).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const v of verdicts) {
      if (v.status === "surge") expect(v.value > v.previous && v.value > v.baseline).toBe(true);
      if (v.status === "no_surge") expect(v.value > v.previous && v.value > v.baseline && v.value > 0).toBe(false);
    }
  });
});

describe("dashboard.compare: periods that differ", () => {
  it("lists overlapping period totals from different sources apart, and never single-day events", async () => {
    const { differingPeriods } = await as("viewer").dashboard.compare({});
    // The Army Public School massacre: 149 killed in "2014" (EFSAS) against over 140 in "Dec 2014" (CRSS).
    const aps = differingPeriods.find((d) => d.key === "fatalities|people|PK|PK-KP|pk-kp-peshawar|-|ttp");
    expect(aps?.periods.map((p) => `${p.periodStart}..${p.periodEnd}`)).toEqual(["2014-01-01..2014-12-31", "2014-12-01..2014-12-31"]);
    expect(differingPeriods.some((d) => d.metric === "percent_change")).toBe(false);
    for (const d of differingPeriods) {
      const sources = new Set(d.periods.flatMap((p) => p.figures.flatMap((f) => f.citations.map((c) => c.source))));
      expect(sources.size).toBeGreaterThan(1);
      for (const p of d.periods) expect(p.periodStart < p.periodEnd).toBe(true);
      expect(new Set(d.periods.map((p) => `${p.periodStart}..${p.periodEnd}`)).size).toBe(d.periods.length);
    }
  });
});
