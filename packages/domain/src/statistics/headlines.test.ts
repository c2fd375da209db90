import { describe, expect, it } from "vitest";
import { selectHeadlineFigures } from "./headlines";
import type { StatisticLike } from "./source-comparison";

const s = (o: Partial<StatisticLike>): StatisticLike => ({
  key: "k",
  metric: "terror_attacks",
  label: null,
  value: 1,
  unit: "count",
  qualifier: "exact",
  periodStart: "2024-01-01",
  periodEnd: "2024-12-31",
  geography: { country: "PK", province: null, district: null, areas: [] },
  group: null,
  sources: ["crss"],
  ...o,
});

describe("selectHeadlineFigures", () => {
  it("takes the latest figure and compares it with the same source's previous year only", () => {
    const stats = [
      s({ key: "2024", value: 150 }),
      s({ key: "2023", value: 100, periodStart: "2023-01-01", periodEnd: "2023-12-31" }),
      s({ key: "2023-other", value: 10, periodStart: "2023-01-01", periodEnd: "2023-12-31", sources: ["pips"] }),
    ];
    const [h] = selectHeadlineFigures(stats, ["terror_attacks"]);
    expect(h?.figure.key).toBe("2024");
    expect(h?.previous?.key).toBe("2023");
    expect(h?.change).toEqual({ kind: "change", percent: 50, direction: "up" });
  });
  it("prefers the total over a same-period figure for a part", () => {
    const [h] = selectHeadlineFigures([s({ key: "part", value: 444 }), s({ key: "total", value: 909 })], ["terror_attacks"]);
    expect(h?.figure.key).toBe("total");
  });
  it("says no comparison is possible rather than comparing across sources", () => {
    const [h] = selectHeadlineFigures(
      [s({ key: "a" }), s({ key: "b", periodStart: "2023-01-01", periodEnd: "2023-12-31", sources: ["other"] })],
      ["terror_attacks"],
    );
    expect(h?.previous).toBeNull();
    expect(h?.change).toEqual({ kind: "unavailable", reason: "no_previous" });
  });
  it("skips single-day, group-specific and percent figures, and metrics with no figure", () => {
    const out = selectHeadlineFigures(
      [s({ key: "day", periodStart: "2024-12-31" }), s({ key: "grp", group: "ttp" }), s({ key: "pct", unit: "percent" })],
      ["terror_attacks", "fatalities"],
    );
    expect(out).toEqual([]);
  });
});

describe("selectHeadlineFigures with a period, sources that disagree and a house figure", () => {
  const aug = { periodStart: "2021-08-15", periodEnd: "2022-08-14" };
  const kp = { country: "PK" as const, province: "PK-KP", district: null, areas: [] };
  const stats = [
    s({ key: "kp-2122", metric: "fatalities", value: 286, ...aug, geography: kp, sources: ["pips-2022"] }),
    s({
      key: "kp-2021",
      metric: "fatalities",
      value: 151,
      periodStart: "2020-08-15",
      periodEnd: "2021-08-14",
      geography: kp,
      sources: ["pips-2022"],
    }),
    s({ key: "kp-2122-other", metric: "fatalities", value: 300, qualifier: "over", ...aug, geography: kp, sources: ["efsas"] }),
    s({ key: "kp-2024", metric: "fatalities", value: 999, geography: kp, sources: ["crss-2025"] }),
  ];

  it("takes the figure for exactly the asked period and compares it with the same source's year before", () => {
    const [h] = selectHeadlineFigures(stats, ["fatalities"], { period: { start: "2021-08-15", end: "2022-08-14" }, source: "pips-2022" });
    expect(h?.figure.key).toBe("kp-2122");
    expect(h?.previous?.key).toBe("kp-2021");
    expect(h?.change).toEqual({ kind: "change", percent: 89.4, direction: "up" });
  });
  it("lists the other sources' figures for the same thing beside it, never blended", () => {
    const [h] = selectHeadlineFigures(stats, ["fatalities"], { period: { start: "2021-08-15", end: "2022-08-14" } });
    expect(h?.figure.key).toBe("kp-2122-other");
    expect(h?.alternatives.map((a) => a.key)).toEqual(["kp-2122"]);
    expect(h?.previous).toBeNull();
  });
  it("returns nothing for a period no figure covers (figures are not prorated)", () => {
    expect(selectHeadlineFigures(stats, ["fatalities"], { period: { start: "2022-01-01", end: "2022-12-31" } })).toEqual([]);
  });
  it("uses the house figure recorded for that comparison, with its own change", () => {
    const [h] = selectHeadlineFigures(stats, ["fatalities"], {
      period: { start: "2021-08-15", end: "2022-08-14" },
      source: "pips-2022",
      houseFigures: [
        {
          comparisonKey: "fatalities|count|PK|PK-KP|-|-|-|2021-08-15|2022-08-14",
          value: 290,
          qualifier: "about",
          rationale: "r",
          basedOn: null,
          setBy: "e",
          setAt: new Date(0),
          version: 1,
        },
      ],
    });
    expect(h?.house?.value).toBe(290);
    expect(h?.houseChange).toEqual({ kind: "change", percent: 92.1, direction: "up" });
  });
  it("takes a group's figures only when the group is asked for", () => {
    const grp = [s({ key: "ttp", group: "ttp", value: 5 }), s({ key: "all", value: 50 })];
    expect(selectHeadlineFigures(grp, ["terror_attacks"], { group: "ttp" })[0]?.figure.key).toBe("ttp");
    expect(selectHeadlineFigures(grp, ["terror_attacks"])[0]?.figure.key).toBe("all");
  });
});
