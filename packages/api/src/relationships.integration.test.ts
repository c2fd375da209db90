/**
 * `groups.relationships` on the five seed reports: the whole network, one group's ties, and the network
 * as of a date (ties that held then, between groups that existed then). Runs on PGlite and PostgreSQL.
 */
import type { DbHandle } from "@monitor/db";
import { seedDatabase } from "@monitor/db/seed";
import { createTestDb } from "@monitor/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "./context";
import { createCaller } from "./index";
import { sessionFor } from "./test-sessions";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDatabase(handle.db);
});
afterAll(async () => {
  await handle?.close();
});

const caller = () => createCaller(createContext({ db: handle.db, session: sessionFor("viewer") }));
const year = (y: number) => ({ date: `${y}-01-01`, precision: "year" as const });

describe(`groups.relationships on ${process.env.TEST_DB_DRIVER ?? "pglite"}`, () => {
  it("lists every tie with its citations when no date is given", async () => {
    const all = await caller().groups.relationships({});
    expect(all.length).toBeGreaterThan(100);
    expect(all.every((r) => r.citations.length > 0 && r.citations.every((c) => c.quote.length > 0))).toBe(true);
  });

  it("as of 2015 shows IS-K's founding ties and none of the ties that begin later", async () => {
    const keys = (await caller().groups.relationships({ asOf: year(2015) })).map((r) => r.key);
    // CRSS: TTP commanders and IMU fighters defected to IS-K when it formed in 2015; IS-K pledged to the Islamic State.
    expect(keys).toEqual(
      expect.arrayContaining([
        "crss-2025/rel/ttp-iskp-defection",
        "crss-2025/rel/imu-iskp-defection-2015",
        "crss-2025/rel/iskp-islamic-state-affiliate",
        "crss-2025/rel/iskp-afghan-taliban-rivalry",
      ]),
    );
    // Later: Taliban sanctuary for the TTP after Aug 2021, the BNA mergers of Jan 2022, ISPP from May 2019.
    for (const later of [
      "crss-2025/rel/afghan-taliban-ttp-sanctuary",
      "pips-2022/rel/uba-bna-merger",
      "ullah-bano-2025/rel/ispp-affiliate-islamic-state",
      "pips-2022/rel/haqqani-network-afghan-taliban-rivalry",
    ]) {
      expect(keys).not.toContain(later);
    }
    // Ended: the Taliban's sanctuary for al-Qaeda of 1996–2001.
    expect(keys).not.toContain("crss-2025/rel/afghan-taliban-al-qaeda-sanctuary-1996-2001");
  });

  it("draws an undated tie only once both groups are shown to exist by a founding date or a dated record", async () => {
    // PIPS lists the BLA in BRAS without a date; BRAS has no founding date and its first dated record is
    // the SRA joining in July 2020.
    const key = "pips-2022/rel/bla-bras-alliance";
    expect((await caller().groups.relationships({ asOf: year(2015) })).map((r) => r.key)).not.toContain(key);
    expect((await caller().groups.relationships({ asOf: year(2022) })).map((r) => r.key)).toContain(key);
    // Nothing dates the PFLP or the Japanese Red Army: their undated alliance shows only without a date.
    const jra = "ullah-bano-2025/rel/japanese-red-army-pflp-alliance";
    expect((await caller().groups.relationships({ asOf: year(1975) })).map((r) => r.key)).not.toContain(jra);
    expect((await caller().groups.relationships({})).map((r) => r.key)).toContain(jra);
  });

  it("as of 2014 draws no tie of IS-K, which was founded in January 2015", async () => {
    const rels = await caller().groups.relationships({ asOf: year(2014) });
    expect(rels.length).toBeGreaterThan(0);
    expect(rels.filter((r) => r.from === "iskp" || r.to === "iskp")).toEqual([]);
  });

  it("combines a group and a date, and can leave out ties without a start date", async () => {
    const ttp = await caller().groups.relationships({ group: "ttp", asOf: year(2022) });
    expect(ttp.every((r) => r.from === "ttp" || r.to === "ttp")).toBe(true);
    expect(ttp.map((r) => r.key)).toContain("pips-2022/rel/tipu-gul-groups-ttp-merger");
    const dated = await caller().groups.relationships({ group: "ttp", asOf: year(2022), includeUndated: false });
    expect(dated.length).toBeLessThan(ttp.length);
    expect(dated.every((r) => r.start !== null)).toBe(true);
  });

  it("refuses a date that does not exist", async () => {
    const err = await caller()
      .groups.relationships({ asOf: { date: "2015-02-30", precision: "day" } })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(err).toBeInstanceOf(TRPCError);
    expect((err as TRPCError).code).toBe("BAD_REQUEST");
  });
});
