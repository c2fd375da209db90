import { describe, expect, it } from "vitest";
import type { RecommendationView } from "../shared/views";
import { RECOMMENDATION_CSV_COLUMNS, recommendationCsvFileName, recommendationCsvRows } from "./export";

const rec: RecommendationView = {
  id: "1",
  key: "pips-2022/rec/x",
  version: 3,
  source: "pips-2022",
  sourceTitle: "PIPS",
  sourceShortTitle: "PIPS 2022",
  sourceYear: 2022,
  sourcePublishedOn: null,
  number: "5.2",
  title: "Do a thing",
  text: 'Text, with "quotes"',
  theme: "governance",
  targetActors: ["government_of_pakistan", "parliament"],
  priority: "unspecified",
  status: "stalled",
  nextReviewOn: "2026-03-01",
  provinces: ["PK-BA"],
  indicator: null,
  ownerId: "u1",
  ownerName: "Ayesha",
  family: { key: "family/f", title: "The family" },
  updatedAt: "2026-03-01T00:00:00.000Z",
  citations: [
    {
      source: "pips-2022",
      sourceTitle: "PIPS",
      sourceShortTitle: "PIPS 2022",
      locator: "p. 3",
      quote: "Exact words",
      originalProducer: null,
    },
  ],
  updates: [
    {
      id: "u1",
      createdAt: "x",
      date: "2026-01-01",
      from: "proposed",
      to: "stalled",
      note: "n",
      evidence: [],
      author: "a",
      assessor: "analyst",
      assessorName: null,
      province: null,
    },
    {
      id: "u2",
      createdAt: "x",
      date: "2026-02-01",
      from: "not_assessed",
      to: "in_progress",
      note: "n",
      evidence: [],
      author: "a",
      assessor: "government",
      assessorName: "MoI",
      province: "PK-BA",
    },
  ],
};

describe("CSV export rows", () => {
  it("stamps each row with the status date and carries the quote, labels and other assessments", () => {
    const [row] = recommendationCsvRows([rec], "2026-03-10");
    expect(Object.keys(row ?? {})).toEqual([...RECOMMENDATION_CSV_COLUMNS]);
    expect(row).toMatchObject({
      status_as_of: "2026-03-10",
      status: "Stalled",
      status_since: "2026-01-01",
      addressed_to: "Government of Pakistan; Parliament",
      other_assessments: "Government claim (MoI), Balochistan: In progress (2026-02-01)",
      days_overdue: "9",
      family: "The family",
      quote: "Exact words",
      priority: "Not stated by the source",
    });
    expect(recommendationCsvFileName("2026-03-10")).toBe("recommendations-status-as-of-2026-03-10.csv");
  });
});
