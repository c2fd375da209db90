import { describe, expect, it } from "vitest";
import {
  DUPLICATE_LIMIT,
  DUPLICATE_THRESHOLD,
  pairKey,
  porterStem,
  recommendationStem,
  recommendationTerms,
  type SimilarityItem,
  similarity,
  stemWord,
  suggestDuplicates,
} from "./similarity";

function item(id: string, title: string, text: string, extra: Partial<SimilarityItem> = {}): SimilarityItem {
  return { id, key: `${extra.source ?? "report-a"}/rec/${id}`, source: "report-a", title, text, familyId: null, ...extra };
}

const stems = (text: string) => recommendationTerms(text).map((t) => t.stem);

// Eight recommendations from three imaginary reports: three pairs say the same thing in other words,
// two are about something else entirely.
const FIXTURE: SimilarityItem[] = [
  item(
    "border-1",
    "Strengthen border security with joint patrols",
    "Pakistan should strengthen border security through surveillance and joint border patrols with Afghan forces.",
    { source: "report-a" },
  ),
  item(
    "border-2",
    "Strengthen border security measures",
    "Strengthen security along the Afghan border: better surveillance, fencing and patrols.",
    { source: "report-b" },
  ),
  item(
    "derad-1",
    "Community-based de-radicalisation programmes",
    "Set up de-radicalisation programmes run with communities and religious scholars for young detainees.",
    { source: "report-a" },
  ),
  item(
    "derad-2",
    "Deradicalization programs with religious scholars",
    "Deradicalize young detainees through community programs that involve religious scholars.",
    { source: "report-c" },
  ),
  item("kabul-1", "Diplomatic engagement with Kabul", "Engage the Taliban diplomatically to stop the TTP using Afghan soil.", {
    source: "report-b",
  }),
  item(
    "kabul-2",
    "Diplomacy with the Taliban on the TTP",
    "Pursue diplomacy with Kabul so that the Taliban deny the TTP the use of Afghan soil.",
    { source: "report-c" },
  ),
  item(
    "tax-1",
    "Broaden the provincial tax base",
    "Provincial revenue authorities should register retailers and collect agricultural income tax.",
    { source: "report-a" },
  ),
  item(
    "media-1",
    "Train journalists covering conflict",
    "Fund safety training and insurance for journalists reporting from conflict districts.",
    { source: "report-b" },
  ),
];

const REPEATS = [pairKey("border-1", "border-2"), pairKey("derad-1", "derad-2"), pairKey("kabul-1", "kabul-2")];

describe("porterStem", () => {
  it("gives Porter's published stems", () => {
    const expected: Record<string, string> = {
      caresses: "caress",
      ponies: "poni",
      cats: "cat",
      feed: "feed",
      agreed: "agre",
      plastered: "plaster",
      bled: "bled",
      motoring: "motor",
      sing: "sing",
      conflated: "conflat",
      sized: "size",
      hopping: "hop",
      falling: "fall",
      hissing: "hiss",
      filing: "file",
      happy: "happi",
      sky: "sky",
      relational: "relat",
      conditional: "condit",
      rational: "ration",
      digitizer: "digit",
      vietnamization: "vietnam",
      hopefulness: "hope",
      sensibiliti: "sensibl",
      electriciti: "electr",
      generalizations: "gener",
      oscillators: "oscil",
      adjustment: "adjust",
      replacement: "replac",
      adoption: "adopt",
      probate: "probat",
      cease: "ceas",
      controll: "control",
      roll: "roll",
    };
    const actual = Object.fromEntries(Object.keys(expected).map((w) => [w, porterStem(w)]));
    expect(actual).toEqual(expected);
  });

  it("leaves words of one or two letters alone", () => {
    expect(porterStem("is")).toBe("is");
    expect(porterStem("a")).toBe("a");
  });

  it("also drops a final -ist when enough is left", () => {
    expect(stemWord("terrorist")).toBe(stemWord("terrorism"));
    expect(stemWord("extremists")).toBe(stemWord("extremism"));
    expect(stemWord("list")).toBe("list");
    expect(stemWord("exist")).toBe("exist");
    expect(stemWord("insist")).toBe("insist");
  });
});

describe("recommendation words", () => {
  it("folds British and American spellings and word forms to one stem", () => {
    const derad = ["de-radicalisation", "deradicalisation", "deradicalization", "deradicalize", "deradicalised", "De-Radicalization"];
    expect(new Set(derad.map((w) => stems(w).join(" ")))).toEqual(new Set([stems("deradicalisation").join(" ")]));
    expect(recommendationStem("radicalisation")).toBe(recommendationStem("radicalize"));
    expect(recommendationStem("organisations")).toBe(recommendationStem("organization"));
    expect(recommendationStem("behaviour")).toBe(recommendationStem("behavior"));
    expect(recommendationStem("defence")).toBe(recommendationStem("defense"));
    expect(recommendationStem("programmes")).toBe(recommendationStem("programs"));
    expect(new Set(["engage", "engaging", "engagement", "engaged"].map(recommendationStem)).size).toBe(1);
    expect(new Set(["cooperate", "cooperation", "cooperative"].map(recommendationStem)).size).toBe(1);
  });

  it("keeps radicalisation and deradicalisation apart", () => {
    expect(recommendationStem("radicalisation")).not.toBe(recommendationStem("deradicalisation"));
  });

  it("closes up counter- compounds and also counts the word countered", () => {
    expect(stems("counter-terrorism")).toEqual(stems("counterterrorism"));
    expect(stems("CT")).toEqual(stems("counterterrorism"));
    expect(stems("counter-narratives")).toContain(recommendationStem("narrative"));
    expect(stems("counterterrorism")).toContain(recommendationStem("terrorism"));
    // Too short a remainder to be the thing countered.
    expect(stems("counterparts")).toEqual([recommendationStem("counterparts")]);
  });

  it("drops stopwords, short words, numbers, document words and parenthesised citations", () => {
    const t = recommendationTerms("(Sayed, 2023) As reported in the literature review: Pakistan must do more, by 2025, on it.");
    expect(t.map((x) => x.word)).toEqual(["pakistan"]);
  });

  it("folds accents, apostrophes and possessives, and keeps the written word for display", () => {
    const t = recommendationTerms("Pēshāwar's madāris and China's leverage");
    expect(t.map((x) => x.word)).toEqual(["peshawar", "madaris", "china", "leverage"]);
    expect(t.map((x) => x.stem)).toEqual(["peshawar", "madari", "china", "leverag"]);
  });

  it("reads Kabul and the IEA as the Taliban", () => {
    expect(stems("Kabul")).toEqual(stems("Taliban"));
    expect(stems("IEA")).toEqual(stems("Taliban"));
  });

  it("returns nothing for empty or stopword-only text", () => {
    expect(recommendationTerms("")).toEqual([]);
    expect(recommendationTerms("  —  ")).toEqual([]);
    expect(recommendationTerms("It should be done by them.")).toEqual([]);
  });
});

describe("pairKey", () => {
  it("is order-independent and puts the smaller id first", () => {
    expect(pairKey("b", "a")).toBe("a|b");
    expect(pairKey("a", "b")).toBe("a|b");
    expect(pairKey("rec-10", "rec-9")).toBe(pairKey("rec-9", "rec-10"));
    expect(pairKey("rec-10", "rec-9")).toBe("rec-10|rec-9");
  });
});

describe("similarity", () => {
  it("is 1 for identical texts, 0 with nothing in common, symmetric and within 0..1", () => {
    const a = item("a", "Fund madrassa reform", "Register every madrassa and fund a modern curriculum.");
    const twin = item("b", "Fund madrassa reform", "Register every madrassa and fund a modern curriculum.");
    const other = item("c", "Train journalists", "Insurance for reporters in conflict districts.");
    expect(similarity(a, twin)).toBe(1);
    expect(similarity(a, other)).toBe(0);
    for (const x of FIXTURE) {
      for (const y of FIXTURE) {
        const s = similarity(x, y, FIXTURE);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(s).toBe(similarity(y, x, FIXTURE));
      }
    }
  });

  it("folds spellings: the same recommendation in British and American English scores 1", () => {
    const uk = item("uk", "De-radicalisation centres", "Organise de-radicalisation programmes in every district centre.");
    const us = item("us", "Deradicalization centers", "Organize deradicalization programs in every district center.");
    expect(similarity(uk, us)).toBe(1);
  });

  it("scores 0 for items without content words, even against each other", () => {
    const empty = item("e", "", "");
    const hollow = item("h", "It should be so.", "");
    expect(similarity(empty, hollow)).toBe(0);
    expect(similarity(empty, FIXTURE[0] as SimilarityItem)).toBe(0);
  });

  it("counts the title more than the text", () => {
    const a = item("a", "Border fencing", "Tax reform");
    const sameTitle = item("b", "Border fencing", "");
    const titleIsText = item("c", "Tax reform", "");
    const corpus = [a, sameTitle, titleIsText];
    expect(similarity(a, sameTitle, corpus)).toBeGreaterThan(similarity(a, titleIsText, corpus));
  });

  it("weighs words over the corpus: a word every item uses counts for less", () => {
    const a = item("a", "Pakistan border fencing", "");
    const b = item("b", "Pakistan tax reform", "");
    const many = [a, b, ...["x", "y", "z"].map((id) => item(id, "Pakistan", "Pakistan policy"))];
    expect(similarity(a, b, many)).toBeLessThan(similarity(a, b));
  });
});

describe("suggestDuplicates", () => {
  it("ranks the repeats first and leaves unrelated pairs out", () => {
    const s = suggestDuplicates(FIXTURE);
    expect(s.slice(0, 3).map((x) => pairKey(x.a, x.b))).toEqual(expect.arrayContaining(REPEATS));
    const unrelated = s.filter((x) => [x.a, x.b].some((id) => id === "tax-1" || id === "media-1"));
    expect(unrelated).toEqual([]);
    const worstRepeat = Math.min(...s.filter((x) => REPEATS.includes(pairKey(x.a, x.b))).map((x) => x.score));
    const everyPair = suggestDuplicates(FIXTURE, { threshold: 0, limit: 1000 });
    for (const other of everyPair.filter((x) => !REPEATS.includes(pairKey(x.a, x.b)))) expect(other.score).toBeLessThan(worstRepeat);
  });

  it("sorts by score, puts the smaller id first and reports the source and shared words", () => {
    const s = suggestDuplicates(FIXTURE, { threshold: 0, limit: 1000 });
    for (let i = 1; i < s.length; i++)
      expect((s[i - 1] as { score: number }).score).toBeGreaterThanOrEqual((s[i] as { score: number }).score);
    for (const x of s) {
      expect(x.a < x.b).toBe(true);
      expect(x.sharedTerms.length).toBeGreaterThanOrEqual(1);
      expect(x.sharedTerms.length).toBeLessThanOrEqual(8);
    }
    const derad = s.find((x) => pairKey(x.a, x.b) === pairKey("derad-1", "derad-2"));
    expect(derad?.sameSource).toBe(false);
    expect(derad?.sharedTerms).toEqual(expect.arrayContaining(["scholars", "detainees"]));
    // One written form per shared stem.
    expect(derad?.sharedTerms.filter((t) => t.includes("radical"))).toHaveLength(1);
  });

  it("marks pairs from one source", () => {
    const a = item("a", "Strengthen border security", "Fence the border.", { source: "same" });
    const b = item("b", "Border security", "Strengthen the border fence.", { source: "same" });
    expect(suggestDuplicates([a, b])[0]?.sameSource).toBe(true);
  });

  it("leaves out pairs already in one family, but not items in different families or none", () => {
    const withFamilies = FIXTURE.map((x) =>
      x.id === "border-1" || x.id === "border-2"
        ? { ...x, familyId: "fam-border" }
        : x.id === "kabul-1"
          ? { ...x, familyId: "fam-kabul" }
          : x,
    );
    const keys = suggestDuplicates(withFamilies).map((x) => pairKey(x.a, x.b));
    expect(keys).not.toContain(pairKey("border-1", "border-2"));
    expect(keys).toContain(pairKey("kabul-1", "kabul-2"));
    expect(keys).toContain(pairKey("derad-1", "derad-2"));
    // Two different families can still be suggested as one.
    const twoFamilies = withFamilies.map((x) => (x.id === "kabul-2" ? { ...x, familyId: "fam-other" } : x));
    expect(suggestDuplicates(twoFamilies).map((x) => pairKey(x.a, x.b))).toContain(pairKey("kabul-1", "kabul-2"));
  });

  it("leaves out dismissed pairs, whichever way round they were dismissed", () => {
    const dismissed = new Set([pairKey("derad-2", "derad-1")]);
    const keys = suggestDuplicates(FIXTURE, { dismissed }).map((x) => pairKey(x.a, x.b));
    expect(keys).not.toContain(pairKey("derad-1", "derad-2"));
    expect(keys).toContain(pairKey("kabul-1", "kabul-2"));
  });

  it("applies threshold (inclusive) and limit", () => {
    const all = suggestDuplicates(FIXTURE, { threshold: 0, limit: 1000 });
    const third = all[2]?.score ?? 0;
    expect(suggestDuplicates(FIXTURE, { threshold: third, limit: 1000 }).every((x) => x.score >= third)).toBe(true);
    expect(suggestDuplicates(FIXTURE, { threshold: third, limit: 1000 }).length).toBeGreaterThanOrEqual(3);
    expect(suggestDuplicates(FIXTURE, { threshold: 0, limit: 2 })).toEqual(all.slice(0, 2));
    expect(suggestDuplicates(FIXTURE, { limit: 0 })).toEqual([]);
    expect(suggestDuplicates(FIXTURE, { threshold: 1.01 })).toEqual([]);
  });

  it("has documented defaults", () => {
    expect(DUPLICATE_THRESHOLD).toBeGreaterThan(0);
    expect(DUPLICATE_THRESHOLD).toBeLessThan(1);
    expect(DUPLICATE_LIMIT).toBe(50);
    const many = Array.from({ length: 12 }, (_, i) =>
      item(`r${String(i).padStart(2, "0")}`, "Fence the border", "Fence the whole border."),
    );
    expect(suggestDuplicates(many)).toHaveLength(DUPLICATE_LIMIT); // 66 identical pairs, capped at 50
  });

  it("is deterministic whatever the input order", () => {
    const once = suggestDuplicates(FIXTURE, { threshold: 0, limit: 1000 });
    const reversed = suggestDuplicates([...FIXTURE].reverse(), { threshold: 0, limit: 1000 });
    const shuffled = suggestDuplicates(
      [5, 2, 7, 0, 3, 6, 1, 4].map((i) => FIXTURE[i] as SimilarityItem),
      { threshold: 0, limit: 1000 },
    );
    expect(reversed).toEqual(once);
    expect(shuffled).toEqual(once);
  });

  it("breaks ties by the items' keys", () => {
    const text = "Fence the whole Afghan border.";
    const items = [
      item("id-3", "Border fence", text, { key: "c/rec/3" }),
      item("id-1", "Border fence", text, { key: "b/rec/1" }),
      item("id-2", "Border fence", text, { key: "a/rec/2" }),
    ];
    const s = suggestDuplicates(items);
    expect(s.map((x) => x.score)).toEqual([1, 1, 1]);
    // Pairs by their keys, sorted: (a/rec/2, b/rec/1), (a/rec/2, c/rec/3), (b/rec/1, c/rec/3).
    expect(s.map((x) => pairKey(x.a, x.b))).toEqual(["id-1|id-2", "id-2|id-3", "id-1|id-3"]);
  });

  it("handles no items, one item, empty texts and repeated ids", () => {
    expect(suggestDuplicates([])).toEqual([]);
    expect(suggestDuplicates([FIXTURE[0] as SimilarityItem])).toEqual([]);
    expect(suggestDuplicates([item("a", "", ""), item("b", "", ""), item("c", "  ", "...")], { threshold: 0 })).toEqual([]);
    const same = FIXTURE[0] as SimilarityItem;
    expect(suggestDuplicates([same, { ...same }])).toEqual([]);
  });

  it("scores identical texts 1", () => {
    const a = item("a", "Reform madrassa curricula", "Add science and critical thinking to madrassa curricula.");
    const b = { ...a, id: "b", key: "report-b/rec/b", source: "report-b" };
    expect(suggestDuplicates([a, b, ...FIXTURE])[0]).toMatchObject({ a: "a", b: "b", score: 1, sameSource: false });
  });

  it("needs two shared words unless an item has fewer", () => {
    const a = item("a", "Resolve the refugee question", "");
    const b = item("b", "Resolve disputes over water", "");
    expect(similarity(a, b)).toBeGreaterThan(0);
    expect(suggestDuplicates([a, b], { threshold: 0 })).toEqual([]);
    const single = item("c", "Fencing", "");
    const alsoSingle = item("d", "Fencing", "Fencing.");
    expect(suggestDuplicates([single, alsoSingle], { threshold: 0 })).toHaveLength(1);
  });
});
