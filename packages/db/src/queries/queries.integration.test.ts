import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client";
import { importDataset } from "../dataset/import";
import { createTestDb, makeDataset } from "../testing";
import { getGroupBySlug, listGroups, listRelationships } from "./groups";
import { aggregateIncidentsByArea, aggregateIncidentsByPeriod, listIncidents } from "./incidents";
import { countRecommendationsByStatus, getRecommendationByKey, listRecommendations } from "./recommendations";
import { getSourceBySlug, listCitationsBySource, listSources } from "./sources";
import { getStatisticsCoverage, listAreaStatistics, listStatistics } from "./statistics";

let handle: DbHandle;
const data = makeDataset();
beforeAll(async () => {
  handle = await createTestDb();
  await importDataset(handle.db, data);
});
afterAll(async () => {
  await handle?.close();
});

describe(`queries on ${process.env.TEST_DB_DRIVER ?? "pglite"}`, () => {
  it("filters statistics by period overlap, province, group and source", async () => {
    const all = await listStatistics(handle.db, {});
    expect(all.total).toBe(2);
    expect(all.items[0]?.periodEnd).toBe("2022-12-31"); // newest first
    expect((await listStatistics(handle.db, { from: "2022-06-01" })).items.map((s) => s.value)).toEqual([150]);
    expect((await listStatistics(handle.db, { group: data.ids.groupA })).items.map((s) => s.value)).toEqual([150]);
    expect((await listStatistics(handle.db, { province: "PK-BA" })).total).toBe(0);
    expect((await listStatistics(handle.db, { source: data.ids.source })).total).toBe(2);
    expect((await listStatistics(handle.db, { source: "nobody" })).total).toBe(0);
    const [first] = all.items;
    expect(first?.citations[0]).toMatchObject({ source: data.ids.source, sourceShortTitle: expect.stringContaining("Test") });
    expect(first?.groupName).toContain("Group A");
  });

  it("paginates with a total", async () => {
    const page = await listStatistics(handle.db, { limit: 1, offset: 1 });
    expect(page.total).toBe(2);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.value).toBe(100);
  });

  it("lists province-level figures for the map layer", async () => {
    const rows = await listAreaStatistics(handle.db, { metric: "terror_attacks", level: "province" });
    // Group A's 2022 figure is its share, not the province's total: the map leaves it out.
    expect(rows.map((r) => r.key)).toEqual([data.statistics?.[0]?.key]);
    expect(await listAreaStatistics(handle.db, { metric: "terror_attacks", level: "district" })).toEqual([]);
  });

  it("aggregates incidents by month and by province in SQL", async () => {
    expect(await aggregateIncidentsByPeriod(handle.db, {}, "month")).toEqual([
      { period: "2022-03", incidents: 1, killed: 10, injured: 20 },
      { period: "2022-05", incidents: 1, killed: 3, injured: 0 },
    ]);
    const byProvince = await aggregateIncidentsByArea(handle.db, {}, "province");
    expect(byProvince.sort((a, b) => String(a.area).localeCompare(String(b.area)))).toEqual([
      { area: "PK-BA", incidents: 1, killed: 3, injured: 0 },
      { area: "PK-KP", incidents: 1, killed: 10, injured: 20 },
    ]);
    expect(await aggregateIncidentsByPeriod(handle.db, { group: data.ids.groupA }, "year")).toEqual([
      { period: "2022", incidents: 1, killed: 3, injured: 0 },
    ]);
  });

  it("lists incidents with perpetrators, attribution and citations", async () => {
    const { items, total } = await listIncidents(handle.db, { search: "bombing" });
    expect(total).toBe(1);
    expect(items[0]?.perpetrators).toEqual([
      { group: data.ids.groupB, groupName: expect.stringContaining("Group B"), attribution: "claimed" },
    ]);
    expect(items[0]?.killedQualifier).toBe("at_least");
  });

  it("returns group summaries with counts and a full profile", async () => {
    const groups = await listGroups(handle.db);
    const a = groups.find((g) => g.slug === data.ids.groupA);
    expect(a).toMatchObject({
      incidentCount: 1,
      statisticCount: 1,
      relationshipCount: 1,
      founded: { date: "2007-12-01", precision: "month" },
    });
    expect(await listGroups(handle.db, { search: "GB" })).toHaveLength(1);
    const profile = await getGroupBySlug(handle.db, data.ids.groupA);
    expect(profile?.strength[0]).toMatchObject({ low: 3000, high: 5000 });
    expect(profile?.claims[0]?.citations[0]?.quote).toBe("It wants test things.");
    expect(profile?.relationships[0]).toMatchObject({ type: "rivalry", fromName: expect.stringContaining("Group A") });
    expect(await getGroupBySlug(handle.db, "nope")).toBeNull();
    expect(await listRelationships(handle.db, { group: data.ids.groupB })).toHaveLength(1);
  });

  it("lists sources with counts and every citation into a source", async () => {
    const [source] = await listSources(handle.db);
    expect(source).toMatchObject({ slug: data.ids.source, recommendationCount: 1 });
    expect(source?.citationCount).toBe(9);
    const s = await getSourceBySlug(handle.db, data.ids.source);
    if (!s) throw new Error("source missing");
    const entries = await listCitationsBySource(handle.db, s.id);
    expect(entries).toHaveLength(9);
    const groupEntries = entries.filter((e) => e.record.type === "group");
    expect(groupEntries.map((e) => e.record.ref)).toEqual([data.ids.groupA, data.ids.groupA]);
    expect(groupEntries.map((e) => e.record.label).sort()).toEqual(["Strength estimate", "Wants test things."]);
    expect(entries.find((e) => e.record.type === "statistic")?.record.label).toBe("terror_attacks");
    expect(entries.map((e) => e.record.type).sort()).toEqual([
      "event",
      "group",
      "group",
      "incident",
      "incident",
      "recommendation",
      "relationship",
      "statistic",
      "statistic",
    ]);
  });

  it("lists recommendations and counts them by status", async () => {
    const { items } = await listRecommendations(handle.db, { theme: "afghanistan_engagement" });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ sourceShortTitle: expect.stringContaining("Test"), status: "not_assessed", updates: [] });
    expect((await listRecommendations(handle.db, { targetActor: "parliament" })).total).toBe(0);
    expect(await countRecommendationsByStatus(handle.db)).toEqual([{ status: "not_assessed", count: 1 }]);
    expect(await getRecommendationByKey(handle.db, "missing")).toBeNull();
  });

  it("reports coverage", async () => {
    expect(await getStatisticsCoverage(handle.db)).toEqual({ first: "2021-01-01", last: "2022-12-31", total: 2 });
  });
});
