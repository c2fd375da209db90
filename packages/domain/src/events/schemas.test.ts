import { describe, expect, it } from "vitest";
import { EventFilter } from "./schemas";

describe("timeline event filter", () => {
  it("takes a period, a category, milestones and words, and refuses unknown categories and dates", () => {
    expect(EventFilter.parse({ from: "2021-08-15", kind: "agreement", markers: true, search: " Kabul " })).toEqual({
      from: "2021-08-15",
      kind: "agreement",
      markers: true,
      search: "Kabul",
    });
    expect(EventFilter.safeParse({ kind: "sports" }).success).toBe(false);
    expect(EventFilter.safeParse({ to: "2022-02-30" }).success).toBe(false);
  });
});
