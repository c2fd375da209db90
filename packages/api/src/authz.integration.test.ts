/**
 * The authorization matrix: every procedure of the router, declared once with the lowest role that may
 * call it, called by every kind of caller. A procedure added without a rule here fails the run.
 */
import { type DbHandle, importDataset } from "@monitor/db";
import { createTestDb, makeDataset } from "@monitor/db/testing";
import { ROLES, type Role } from "@monitor/domain";
import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "./context";
import { appRouter, createCaller } from "./index";
import { sessionFor } from "./test-sessions";

type Rule = "public" | Role;

interface Declared {
  rule: Rule;
  /** A valid-looking input; mutations get one that cannot change real state. */
  input?: unknown;
  /** What a caller who passes the rule gets: a result, or the (non-auth) error the input leads to. */
  allowed: "ok" | Exclude<TRPC_ERROR_CODE_KEY, "UNAUTHORIZED" | "FORBIDDEN">;
}

const NO_SUCH_USER = "00000000-0000-4000-8000-000000000000";

const RULES: Record<string, Declared> = {
  "dashboard.periods": { rule: "viewer", allowed: "ok" },
  "dashboard.headlines": { rule: "viewer", input: {}, allowed: "ok" },
  "dashboard.compare": { rule: "viewer", input: {}, allowed: "ok" },
  "dashboard.surges": { rule: "viewer", input: {}, allowed: "ok" },
  "dashboard.views": { rule: "viewer", allowed: "ok" },
  "dashboard.saveView": { rule: "viewer", input: { name: "x", path: "/not-a-dashboard-page", query: "" }, allowed: "BAD_REQUEST" },
  "dashboard.deleteView": { rule: "viewer", input: { id: "00000000-0000-4000-8000-000000000000" }, allowed: "NOT_FOUND" },
  "dashboard.setHouseFigure": {
    rule: "editor",
    input: {
      comparisonKey: "fatalities|count|-|-|-|-|-|2000-01-01|2000-12-31",
      value: 1,
      rationale: "a rationale long enough to pass",
      expectedVersion: null,
    },
    allowed: "BAD_REQUEST",
  },
  "dashboard.clearHouseFigure": {
    rule: "editor",
    input: { comparisonKey: "fatalities|count|-|-|-|-|-|2000-01-01|2000-12-31", expectedVersion: 1 },
    allowed: "CONFLICT",
  },
  "dataset.health": { rule: "public", allowed: "ok" },
  "dataset.coverage": { rule: "viewer", allowed: "ok" },
  "events.list": { rule: "viewer", input: {}, allowed: "ok" },
  "geo.units": { rule: "viewer", input: { level: "province" }, allowed: "ok" },
  "groups.list": { rule: "viewer", input: {}, allowed: "ok" },
  "groups.get": { rule: "viewer", input: { slug: "nope" }, allowed: "NOT_FOUND" },
  "groups.relationships": { rule: "viewer", input: {}, allowed: "ok" },
  "incidents.list": { rule: "viewer", input: { limit: 10, offset: 0 }, allowed: "ok" },
  "incidents.get": { rule: "viewer", input: { key: "nope" }, allowed: "NOT_FOUND" },
  "incidents.series": { rule: "viewer", input: {}, allowed: "ok" },
  "incidents.byArea": { rule: "viewer", input: {}, allowed: "ok" },
  "incidents.breakdown": { rule: "viewer", input: { dimension: "group" }, allowed: "ok" },
  "recommendations.list": { rule: "viewer", input: { limit: 10, offset: 0 }, allowed: "ok" },
  "recommendations.get": { rule: "viewer", input: { key: "nope" }, allowed: "NOT_FOUND" },
  "recommendations.scoreboard": { rule: "viewer", input: {}, allowed: "ok" },
  "recommendations.scoreboardBy": { rule: "viewer", input: { dimension: "actor" }, allowed: "ok" },
  "recommendations.board": { rule: "viewer", input: {}, allowed: "ok" },
  "recommendations.overdue": { rule: "viewer", input: {}, allowed: "ok" },
  "recommendations.exportRows": { rule: "viewer", input: {}, allowed: "ok" },
  "recommendations.owners": { rule: "viewer", allowed: "ok" },
  "recommendations.families": { rule: "viewer", allowed: "ok" },
  "recommendations.family": { rule: "viewer", input: { key: "family/nope" }, allowed: "NOT_FOUND" },
  "recommendations.indicator": { rule: "viewer", input: { key: "nope" }, allowed: "NOT_FOUND" },
  "recommendations.duplicateSuggestions": { rule: "editor", input: {}, allowed: "ok" },
  "recommendations.recordUpdate": {
    rule: "analyst",
    input: { key: "nope", expectedVersion: 1, to: "in_progress", date: "2020-01-01", note: "n" },
    allowed: "NOT_FOUND",
  },
  "recommendations.edit": {
    rule: "editor",
    input: {
      key: "nope",
      expectedVersion: 1,
      title: "t",
      text: "t",
      theme: "other",
      targetActors: ["other"],
      priority: "low",
      ownerId: null,
      nextReviewOn: null,
      provinces: [],
      indicator: null,
    },
    allowed: "NOT_FOUND",
  },
  "recommendations.linkFamily": { rule: "editor", input: { keys: ["nope", "nope-2"], title: "A family" }, allowed: "NOT_FOUND" },
  "recommendations.unlinkFamily": { rule: "editor", input: { key: "nope", familyKey: "family/nope" }, allowed: "NOT_FOUND" },
  "recommendations.dismissDuplicate": { rule: "editor", input: { a: "nope", b: "nope-2" }, allowed: "NOT_FOUND" },
  "records.get": { rule: "viewer", input: { type: "incident", key: "nope" }, allowed: "NOT_FOUND" },
  "records.save": { rule: "editor", input: { type: "event", record: { key: "x" }, expectedVersion: null }, allowed: "BAD_REQUEST" },
  "records.delete": { rule: "editor", input: { type: "incident", key: "nope", expectedVersion: 1 }, allowed: "NOT_FOUND" },
  "records.restore": { rule: "editor", input: { type: "incident", key: "nope" }, allowed: "NOT_FOUND" },
  "records.mergeIncident": { rule: "editor", input: { into: "nope" }, allowed: "BAD_REQUEST" },
  "records.incidentDuplicates": { rule: "editor", input: { record: {} }, allowed: "BAD_REQUEST" },
  "records.checkQuote": { rule: "viewer", input: { source: "nope", quote: "words" }, allowed: "ok" },
  "records.history": { rule: "viewer", input: { type: "incident", key: "nope" }, allowed: "ok" },
  "records.changesSince": { rule: "viewer", input: { since: "2020-01-01" }, allowed: "ok" },
  "records.trash": { rule: "editor", input: {}, allowed: "ok" },
  "imports.start": { rule: "editor", input: { fileName: "x.csv", mapping: { kind: "incidents", mapping: {} } }, allowed: "BAD_REQUEST" },
  "imports.check": { rule: "editor", input: { batchId: NO_SUCH_USER, firstRowNumber: 2, rows: [{ a: "1" }] }, allowed: "NOT_FOUND" },
  "imports.review": { rule: "editor", input: { batchId: NO_SUCH_USER }, allowed: "NOT_FOUND" },
  "imports.commit": { rule: "editor", input: { batchId: NO_SUCH_USER, expectedRows: 1 }, allowed: "NOT_FOUND" },
  "imports.discard": { rule: "editor", input: { batchId: NO_SUCH_USER }, allowed: "NOT_FOUND" },
  "search.query": { rule: "viewer", input: { q: "ttp" }, allowed: "ok" },
  "sources.list": { rule: "viewer", input: {}, allowed: "ok" },
  "sources.get": { rule: "viewer", input: { slug: "nope" }, allowed: "NOT_FOUND" },
  "statistics.list": { rule: "viewer", input: { limit: 10, offset: 0 }, allowed: "ok" },
  "statistics.get": { rule: "viewer", input: { key: "nope" }, allowed: "NOT_FOUND" },
  "statistics.compare": { rule: "viewer", input: {}, allowed: "ok" },
  "statistics.series": { rule: "viewer", input: { metric: "terror_attacks" }, allowed: "ok" },
  "statistics.mapLayer": { rule: "viewer", input: { metric: "terror_attacks" }, allowed: "ok" },
  "statistics.metrics": { rule: "viewer", input: {}, allowed: "ok" },
  "users.me": { rule: "viewer", allowed: "ok" },
  // The test sessions' users have no password in the database, so the current password is never right.
  "users.changeOwnPassword": {
    rule: "viewer",
    input: { currentPassword: "not the password", newPassword: "a brand new password" },
    allowed: "BAD_REQUEST",
  },
  "users.list": { rule: "admin", input: {}, allowed: "ok" },
  // Fails validation (password too short): nothing is created.
  "users.create": {
    rule: "admin",
    input: { email: "new@example.org", name: "New", role: "viewer", password: "short" },
    allowed: "BAD_REQUEST",
  },
  "users.setRole": { rule: "admin", input: { userId: NO_SUCH_USER, role: "editor" }, allowed: "NOT_FOUND" },
  "users.setActive": { rule: "admin", input: { userId: NO_SUCH_USER, active: false }, allowed: "NOT_FOUND" },
  // Fails validation (password too short) before hashing or touching a user.
  "users.resetPassword": { rule: "admin", input: { userId: NO_SUCH_USER, password: "short" }, allowed: "BAD_REQUEST" },
  "audit.list": { rule: "admin", input: {}, allowed: "ok" },
};

const routerPaths = Object.keys(appRouter._def.procedures).sort();
const declaredPaths = Object.keys(RULES).sort();

type Caller = "anonymous" | Role;
const CALLERS: Caller[] = ["anonymous", ...ROLES];

/** What a caller at `who` should get from a procedure declared `d`. */
function expected(d: Declared, who: Caller): string {
  if (d.rule === "public") return d.allowed;
  if (who === "anonymous") return "UNAUTHORIZED";
  return ROLES.indexOf(who) >= ROLES.indexOf(d.rule) ? d.allowed : "FORBIDDEN";
}

const cells = declaredPaths.flatMap((path) => {
  const d = RULES[path] as Declared;
  return CALLERS.map((who) => ({ path, who, rule: d.rule, input: d.input, expect: expected(d, who) }));
});

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await importDataset(handle.db, makeDataset());
});
afterAll(async () => {
  await handle?.close();
});

/** Calls `a.b` on the server-side caller and reports "ok" or the TRPCError code. */
async function outcome(who: Caller, path: string, input: unknown): Promise<string> {
  const caller = createCaller(createContext({ db: handle.db, session: who === "anonymous" ? null : sessionFor(who) }));
  let target: unknown = caller;
  for (const segment of path.split(".")) target = (target as Record<string, unknown>)[segment];
  if (typeof target !== "function") throw new Error(`${path} is not callable on the caller`);
  try {
    await (target as (input: unknown) => Promise<unknown>)(input);
    return "ok";
  } catch (err) {
    if (err instanceof TRPCError) return err.code;
    throw err;
  }
}

describe(`authorization matrix on ${process.env.TEST_DB_DRIVER ?? "pglite"}`, () => {
  it("declares a rule for every procedure in the router, and none for a procedure that is gone", () => {
    expect(routerPaths.filter((p) => !(p in RULES))).toEqual([]);
    expect(declaredPaths.filter((p) => !routerPaths.includes(p))).toEqual([]);
    expect(routerPaths).toHaveLength(declaredPaths.length);
  });

  it("keeps the health check the only public procedure", () => {
    expect(declaredPaths.filter((p) => RULES[p]?.rule === "public")).toEqual(["dataset.health"]);
  });

  it.each(cells)("$path (rule: $rule) called by $who → $expect", async ({ path, who, input, expect: want }) => {
    expect(await outcome(who, path, input)).toBe(want);
  });
});
