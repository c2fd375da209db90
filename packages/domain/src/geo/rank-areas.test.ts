import { describe, expect, it } from "vitest";
import { rankAreas, sortRankedAreas } from "./rank-areas";

type Row = { id: string; v: number | null; province: string };
const rows: Row[] = [
  { id: "bannu", v: 3, province: "KP" },
  { id: "north-waziristan", v: 20, province: "KP" },
  { id: "kech", v: 5, province: "BA" },
  { id: "peshawar", v: 3, province: "KP" },
  { id: "quetta", v: 2, province: "BA" },
  { id: "karachi-south", v: null, province: "SD" },
  { id: "gilgit", v: 0, province: "GB" },
];
const ranked = () =>
  rankAreas(
    rows,
    (r) => r.id,
    (r) => r.v,
  );

describe("rankAreas", () => {
  it("ranks largest first, ties share a rank and the next rank skips", () => {
    expect(ranked().map((r) => [r.id, r.rank, r.tied])).toEqual([
      ["north-waziristan", 1, false],
      ["kech", 2, false],
      ["bannu", 3, true],
      ["peshawar", 3, true],
      ["quetta", 5, false],
      ["gilgit", 6, false],
    ]);
  });
  it("leaves areas without a value out (no data is not zero) and keeps zero", () => {
    const ids = ranked().map((r) => r.id);
    expect(ids).not.toContain("karachi-south");
    expect(ids).toContain("gilgit");
    expect(rankAreas([], String, () => 1)).toEqual([]);
  });
});

describe("sortRankedAreas", () => {
  const names = { name: (r: { id: string }) => r.id, province: (r: { item: Row }) => r.item.province };
  it("sorts by rank either way, ties by name", () => {
    expect(sortRankedAreas(ranked(), "rank", "desc", names).map((r) => r.id)).toEqual([
      "gilgit",
      "quetta",
      "bannu",
      "peshawar",
      "kech",
      "north-waziristan",
    ]);
  });
  it("sorts by name and by province, then by rank", () => {
    expect(sortRankedAreas(ranked(), "name", "asc", names)[0]?.id).toBe("bannu");
    expect(sortRankedAreas(ranked(), "province", "asc", names).map((r) => r.id)).toEqual([
      "kech",
      "quetta",
      "gilgit",
      "north-waziristan",
      "bannu",
      "peshawar",
    ]);
  });
});
