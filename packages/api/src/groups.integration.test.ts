/**
 * `groups.list` and `groups.get`: the groups list (counts, active period, filters by kind, area, year
 * and text) and a group's cited profile, on a small dataset and on the five seed reports. Runs on
 * PGlite and PostgreSQL.
 */
import type { DbHandle } from "@monitor/db";
import { importDataset } from "@monitor/db";
import { seedDatabase } from "@monitor/db/seed";
import { createTestDb, makeDataset } from "@monitor/db/testing";
import { leadersAt, rolesAt, tenureOverlaps } from "@monitor/domain";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "./context";
import { createCaller } from "./index";
import { sessionFor } from "./test-sessions";

let handle: DbHandle;
const data = makeDataset();
const { groupA, groupB, source } = data.ids;
const cite = (quote: string) => [{ source, locator: "Test section", quote }];

beforeAll(async () => {
  handle = await createTestDb();
  await seedDatabase(handle.db);
  await importDataset(handle.db, data);
  // A denial is not an attribution: it must not count towards group A's incidents.
  const [first] = data.incidents ?? [];
  if (!first) throw new Error("factory changed");
  await importDataset(handle.db, {
    incidents: [
      {
        ...first,
        key: `${first.key}-denied`,
        date: "2019-06-01",
        perpetrators: [{ group: groupA, attribution: "denied" }],
        citations: cite("group A denied the attack"),
      },
    ],
  });
});
afterAll(async () => {
  await handle?.close();
});

const caller = () => createCaller(createContext({ db: handle.db, session: sessionFor("viewer") }));

async function trpcError(p: Promise<unknown>): Promise<TRPCError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(err)}`);
  return err;
}

describe(`groups.list on ${process.env.TEST_DB_DRIVER ?? "pglite"}`, () => {
  it("counts attributed incidents (never denials), figures and relationships per group", async () => {
    const list = await caller().groups.list({});
    const a = list.find((g) => g.slug === groupA);
    const b = list.find((g) => g.slug === groupB);
    expect(a).toMatchObject({ incidentCount: 1, statisticCount: 1, relationshipCount: 1, dissolved: null, aliases: [] });
    expect(b).toMatchObject({ incidentCount: 1, statisticCount: 0, relationshipCount: 1 });
  });

  it("lists the years with dated records: incidents, figures, strength estimates and ties", async () => {
    const list = await caller().groups.list({});
    // A: suspected incident 2022, figure 2022, strength estimate 2022, rivalry from 2015 (open: its start year only).
    // The denied 2019 incident is not a record of A's activity.
    expect(list.find((g) => g.slug === groupA)?.recordYears).toEqual([2015, 2022]);
    expect(list.find((g) => g.slug === groupB)?.recordYears).toEqual([2015, 2022]);
  });

  it("filters by area: a listed district puts the group in its province and in FATA when it was a tribal agency", async () => {
    const slugs = async (area: string) => (await caller().groups.list({ area })).map((g) => g.slug);
    expect(await slugs("PK-KP")).toContain(groupA);
    expect(await slugs("PK-TA")).toContain(groupA); // Bajaur was a FATA agency.
    expect(await slugs("PK")).toContain(groupA);
    expect(await slugs("PK-KP")).not.toContain(groupB); // B lists no areas.
    expect(await slugs("AF")).not.toContain(groupA);
  });

  it("filters by active year: founded by then, or a dated record in the year", async () => {
    const slugs = async (active: string) => (await caller().groups.list({ active })).map((g) => g.slug);
    expect(await slugs("2010")).toContain(groupA); // founded Dec 2007
    expect(await slugs("2006")).not.toContain(groupA);
    expect(await slugs("2022")).toContain(groupB); // no founding date, but a claimed incident in 2022
    expect(await slugs("2010")).not.toContain(groupB);
  });

  it("combines the filters with kind and text", async () => {
    expect((await caller().groups.list({ kind: "transnational_jihadist", active: "2022", search: "Group B" })).map((g) => g.slug)).toEqual([
      groupB,
    ]);
    expect(await caller().groups.list({ kind: "sectarian", search: "Group B" })).toEqual([]);
  });

  it("refuses malformed filters", async () => {
    expect((await trpcError(caller().groups.list({ area: "Kabul" }))).code).toBe("BAD_REQUEST");
    expect((await trpcError(caller().groups.list({ active: "20x5" }))).code).toBe("BAD_REQUEST");
  });

  it("on the seed reports: the TTP has attributed incidents and figures and operates in Khyber Pakhtunkhwa and Afghanistan", async () => {
    const ttp = (await caller().groups.list({ area: "AF-KHO" })).find((g) => g.slug === "ttp");
    expect(ttp?.incidentCount).toBeGreaterThan(0);
    expect(ttp?.statisticCount).toBeGreaterThan(0);
    expect(ttp?.founded).toEqual({ date: "2007-12-01", precision: "month" });
    const sectarianInBalochistan = (await caller().groups.list({ area: "PK-BA", kind: "sectarian" })).map((g) => g.slug);
    expect(sectarianInBalochistan).toContain("lashkar-e-jhangvi");
    // ISKP was founded in January 2015: not active in 2014, active in 2015.
    expect((await caller().groups.list({ active: "2014" })).map((g) => g.slug)).not.toContain("iskp");
    expect((await caller().groups.list({ active: "2015" })).map((g) => g.slug)).toContain("iskp");
  });
});

describe(`groups.get on ${process.env.TEST_DB_DRIVER ?? "pglite"}`, () => {
  it("returns the profile with every claim, tenure, estimate and tie cited", async () => {
    const g = await caller().groups.get({ slug: "ttp" });
    expect(g.aliases).toContain("Pakistani Taliban");
    expect(g.founded).toEqual({ date: "2007-12-01", precision: "month" });
    expect(g.foundedPlace).toBe("South Waziristan");
    const cited = [...g.claims, ...g.leaders, ...g.strength, ...g.relationships];
    expect(cited.length).toBeGreaterThan(50);
    expect(
      cited.every((r) => r.citations.length > 0 && r.citations.every((c) => c.quote.length > 0 && c.sourceShortTitle.length > 0)),
    ).toBe(true);
    expect(g.strength.map((s) => [s.asOf.date.slice(0, 4), s.low, s.high, s.citations[0]?.source])).toEqual(
      expect.arrayContaining([
        ["2022", 4000, 5000, "pips-2022"],
        ["2024", 6500, 6500, "crss-2025"],
      ]),
    );
  });

  it("gives tenures the domain can place in time: the TTP's emir in 2015 and in 2024", async () => {
    const { leaders } = await caller().groups.get({ slug: "ttp" });
    const at = (y: number) => leadersAt(leaders, { date: `${y}-01-01`, precision: "year" }).filter((h) => h.status === "held");
    expect(at(2015).map((h) => h.span.name)).toEqual(["Maulana Fazlullah"]);
    expect(at(2024).map((h) => [h.span.name, h.assumed])).toEqual([["Noor Wali Mehsud", true]]);
    expect(tenureOverlaps(leaders).filter((o) => o.certainty === "sure")).toEqual([]);
  });

  it("stores the Afghan Taliban's roles over time with their citations: insurgency until Aug 2021, de facto government after", async () => {
    const g = await caller().groups.get({ slug: "afghan-taliban" });
    expect(g.roles.map((r) => [r.kind, r.start?.date ?? null, r.end?.date ?? null])).toEqual([
      ["religious_jihadist", "1994-01-01", "1996-09-01"],
      ["de_facto_government", "1996-09-01", "2001-01-01"],
      ["religious_jihadist", "2001-01-01", "2021-08-15"],
      ["de_facto_government", "2021-08-15", null],
    ]);
    expect(g.roles.every((r) => r.citations.length > 0 && r.citations.every((c) => c.sourceShortTitle.length > 0))).toBe(true);
    const at = (date: string) =>
      rolesAt(g.roles, { date, precision: "day" })
        .filter((r) => r.status === "held")
        .map((r) => r.span.kind);
    expect(at("2015-06-01")).toEqual(["religious_jihadist"]);
    expect(at("2023-01-01")).toEqual(["de_facto_government"]);
    expect((await caller().groups.get({ slug: "ttp" })).roles).toEqual([]);
  });

  it("answers NOT_FOUND for an unknown group and BAD_REQUEST for a malformed slug", async () => {
    expect((await trpcError(caller().groups.get({ slug: "no-such-group" }))).code).toBe("NOT_FOUND");
    expect((await trpcError(caller().groups.get({ slug: "Not A Slug" }))).code).toBe("BAD_REQUEST");
  });
});
