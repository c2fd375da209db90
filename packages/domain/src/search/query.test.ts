import { describe, expect, it } from "vitest";
import { nameKeys } from "./normalize";
import { buildSearchPlan, keyQuery, withNamesOf } from "./query";
import { segmentQuery, synonymsOf } from "./synonyms";

const plan = (q: string) => {
  const p = buildSearchPlan(q);
  if (!p) throw new Error(`no plan for ${q}`);
  return p;
};

describe("synonyms", () => {
  it("IS-K, ISIS-K, ISIL-K, ISKP and Islamic State Khorasan are one organisation", () => {
    for (const q of ["IS-K", "ISIS-K", "ISIL-K", "ISKP", "IS KP", "Daesh Khorasan", "Islamic State Khurasan"]) {
      const p = plan(q);
      expect(p.exact.literal, q).toContain(nameKeys("Islamic State Khorasan Province").literal);
      expect(p.exact.literal, q).toContain("iskp");
      expect(p.exact.literal, q).toContain("isisk");
    }
  });

  it("Daesh is the Islamic State, not its Khorasan province", () => {
    const p = plan("Daesh");
    expect(p.exact.literal).toContain("isis");
    expect(p.exact.literal).toContain("islamicstate");
    expect(p.exact.literal).not.toContain("iskp");
  });

  it("LeJ is Lashkar-e-Jhangvi", () => {
    expect(plan("LeJ").exact.folded).toContain(nameKeys("Lashkar-e-Jhangvi").folded);
    expect(plan("Lashkar-e-Jhangvi").exact.literal).toContain("lej");
  });

  it("Taliban alone is not expanded: the data's aliases decide which Taliban", () => {
    expect(synonymsOf(["talaban"])).toBeNull();
    expect(plan("Taliban").exact).toEqual({ literal: ["taliban"], folded: ["talaban"] });
  });

  it("finds a known name inside a longer query, longest first", () => {
    expect(segmentQuery(["daesh", "attack", "kunduz"]).map((s) => [s.words.join(" "), s.synonyms.length > 0])).toEqual([
      ["daesh", true],
      ["attack", false],
      ["kunduz", false],
    ]);
    expect(segmentQuery(["islamic", "state", "khorasan", "attack"])[0]?.words).toEqual(["islamic", "state", "khorasan"]);
  });
});

describe("buildSearchPlan", () => {
  it("keeps the query as typed for the literal key and adds its folded spelling", () => {
    const p = plan("Tehreek-e-Taliban");
    expect(p.literalKey).toBe("tehreeketaliban");
    // As typed, without its particle, and folded.
    expect(p.exact).toEqual({ literal: ["tehreeketaliban", "tehreektaliban"], folded: ["tahraktalaban"] });
    expect(p.normalized).toBe("tehreek e taliban");
  });

  it("asks the full text for every word, as typed or folded, as a prefix; particles and stopwords are not asked", () => {
    expect(plan("Tehreek-e-Taliban").textQuery).toBe("('tehreek':* | '0tahrak':*) & ('taliban':* | '0talaban':*)");
    expect(plan("attack on a mosque").textQuery).toBe("('attack':* | '0atak':*) & ('mosque':* | '0maska':*)");
    expect(plan("ied").textQuery).toBe("'ied':*");
  });

  it("a synonym becomes an alternative in the full-text query", () => {
    const q = plan("daesh kunduz").textQuery ?? "";
    expect(q).toContain("'daesh':*");
    expect(q).toContain("'isil':*");
    expect(q).toContain("('islamic':* | '0aslamac':*) & ('state':* | '0stata':*)");
    expect(q.endsWith("& ('kunduz':* | '0kandaz':*)")).toBe(true);
  });

  it("has no full-text part for stopwords only, and no plan for punctuation only", () => {
    expect(plan("of the").textQuery).toBeNull();
    expect(plan("al").exact).toEqual({ literal: ["al"], folded: [] });
    expect(buildSearchPlan(" -/- ")).toBeNull();
  });

  it("writes key queries with quoted lexemes, literal keys marked = and folded keys ~", () => {
    expect(keyQuery({ literal: ["lej"], folded: ["laj"] }, false)).toBe("'=lej' | '~laj'");
    expect(keyQuery({ literal: ["lej"], folded: [] }, true)).toBe("'=lej':*");
  });

  it("uses short keys as prefixes only as typed: a synonym's IS or a folded ISIS would start too many names", () => {
    const isis = plan("isis");
    expect(isis.prefix.literal).toContain("isis");
    expect(isis.prefix.folded).not.toContain("asas"); // would start Assassination
    expect(isis.prefix.folded).toContain("aslamacstata"); // Islamic State, a synonym long enough
    expect(isis.prefix.literal).not.toContain("is");
    expect(plan("t").prefix.literal).toEqual(["t"]);
    expect(plan("tehreek").prefix.folded).toEqual(["tahrak"]);
  });

  it("widens with the names of a group the query named: its abbreviation becomes a prefix and a text alternative", () => {
    const p = withNamesOf(plan("Pakistani Taliban"), ["Tehrik-e-Taliban Pakistan", "TTP"]);
    expect(p.prefix.literal).toContain("ttp");
    expect(p.textQuery).toContain("'ttp':*");
    expect(p.highlight.literal).toContain("ttp");
    expect(p.exact).toEqual(plan("Pakistani Taliban").exact);
  });

  it("single letters are not prefixes", () => {
    expect(plan("is k").textQuery).toContain("'k'");
    expect(plan("is k").textQuery).not.toContain("'k':*");
  });
});
