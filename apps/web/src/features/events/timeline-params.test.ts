import { describe, expect, it } from "vitest";
import { groupByYear, periodEnd, TimelineParams, toEventFilter } from "./timeline-params";

describe("timeline URL parameters", () => {
  it("reads the milestones checkbox as a flag and refuses other values", () => {
    expect(toEventFilter(TimelineParams.parse({ markers: "1", kind: "agreement" }))).toEqual({
      kind: "agreement",
      from: undefined,
      to: undefined,
      search: undefined,
      markers: true,
    });
    expect(toEventFilter(TimelineParams.parse({})).markers).toBeUndefined();
    expect(TimelineParams.safeParse({ markers: "yes" }).success).toBe(false);
  });

  it("groups events under their year, keeping their order", () => {
    const g = groupByYear([{ date: "2020-02-29" }, { date: "2021-08-01" }, { date: "2021-08-15" }]);
    expect(g.map((y) => [y.year, y.events.length])).toEqual([
      ["2020", 1],
      ["2021", 2],
    ]);
    expect(groupByYear([])).toEqual([]);
  });

  it("ends a period on its last day, leap years included", () => {
    expect(periodEnd("2024-02-01", "month")).toBe("2024-02-29");
    expect(periodEnd("2021-01-01", "year")).toBe("2021-12-31");
    expect(periodEnd("2021-08-15", "day")).toBe("2021-08-15");
  });
});
