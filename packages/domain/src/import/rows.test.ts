import { describe, expect, it } from "vitest";
import { RecordKey } from "../shared/schemas";
import { hashText, importRecordKey, RowReader, readCitation, slugifySourceCell } from "./rows";

describe("hashText", () => {
  it("is stable: the same text always gives the same 14 hex digits", () => {
    // Pinned: a change here changes every imported key, and re-importing a file would duplicate it.
    // cyrb53's published values: "a" → 7929297801672961, "revenge" → 4051478007546757.
    expect(hashText("a")).toBe((7929297801672961).toString(16).padStart(14, "0"));
    expect(hashText("revenge")).toBe("0e64cc3b748385");
    expect(hashText("")).toBe("0bdcb81aee8d83");
    expect(hashText("a")).toMatch(/^[0-9a-f]{14}$/);
  });

  it("tells near texts apart", () => {
    const hashes = new Set(Array.from({ length: 10_000 }, (_, i) => hashText(`row ${i}`)));
    expect(hashes.size).toBe(10_000);
  });
});

describe("importRecordKey", () => {
  it("is a valid record key built from source, date and content", () => {
    const key = importRecordKey("pips-2022", "2021-08-15", { a: 1 });
    expect(key).toMatch(/^import\/pips-2022\/2021-08-15\/[0-9a-f]{14}$/);
    expect(RecordKey.safeParse(key).success).toBe(true);
    expect(importRecordKey("pips-2022", "2021-08-15", { a: 2 })).not.toBe(key);
  });
});

describe("slugifySourceCell", () => {
  it("turns a title into a slug", () => {
    expect(slugifySourceCell("PIPS 2022")).toBe("pips-2022");
    expect(slugifySourceCell("  CRSS — Annual Report 2025 ")).toBe("crss-annual-report-2025");
    expect(slugifySourceCell("Déjà vu")).toBe("deja-vu");
  });
});

describe("readCitation", () => {
  const ctx = { rowNumber: 2, knownGroups: new Map(), knownSources: new Set(["pips-2022"]), today: "2025-01-01" };
  const mapping = { source: "src", locator: "loc", quote: "q", originalProducer: "prod", note: "note" };

  it("reads source, locator, quote and original producer", () => {
    const r = new RowReader({ src: "pips-2022", loc: "p. 3", q: "exact words", prod: "Dawn" }, mapping);
    expect(readCitation(r, ctx, { field: "note", label: "note" })).toEqual({
      source: "pips-2022",
      locator: "p. 3",
      quote: "exact words",
      originalProducer: "Dawn",
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it("takes the default source's locator when the row has none", () => {
    const r = new RowReader({ q: "words" }, mapping);
    const c = readCitation(r, { ...ctx, defaultSource: { source: "pips-2022", locator: "Table 4" } }, null);
    expect(c).toEqual({ source: "pips-2022", locator: "Table 4", quote: "words", originalProducer: null });
  });

  it("refuses an over-long quote", () => {
    const r = new RowReader({ src: "pips-2022", loc: "p. 3", q: "x".repeat(4001) }, mapping);
    expect(readCitation(r, ctx, null)).toBeNull();
    expect(r.errors).toEqual([expect.objectContaining({ field: "citation.quote", message: expect.stringContaining("longer than 4,000") })]);
  });
});
