import { describe, expect, it } from "vitest";
import { highlightParts } from "./highlight";
import { buildSearchPlan, type SearchPlan } from "./query";
import { matchedName, prefixCloseness, rankSearchResults, searchTier } from "./rank";
import type { SearchCandidate } from "./schemas";

const plan = (q: string): SearchPlan => {
  const p = buildSearchPlan(q);
  if (!p) throw new Error(`no plan for ${q}`);
  return p;
};

const group = (key: string, title: string, names: string[], signals: Partial<SearchCandidate> = {}): SearchCandidate => ({
  type: "group",
  key,
  title,
  names: [title, ...names],
  detail: { type: "group", abbreviation: null, kind: "other" },
  exact: false,
  exactLiteral: false,
  prefix: false,
  textRank: null,
  similarity: 0,
  wordSimilarity: 0,
  ...signals,
});

const incident = (key: string, title: string, signals: Partial<SearchCandidate> = {}): SearchCandidate => ({
  ...group(key, title, []),
  type: "incident",
  detail: { type: "incident", date: "2022-01-01", datePrecision: "day", place: null },
  ...signals,
});

describe("searchTier", () => {
  it("exact before prefix before text before fuzzy", () => {
    const p = plan("lej");
    expect(searchTier(group("a", "A", [], { exact: true, prefix: true, textRank: 0.5 }), p)).toBe("exact");
    expect(searchTier(group("a", "A", [], { prefix: true, textRank: 0.5 }), p)).toBe("prefix");
    expect(searchTier(group("a", "A", [], { textRank: 0.01, similarity: 0.9 }), p)).toBe("text");
    expect(searchTier(group("a", "A", [], { similarity: 0.31 }), p)).toBe("fuzzy");
    expect(searchTier(group("a", "A", [], { wordSimilarity: 0.6 }), p)).toBe("fuzzy");
    expect(searchTier(group("a", "A", [], { similarity: 0.29, wordSimilarity: 0.59 }), p)).toBeNull();
  });

  it("offers no near spelling for one- or two-letter queries", () => {
    expect(searchTier(group("a", "A", [], { similarity: 0.9 }), plan("le"))).toBeNull();
  });
});

describe("rankSearchResults", () => {
  it("puts the abbreviation's group first, then the group whose name starts with it, then words, then near spellings", () => {
    const p = plan("LeJ");
    const ranked = rankSearchResults(
      [
        incident("i1", "LeJ bombing in Quetta", { textRank: 0.6 }),
        group("lej-a", "Lashkar-e-Jhangvi Al-Alami", ["LeJ-A", "LeJ-Al Alami"], { prefix: true, textRank: 0.2 }),
        group("lej", "Lashkar-e-Jhangvi", ["LeJ"], { exact: true, exactLiteral: true, prefix: true, textRank: 0.9 }),
        group("let", "Lashkar-e-Taiba", ["LeT"], { similarity: 0.4 }),
        group("none", "Nothing", [], {}),
      ],
      p,
      10,
    );
    expect(ranked.map((r) => [r.key, r.tier])).toEqual([
      ["lej", "exact"],
      ["lej-a", "prefix"],
      ["i1", "text"],
      ["let", "fuzzy"],
    ]);
    expect(ranked[0]?.matchedName).toBe("LeJ");
    expect(ranked[1]?.matchedName).toBe("LeJ-A");
  });

  it("an exact match as typed outranks one through folding or a synonym; a group outranks an incident of the same tier", () => {
    const p = plan("Taliban");
    const ranked = rankSearchResults(
      [
        incident("i", "Taliban", { exact: true, exactLiteral: true }),
        group("ttp", "Tehrik-e-Taliban Pakistan", ["Pakistani Taliban"], { textRank: 0.3 }),
        group("tb", "Afghan Taliban (Islamic Emirate of Afghanistan)", ["Taliban"], { exact: true, exactLiteral: true }),
        group("x", "Talibaan", [], { exact: true }),
      ],
      p,
      10,
    );
    expect(ranked.map((r) => r.key)).toEqual(["tb", "i", "x", "ttp"]);
    expect(ranked[0]?.matchedName).toBe("Taliban");
  });

  it("orders prefix matches by how much of the name the query covers", () => {
    const p = plan("Lashkar-e-J");
    const a = group("a", "Lashkar-e-Jhangvi Al-Alami", [], { prefix: true });
    const b = group("b", "Lashkar-e-Jhangvi", [], { prefix: true });
    expect(prefixCloseness(b, p)).toBeGreaterThan(prefixCloseness(a, p));
    expect(rankSearchResults([a, b], p, 10).map((r) => r.key)).toEqual(["b", "a"]);
  });

  it("orders full-text matches by rank and near spellings by similarity, and cuts at the limit", () => {
    const p = plan("mosque peshawar");
    const ranked = rankSearchResults(
      [
        incident("low", "Low", { textRank: 0.1 }),
        incident("high", "High", { textRank: 0.7 }),
        incident("near", "Near", { similarity: 0.5 }),
        incident("nearer", "Nearer", { similarity: 0.8 }),
      ],
      p,
      3,
    );
    expect(ranked.map((r) => r.key)).toEqual(["high", "low", "nearer"]);
  });
});

describe("matchedName", () => {
  it("names the alias that matched, not the title", () => {
    const iskp = group("iskp", "Islamic State Khorasan Province", ["ISKP", "IS-K", "ISIS-K"]);
    expect(matchedName(iskp, plan("isis-k"))).toBe("ISIS-K");
    // Through a synonym the title itself matches.
    expect(matchedName(iskp, plan("ISIL-K"))).toBeNull();
    expect(matchedName(iskp, plan("IS K"))).toBe("IS-K");
    expect(matchedName(iskp, plan("Islamic State Khorasan Province"))).toBeNull();
    expect(matchedName(iskp, plan("Islamic St"))).toBeNull();
  });
});

describe("highlightParts", () => {
  const marked = (text: string, q: string) =>
    highlightParts(text, plan(q).highlight)
      .filter((p) => p.match)
      .map((p) => p.text);

  it("marks the query's words in a title, joining a hyphenated name into one mark", () => {
    expect(marked("Tehrik-e-Taliban Pakistan (TTP)", "tehreek taliban")).toEqual(["Tehrik-e-Taliban"]);
    expect(marked("Bombing of a Shia mosque in Peshawar", "mosque pesh")).toEqual(["mosque", "Peshawar"]);
    expect(marked("IS-K suicide attack on Frontier Corps personnel in Sibi", "iskp")).toEqual(["IS-K"]);
    // Only short synonyms are marked: "Islamic" alone is not ISKP.
    expect(marked("Islamic Movement of Uzbekistan", "ISIS-K")).toEqual([]);
    expect(marked("Lashkar-e-Balochistan", "LeJ")).toEqual([]);
    expect(marked("Daesh and ISIS-K in Kunduz", "ISKP")).toEqual(["ISIS-K"]);
  });

  it("keeps the text whole", () => {
    const parts = highlightParts("Army Public School massacre, Peshawar", plan("school").highlight);
    expect(parts.map((p) => p.text).join("")).toBe("Army Public School massacre, Peshawar");
    expect(parts).toEqual([
      { text: "Army Public ", match: false },
      { text: "School", match: true },
      { text: " massacre, Peshawar", match: false },
    ]);
    expect(highlightParts("Nothing here", plan("zzz").highlight)).toEqual([{ text: "Nothing here", match: false }]);
  });
});
