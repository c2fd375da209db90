import type { DatasetInput } from "@monitor/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client";
import { importDataset } from "../dataset/import";
import { createTestDb, makeDataset } from "../testing";
import { listEvents } from "./events";
import {
  aggregateIncidentsByArea,
  aggregateIncidentsByPeriod,
  breakdownIncidents,
  groupLabelsBySlug,
  listIncidents,
  totalIncidentsInPeriod,
} from "./incidents";

/*
 * The factory's two incidents (a bombing in Peshawar, 4 Mar 2022, claimed by group B; an assault in
 * Quetta, 10 May 2022, suspected of group A), plus three that exercise dates known only to the month
 * or year, two groups on one incident, a denial, and a second source.
 */
const base = makeDataset();
const { source, groupA, groupB } = base.ids;
const other = `other-${source}`;
const [bombing, assault] = base.incidents ?? [];
const [baseSource] = base.sources ?? [];
if (!bombing || !assault || !baseSource) throw new Error("factory changed");
const cite = (s: string, quote: string) => [{ source: s, locator: "p. 1", quote }];
const data: DatasetInput = {
  ...base,
  sources: [baseSource, { ...baseSource, slug: other, title: "Other report", shortTitle: "Other" }],
  incidents: [
    bombing,
    assault,
    {
      ...bombing,
      key: `${bombing.key}-month`,
      title: "Month ied",
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
      citations: cite(other, "an IED in August 2021 killed five"),
    },
    {
      ...bombing,
      key: `${bombing.key}-year`,
      title: "Year incident",
      date: "2021-01-01",
      datePrecision: "year",
      province: null,
      district: null,
      place: null,
      type: "other",
      target: "civilians",
      killed: null,
      injured: null,
      perpetrators: [],
      citations: cite(source, "an attack some time in 2021"),
    },
    {
      ...assault,
      key: `${assault.key}-denied`,
      title: "Denied ambush",
      date: "2022-05-20",
      province: "PK-KP",
      district: "pk-kp-swat",
      killed: 0,
      injured: 4,
      injuredQualifier: "exact",
      perpetrators: [{ group: groupA, attribution: "denied" }],
      citations: [...cite(source, "group A denied the ambush"), ...cite(other, "four were injured in the ambush")],
    },
  ],
  events: [
    ...(base.events ?? []),
    {
      key: `${base.events?.[0]?.key}-month`,
      date: "2021-08-01",
      datePrecision: "month",
      title: "A ceasefire in August",
      description: "Talks mediated in Kabul.",
      kind: "agreement",
      citations: cite(source, "a ceasefire in August 2021"),
    },
    {
      key: `${base.events?.[0]?.key}-year`,
      date: "2020-01-01",
      datePrecision: "year",
      title: "A milestone year",
      description: null,
      kind: "military",
      marker: true,
      citations: cite(source, "in 2020"),
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

const titles = async (filter: Parameters<typeof listIncidents>[1]) => (await listIncidents(handle.db, filter)).items.map((i) => i.title);

describe(`incident queries on ${process.env.TEST_DB_DRIVER ?? "pglite"}`, () => {
  it("filters by attribution certainty, for one group or for any", async () => {
    expect(await titles({ certainty: "claimed", sort: "title" })).toEqual(["Month ied", "Test bombing"]);
    expect(await titles({ certainty: "attributed", sort: "title" })).toEqual(["Month ied", "Test bombing"]);
    // A denial is never an attribution, at any certainty.
    expect(await titles({ certainty: "suspected", sort: "title" })).toEqual(["Month ied", "Test assault", "Test bombing"]);
    // A group filter without a certainty floor means "suspected or better": the group's denial does not count.
    expect(await titles({ group: groupA, sort: "title" })).toEqual(["Month ied", "Test assault"]);
    expect(await titles({ group: groupA, certainty: "claimed" })).toEqual(["Month ied"]);
    expect(await titles({ group: groupA, certainty: "suspected", sort: "title" })).toEqual(["Month ied", "Test assault"]);
    // Group B is only "attributed" on the August incident: a "claimed" floor keeps just its own claim.
    expect(await titles({ group: groupB, certainty: "claimed" })).toEqual(["Test bombing"]);
    expect(await titles({ group: groupB, certainty: "attributed", sort: "title" })).toEqual(["Month ied", "Test bombing"]);
  });

  it("totals a period with only the incidents surely inside it, the uncertain ones apart", async () => {
    // Aug–Aug: the three day-dated incidents; "Aug 2021" and "2021" may or may not fall inside.
    expect(await totalIncidentsInPeriod(handle.db, {}, { from: "2021-08-15", to: "2022-08-14" })).toEqual({
      incidents: 3,
      killed: 13,
      injured: 24,
      uncertain: 2,
    });
    // Calendar 2021 surely holds both.
    expect(await totalIncidentsInPeriod(handle.db, {}, { from: "2021-01-01", to: "2021-12-31" })).toEqual({
      incidents: 2,
      killed: 5,
      injured: 2,
      uncertain: 0,
    });
  });

  it("filters by the source that cites an incident", async () => {
    expect(await titles({ source: other, sort: "title" })).toEqual(["Denied ambush", "Month ied"]);
    expect((await listIncidents(handle.db, { source })).total).toBe(4);
    expect((await listIncidents(handle.db, { source: "nobody" })).total).toBe(0);
  });

  it("matches a period by overlap when the date is known only to the month or year", async () => {
    expect(await titles({ from: "2021-08-15", sort: "title" })).toEqual([
      "Denied ambush",
      "Month ied",
      "Test assault",
      "Test bombing",
      "Year incident",
    ]);
    expect(await titles({ from: "2021-09-01", to: "2021-12-31" })).toEqual(["Year incident"]);
    expect(await titles({ from: "2021-08-31", to: "2021-08-31", sort: "title" })).toEqual(["Month ied", "Year incident"]);
    expect(await titles({ to: "2021-07-31" })).toEqual(["Year incident"]);
    expect(await titles({ from: "2022-01-01", sort: "title" })).toEqual(["Denied ambush", "Test assault", "Test bombing"]);
  });

  it("applies the new filters to the series and the map counts too", async () => {
    expect(await aggregateIncidentsByPeriod(handle.db, { source: other }, "year")).toEqual([
      { period: "2021", incidents: 1, killed: 5, injured: 2 },
      { period: "2022", incidents: 1, killed: 0, injured: 4 },
    ]);
    expect(await aggregateIncidentsByArea(handle.db, { certainty: "claimed", province: "PK-KP" }, "province")).toEqual([
      { area: "PK-KP", incidents: 2, killed: 15, injured: 22 },
    ]);
  });

  it("sorts by casualties with unreported figures last either way, by title and by date", async () => {
    expect(await titles({ sort: "killed" })).toEqual(["Test bombing", "Month ied", "Test assault", "Denied ambush", "Year incident"]);
    expect(await titles({ sort: "killed", dir: "asc" })).toEqual([
      "Denied ambush",
      "Test assault",
      "Month ied",
      "Test bombing",
      "Year incident",
    ]);
    // Ties and unreported figures fall back to newest first.
    expect(await titles({ sort: "injured" })).toEqual(["Test bombing", "Denied ambush", "Month ied", "Test assault", "Year incident"]);
    expect(await titles({ sort: "title", dir: "desc" })).toEqual([
      "Year incident",
      "Test bombing",
      "Test assault",
      "Month ied",
      "Denied ambush",
    ]);
    expect(await titles({ sort: "date", dir: "asc" })).toEqual([
      "Year incident",
      "Month ied",
      "Test bombing",
      "Test assault",
      "Denied ambush",
    ]);
    expect(await titles({})).toEqual(["Denied ambush", "Test assault", "Test bombing", "Month ied", "Year incident"]);
    expect(await titles({ sort: "killed", limit: 2, offset: 2 })).toEqual(["Test assault", "Denied ambush"]);
  });

  it("breaks incidents down by period and key in SQL, with null for what an incident does not state", async () => {
    expect(await breakdownIncidents(handle.db, {}, "province", "year")).toEqual([
      { period: "2021", key: "PK-KP", incidents: 1, killed: 5, injured: 2 },
      { period: "2021", key: null, incidents: 1, killed: 0, injured: 0 },
      { period: "2022", key: "PK-BA", incidents: 1, killed: 3, injured: 0 },
      { period: "2022", key: "PK-KP", incidents: 2, killed: 10, injured: 24 },
    ]);
    // By month, the incident known only to the year is left out (the caller counts it as unplaced).
    expect(await breakdownIncidents(handle.db, { to: "2021-12-31" }, "type", "month")).toEqual([
      { period: "2021-08", key: "ied", incidents: 1, killed: 5, injured: 2 },
    ]);
  });

  it("counts an incident under each group linked at the certainty asked, and denials under no group", async () => {
    const byKey = (rows: Awaited<ReturnType<typeof breakdownIncidents>>) => rows.map((r) => [r.period, r.key, r.incidents]);
    expect(byKey(await breakdownIncidents(handle.db, {}, "group", "year"))).toEqual([
      ["2021", groupA, 1],
      ["2021", groupB, 1],
      ["2021", null, 1],
      ["2022", groupA, 1],
      ["2022", groupB, 1],
      ["2022", null, 1],
    ]);
    expect(byKey(await breakdownIncidents(handle.db, { certainty: "claimed" }, "group", "year"))).toEqual([
      ["2021", groupA, 1],
      ["2022", groupB, 1],
    ]);
    expect(await groupLabelsBySlug(handle.db, [groupA, "nobody"])).toEqual({ [groupA]: "GA" });
    expect(await groupLabelsBySlug(handle.db, [])).toEqual({});
  });
});

describe(`timeline event queries on ${process.env.TEST_DB_DRIVER ?? "pglite"}`, () => {
  const eventTitles = async (filter: Parameters<typeof listEvents>[1]) => (await listEvents(handle.db, filter)).map((e) => e.title);
  it("lists events in date order, filtered by category, milestone, words and overlapping period", async () => {
    expect(await eventTitles({})).toEqual(["A milestone year", "A ceasefire in August", "Fall of Kabul"]);
    expect(await eventTitles({ kind: "agreement" })).toEqual(["A ceasefire in August"]);
    expect(await eventTitles({ markers: true })).toEqual(["A milestone year"]);
    expect(await eventTitles({ search: "kabul" })).toEqual(["A ceasefire in August", "Fall of Kabul"]);
    expect(await eventTitles({ from: "2021-08-20" })).toEqual(["A ceasefire in August"]);
    expect(await eventTitles({ from: "2020-06-01", to: "2021-08-01" })).toEqual(["A milestone year", "A ceasefire in August"]);
    const [fall] = await listEvents(handle.db, { search: "Fall of" });
    expect(fall?.citations[0]?.quote).toBe("Kabul fell on 15 August 2021");
  });
});
