import { describe, expect, it } from "vitest";
import { buildMapLayer } from "./map-layer";
import type { StatisticLike } from "./source-comparison";

const s = (o: Partial<StatisticLike> & { province?: string | null; district?: string | null; areas?: string[] }): StatisticLike => {
  const { province = "PK-KP", district = null, areas = [], ...rest } = o;
  return {
    key: "k",
    metric: "counter_terror_operations",
    label: null,
    value: 1,
    unit: "count",
    qualifier: "exact",
    periodStart: "2022-01-01",
    periodEnd: "2022-08-20",
    geography: { country: "PK", province, district, areas },
    group: null,
    sources: ["pips"],
    ...rest,
  };
};

describe("buildMapLayer", () => {
  it("keeps one period: the widest, most recent among equals, unless one is asked for", () => {
    const stats = [
      s({ key: "a", district: "pk-kp-north-waziristan", value: 20 }),
      s({ key: "b", district: "pk-ba-kech", province: "PK-BA", value: 5 }),
      s({ key: "c", district: "pk-kp-bannu", value: 3, periodStart: "2023-01-01", periodEnd: "2023-12-31" }),
    ];
    const layer = buildMapLayer(stats, "district");
    expect(layer.selected?.key).toBe("2022-01-01..2022-08-20");
    expect(layer.selected?.areas).toBe(2);
    expect(Object.keys(layer.figures).sort()).toEqual(["pk-ba-kech", "pk-kp-north-waziristan"]);
    // Periods list newest first.
    expect(layer.periods.map((p) => p.key)).toEqual(["2023-01-01..2023-12-31", "2022-01-01..2022-08-20"]);
    const asked = buildMapLayer(stats, "district", "2023-01-01..2023-12-31");
    expect(Object.keys(asked.figures)).toEqual(["pk-kp-bannu"]);
  });

  it("falls back to the widest period when the one asked for has no figures", () => {
    const layer = buildMapLayer([s({ key: "a", district: "pk-kp-bannu" })], "district", "1999-01-01..1999-12-31");
    expect(layer.selected?.key).toBe("2022-01-01..2022-08-20");
  });

  it("keeps every source's figure for an area side by side (never blended)", () => {
    const layer = buildMapLayer(
      [s({ key: "a", value: 150, sources: ["pips"] }), s({ key: "b", value: 170, sources: ["crss"] })],
      "province",
    );
    expect(layer.figures["PK-KP"]?.map((f) => f.value)).toEqual([150, 170]);
    expect(layer.selected?.sources).toEqual(["pips", "crss"]);
    expect(layer.selected?.areas).toBe(1);
  });

  it("never paints a figure for several areas together, or a district onto its province", () => {
    const layer = buildMapLayer(
      [
        s({ key: "pb-is", province: null, areas: ["PK-PB", "PK-IS"], value: 6 }),
        s({ key: "karachi", province: "PK-SD", areas: ["pk-sd-karachi-south", "pk-sd-malir"], value: 5 }),
        s({ key: "district", district: "pk-kp-bannu", value: 3 }),
        s({ key: "sindh", province: "PK-SD", value: 9 }),
      ],
      "province",
    );
    expect(Object.fromEntries(Object.entries(layer.figures).map(([k, v]) => [k, v.map((f) => f.key)]))).toEqual({ "PK-SD": ["sindh"] });
  });

  it("paints a source's total, not a part it states beside it (Karachi's attacks within Sindh's)", () => {
    const layer = buildMapLayer(
      [
        s({ key: "karachi", province: "PK-SD", value: 5, label: "Terrorist attacks in Karachi (part of the Sindh row)" }),
        s({ key: "sindh", province: "PK-SD", value: 9 }),
        s({ key: "other-source", province: "PK-SD", value: 4, sources: ["crss"] }),
      ],
      "province",
    );
    expect(layer.figures["PK-SD"]?.map((f) => f.key)).toEqual(["sindh", "other-source"]);
    expect(layer.parts?.["PK-SD"]?.map((f) => f.key)).toEqual(["karachi"]);
  });

  it("is empty, with no period, when nothing can be painted (and a zero is a value)", () => {
    expect(buildMapLayer([], "province")).toEqual({ periods: [], selected: null, figures: {} });
    const zero = buildMapLayer([s({ key: "z", value: 0, province: "PK-GB" })], "province");
    expect(zero.figures["PK-GB"]?.[0]?.value).toBe(0);
  });
});
