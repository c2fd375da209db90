import { describe, expect, it } from "vitest";
import { buildIncidentSeries, fillSeriesGaps, totalsByArea } from "./aggregate";

const inc = (date: string, killed: number | null, province: string | null = "PK-KP", district: string | null = null) => ({
  date,
  killed,
  injured: 1,
  province,
  district,
});

describe("incident series", () => {
  it("sums by month and fills empty months inside the range with zero", () => {
    const s = buildIncidentSeries([inc("2022-01-03", 2), inc("2022-03-09", 5), inc("2022-03-20", null)], {
      granularity: "month",
      measure: "killed",
    });
    expect(s).toEqual([
      { period: "2022-01", value: 2 },
      { period: "2022-02", value: 0 },
      { period: "2022-03", value: 5 },
    ]);
  });
  it("counts incidents by year across a requested range, crossing year ends", () => {
    const s = buildIncidentSeries([inc("2020-05-01", 1), inc("2022-01-01", 1)], {
      granularity: "year",
      measure: "count",
      from: "2019-01-01",
      to: "2022-12-31",
    });
    expect(s).toEqual([
      { period: "2019", value: 0 },
      { period: "2020", value: 1 },
      { period: "2021", value: 0 },
      { period: "2022", value: 1 },
    ]);
    expect(
      fillSeriesGaps(
        [
          { period: "2021-11", value: 1 },
          { period: "2022-02", value: 2 },
        ],
        { granularity: "month" },
      ).map((p) => p.period),
    ).toEqual(["2021-11", "2021-12", "2022-01", "2022-02"]);
  });
  it("returns an empty series for no data", () => {
    expect(buildIncidentSeries([], { granularity: "year", measure: "count" })).toEqual([]);
  });
  it("totals by area, keeping incidents without that geography under null", () => {
    const t = totalsByArea(
      [inc("2022-01-01", 2, "PK-KP", "pk-kp-bajaur"), inc("2022-01-02", 3, "PK-KP", null), inc("2022-01-03", 1, "PK-BA")],
      "district",
    );
    expect(t.get("pk-kp-bajaur")).toEqual({ incidents: 1, killed: 2, injured: 1 });
    expect(t.get(null)).toEqual({ incidents: 2, killed: 4, injured: 2 });
  });
});
