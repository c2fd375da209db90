import type { DbHandle } from "@monitor/db";
import { seedDatabase } from "@monitor/db/seed";
import { createTestDb } from "@monitor/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "./context";
import { createCaller } from "./index";
import { sessionFor } from "./test-sessions";

/* The search procedure on the seed reports, as the search box and the /search page call it. */

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDatabase(handle.db);
});
afterAll(async () => {
  await handle?.close();
});

const caller = () => createCaller(createContext({ db: handle.db, session: sessionFor("viewer") }));

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (err) {
    return err instanceof TRPCError ? err.code : String(err);
  }
}

describe(`search api on ${process.env.TEST_DB_DRIVER ?? "pglite"}`, () => {
  it("answers an alias with the group first, with what the result shows and where it matched", async () => {
    const r = await caller().search.query({ q: "Tehreek-e-Taliban", limit: 5 });
    expect(r.query).toBe("Tehreek-e-Taliban");
    expect(r.results[0]).toEqual({
      type: "group",
      key: "ttp",
      title: "Tehrik-e-Taliban Pakistan",
      matchedName: "Tehreek-e-Taliban",
      tier: "exact",
      score: expect.any(Number),
      detail: { type: "group", abbreviation: "TTP", kind: expect.any(String) },
    });
    expect(r.results.length).toBeLessThanOrEqual(5);
    expect(r.totals.group).toBeGreaterThan(0);
  });

  it("finds ISKP by ISIS-K and Lashkar-e-Jhangvi by LeJ and by a misspelling", async () => {
    expect((await caller().search.query({ q: "ISIS-K" })).results[0]?.key).toBe("iskp");
    expect((await caller().search.query({ q: "LeJ" })).results[0]?.key).toBe("lashkar-e-jhangvi");
    expect((await caller().search.query({ q: "Lashkar-e-Jhanvi" })).results[0]?.key).toBe("lashkar-e-jhangvi");
  });

  it("gives each kind its own detail and keeps to the kinds asked for", async () => {
    const r = await caller().search.query({ q: "Peshawar", types: ["incident", "source"], limit: 50 });
    expect(new Set(r.results.map((x) => x.type))).toEqual(new Set(["incident", "source"]));
    expect(r.totals.group).toBe(0);
    const incident = r.results.find((x) => x.type === "incident");
    expect(incident?.detail).toMatchObject({ type: "incident", date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const source = r.results.find((x) => x.type === "source");
    expect(source?.detail).toMatchObject({ type: "source", shortTitle: expect.any(String) });
  });

  it("refuses an empty or overlong query and an unknown kind", async () => {
    expect(await codeOf(caller().search.query({ q: "   " }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller().search.query({ q: "x".repeat(201) }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller().search.query({ q: "ttp", limit: 101 }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller().search.query({ q: "ttp", types: ["person" as "group"] }))).toBe("BAD_REQUEST");
  });

  it("needs a session", async () => {
    const anonymous = createCaller(createContext({ db: handle.db, session: null }));
    expect(await codeOf(anonymous.search.query({ q: "ttp" }))).toBe("UNAUTHORIZED");
  });
});
