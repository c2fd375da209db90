import { ValidationError } from "@monitor/domain";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client";
import { sources, statistics } from "../schema";
import { createTestDb, makeDataset } from "../testing";
import { exportDataset } from "./export";
import { importDataset } from "./import";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle?.close();
});

async function rowCount(table: typeof sources | typeof statistics): Promise<number> {
  const [row] = await handle.db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

describe(`dataset import/export on ${process.env.TEST_DB_DRIVER ?? "pglite"}`, () => {
  it("rejects a dataset with a broken reference and writes nothing", async () => {
    const data = makeDataset();
    const bad = { ...data, statistics: [{ ...data.statistics?.[0], group: "no-such-group" }] };
    const before = await rowCount(sources);
    await expect(importDataset(handle.db, bad)).rejects.toBeInstanceOf(ValidationError);
    await expect(importDataset(handle.db, bad)).rejects.toThrow(/Unknown group "no-such-group"/);
    expect(await rowCount(sources)).toBe(before);
  });

  it("rejects schema violations with field paths and writes nothing", async () => {
    const data = makeDataset();
    const bad = { ...data, statistics: [{ ...data.statistics?.[0], periodStart: "2022-02-30" }] };
    const err = await importDataset(handle.db, bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).issues[0]?.path).toEqual(["statistics", 0, "periodStart"]);
    expect(await rowCount(statistics)).toBe(0);
  });

  it("refuses duplicate keys within one file", async () => {
    const data = makeDataset();
    const dup = { ...data, statistics: [data.statistics?.[0], data.statistics?.[0]] };
    await expect(importDataset(handle.db, dup)).rejects.toThrow(/Duplicate key/);
    expect(await rowCount(sources)).toBe(0);
  });

  it("rolls back every record when a write fails part-way through", async () => {
    const other = await createTestDb();
    try {
      const a = makeDataset();
      await importDataset(other.db, a);
      const b = makeDataset();
      const [group] = b.groups ?? [];
      const clash = a.groups?.[0]?.claims[0]?.key;
      if (!group || !clash) throw new Error("factory changed");
      // Passes validation, but the claim key already belongs to another group: the database refuses it
      // after b's source has been written, and the whole import must roll back.
      const bad = { ...b, groups: [{ ...group, claims: [{ ...group.claims[0], key: clash }] }, ...(b.groups ?? []).slice(1)] };
      await expect(importDataset(other.db, bad)).rejects.toThrow();
      const slugs = (await other.db.select({ slug: sources.slug }).from(sources)).map((r) => r.slug);
      expect(slugs).toEqual([a.ids.source]);
    } finally {
      await other.close();
    }
  });

  it("round-trips: export → import into a fresh database → export gives identical data", async () => {
    const data = makeDataset();
    const summary = await importDataset(handle.db, data);
    expect(summary).toMatchObject({ sources: 1, groups: 2, statistics: 2, incidents: 2, recommendations: 1 });
    const first = await exportDataset(handle.db);
    expect(first.statistics.map((s) => s.key).sort()).toEqual(data.statistics?.map((s) => s.key).sort());
    expect(first.incidents[0]?.citations[0]).toMatchObject({ source: data.ids.source, locator: "Test section" });

    const other = await createTestDb();
    try {
      await importDataset(other.db, JSON.parse(JSON.stringify(first)));
      const second = await exportDataset(other.db);
      expect(second).toEqual(first);
    } finally {
      await other.close();
    }
  });

  it("is idempotent: importing the same file twice leaves one copy of each record", async () => {
    const first = await exportDataset(handle.db);
    await importDataset(handle.db, first);
    const again = await exportDataset(handle.db);
    expect(again).toEqual(first);
    expect(await rowCount(statistics)).toBe(first.statistics.length);
  });
});
