import type { DbHandle } from "@monitor/db";
import { importDataset } from "@monitor/db";
import { createTestDb, makeDataset } from "@monitor/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "./context";
import { createCaller } from "./index";
import { sessionFor } from "./test-sessions";
import { createCallerFactory, createTRPCRouter, roleProcedure } from "./trpc";

let handle: DbHandle;
const data = makeDataset();
// A second source stating a different figure for the same thing: the disagreement the app must show.
const rival = `rival-${data.ids.source}`;
beforeAll(async () => {
  handle = await createTestDb();
  await importDataset(handle.db, data);
  const kp2021 = data.statistics?.[0];
  if (!kp2021) throw new Error("factory changed");
  await importDataset(handle.db, {
    sources: [{ ...data.sources?.[0], slug: rival, title: "Rival report", shortTitle: "Rival" }],
    statistics: [
      {
        ...kp2021,
        key: `${kp2021.key}-rival`,
        value: 120,
        qualifier: "over",
        citations: [{ source: rival, locator: "p. 3", quote: "over 120 attacks" }],
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

describe(`api on ${process.env.TEST_DB_DRIVER ?? "pglite"}`, () => {
  it("lists statistics with their citations through the router", async () => {
    const page = await caller().statistics.list({ province: "PK-KP", limit: 10, offset: 0 });
    expect(page.total).toBe(3);
    expect(page.items.every((s) => s.citations.length > 0)).toBe(true);
  });

  it("puts two sources' figures for the same thing side by side and flags the disagreement", async () => {
    const comparisons = await caller().statistics.compare({ metric: "terror_attacks" });
    expect(comparisons).toHaveLength(1);
    const [c] = comparisons;
    expect(c?.disagree).toBe(true);
    expect(c?.figures.map((f) => [f.value, f.qualifier, f.sources[0]])).toEqual([
      [100, "exact", data.ids.source],
      [120, "over", rival],
    ]);
  });

  it("builds published yearly series per source, never mixing sources", async () => {
    const { series, excluded } = await caller().statistics.series({ metric: "terror_attacks", province: "PK-KP" });
    expect(series.map((s) => s.source).sort()).toEqual([rival, data.ids.source].sort());
    expect(series.find((s) => s.source === rival)?.points.map((p) => [p.year, p.value])).toEqual([[2021, 120]]);
    expect(series.find((s) => s.source === data.ids.source)?.points.map((p) => [p.year, p.value])).toEqual([[2021, 100]]);
    expect(excluded).toEqual([]);
  });

  it("never mixes a group's figure or a province's into the national series, nor onto the map", async () => {
    // The factory's 2022 KP figure is attributed to group A: it is that group's, not KP's total.
    const national = await caller().statistics.series({ metric: "terror_attacks" });
    expect(national.series).toEqual([]);
    const kp = await caller().statistics.series({ metric: "terror_attacks", province: "PK-KP" });
    expect(kp.series.find((s) => s.source === data.ids.source)?.points.map((p) => p.year)).toEqual([2021]);
    expect(kp.excluded).toEqual([]);
    const groupA = await caller().statistics.series({ metric: "terror_attacks", province: "PK-KP", group: data.ids.groupA });
    expect(groupA.series.map((s) => s.points.map((p) => p.value))).toEqual([[150]]);
    const layer = await caller().statistics.mapLayer({ metric: "terror_attacks", level: "province" });
    expect(layer.periods.map((p) => p.key)).toEqual(["2021-01-01..2021-12-31"]);
    expect((await caller().statistics.mapLayer({ metric: "terror_attacks", country: "AF", level: "province" })).periods).toEqual([]);
  });

  it("searches figures by what they count", async () => {
    expect((await caller().statistics.list({ search: "nothing like this", limit: 10, offset: 0 })).total).toBe(0);
    expect((await caller().statistics.list({ source: rival, limit: 10, offset: 0 })).items.map((s) => s.value)).toEqual([120]);
  });

  it("finds an incident by its key, and takes % and _ in a search literally", async () => {
    const key = data.incidents?.[0]?.key ?? "";
    expect((await caller().incidents.list({ search: key, limit: 10, offset: 0 })).items.map((i) => i.key)).toEqual([key]);
    expect((await caller().incidents.list({ search: "_", limit: 10, offset: 0 })).total).toBe(0);
    expect((await caller().incidents.list({ search: "%", limit: 10, offset: 0 })).total).toBe(0);
  });

  it("serves the map layer one period at a time", async () => {
    const y2021 = await caller().statistics.mapLayer({ metric: "terror_attacks", level: "province", period: "2021-01-01..2021-12-31" });
    expect(y2021.figures["PK-KP"]?.map((f) => f.value).sort()).toEqual([100, 120]);
  });

  it("counts figures per metric, optionally only those at province or district level", async () => {
    expect(await caller().statistics.metrics({})).toEqual([{ metric: "terror_attacks", count: 3 }]);
    // At map level only whole-area figures count: group A's share of KP's attacks is not KP's total.
    expect(await caller().statistics.metrics({ level: "province", province: "PK-KP" })).toEqual([{ metric: "terror_attacks", count: 2 }]);
    expect(await caller().statistics.metrics({ level: "district" })).toEqual([]);
  });

  it("fills incident series gaps with real zeros inside the requested range", async () => {
    const { points: series, unplaced } = await caller().incidents.series({
      filter: { from: "2022-01-01", to: "2022-06-30" },
      granularity: "month",
      measure: "killed",
    });
    expect(unplaced).toBe(0);
    expect(series).toEqual([
      { period: "2022-01", value: 0 },
      { period: "2022-02", value: 0 },
      { period: "2022-03", value: 10 },
      { period: "2022-04", value: 0 },
      { period: "2022-05", value: 3 },
      { period: "2022-06", value: 0 },
    ]);
  });

  it("answers an unknown slug with NOT_FOUND and a message that says what to do", async () => {
    const err = await trpcError(caller().groups.get({ slug: "no-such-group" }));
    expect(err.code).toBe("NOT_FOUND");
    expect(err.message).toMatch(/No group "no-such-group" exists/);
  });

  it("rejects malformed input with BAD_REQUEST before touching the database", async () => {
    const err = await trpcError(caller().statistics.list({ from: "2022-13-01", limit: 10, offset: 0 }));
    expect(err.code).toBe("BAD_REQUEST");
    const tooMany = await trpcError(caller().incidents.list({ limit: 100_000, offset: 0 }));
    expect(tooMany.code).toBe("BAD_REQUEST");
  });

  it("scores recommendations with every status present", async () => {
    const board = await caller().recommendations.scoreboard({});
    expect(board.not_assessed).toBe(1);
    expect(board.implemented).toBe(0);
    expect(Object.keys(board)).toHaveLength(8);
  });

  it("reports coverage and health", async () => {
    const coverage = await caller().dataset.coverage();
    expect(coverage.incidents).toEqual({ first: "2022-03-04", last: "2022-05-10", total: 2 });
    expect((await caller().dataset.health()).ok).toBe(true);
  });

  it("guards role procedures on the server: anonymous → UNAUTHORIZED, too low → FORBIDDEN", async () => {
    const router = createTRPCRouter({ edit: roleProcedure("editor").query(() => "edited") });
    const make = createCallerFactory(router);
    const as = (role: "viewer" | "analyst" | "editor" | "admin" | null) =>
      make(createContext({ db: handle.db, session: role ? sessionFor(role) : null }));
    expect((await trpcError(as(null).edit())).code).toBe("UNAUTHORIZED");
    expect((await trpcError(as("analyst").edit())).code).toBe("FORBIDDEN");
    expect(await as("editor").edit()).toBe("edited");
    expect(await as("admin").edit()).toBe("edited");
  });

  it("says the data store is unavailable (not a generic 500) when the database is gone", async () => {
    const gone = await createTestDb();
    await gone.close();
    const err = await trpcError(createCaller(createContext({ db: gone.db, session: sessionFor("viewer") })).groups.list({}));
    expect(err.code).toBe("SERVICE_UNAVAILABLE");
    expect(err.message).toMatch(/data store is unavailable/i);
  });
});
