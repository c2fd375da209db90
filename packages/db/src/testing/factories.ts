import type { DatasetInput } from "@monitor/domain";

let counter = 0;

/**
 * A small, valid, self-contained dataset with unique slugs and keys on every call, so tests never
 * depend on seeded ids or on each other. Quotes are invented test text, attributed to a test source.
 */
export function makeDataset(
  overrides: Partial<DatasetInput> = {},
): DatasetInput & { ids: { source: string; groupA: string; groupB: string } } {
  counter += 1;
  const n = `${Date.now().toString(36)}-${counter}`;
  const source = `test-source-${n}`;
  const groupA = `group-a-${n}`;
  const groupB = `group-b-${n}`;
  const cite = (quote: string) => [{ source, locator: "Test section", quote }];
  return {
    ids: { source, groupA, groupB },
    sources: [
      {
        slug: source,
        title: `Test report ${n}`,
        shortTitle: `Test ${n}`,
        publisher: "Test Institute",
        authors: ["A. Tester"],
        year: 2022,
        publishedOn: null,
        kind: "think_tank_report",
        url: null,
        file: null,
        inferred: [],
        notes: null,
      },
    ],
    groups: [
      {
        slug: groupA,
        name: `Group A ${n}`,
        abbreviation: "GA",
        aliases: [],
        kind: "religious_jihadist",
        ideology: "Test ideology",
        founded: { date: "2007-12-01", precision: "month" },
        foundedPlace: null,
        dissolved: null,
        areas: ["PK-KP", "pk-kp-bajaur"],
        mediaWings: [],
        summary: null,
        claims: [{ key: `claim-${n}`, topic: "goals", text: "Wants test things.", citations: cite("It wants test things.") }],
        leaders: [],
        strength: [
          {
            key: `strength-${n}`,
            low: 3000,
            high: 5000,
            qualifier: "between",
            asOf: { date: "2022-01-01", precision: "year" },
            citations: cite("3,000 to 5,000 fighters"),
          },
        ],
      },
      {
        slug: groupB,
        name: `Group B ${n}`,
        abbreviation: "GB",
        aliases: [],
        kind: "transnational_jihadist",
        ideology: null,
        founded: null,
        foundedPlace: null,
        dissolved: null,
        areas: [],
        mediaWings: [],
        summary: null,
        claims: [],
        leaders: [],
        strength: [],
      },
    ],
    relationships: [
      {
        key: `rel-${n}`,
        from: groupA,
        to: groupB,
        type: "rivalry",
        start: { date: "2015-01-01", precision: "year" },
        end: null,
        description: "They compete.",
        citations: cite("the two groups compete"),
      },
    ],
    statistics: [
      {
        key: `stat-kp-2021-${n}`,
        metric: "terror_attacks",
        label: null,
        value: 100,
        unit: "count",
        qualifier: "exact",
        periodStart: "2021-01-01",
        periodEnd: "2021-12-31",
        periodPrecision: "year",
        geography: { country: "PK", province: "PK-KP", district: null },
        group: null,
        note: null,
        citations: cite("100 attacks in KP in 2021"),
      },
      {
        key: `stat-kp-2022-${n}`,
        metric: "terror_attacks",
        label: null,
        value: 150,
        unit: "count",
        qualifier: "over",
        periodStart: "2022-01-01",
        periodEnd: "2022-12-31",
        periodPrecision: "year",
        geography: { country: "PK", province: "PK-KP", district: null },
        group: groupA,
        note: null,
        citations: cite("over 150 attacks in KP in 2022"),
      },
    ],
    incidents: [
      {
        key: `inc-1-${n}`,
        title: "Test bombing",
        date: "2022-03-04",
        datePrecision: "day",
        country: "PK",
        province: "PK-KP",
        district: "pk-kp-peshawar",
        place: "Peshawar",
        type: "suicide_bombing",
        target: "civilians",
        killed: 10,
        killedQualifier: "at_least",
        injured: 20,
        injuredQualifier: "exact",
        perpetrators: [{ group: groupB, attribution: "claimed" }],
        description: null,
        citations: cite("a bombing killed at least 10"),
      },
      {
        key: `inc-2-${n}`,
        title: "Test assault",
        date: "2022-05-10",
        datePrecision: "day",
        country: "PK",
        province: "PK-BA",
        district: "pk-ba-quetta",
        place: null,
        type: "armed_assault",
        target: "security_forces",
        killed: 3,
        killedQualifier: "exact",
        injured: null,
        injuredQualifier: "exact",
        perpetrators: [{ group: groupA, attribution: "suspected" }],
        description: null,
        citations: cite("three soldiers were killed"),
      },
    ],
    events: [
      {
        key: `event-${n}`,
        date: "2021-08-15",
        datePrecision: "day",
        title: "Fall of Kabul",
        description: null,
        kind: "political",
        citations: cite("Kabul fell on 15 August 2021"),
      },
    ],
    recommendations: [
      {
        key: `rec-${n}`,
        source,
        number: "1",
        title: "Engage Kabul",
        text: "Pakistan should engage the Afghan authorities.",
        theme: "afghanistan_engagement",
        targetActors: ["government_of_pakistan"],
        priority: "unspecified",
        status: "not_assessed",
        nextReviewOn: null,
        citations: cite("Pakistan should engage the Afghan authorities"),
        updates: [],
      },
    ],
    ...overrides,
  };
}
