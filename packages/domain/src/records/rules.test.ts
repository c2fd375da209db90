import { describe, expect, it } from "vitest";
import type { Incident } from "../incidents/schemas";
import { canonicalJson, citationsOf, fieldWords, mergeIncidents, sameRecord, staleRecordMessage } from "./rules";
import { newRecordKey, RECORD_SCHEMAS, recordHref, recordKeyOf, recordLabel, SaveRecordInput } from "./schemas";

const incident: Incident = {
  key: "entry/2022-05-10/police-post",
  title: "Attack on a police post",
  date: "2022-05-10",
  datePrecision: "day",
  country: "PK",
  province: "PK-KP",
  district: "pk-kp-bajaur",
  place: null,
  type: "armed_assault",
  target: "security_forces",
  killed: 3,
  killedQualifier: "exact",
  injured: null,
  injuredQualifier: "exact",
  perpetrators: [{ group: "ttp", attribution: "claimed" }],
  description: null,
  citations: [{ source: "crss-2025", locator: "p. 3", quote: "three policemen were killed" }],
};

describe("incident form validation (the schema the form and the procedure share)", () => {
  const parse = (over: Partial<Incident>) => RECORD_SCHEMAS.incident.safeParse({ ...incident, ...over });
  const messageAt = (over: Partial<Incident>, path: string) =>
    (parse(over).error?.issues ?? []).find((i) => i.path.join(".") === path)?.message;

  it("accepts a complete incident", () => {
    expect(parse({}).success).toBe(true);
  });
  it("says what is wrong and how to fix it, on the field", () => {
    expect(messageAt({ date: "2022-02-30" }, "date")).toMatch(/does not exist/);
    expect(messageAt({ date: "10/05/2022" }, "date")).toMatch(/2021-08-15/);
    expect(messageAt({ title: "   " }, "title")).toMatch(/cannot be empty/);
    expect(messageAt({ citations: [] }, "citations")).toMatch(/at least one citation/);
    expect(parse({ killed: -3 }).success).toBe(false);
    expect(messageAt({ perpetrators: [incident.perpetrators[0] as never, incident.perpetrators[0] as never] }, "perpetrators")).toMatch(
      /each group once/,
    );
  });
  it("needs a version to update and none to create", () => {
    expect(SaveRecordInput.safeParse({ type: "incident", record: incident, expectedVersion: null }).success).toBe(true);
    expect(SaveRecordInput.safeParse({ type: "incident", record: incident, expectedVersion: 0 }).success).toBe(false);
    expect(SaveRecordInput.safeParse({ type: "incident", record: incident }).success).toBe(false);
  });
  it("refuses a figure whose period ends before it starts, on the end", () => {
    const r = RECORD_SCHEMAS.statistic.safeParse({
      key: "k",
      metric: "fatalities",
      label: null,
      value: 3,
      unit: "people",
      qualifier: "exact",
      periodStart: "2022-12-31",
      periodEnd: "2022-01-01",
      periodPrecision: "year",
      geography: { country: "PK", province: null, district: null },
      group: null,
      note: null,
      citations: incident.citations,
    });
    expect(r.error?.issues[0]?.path).toEqual(["periodEnd"]);
  });
});

describe("records helpers", () => {
  it("names and keys records of every type", () => {
    expect(recordKeyOf("incident", incident)).toBe(incident.key);
    expect(recordKeyOf("source", { slug: "pips-2022" } as never)).toBe("pips-2022");
    expect(recordLabel("incident", incident)).toBe("Attack on a police post");
    expect(recordHref("incident", "a/b c")).toBe("/incidents/a%2Fb%20c");
    expect(newRecordKey("entry", "2022-05-10", "Attack on Police Post, Bajaur!", "3F9A-xx")).toBe(
      "entry/2022-05-10/attack-on-police-post-bajaur-3f9axx",
    );
    expect(newRecordKey("entry", "2022-05-10", "!!!", "")).toBe("entry/2022-05-10/record");
  });

  it("finds every citation in a record, nested ones too, with its form path", () => {
    const group = {
      claims: [{ citations: [{ source: "a", quote: "x" }] }],
      leaders: [
        {
          citations: [
            { source: "b", quote: "y" },
            { source: "c", quote: "z" },
          ],
        },
      ],
    };
    expect(citationsOf(group).map((c) => c.path)).toEqual([
      ["claims", 0, "citations", 0],
      ["leaders", 0, "citations", 0],
      ["leaders", 0, "citations", 1],
    ]);
    expect(citationsOf(incident).map((c) => c.citation.source)).toEqual(["crss-2025"]);
  });

  it("compares records regardless of key order and absent optional fields", () => {
    expect(canonicalJson({ b: 1, a: { d: undefined, c: [2] } })).toBe('{"a":{"c":[2]},"b":1}');
    expect(sameRecord({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameRecord({ a: 1 }, { a: 2 })).toBe(false);
  });

  it("merges a new report into the held incident: held values win, gaps are filled, groups and citations added once", () => {
    const report: Incident = {
      ...incident,
      key: "entry/other",
      killed: 5,
      injured: 7,
      injuredQualifier: "over",
      place: "Khar",
      perpetrators: [
        { group: "ttp", attribution: "suspected" },
        { group: "jua", attribution: "claimed" },
      ],
      citations: [
        { source: "crss-2025", locator: "p. 9", quote: "three  policemen were KILLED" },
        { source: "pips-2022", locator: "p. 2", quote: "five were killed" },
      ],
    };
    const merged = mergeIncidents(incident, report);
    expect(merged.key).toBe(incident.key);
    expect(merged.killed).toBe(3);
    expect(merged).toMatchObject({ injured: 7, injuredQualifier: "over", place: "Khar" });
    expect(merged.perpetrators).toEqual([
      { group: "ttp", attribution: "claimed" },
      { group: "jua", attribution: "claimed" },
    ]);
    expect(merged.citations.map((c) => c.source)).toEqual(["crss-2025", "pips-2022"]);
  });

  it("tells a stale editor who changed what, and that nothing was saved", () => {
    const msg = staleRecordMessage({
      label: "Attack",
      expected: 1,
      current: 3,
      latest: {
        actorLabel: "ed@example.org",
        at: "2026-03-10T09:15:00.000Z",
        changes: [{ field: "killedQualifier", before: "exact", after: "over" }],
      },
    });
    expect(msg).toBe(
      "“Attack” was changed by someone else while you were editing (you had version 1, it is now version 3). ed@example.org saved it at 2026-03-10 09:15 UTC, changing killed qualifier. Nothing was saved: reload to see their change, then make yours again.",
    );
    expect(fieldWords("periodStart")).toBe("period start");
    expect(fieldWords("someNewField")).toBe("some new field");
  });
});
