import { describe, expect, it } from "vitest";
import { BREAKDOWN_UNKNOWN_KEY, type BreakdownRow, MAX_FILLED_PERIODS, shapeIncidentBreakdown } from "./breakdown";
import { attributionsAtLeast, CERTAINTY_LEVELS, IncidentBreakdownInput, IncidentListInput } from "./schemas";

const row = (period: string, key: string | null, incidents: number, killed = 0, injured = 0): BreakdownRow => ({
  period,
  key,
  incidents,
  killed,
  injured,
});

describe("incident breakdown shaping", () => {
  it("fills every year of the requested range with zeros for every key, largest total first", () => {
    const b = shapeIncidentBreakdown([row("2021", "PK-KP", 2, 5), row("2023", "PK-BA", 1, 9), row("2023", "PK-KP", 1, 1)], {
      dimension: "province",
      granularity: "year",
      measure: "incidents",
      from: "2020-01-01",
      to: "2023-12-31",
    });
    expect(b.periods).toEqual(["2020", "2021", "2022", "2023"]);
    expect(b.keys).toEqual([
      { key: "PK-KP", label: "Khyber Pakhtunkhwa" },
      { key: "PK-BA", label: "Balochistan" },
    ]);
    expect(b.rows).toEqual([
      { period: "2020", values: { "PK-KP": 0, "PK-BA": 0 } },
      { period: "2021", values: { "PK-KP": 2, "PK-BA": 0 } },
      { period: "2022", values: { "PK-KP": 0, "PK-BA": 0 } },
      { period: "2023", values: { "PK-KP": 1, "PK-BA": 1 } },
    ]);
    expect(b.totals).toEqual({ "PK-KP": 3, "PK-BA": 1 });
    expect(b.note).toBeNull();
    expect(b.unplaced).toBe(0);
  });

  it("sums the chosen measure, so the order follows it", () => {
    const b = shapeIncidentBreakdown([row("2021", "PK-KP", 2, 5), row("2023", "PK-BA", 1, 9), row("2023", "PK-KP", 1, 1)], {
      dimension: "province",
      granularity: "year",
      measure: "killed",
    });
    expect(b.periods).toEqual(["2021", "2022", "2023"]);
    expect(b.keys.map((k) => k.key)).toEqual(["PK-BA", "PK-KP"]);
    expect(b.totals).toEqual({ "PK-BA": 9, "PK-KP": 6 });
  });

  it("puts incidents without a value under 'unknown', labelled for the dimension and listed last", () => {
    const b = shapeIncidentBreakdown([row("2022-01", null, 5), row("2022-03", "pk-kp-peshawar", 1)], {
      dimension: "district",
      granularity: "month",
      measure: "incidents",
      unplaced: 2,
    });
    expect(b.keys).toEqual([
      { key: "pk-kp-peshawar", label: "Peshawar" },
      { key: BREAKDOWN_UNKNOWN_KEY, label: "District not stated" },
    ]);
    expect(b.periods).toEqual(["2022-01", "2022-02", "2022-03"]);
    expect(b.rows[1]).toEqual({ period: "2022-02", values: { "pk-kp-peshawar": 0, unknown: 0 } });
    // Incidents known only to the year cannot go in a month: reported, never put in January.
    expect(b.unplaced).toBe(2);
  });

  it("returns no periods for no data and no range, and zero rows for a range without data", () => {
    const empty = shapeIncidentBreakdown([], { dimension: "type", granularity: "year", measure: "incidents" });
    expect(empty).toEqual({ periods: [], keys: [], rows: [], totals: {}, unplaced: 0, note: null });
    const zeros = shapeIncidentBreakdown([], {
      dimension: "type",
      granularity: "month",
      measure: "killed",
      from: "2021-11-20",
      to: "2022-01-05",
    });
    expect(zeros.periods).toEqual(["2021-11", "2021-12", "2022-01"]);
    expect(zeros.rows.every((r) => Object.keys(r.values).length === 0)).toBe(true);
  });

  it("covers partial periods at both ends and widens to data outside the requested range", () => {
    // 15 Aug 2021 – 14 Aug 2022 touches two calendar years; a row in 2020 (an incident dated only to
    // a month that overlaps) widens the range rather than vanishing.
    const b = shapeIncidentBreakdown([row("2020", "suicide_bombing", 1)], {
      dimension: "type",
      granularity: "year",
      measure: "incidents",
      from: "2021-08-15",
      to: "2022-08-14",
    });
    expect(b.periods).toEqual(["2020", "2021", "2022"]);
    expect(b.keys).toEqual([{ key: "suicide_bombing", label: "Suicide bombing" }]);
  });

  it("labels groups from the labels given, and says that multi-group incidents count under each", () => {
    const b = shapeIncidentBreakdown([row("2022", "ttp", 3), row("2022", "iskp", 3), row("2022", null, 1)], {
      dimension: "group",
      granularity: "year",
      measure: "incidents",
      groupLabels: { ttp: "TTP" },
      certainty: "claimed",
    });
    // Equal totals: alphabetical by label; an unlabelled slug shows as itself.
    expect(b.keys).toEqual([
      { key: "iskp", label: "iskp" },
      { key: "ttp", label: "TTP" },
      { key: "unknown", label: "No group attributed" },
    ]);
    expect(b.note).toMatch(/counts once under each/);
    expect(b.note).toMatch(/chosen certainty \(claimed only\)/);
  });

  it("sums duplicate cells, keeps keys whose total is zero, and drops unplaced from a yearly breakdown", () => {
    const b = shapeIncidentBreakdown([row("2022", "civilians", 1, 2), row("2022", "civilians", 1, 3), row("2022", "militants", 1, 0)], {
      dimension: "target",
      granularity: "year",
      measure: "killed",
      unplaced: 4,
    });
    expect(b.rows).toEqual([{ period: "2022", values: { civilians: 5, militants: 0 } }]);
    expect(b.keys.map((k) => k.label)).toEqual(["Civilians", "Militants"]);
    expect(b.unplaced).toBe(0);
  });

  it("does not fill centuries of empty months when a link asks for them", () => {
    const b = shapeIncidentBreakdown([row("2022-05", "ied", 1)], {
      dimension: "type",
      granularity: "month",
      measure: "incidents",
      from: "1900-01-01",
      to: "2022-12-31",
    });
    expect(b.periods.length).toBeLessThanOrEqual(MAX_FILLED_PERIODS);
    expect(b.periods).toEqual(["2022-05"]);
  });
});

describe("attribution certainty", () => {
  it("accepts stronger links as the floor drops, and never a denial", () => {
    expect(attributionsAtLeast("claimed")).toEqual(["claimed"]);
    expect(attributionsAtLeast("attributed")).toEqual(["claimed", "attributed"]);
    expect(attributionsAtLeast("suspected")).toEqual(["claimed", "attributed", "suspected"]);
    for (const c of CERTAINTY_LEVELS) expect(attributionsAtLeast(c)).not.toContain("denied");
  });
});

describe("incident inputs", () => {
  it("defaults a breakdown to yearly incident counts with no filter", () => {
    expect(IncidentBreakdownInput.parse({ dimension: "group" })).toEqual({
      filter: {},
      dimension: "group",
      granularity: "year",
      measure: "incidents",
    });
    expect(IncidentBreakdownInput.safeParse({ dimension: "country" }).success).toBe(false);
    expect(IncidentBreakdownInput.safeParse({ dimension: "province", filter: { certainty: "denied" } }).success).toBe(false);
  });
  it("takes a sort column and direction on the list, and refuses others", () => {
    expect(IncidentListInput.parse({ sort: "killed", dir: "asc" })).toMatchObject({ sort: "killed", dir: "asc", limit: 50, offset: 0 });
    expect(IncidentListInput.safeParse({ sort: "province" }).success).toBe(false);
    expect(IncidentListInput.safeParse({ dir: "up" }).success).toBe(false);
  });
});
