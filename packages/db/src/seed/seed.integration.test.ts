import { Dataset } from "@monitor/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client";
import { exportDataset } from "../dataset/export";
import { importDataset } from "../dataset/import";
import { createTestDb } from "../testing";
import { buildSeedDataset, seedDatabase } from "./index";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle?.close();
});

describe(`the seed dataset on ${process.env.TEST_DB_DRIVER ?? "pglite"}`, () => {
  it("loads every record of the five reports", async () => {
    const summary = await seedDatabase(handle.db);
    const expected = Dataset.parse(buildSeedDataset());
    expect(summary).toEqual({
      sources: 5,
      groups: expected.groups.length,
      relationships: expected.relationships.length,
      statistics: expected.statistics.length,
      incidents: expected.incidents.length,
      events: expected.events.length,
      recommendations: expected.recommendations.length,
      recommendationFamilies: expected.recommendationFamilies.length,
    });
    const exported = await exportDataset(handle.db);
    expect(exported.recommendationFamilies.map((f) => [f.key, f.members.length])).toEqual(
      [...expected.recommendationFamilies].sort((a, b) => a.title.localeCompare(b.title)).map((f) => [f.key, f.members.length]),
    );
    expect(exported.statistics.length).toBe(expected.statistics.length);
    expect(exported.groups.reduce((n, g) => n + g.claims.length, 0)).toBe(expected.groups.reduce((n, g) => n + g.claims.length, 0));
  });

  it("is idempotent: seeding twice leaves the same data", async () => {
    const first = await exportDataset(handle.db);
    await seedDatabase(handle.db);
    expect(await exportDataset(handle.db)).toEqual(first);
  });

  it("round-trips: export → import into an empty database → export gives the same JSON", async () => {
    const first = await exportDataset(handle.db);
    const other = await createTestDb();
    try {
      await importDataset(other.db, JSON.parse(JSON.stringify(first)));
      expect(JSON.stringify(await exportDataset(other.db))).toBe(JSON.stringify(first));
    } finally {
      await other.close();
    }
  });
});
