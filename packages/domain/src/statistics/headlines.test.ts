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
