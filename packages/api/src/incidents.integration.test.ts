import type { DbHandle } from "@monitor/db";
import { importDataset } from "@monitor/db";
import { createTestDb, makeDataset } from "@monitor/db/testing";
import type { DatasetInput } from "@monitor/domain";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "./context";
import { createCaller } from "./index";
import { sessionFor } from "./test-sessions";

/*
 * The factory's bombing (Peshawar, 4 Mar 2022, claimed by group B, at least 10 killed) and assault
 * (Quetta, 10 May 2022, suspected of group A, 3 killed), plus an IED known only to "Aug 2021"
 * (claimed by A, attributed to B, cited by a second source) and an attack known only to "2021" with
 * no place and no group.
 */
const base = makeDataset();
const { source, groupA, groupB } = base.ids;
const other = `other-${source}`;
const [bombing, assault] = base.incidents ?? [];
const [baseSource] = base.sources ?? [];
if (!bombing || !assault || !baseSource) throw new Error("factory changed");
const data: DatasetInput = {
  ...base,
  sources: [baseSource, { ...baseSource, slug: other, title: "Other report", shortTitle: "Other" }],
  incidents: [
    bombing,
    assault,
    {
      ...bombing,
      key: `${bombing.key}-month`,
      title: "August IED",
      date: "2021-08-01",
      datePrecision: "month",
      district: null,
      type: "ied",
      target: "security_forces",
      killed: 5,
      killedQualifier: "exact",
      injured: 2,
      perpetrators: [
        { group: groupA, attribution: "claimed" },
        { group: groupB, attribution: "attributed" },
      ],
      citations: [{ source: other, locator: "p. 2", quote: "an IED in August 2021 killed five soldiers" }],
    },
    {
      ...bombing,
      key: `${bombing.key}-year`,
      title: "Some attack in 2021",
      date: "2021-01-01",
      datePrecision: "year",
      province: null,
      district: null,
      place: null,
      type: "other",
      killed: null,
      injured: null,
      perpetrators: [],
      citations: [{ source, locator: "p. 3", quote: "an attack some time in 2021" }],
    },
  ],
};

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await importDataset(handle.db, data);
});
afterAll(async () => {
  await handle?.close();
});

const caller = () => createCaller(createContext({ db: handle.db, session: sessionFor("viewer") }));

describe(`incidents api on ${process.env.TEST_DB_DRIVER ?? "pglite"}`, () => {
  it("breaks incidents down by province per year, gap-filled over the requested range, unknown last", async () => {
    const b = await caller().incidents.breakdown({ dimension: "province", filter: { from: "2020-01-01", to: "2022-12-31" } });
    expect(b).toEqual({
      periods: ["2020", "2021", "2022"],
      keys: [
        { key: "PK-KP", label: "Khyber Pakhtunkhwa" },
        { key: "PK-BA", label: "Balochistan" },
        { key: "unknown", label: "Province not stated" },
      ],
      rows: [
        { period: "2020", values: { "PK-KP": 0, "PK-BA": 0, unknown: 0 } },
        { period: "2021", values: { "PK-KP": 1, "PK-BA": 0, unknown: 1 } },
        { period: "2022", values: { "PK-KP": 1, "PK-BA": 1, unknown: 0 } },
      ],
      totals: { "PK-KP": 2, "PK-BA": 1, unknown: 1 },
      unplaced: 0,
      note: null,
    });
  });

  it("counts a two-group incident under each group, labels groups, and says so", async () => {
    const b = await caller().incidents.breakdown({ dimension: "group", measure: "killed" });
    expect(b.keys).toEqual([
      { key: groupB, label: "GB" },
      { key: groupA, label: "GA" },
      { key: "unknown", label: "No group attributed" },
    ]);
    // Group B: 10 (bombing) + 5 (August IED); group A: 3 + 5. The IED's 5 dead are in both stacks.
    expect(b.totals).toEqual({ [groupB]: 15, [groupA]: 8, unknown: 0 });
    expect(b.note).toMatch(/counts once under each/);
    const claimed = await caller().incidents.breakdown({ dimension: "group", filter: { certainty: "claimed" } });
    expect(claimed.totals).toEqual({ [groupA]: 1, [groupB]: 1 });
    expect(claimed.rows).toEqual([
      { period: "2021", values: { [groupA]: 1, [groupB]: 0 } },
      { period: "2022", values: { [groupA]: 0, [groupB]: 1 } },
    ]);
  });

  it("places month-dated incidents in a monthly breakdown from mid-month, and reports year-only ones as unplaced", async () => {
    const b = await caller().incidents.breakdown({
      dimension: "type",
      granularity: "month",
      measure: "killed",
      filter: { from: "2021-08-15", to: "2021-12-31" },
    });
    expect(b.periods).toEqual(["2021-08", "2021-09", "2021-10", "2021-11", "2021-12"]);
    expect(b.rows[0]).toEqual({ period: "2021-08", values: { ied: 5 } });
    expect(b.unplaced).toBe(1);
  });

  it("filters the breakdown, list and series by source and certainty alike", async () => {
    const b = await caller().incidents.breakdown({ dimension: "target", filter: { source: other } });
    expect(b.totals).toEqual({ security_forces: 1 });
    const list = await caller().incidents.list({ source: other, limit: 10, offset: 0 });
    expect(list.items.map((i) => i.title)).toEqual(["August IED"]);
    expect(list.items[0]?.citations[0]).toMatchObject({ source: other, sourceShortTitle: "Other" });
    const suspected = await caller().incidents.list({ group: groupA, certainty: "suspected", limit: 10, offset: 0 });
    expect(suspected.items.map((i) => i.title)).toEqual(["Test assault", "August IED"]);
    const claimed = await caller().incidents.series({ filter: { group: groupA, certainty: "claimed" } });
    expect(claimed.points).toEqual([{ period: "2021", value: 1 }]);
  });

  it("sorts the list by a column in either direction and rejects unknown sorts", async () => {
    const page = (sort: "killed" | "title", dir?: "asc" | "desc") => caller().incidents.list({ sort, dir, limit: 10, offset: 0 });
    expect((await page("killed")).items.map((i) => i.killed)).toEqual([10, 5, 3, null]);
    expect((await page("killed", "asc")).items.map((i) => i.killed)).toEqual([3, 5, 10, null]);
    expect((await page("title")).items.map((i) => i.title)).toEqual(["August IED", "Some attack in 2021", "Test assault", "Test bombing"]);
    const err = await caller()
      .incidents.list({ sort: "province" as never, limit: 10, offset: 0 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TRPCError);
    expect((err as TRPCError).code).toBe("BAD_REQUEST");
  });

  it("gets one incident with every citation, and answers an unknown key with NOT_FOUND", async () => {
    const one = await caller().incidents.get({ key: `${bombing.key}-month` });
    expect(one.perpetrators.map((p) => [p.group, p.attribution])).toEqual(
      expect.arrayContaining([
        [groupA, "claimed"],
        [groupB, "attributed"],
      ]),
    );
    expect(one.citations.map((c) => c.quote)).toEqual(["an IED in August 2021 killed five soldiers"]);
    const err = await caller()
      .incidents.get({ key: "no-such-incident" })
      .catch((e: unknown) => e);
    expect((err as TRPCError).code).toBe("NOT_FOUND");
  });

  it("lists timeline events by category and period", async () => {
    expect((await caller().events.list({ kind: "political" })).map((e) => e.title)).toEqual(["Fall of Kabul"]);
    expect(await caller().events.list({ kind: "legal" })).toEqual([]);
    expect((await caller().events.list({ from: "2021-08-16" })).map((e) => e.title)).toEqual([]);
  });
});
