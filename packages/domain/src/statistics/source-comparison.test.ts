import { describe, expect, it } from "vitest";
import { buildMapLayer } from "./map-layer";
import { buildPublishedYearlySeries, calendarYearOf, compareSourceFigures, filterToLevel, type StatisticLike } from "./source-comparison";

const fig = (over: Partial<StatisticLike>): StatisticLike => ({
  key: "k",
  metric: "fatalities",
  label: null,
  value: 1,
  unit: "count",
  qualifier: "exact",
  periodStart: "2021-08-26",
  periodEnd: "2021-08-26",
  geography: { country: "AF", province: "AF-KAB", district: null, areas: [] },
  group: "iskp",
  sources: ["a"],
  ...over,
});

describe("compareSourceFigures", () => {
  it("puts the Kabul airport figures of two sources side by side and flags the disagreement", () => {
    const [c, ...rest] = compareSourceFigures([
      fig({ key: "x", value: 180, qualifier: "more_than", sources: ["crss-2025"] }),
      fig({ key: "y", value: 170, qualifier: "over", sources: ["akbar"] }),
    ]);
    expect(rest).toEqual([]);
    expect(c?.disagree).toBe(true);
    expect(c?.figures.map((f) => f.key)).toEqual(["y", "x"]);
    expect([c?.min, c?.max]).toEqual([170, 180]);
  });
  it("does not flag agreement, and keeps figures for different periods or places apart", () => {
    const agree = compareSourceFigures([
      fig({ key: "x", value: 170, qualifier: "over", sources: ["a"] }),
      fig({ key: "y", value: 170, qualifier: "over", sources: ["b"] }),
    ]);
    expect(agree[0]?.disagree).toBe(false);
    const apart = compareSourceFigures([
      fig({ sources: ["a"] }),
      fig({ sources: ["b"], periodEnd: "2021-08-27" }),
      fig({ sources: ["c"], geography: { country: "AF", province: null, district: null, areas: [] } }),
    ]);
    expect(apart).toEqual([]);
    expect(compareSourceFigures([fig({})], { includeSingles: true })).toHaveLength(1);
  });
  it("does not treat one source stating two figures as a disagreement between sources", () => {
    const [c] = compareSourceFigures([fig({ key: "x", value: 1, sources: ["a"] }), fig({ key: "y", value: 2, sources: ["a"] })], {
      includeSingles: true,
    });
    expect(c?.disagree).toBe(false);
  });
});

describe("published yearly series", () => {
  it("plots only whole calendar years, per source, and lists the rest as excluded", () => {
    const year = (y: number, value: number, source: string) =>
      fig({ key: `${source}-${y}`, value, periodStart: `${y}-01-01`, periodEnd: `${y}-12-31`, sources: [source] });
    const partial = fig({ key: "partial", periodStart: "2022-01-01", periodEnd: "2022-08-20", sources: ["pips"] });
    const { series, excluded } = buildPublishedYearlySeries([
      year(2023, 10, "crss"),
      year(2021, 5, "crss"),
      year(2021, 6, "pips"),
      partial,
    ]);
    expect(series).toEqual([
      {
        source: "crss",
        country: "AF",
        points: [
          { year: 2021, value: 5, qualifier: "exact", key: "crss-2021" },
          { year: 2023, value: 10, qualifier: "exact", key: "crss-2023" },
        ],
      },
      { source: "pips", country: "AF", points: [{ year: 2021, value: 6, qualifier: "exact", key: "pips-2021" }] },
    ]);
    expect(excluded.map((e) => e.key)).toEqual(["partial"]);
    expect(calendarYearOf({ periodStart: "2021-08-15", periodEnd: "2022-08-14" })).toBeNull();
  });
});

describe("one figure per source and year", () => {
  it("plots a source's total and lists its part-figures for the same year as not plotted", () => {
    const y = (key: string, value: number) => fig({ key, value, periodStart: "2024-01-01", periodEnd: "2024-12-31", sources: ["crss"] });
    const { series, excluded } = buildPublishedYearlySeries([y("security-forces", 444), y("total", 909), y("other-part", 12)]);
    expect(series[0]?.points.map((p) => p.key)).toEqual(["total"]);
    expect(excluded.map((e) => e.key).sort()).toEqual(["other-part", "security-forces"]);
  });
  it("keeps to the level asked for: national figures unless a province or group is chosen", () => {
    const national = fig({ key: "n", group: null, geography: { country: "PK", province: null, district: null, areas: [] } });
    const kp = fig({ key: "kp", group: null, geography: { country: "PK", province: "PK-KP", district: null, areas: [] } });
    const district = fig({ key: "d", group: null, geography: { country: "PK", province: "PK-KP", district: "pk-kp-bannu", areas: [] } });
    const ttp = fig({ key: "ttp", group: "ttp", geography: { country: "PK", province: null, district: null, areas: [] } });
    const all = [national, kp, district, ttp];
    expect(filterToLevel(all, {}).map((s) => s.key)).toEqual(["n"]);
    // "Punjab & Islamabad" is part of the country, not its total.
    const combined = fig({
      key: "pb+is",
      group: null,
      geography: { country: "PK", province: null, district: null, areas: ["PK-PB", "PK-IS"] },
    });
    expect(filterToLevel([...all, combined], {}).map((s) => s.key)).toEqual(["n"]);
    expect(filterToLevel(all, { province: "PK-KP" }).map((s) => s.key)).toEqual(["kp"]);
    expect(filterToLevel(all, { group: "ttp" }).map((s) => s.key)).toEqual(["ttp"]);
  });
});

describe("buildMapLayer", () => {
  const p = (province: string, periodEnd: string, value: number, source = "a") =>
    fig({
      key: `${province}-${periodEnd}-${source}`,
      value,
      periodStart: "2022-01-01",
      periodEnd,
      geography: { country: "PK", province, district: null, areas: [] },
      sources: [source],
    });
  it("never paints two periods together and defaults to the widest, most recent period", () => {
    const layer = buildMapLayer([p("PK-KP", "2022-08-20", 1), p("PK-BA", "2022-08-20", 2), p("PK-KP", "2022-12-31", 3)], "province");
    expect(layer.selected?.key).toBe("2022-01-01..2022-08-20");
    expect(Object.keys(layer.figures).sort()).toEqual(["PK-BA", "PK-KP"]);
    expect(layer.periods.map((x) => x.areas)).toEqual([1, 2]);
    const other = buildMapLayer([p("PK-KP", "2022-08-20", 1), p("PK-KP", "2022-12-31", 3)], "province", "2022-01-01..2022-12-31");
    expect(other.figures["PK-KP"]?.map((f) => f.value)).toEqual([3]);
  });
  it("keeps every source's figure for an area rather than blending them", () => {
    const layer = buildMapLayer([p("PK-KP", "2022-12-31", 3, "a"), p("PK-KP", "2022-12-31", 4, "b")], "province");
    expect(layer.figures["PK-KP"]?.map((f) => f.value)).toEqual([3, 4]);
    expect(layer.selected?.sources).toEqual(["a", "b"]);
    expect(buildMapLayer([], "province")).toEqual({ periods: [], selected: null, figures: {} });
  });
});
