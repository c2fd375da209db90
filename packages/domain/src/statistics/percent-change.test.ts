import { describe, expect, it } from "vitest";
import { describePercentChange, percentChange } from "./percent-change";

describe("percentChange", () => {
  it("computes the change against the previous figure, rounded to one decimal", () => {
    expect(percentChange(151, 100)).toEqual({ kind: "change", percent: 51, direction: "up" });
    expect(percentChange(2, 3)).toEqual({ kind: "change", percent: -33.3, direction: "down" });
    expect(percentChange(100, 100)).toEqual({ kind: "change", percent: 0, direction: "flat" });
  });
  it("never divides by zero: a zero base is 'from zero', two zeros are 'unchanged'", () => {
    expect(percentChange(5, 0)).toEqual({ kind: "from_zero", current: 5 });
    expect(percentChange(0, 0)).toEqual({ kind: "unchanged" });
  });
  it("is honest about missing figures", () => {
    expect(percentChange(5, null)).toEqual({ kind: "unavailable", reason: "no_previous" });
    expect(percentChange(undefined, 5)).toEqual({ kind: "unavailable", reason: "no_current" });
    expect(percentChange(null, undefined)).toEqual({ kind: "unavailable", reason: "no_data" });
    expect(percentChange(Number.NaN, 5)).toEqual({ kind: "unavailable", reason: "no_current" });
  });
  it("describes each case in words", () => {
    expect(describePercentChange(percentChange(151, 100), "2021")).toBe("+51% against 2021");
    expect(describePercentChange(percentChange(50, 100), "2021")).toBe("−50% against 2021");
    expect(describePercentChange(percentChange(3, 0), "2021")).toBe("up from none in 2021");
    expect(describePercentChange(percentChange(3, null), "2021")).toBe("no figure for 2021 to compare");
  });
});
