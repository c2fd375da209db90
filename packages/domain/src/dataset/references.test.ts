import { describe, expect, it } from "vitest";
import { boundarySetForPeriod, findAdminUnitByName, getAdminUnit, listAdminUnits, provinceOf } from "../geo/admin-units";
import { isQuoteInDocument, quoteInContext } from "../sources/quote-check";
import { checkDatasetReferences } from "./references";
import { Dataset } from "./schemas";

const cite = [{ source: "s", locator: "p. 1", quote: "q" }];
const base = () =>
  Dataset.parse({
    sources: [
      {
        slug: "s",
        title: "T",
        shortTitle: "T",
        publisher: null,
        authors: [],
        year: 2022,
        publishedOn: null,
        kind: "other",
        url: null,
        file: null,
        inferred: [],
        notes: null,
      },
    ],
    statistics: [
      {
        key: "a",
        metric: "fatalities",
        label: null,
        value: 3,
        unit: "count",
        qualifier: "exact",
        periodStart: "2022-01-01",
        periodEnd: "2022-12-31",
        periodPrecision: "year",
        geography: { country: "PK", province: "PK-KP", district: "pk-kp-bajaur", areas: [] },
        group: null,
        note: null,
        citations: cite,
      },
    ],
  });

describe("dataset references", () => {
  it("accepts a consistent dataset", () => {
    expect(checkDatasetReferences(base())).toEqual([]);
  });
  it("names unknown sources, groups, places and mismatched parents by path", () => {
    const d = base();
    const s = d.statistics[0];
    if (!s) throw new Error("fixture");
    d.statistics.push({ ...s, key: "b", group: "ghost", citations: [{ ...cite[0], source: "nope" } as (typeof cite)[0]] });
    d.statistics.push({ ...s, key: "c", geography: { country: "PK", province: "PK-BA", district: "pk-kp-bajaur", areas: [] } });
    d.statistics.push({ ...s, key: "d", geography: { country: "AF", province: "PK-KP", district: null, areas: [] } });
    d.statistics.push({ ...s, key: "a" });
    const issues = checkDatasetReferences(d);
    expect(issues.map((i) => i.path.join("."))).toEqual([
      "statistics.4",
      "statistics.1.citations.0.source",
      "statistics.1.group",
      "statistics.2.geography.district",
      "statistics.3.geography.province",
    ]);
  });
  it("checks evidence citations and that the status matches the last update", () => {
    const d = Dataset.parse({
      ...base(),
      recommendations: [
        {
          key: "r",
          source: "s",
          number: null,
          title: "T",
          text: "T",
          theme: "other",
          targetActors: ["other"],
          priority: "unspecified",
          status: "proposed",
          nextReviewOn: null,
          citations: cite,
          updates: [
            {
              date: "2023-01-01",
              from: "proposed",
              to: "in_progress",
              note: "n",
              evidence: [{ kind: "citation", citation: { source: "ghost", locator: "l", quote: "q" } }],
              author: "a",
            },
          ],
        },
      ],
    });
    expect(checkDatasetReferences(d).map((i) => i.path.join("."))).toEqual([
      "recommendations.0.updates.0.evidence.0.citation.source",
      "recommendations.0.status",
    ]);
  });

  it("refuses links that are not web addresses", () => {
    const bad = { ...base().sources[0], url: "javascript:alert(1)" };
    expect(Dataset.safeParse({ sources: [bad] }).success).toBe(false);
    expect(Dataset.safeParse({ sources: [{ ...bad, url: "https://www.crss.pk/report" }] }).success).toBe(true);
  });

  it("accepts a former FATA agency under PK-TA for pre-merger figures", () => {
    const d = base();
    const s = d.statistics[0];
    if (!s) throw new Error("fixture");
    d.statistics[0] = { ...s, geography: { country: "PK", province: "PK-TA", district: "pk-kp-bajaur", areas: [] } };
    expect(checkDatasetReferences(d)).toEqual([]);
  });
});

describe("admin units from the boundary files", () => {
  it("knows the provinces, FATA and districts with their parents", () => {
    expect(listAdminUnits({ level: "province", parent: "PK" })).toHaveLength(8);
    expect(listAdminUnits({ level: "province", parent: "AF" })).toHaveLength(34);
    expect(listAdminUnits({ level: "district" })).toHaveLength(156);
    expect(getAdminUnit("pk-kp-north-waziristan")).toMatchObject({ parent: "PK-KP", formerFata: true });
    expect(provinceOf("pk-ba-quetta")).toBe("PK-BA");
    expect(findAdminUnitByName("KPK")?.id).toBe("PK-KP");
    expect(findAdminUnitByName("D.I. Khan", "district")?.id).toBe("pk-kp-dera-ismail-khan");
    expect(boundarySetForPeriod("2017-12-31")).toBe("pre2018");
    expect(boundarySetForPeriod("2022-12-31")).toBe("post2018");
  });
});

describe("quote check", () => {
  it("matches across line breaks and typographic quotes, and rejects paraphrase", () => {
    const doc = "The TTP\u2019s attacks rose by\n51% \u2014 a \u201Cmindboggling\u201D increase.";
    expect(isQuoteInDocument('TTP\'s attacks rose by 51% - a "mindboggling" increase', doc)).toBe(true);
    expect(isQuoteInDocument("attacks increased by 51%", doc)).toBe(false);
    expect(isQuoteInDocument("   ", doc)).toBe(false);
  });
});

describe("quote in context", () => {
  const doc = "First paragraph.\n\nThe TTP regrouped in 2021. Attacks rose by 51% in a year. Officials were alarmed.\n\nNext paragraph.";
  it("returns the quote with the rest of its paragraph", () => {
    expect(quoteInContext(doc, "Attacks rose by 51%")).toEqual({
      before: "The TTP regrouped in 2021. ",
      quote: "Attacks rose by 51%",
      after: " in a year. Officials were alarmed.",
      approximate: false,
    });
  });
  it("cuts long context at word boundaries with an ellipsis, and says when the quote is absent", () => {
    const long = `${"word ".repeat(200)}QUOTE here ${"tail ".repeat(200)}`;
    const c = quoteInContext(long, "QUOTE", 20);
    expect(c?.before.startsWith("…")).toBe(true);
    expect(c?.after.endsWith("…")).toBe(true);
    expect(quoteInContext(doc, "not in the document at all")).toBeNull();
  });
  it("places a near-verbatim quote (straight quotes, folded line breaks) and says it is approximate", () => {
    const text = "Intro.\n\nThe group\u2019s leader said that\nattacks rose sharply. End.";
    const c = quoteInContext(text, "The group's leader said that attacks rose");
    expect(c).toMatchObject({ quote: "The group\u2019s leader said that\nattacks rose", after: " sharply. End.", approximate: true });
  });
});
