import { TARGET_ACTOR_LABELS } from "@monitor/domain";
import { describe, expect, it } from "vitest";
import {
  changedFieldsInWords,
  describeChange,
  diffField,
  diffList,
  diffText,
  enumLabel,
  historyHref,
  keyFromSegments,
  summarizeItem,
} from "./history-format";

describe("history links", () => {
  it("encodes each segment of a key with slashes and reads it back", () => {
    const href = historyHref("incident", "pips-2022/incident/a b");
    expect(href).toBe("/history/incident/pips-2022/incident/a%20b");
    expect(keyFromSegments(href.split("/").slice(3))).toBe("pips-2022/incident/a b");
    expect(keyFromSegments(["%E0%A4%A"])).toBeNull();
  });
});

describe("describeChange", () => {
  const base = { entityLabel: "Attack (from acled.csv)", before: null, after: null };
  it("names the file an import came from", () => {
    expect(describeChange({ ...base, action: "incident.import" }).label).toBe("Imported from acled.csv");
  });
  it("gives the reason of a deletion", () => {
    const d = describeChange({ ...base, action: "event.delete", before: { deleteReason: "duplicate" } });
    expect(d).toMatchObject({ kind: "deleted", note: "Reason: duplicate" });
  });
  it("reads created, edited, restored and merged", () => {
    expect(describeChange({ ...base, action: "source.create" }).kind).toBe("created");
    expect(describeChange({ ...base, action: "source.update" }).kind).toBe("edited");
    expect(describeChange({ ...base, action: "source.restore" }).kind).toBe("restored");
    expect(describeChange({ ...base, action: "incident.merge", after: { mergedFrom: "x/1" } }).note).toContain("x/1");
  });
});

describe("field diffs", () => {
  it("keeps a scalar as before → after", () => {
    expect(diffField(3, 5)).toEqual({ kind: "scalar", before: "3", after: "5" });
    expect(diffField(null, "claimed")).toEqual({ kind: "scalar", before: "—", after: "claimed" });
  });
  it("cuts a long text down to the words that changed", () => {
    const a = `${"The attack happened in the morning near the market. ".repeat(4)}Twelve people died.`;
    const b = `${"The attack happened in the morning near the market. ".repeat(4)}Fourteen people died.`;
    const d = diffText(a, b);
    expect(d.removed).toBe("Twelve");
    expect(d.added).toBe("Fourteen");
    expect(d.cutStart).toBe(true);
    expect(d.suffix).toBe(" people died.");
    expect(diffField(a, b).kind).toBe("text");
  });
  it("lists items added, removed and changed, pairing items by identity", () => {
    const before = [
      { group: "ttp", attribution: "claimed" },
      { group: "iskp", attribution: "suspected" },
      { source: "pips", locator: "p. 3", quote: "twelve killed" },
    ];
    const after = [
      { group: "ttp", attribution: "attributed" },
      { source: "pips", locator: "p. 3", quote: "twelve killed" },
      { source: "pics", locator: "p. 9", quote: "fourteen killed" },
    ];
    const d = diffList(before, after);
    expect(d.added).toEqual([{ source: "pics", locator: "p. 9", quote: "fourteen killed" }]);
    expect(d.removed).toEqual([{ group: "iskp", attribution: "suspected" }]);
    expect(d.changed).toHaveLength(1);
    expect(d.changed[0]?.fields).toEqual(["attribution"]);
  });
  it("says the changed fields in words", () => {
    const c = (field: string) => ({ field, before: 1, after: 2 });
    expect(changedFieldsInWords([c("title"), c("killedQualifier"), c("mergedFrom")])).toBe("title and killed qualifier");
    expect(changedFieldsInWords([c("a"), c("b"), c("c")], 2)).toBe("a, b and 1 more");
  });
});

describe("enum labels in diffs", () => {
  it("shows an event's kind by its label, the stored value beside it", () => {
    expect(diffField("political", "military", { field: "kind", type: "event" })).toEqual({
      kind: "scalar",
      before: "Political",
      after: "Military",
      beforeRaw: "political",
      afterRaw: "military",
    });
  });
  it("uses the record type's labels for a field several types share, and every type's when it is not known", () => {
    expect(enumLabel("religious_jihadist", { field: "kind", type: "group" })).toBe("Religious / jihadist");
    expect(enumLabel("think_tank_report", { field: "kind" })).toBe("Think-tank report");
    expect(enumLabel("suicide_bombing", { field: "type", type: "incident" })).toBe("Suicide bombing");
    expect(enumLabel("splinter", { field: "type" })).toBe("Splinter");
    // A relationship's ends are group slugs, never statuses.
    expect(enumLabel("proposed", { field: "from", type: "relationship" })).toBeNull();
    expect(enumLabel("proposed", { field: "from", type: "recommendation" })).toBe("Proposed");
  });
  it("labels targets, qualifiers, precisions, metrics, units, themes, priorities and statuses", () => {
    expect(diffField("day", "month", { field: "datePrecision" })).toMatchObject({ before: "Exact day", after: "Month only" });
    expect(diffField("exact", "at_least", { field: "killedQualifier" })).toMatchObject({ before: "exactly", after: "at least" });
    expect(diffField("count", "percent", { field: "unit" })).toMatchObject({ before: "Count", after: "Percent" });
    expect(enumLabel("fatalities", { field: "metric" })).not.toBe("fatalities");
    expect(enumLabel("high", { field: "priority" })).not.toBeNull();
    expect(enumLabel("in_progress", { field: "status" })).toBe("In progress");
    expect(enumLabel("between", { field: "qualifier", type: "group" })).toBe("between (a range)");
  });
  it("keeps values without a label as they are, with no stored value beside them", () => {
    expect(diffField("Old title", "New title", { field: "title" })).toEqual({ kind: "scalar", before: "Old title", after: "New title" });
    expect(diffField(null, "claimed", { field: "attribution" })).toEqual({ kind: "scalar", before: "—", after: "claimed" });
    expect(enumLabel("not-a-kind", { field: "kind" })).toBeNull();
  });
  it("names places by their admin unit", () => {
    expect(diffField("PK-PB", "PK-KP", { field: "province" })).toMatchObject({
      before: "Punjab",
      after: "Khyber Pakhtunkhwa",
      afterRaw: "PK-KP",
    });
  });
  it("labels values inside a list's items and an object's fields", () => {
    expect(summarizeItem({ group: "ttp", attribution: "suspected" })).toBe("ttp — attribution suspected");
    expect(summarizeItem("provincial_governments", { field: "targetActors" })).toBe(TARGET_ACTOR_LABELS.provincial_governments);
    const d = diffField({ date: "2014-01-01", precision: "year" }, { date: "2014-06-01", precision: "month" }, { field: "founded" });
    expect(d).toMatchObject({
      kind: "object",
      changes: [
        { field: "date", before: "2014-01-01", after: "2014-06-01" },
        { field: "precision", before: "Year only", after: "Month only", beforeRaw: "year", afterRaw: "month" },
      ],
    });
    const roles = diffList(
      [{ key: "r1", kind: "religious_jihadist", label: "Insurgency" }],
      [{ key: "r1", kind: "de_facto_government", label: "Insurgency" }],
      {
        field: "roles",
        type: "group",
      },
    );
    expect(roles.changed[0]?.label).toContain("Religious / jihadist");
  });
});
