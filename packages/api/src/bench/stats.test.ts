import { describe, expect, it } from "vitest";
import { formatMs, percentile, ratio, summarize, textTable } from "./stats";

describe("percentile (nearest rank)", () => {
  const oneToTwenty = Array.from({ length: 20 }, (_, i) => 20 - i);
  it("returns measured samples: p50 of 1..20 is 10, p95 is 19, p100 the slowest", () => {
    expect(percentile(oneToTwenty, 50)).toBe(10);
    expect(percentile(oneToTwenty, 95)).toBe(19);
    expect(percentile(oneToTwenty, 100)).toBe(20);
    expect(percentile(oneToTwenty, 1)).toBe(1);
  });
  it("handles one sample and small sets, and leaves the input unsorted", () => {
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(percentile([3, 1, 2], 95)).toBe(3);
    const input = [5, 1, 4];
    percentile(input, 50);
    expect(input).toEqual([5, 1, 4]);
  });
  it("refuses no samples and percentiles outside (0, 100]", () => {
    expect(() => percentile([], 50)).toThrow();
    expect(() => percentile([1], 0)).toThrow();
    expect(() => percentile([1], 101)).toThrow();
  });
});

describe("summarize and ratio", () => {
  it("summarizes runs and compares p50s", () => {
    const s = summarize([4, 2, 8, 6]);
    expect(s).toEqual({ runs: 4, p50: 4, p95: 8, max: 8 });
    expect(ratio(summarize([40, 40]), s)).toBe(10);
    expect(ratio(null, s)).toBeNull();
    expect(ratio(s, summarize([0]))).toBeNull();
  });
});

describe("formatting", () => {
  it("rounds by size and pads columns", () => {
    expect([formatMs(1.234), formatMs(12.34), formatMs(123.4), formatMs(null)]).toEqual(["1.23", "12.3", "123", "–"]);
    expect(
      textTable(
        ["a", "n"],
        [
          ["xy", "1"],
          ["z", "10"],
        ],
        [false, true],
      ),
    ).toBe("a    n\n--  --\nxy   1\nz   10");
  });
});
