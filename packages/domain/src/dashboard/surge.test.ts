import { describe, expect, it } from "vitest";
import { findSurges, judgeSurge, seriesByArea } from "./surge";

const years = { granularity: "year" as const, coverage: { first: "2018-01-01", last: "2022-12-31" } };

describe("judgeSurge (years)", () => {
  it("flags the latest year when it beats the year before and the three-year mean", () => {
    const v = judgeSurge({ area: "PK-KP", values: { 2019: 10, 2020: 12, 2021: 14, 2022: 20 } }, years);
    expect(v).toMatchObject({ status: "surge", period: "2022", value: 20, previous: 14, baseline: 12, partial: false, ratio: 1.67 });
  });
  it("does not flag a year that beats the mean but not the year before", () => {
    const v = judgeSurge({ area: "PK-KP", values: { 2019: 2, 2020: 2, 2021: 30, 2022: 20 } }, years);
    expect(v.status).toBe("no_surge");
  });
  it("does not flag a year that beats the year before but not the mean", () => {
    const v = judgeSurge({ area: "PK-KP", values: { 2019: 40, 2020: 40, 2021: 5, 2022: 20 } }, years);
    expect(v.status).toBe("no_surge");
  });
  it("counts missing years inside the coverage as zeros (the log covers them)", () => {
    const v = judgeSurge({ area: "PK-BA", values: { 2022: 3 } }, years);
    expect(v).toMatchObject({ status: "surge", previous: 0, baseline: 0, ratio: null });
  });
  it("never flags zero, even against a zero history", () => {
    expect(judgeSurge({ area: "PK-SD", values: {} }, years).status).toBe("no_surge");
  });
  it("ties are not surges", () => {
    expect(judgeSurge({ area: "PK-SD", values: { 2019: 5, 2020: 5, 2021: 5, 2022: 5 } }, years).status).toBe("no_surge");
  });
  it("needs three full years of history inside the coverage", () => {
    const short = { granularity: "year" as const, coverage: { first: "2020-01-01", last: "2022-12-31" } };
    expect(judgeSurge({ area: "PK-KP", values: { 2020: 1, 2021: 1, 2022: 9 } }, short)).toEqual({
      area: "PK-KP",
      status: "insufficient_history",
      period: "2022",
    });
  });
  it("a partial latest year is judged only if it already surges; otherwise the last complete year is", () => {
    const partial = { granularity: "year" as const, coverage: { first: "2018-01-01", last: "2023-03-31" } };
    const already = judgeSurge({ area: "PK-KP", values: { 2020: 2, 2021: 2, 2022: 3, 2023: 9 } }, partial);
    expect(already).toMatchObject({ status: "surge", period: "2023", partial: true });
    const notYet = judgeSurge({ area: "PK-KP", values: { 2019: 1, 2020: 2, 2021: 2, 2022: 8, 2023: 1 } }, partial);
    expect(notYet).toMatchObject({ status: "surge", period: "2022", partial: false });
  });
});

describe("judgeSurge (months)", () => {
  const months = { granularity: "month" as const, coverage: { first: "2019-01-01", last: "2022-08-31" } };
  it("compares the latest month with the month before and the 36 months before it", () => {
    const values: Record<string, number> = { "2022-07": 2, "2022-08": 5 };
    for (let y = 2019; y <= 2021; y++) for (let m = 1; m <= 12; m++) values[`${y}-${String(m).padStart(2, "0")}`] = 1;
    const v = judgeSurge({ area: "PK-KP", values }, months);
    expect(v).toMatchObject({
      status: "surge",
      period: "2022-08",
      previousPeriod: "2022-07",
      baselinePeriods: { first: "2019-08", last: "2022-07" },
    });
  });
  it("crosses year boundaries when shifting months", () => {
    const jan = { granularity: "month" as const, coverage: { first: "2018-01-01", last: "2022-01-31" } };
    const v = judgeSurge({ area: "PK-KP", values: { "2021-12": 1, "2022-01": 4 } }, jan);
    expect(v).toMatchObject({ status: "surge", previousPeriod: "2021-12", baselinePeriods: { first: "2019-01", last: "2021-12" } });
  });
});

describe("findSurges and seriesByArea", () => {
  it("pivots rows per area and lists surges first, biggest jump first", () => {
    const rows = [
      { period: "2022", area: "PK-KP", value: 30 },
      { period: "2021", area: "PK-KP", value: 10 },
      { period: "2022", area: "PK-BA", value: 4 },
      { period: "2021", area: "PK-BA", value: 1 },
      { period: "2020", area: "PK-BA", value: 1 },
      { period: "2019", area: "PK-BA", value: 1 },
      { period: "2022", area: "PK-SD", value: 0 },
      { period: "2022", area: "PK-KP", value: 0 },
    ];
    const verdicts = findSurges(seriesByArea(rows), years);
    expect(verdicts.map((v) => [v.area, v.status])).toEqual([
      ["PK-KP", "surge"], // 30 against a mean of 3.33: 9 times
      ["PK-BA", "surge"], // 4 against 1: 4 times
      ["PK-SD", "no_surge"],
    ]);
  });
});
