import type { StatisticLike } from "@monitor/domain";
import { describe, expect, it } from "vitest";
import {
  type BreakdownLike,
  changeAgainstPrevious,
  changeAgainstPreviousSamePeriod,
  changeSortValue,
  clusterLabels,
  describePeriodKind,
  explainEmptyLog,
  formatChangeShort,
  formatNumberList,
  niceTicks,
  numberEvents,
  OTHER_KEY,
  periodLabel,
  placeEvents,
  previousPeriodKey,
  previousSamePeriod,
  sortRows,
  stackTopN,
  yearsBetween,
} from "./trend-math";

describe("previousPeriodKey", () => {
  it("steps back a year or a month, across the year boundary", () => {
    expect(previousPeriodKey("2021")).toBe("2020");
    expect(previousPeriodKey("2021-08")).toBe("2021-07");
    expect(previousPeriodKey("2021-01")).toBe("2020-12");
  });
});

describe("periodLabel and yearsBetween", () => {
  it("reads months as people write them", () => {
    expect(periodLabel("2021-08")).toBe("Aug 2021");
    expect(periodLabel("2021")).toBe("2021");
  });
  it("fills every year between the first and the last, even when the input has gaps", () => {
    expect(yearsBetween([2024, 2021])).toEqual(["2021", "2022", "2023", "2024"]);
    expect(yearsBetween([2024])).toEqual(["2024"]);
    expect(yearsBetween([])).toEqual([]);
  });
});

describe("niceTicks", () => {
  it("covers the maximum from zero in round, whole steps", () => {
    expect(niceTicks(915)).toEqual([0, 250, 500, 750, 1000]);
    expect(niceTicks(2546)).toEqual([0, 1000, 2000, 3000]);
    expect(niceTicks(15)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(16)).toEqual([0, 5, 10, 15, 20]);
    expect(niceTicks(2)).toEqual([0, 1, 2]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe("changeAgainstPrevious (percent change per period)", () => {
  const values = new Map<string, number | null>([
    ["2020", 100],
    ["2021", 150],
    ["2022", null],
    ["2023", 90],
    ["2024", 0],
    ["2025", 0],
  ]);
  it("compares a period with the one just before it", () => {
    expect(changeAgainstPrevious(values, "2021")).toEqual({ previous: "2020", change: { kind: "change", percent: 50, direction: "up" } });
  });
  it("does not reach over a gap to the last period that has a value", () => {
    expect(changeAgainstPrevious(values, "2023")).toEqual({ previous: "2022", change: { kind: "unavailable", reason: "no_previous" } });
    expect(changeAgainstPrevious(values, "2022").change).toEqual({ kind: "unavailable", reason: "no_current" });
  });
  it("handles the first period, a fall to zero and two zeros", () => {
    expect(changeAgainstPrevious(values, "2020").change).toEqual({ kind: "unavailable", reason: "no_previous" });
    expect(changeAgainstPrevious(values, "2024").change).toEqual({ kind: "change", percent: -100, direction: "down" });
    expect(changeAgainstPrevious(values, "2025").change).toEqual({ kind: "unchanged" });
  });
  it("works on months across a year boundary", () => {
    const months = new Map([
      ["2021-12", 4],
      ["2022-01", 0],
      ["2022-02", 3],
    ]);
    expect(changeAgainstPrevious(months, "2022-01").change).toEqual({ kind: "change", percent: -100, direction: "down" });
    expect(changeAgainstPrevious(months, "2022-02").change).toEqual({ kind: "from_zero", current: 3 });
  });
  it("formats and sorts changes for tables", () => {
    expect(formatChangeShort({ kind: "change", percent: 12.5, direction: "up" })).toBe("+12.5%");
    expect(formatChangeShort({ kind: "change", percent: -3, direction: "down" })).toBe("−3%");
    expect(formatChangeShort({ kind: "from_zero", current: 3 })).toBe("from 0");
    expect(formatChangeShort({ kind: "unavailable", reason: "no_previous" })).toBe("–");
    expect(changeSortValue({ kind: "unavailable", reason: "no_data" })).toBeNull();
    expect(changeSortValue({ kind: "from_zero", current: 1 })).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("stackTopN", () => {
  const breakdown: BreakdownLike = {
    keys: [
      { key: "a", label: "A" },
      { key: "b", label: "B" },
      { key: "c", label: "C" },
      { key: "d", label: "D" },
    ],
    rows: [
      { period: "2021", values: { a: 5, b: 1, c: 2, d: 1 } },
      { period: "2022", values: { a: 1, c: 1 } },
    ],
    totals: { a: 6, b: 1, c: 3, d: 1 },
  };
  it("keeps the largest keys and folds the rest into Other, keeping every count", () => {
    const s = stackTopN(breakdown, 2);
    expect(s.keys.map((k) => k.key)).toEqual(["a", "c", OTHER_KEY]);
    expect(s.keys[2]?.label).toBe("2 more");
    expect(s.other).toEqual(["B", "D"]);
    expect(s.rows[0]).toEqual({ period: "2021", values: { a: 5, c: 2, [OTHER_KEY]: 2 }, total: 9 });
    // Missing values are zeros of the log, and Other is zero too.
    expect(s.rows[1]).toEqual({ period: "2022", values: { a: 1, c: 1, [OTHER_KEY]: 0 }, total: 2 });
  });
  it("does not fold a single key into Other", () => {
    const s = stackTopN(breakdown, 3);
    expect(s.keys.map((k) => k.key)).toEqual(["a", "c", "b", "d"]);
    expect(s.other).toEqual([]);
    expect(s.rows[0]?.total).toBe(9);
  });
  it("keeps incidents that do not state the dimension apart, last, never in Other", () => {
    const withUnknown = {
      keys: [...breakdown.keys, { key: "unknown", label: "No group attributed" }],
      rows: [{ period: "2021", values: { a: 5, b: 1, c: 2, d: 1, unknown: 7 } }],
      totals: { ...breakdown.totals, unknown: 7 },
    };
    const s = stackTopN(withUnknown, 2, "unknown");
    expect(s.keys.map((k) => k.key)).toEqual(["a", "c", OTHER_KEY, "unknown"]);
    expect(s.rows[0]).toEqual({ period: "2021", values: { a: 5, c: 2, [OTHER_KEY]: 2, unknown: 7 }, total: 16 });
  });
  it("handles an empty breakdown", () => {
    expect(stackTopN({ keys: [], rows: [], totals: {} }, 5)).toEqual({ keys: [], other: [], rows: [] });
  });
});

describe("annotations", () => {
  const events = numberEvents([
    { key: "kabul", date: "2021-08-15", title: "Fall of Kabul" },
    { key: "doha", date: "2020-02-29", title: "Doha Agreement" },
    { key: "ceasefire", date: "2022-11-01", title: "Ceasefire ends" },
    { key: "zawahiri", date: "2022-07-31", title: "Zawahiri killed" },
  ]);
  it("numbers events by date", () => {
    expect(events.map((e) => `${e.n}:${e.key}`)).toEqual(["1:doha", "2:kabul", "3:zawahiri", "4:ceasefire"]);
  });
  it("places events in their year, or in their month, and drops those outside the axis", () => {
    expect(placeEvents(events, ["2021", "2022"], "year").map((p) => [p.period, p.events.map((e) => e.n)])).toEqual([
      ["2021", [2]],
      ["2022", [3, 4]],
    ]);
    expect(placeEvents(events, ["2022-07", "2022-08", "2022-09", "2022-10", "2022-11"], "month").map((p) => p.period)).toEqual([
      "2022-07",
      "2022-11",
    ]);
  });
  it("writes runs of numbers compactly", () => {
    expect(formatNumberList([5, 6, 7])).toBe("5–7");
    expect(formatNumberList([3, 5])).toBe("3,5");
    expect(formatNumberList([1, 2, 3, 5, 6, 9])).toBe("1–3,5,6,9");
    expect(formatNumberList([2])).toBe("2");
  });
});

describe("clusterLabels", () => {
  const opts = { charWidth: 6, padding: 4, gap: 2, minX: 0, maxX: 500 };
  const overlaps = (cs: ReturnType<typeof clusterLabels>) =>
    cs.some((c, i) => {
      const n = cs[i + 1];
      return n !== undefined && c.x + c.width / 2 + opts.gap > n.x - n.width / 2;
    });
  it("leaves labels that have room where they are", () => {
    const cs = clusterLabels(
      [
        { x: 100, numbers: [1] },
        { x: 200, numbers: [2] },
      ],
      opts,
    );
    expect(cs.map((c) => [c.x, c.text])).toEqual([
      [100, "1"],
      [200, "2"],
    ]);
  });
  it("merges labels that would overlap, centred over their lines, until none do", () => {
    const cs = clusterLabels(
      [
        { x: 300, numbers: [5] },
        { x: 306, numbers: [6] },
        { x: 312, numbers: [7] },
        { x: 322, numbers: [8] },
        { x: 100, numbers: [1] },
      ],
      opts,
    );
    expect(cs.map((c) => c.text)).toEqual(["1", "5–8"]);
    expect(cs[1]?.x).toBe(311);
    expect(cs[1]?.lineXs).toEqual([300, 306, 312, 322]);
    expect(overlaps(cs)).toBe(false);
  });
  it("never overlaps for dense monthly axes, and keeps labels inside the plot", () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ x: 2 + i * 4, numbers: [i + 1] }));
    const cs = clusterLabels(items, opts);
    expect(overlaps(cs)).toBe(false);
    expect(cs.flatMap((c) => c.numbers)).toEqual(items.map((i) => i.numbers[0]));
    for (const c of cs) expect(c.x - c.width / 2).toBeGreaterThanOrEqual(0);
  });
});

describe("describePeriodKind", () => {
  it("names periods that are not calendar years as such", () => {
    expect(describePeriodKind("2021-08-15", "2022-08-14")).toBe("15 Aug–14 Aug year (not a calendar year)");
    expect(describePeriodKind("2022-01-01", "2022-08-20")).toBe("Part of a year (232 days)");
    expect(describePeriodKind("2021-08-01", "2021-08-31")).toBe("One month");
    expect(describePeriodKind("2023-01-30", "2023-01-30")).toBe("One day");
    expect(describePeriodKind("2024-01-01", "2024-12-31")).toBe("Calendar year");
    expect(describePeriodKind("2015-01-01", "2024-12-31")).toBe("10 calendar years");
    expect(describePeriodKind("2021-08-01", "2023-11-16")).toBe("Several years (1 Aug 2021 – 16 Nov 2023)");
  });
});

describe("changeAgainstPreviousSamePeriod", () => {
  const fig = (key: string, start: string, end: string, value: number, over: Partial<StatisticLike> = {}): StatisticLike => ({
    key,
    metric: "fatalities",
    value,
    unit: "count",
    qualifier: "exact",
    periodStart: start,
    periodEnd: end,
    geography: { country: "PK", province: "PK-KP", district: null, areas: [] },
    group: null,
    label: null,
    sources: ["pips-2022"],
    ...over,
  });
  it("compares an Aug–Aug year with the Aug–Aug year before, from the same source", () => {
    const a = fig("a", "2020-08-15", "2021-08-14", 200);
    const b = fig("b", "2021-08-15", "2022-08-14", 250);
    const other = fig("c", "2020-08-15", "2021-08-14", 10, { sources: ["crss-2025"] });
    const out = changeAgainstPreviousSamePeriod([a, b, other]);
    expect(out.get("b")?.previous?.key).toBe("a");
    expect(out.get("b")?.change).toEqual({ kind: "change", percent: 25, direction: "up" });
    expect(out.get("a")?.change).toEqual({ kind: "unavailable", reason: "no_previous" });
    expect(out.get("a")?.previousPeriod).toEqual({ start: "2019-08-15", end: "2020-08-14" });
  });
  it("never compares another place, group or source, and guesses nothing when two figures could be meant", () => {
    const b = fig("b", "2021-08-15", "2022-08-14", 250);
    const elsewhere = fig("x", "2020-08-15", "2021-08-14", 100, {
      geography: { country: "PK", province: "PK-SD", district: null, areas: [] },
    });
    const group = fig("y", "2020-08-15", "2021-08-14", 100, { group: "ttp" });
    expect(changeAgainstPreviousSamePeriod([b, elsewhere, group]).get("b")?.previous).toBeNull();
    const twice = [b, fig("p1", "2020-08-15", "2021-08-14", 100), fig("p2", "2020-08-15", "2021-08-14", 120)];
    expect(changeAgainstPreviousSamePeriod(twice).get("b")?.change.kind).toBe("unavailable");
  });
});

describe("previousSamePeriod", () => {
  it("steps a 15 Aug–14 Aug year back by a year, whether or not a leap day falls in it", () => {
    expect(previousSamePeriod("2021-08-15", "2022-08-14")).toEqual({ start: "2020-08-15", end: "2021-08-14" });
    expect(previousSamePeriod("2020-08-15", "2021-08-14")).toEqual({ start: "2019-08-15", end: "2020-08-14" });
  });
  it("steps calendar years, months and other periods as the domain does", () => {
    expect(previousSamePeriod("2024-01-01", "2024-12-31")).toEqual({ start: "2023-01-01", end: "2023-12-31" });
    expect(previousSamePeriod("2021-08-01", "2021-08-31")).toEqual({ start: "2021-07-01", end: "2021-07-31" });
    expect(previousSamePeriod("2022-01-01", "2022-01-10")).toEqual({ start: "2021-12-22", end: "2021-12-31" });
  });
});

describe("sortRows", () => {
  const rows = [
    { name: "b", v: 2 },
    { name: "a", v: null },
    { name: "c", v: 10 },
    { name: "d", v: 2 },
  ];
  it("sorts numbers numerically both ways, missing values last, ties in their order", () => {
    expect(sortRows(rows, (r) => r.v, "asc").map((r) => r.name)).toEqual(["b", "d", "c", "a"]);
    expect(sortRows(rows, (r) => r.v, "desc").map((r) => r.name)).toEqual(["c", "b", "d", "a"]);
  });
  it("sorts text with numbers in it naturally", () => {
    const periods = [{ p: "2021-10" }, { p: "2021-9" }, { p: "2021-01" }];
    expect(sortRows(periods, (r) => r.p, "asc").map((r) => r.p)).toEqual(["2021-01", "2021-9", "2021-10"]);
  });
});

describe("explainEmptyLog", () => {
  it("says what was asked for and what to widen, narrowest first", () => {
    const e = explainEmptyLog({ group: "TTP", place: "Sindh", from: "2015-01-01", to: "2016-12-31" });
    expect(e.title).toBe("No incidents in the log for TTP in Sindh in 2015–2016");
    expect(e.hint).toMatch(/^Widen the period, or pick another group, or choose another province\./);
  });
  it("points at the data when nothing is filtered", () => {
    const e = explainEmptyLog({});
    expect(e.title).toBe("No incidents in the log yet");
    expect(e.hint).toMatch(/data:import/);
  });
});
