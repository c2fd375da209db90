import { describe, expect, it } from "vitest";
import { buildSeedDataset } from "./index";
import { CHART_MARKER_KEYS } from "./markers";

describe("chart markers", () => {
  it("names existing events, and marks exactly those", () => {
    const events = buildSeedDataset().events ?? [];
    const keys = new Set(events.map((e) => e.key));
    for (const k of CHART_MARKER_KEYS) expect(keys.has(k), `marker ${k} is not an event in the seed`).toBe(true);
    expect(
      events
        .filter((e) => e.marker)
        .map((e) => e.key)
        .sort(),
    ).toEqual([...CHART_MARKER_KEYS].sort());
  });
});
