import { describe, expect, it } from "vitest";
import { changedFieldsInWords, describeChange, diffField, diffList, diffText, historyHref, keyFromSegments } from "./history-format";

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
