import { describe, expect, it } from "vitest";
import { RECOMMENDATION_STATUSES, type RecommendationStatus, type TargetActor, type Theme } from "./schemas";
import { buildScoreboard, largestRemainderParts, SCOREBOARD_MULTI_ACTOR_NOTE, type ScoreboardItem, type ScoreboardRow } from "./scoreboard";

function recs(
  n: number,
  status: RecommendationStatus,
  theme: Theme,
  targetActors: TargetActor[] = ["government_of_pakistan"],
): ScoreboardItem[] {
  return Array.from({ length: n }, () => ({ status, theme, targetActors }));
}

/** The statuses of a row that are not zero. */
function nonZero(values: Record<RecommendationStatus, number>): Partial<Record<RecommendationStatus, number>> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== 0));
}

/** A row's shares in tenths of a percent, summed exactly. */
function tenthsSum(row: ScoreboardRow): number {
  return Object.values(row.shares).reduce((sum, s) => sum + Math.round(s * 10), 0);
}

const BY_THEME: ScoreboardItem[] = [
  // Counter-terrorism: 7 = 2 implemented, 1 partially, 3 stalled, 1 not assessed.
  ...recs(2, "implemented", "counter_terrorism"),
  ...recs(1, "partially_implemented", "counter_terrorism"),
  ...recs(3, "stalled", "counter_terrorism"),
  ...recs(1, "not_assessed", "counter_terrorism"),
  // Border management: 3, one each.
  ...recs(1, "implemented", "border_management"),
  ...recs(1, "stalled", "border_management"),
  ...recs(1, "not_assessed", "border_management"),
  // Two themes with 2 each: ordered by label (Deradicalisation before Governance).
  ...recs(2, "in_progress", "governance"),
  ...recs(2, "in_progress", "deradicalisation"),
];

describe("largestRemainderParts", () => {
  it("hands the units left over to the largest remainders, ties to the earlier entry", () => {
    expect(largestRemainderParts([1, 1, 1], 1000)).toEqual([334, 333, 333]);
    expect(largestRemainderParts([1, 2], 1000)).toEqual([333, 667]);
    // 2/7, 1/7, 3/7, 1/7 of 1000: 285.7, 142.9, 428.6, 142.9 → remainders 5, 6, 4, 6 (sevenths).
    expect(largestRemainderParts([2, 1, 3, 1], 1000)).toEqual([286, 143, 428, 143]);
    expect(largestRemainderParts([5, 0], 100)).toEqual([100, 0]);
  });

  it("gives zeros when there is nothing to share", () => {
    expect(largestRemainderParts([0, 0, 0], 1000)).toEqual([0, 0, 0]);
    expect(largestRemainderParts([], 1000)).toEqual([]);
  });

  it("always sums to the scale, each part the exact value rounded down or up", () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let run = 0; run < 500; run++) {
      const counts = Array.from({ length: 1 + (next() % 8) }, () => next() % 40);
      const total = counts.reduce((a, b) => a + b, 0);
      const parts = largestRemainderParts(counts, 1000);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total === 0 ? 0 : 1000);
      counts.forEach((n, i) => {
        const exact = total === 0 ? 0 : (n * 1000) / total;
        expect(parts[i]).toBeGreaterThanOrEqual(Math.floor(exact));
        expect(parts[i]).toBeLessThanOrEqual(Math.ceil(exact));
      });
    }
  });
});

describe("buildScoreboard by theme", () => {
  const board = buildScoreboard(BY_THEME, "theme");

  it("counts each recommendation once under its theme, largest theme first, then by label", () => {
    expect(board.dimension).toBe("theme");
    expect(board.rows.map((r) => [r.key, r.label, r.total])).toEqual([
      ["counter_terrorism", "Counter-terrorism", 7],
      ["border_management", "Border management", 3],
      ["deradicalisation", "Deradicalisation", 2],
      ["governance", "Governance", 2],
    ]);
    expect(nonZero(board.rows[0]?.counts ?? ({} as ScoreboardRow["counts"]))).toEqual({
      implemented: 2,
      partially_implemented: 1,
      stalled: 3,
      not_assessed: 1,
    });
    expect(board.note).toBeNull();
  });

  it("gives shares with one decimal that add up to exactly 100 (largest remainder)", () => {
    // 2/7 = 28.57, 1/7 = 14.29, 3/7 = 42.86: plain rounding would give 28.6 + 14.3 + 42.9 + 14.3 = 100.1.
    expect(nonZero(board.rows[0]?.shares ?? ({} as ScoreboardRow["shares"]))).toEqual({
      implemented: 28.6,
      partially_implemented: 14.3,
      stalled: 42.8,
      not_assessed: 14.3,
    });
    // Thirds: the tenth left over goes to the first status in order (not assessed).
    expect(nonZero(board.rows[1]?.shares ?? ({} as ScoreboardRow["shares"]))).toEqual({
      not_assessed: 33.4,
      implemented: 33.3,
      stalled: 33.3,
    });
    expect(nonZero(board.rows[2]?.shares ?? ({} as ScoreboardRow["shares"]))).toEqual({ in_progress: 100 });
    for (const row of [...board.rows, board.overall]) {
      expect(tenthsSum(row)).toBe(1000);
      for (const s of Object.values(row.shares)) expect(Math.round(s * 10) / 10).toBe(s);
    }
  });

  it("has a share and a count for every status, zero where none", () => {
    for (const row of board.rows) {
      expect(Object.keys(row.counts).sort()).toEqual([...RECOMMENDATION_STATUSES].sort());
      expect(Object.keys(row.shares).sort()).toEqual([...RECOMMENDATION_STATUSES].sort());
    }
    expect(board.rows[0]?.counts.rejected).toBe(0);
    expect(board.rows[0]?.shares.rejected).toBe(0);
  });

  it("adds an overall row counting every recommendation once", () => {
    expect(board.overall.key).toBe("all");
    expect(board.overall.total).toBe(14);
    expect(nonZero(board.overall.counts)).toEqual({
      implemented: 3,
      partially_implemented: 1,
      stalled: 4,
      not_assessed: 2,
      in_progress: 4,
    });
    // 3/14 = 21.43, 1/14 = 7.14, 4/14 = 28.57, 2/14 = 14.29, 4/14 = 28.57.
    expect(nonZero(board.overall.shares)).toEqual({
      not_assessed: 14.3,
      in_progress: 28.6,
      partially_implemented: 7.1,
      implemented: 21.4,
      stalled: 28.6,
    });
  });
});

describe("buildScoreboard by actor", () => {
  const items: ScoreboardItem[] = [
    { status: "implemented", theme: "counter_terrorism", targetActors: ["government_of_pakistan", "military"] },
    { status: "stalled", theme: "counter_terrorism", targetActors: ["government_of_pakistan"] },
    { status: "not_assessed", theme: "border_management", targetActors: ["military"] },
    {
      status: "partially_implemented",
      theme: "afghanistan_engagement",
      targetActors: ["islamic_emirate_afghanistan", "government_of_pakistan"],
    },
  ];

  it("counts a recommendation once for each actor it is addressed to, and says so", () => {
    const board = buildScoreboard(items, "actor");
    expect(board.rows.map((r) => [r.key, r.label, r.total])).toEqual([
      ["government_of_pakistan", "Government of Pakistan", 3],
      ["military", "Military", 2],
      ["islamic_emirate_afghanistan", "Islamic Emirate (Afghan Taliban)", 1],
    ]);
    expect(nonZero(board.rows[0]?.counts ?? ({} as ScoreboardRow["counts"]))).toEqual({
      implemented: 1,
      stalled: 1,
      partially_implemented: 1,
    });
    expect(nonZero(board.rows[0]?.shares ?? ({} as ScoreboardRow["shares"]))).toEqual({
      partially_implemented: 33.4,
      implemented: 33.3,
      stalled: 33.3,
    });
    expect(nonZero(board.rows[1]?.shares ?? ({} as ScoreboardRow["shares"]))).toEqual({ not_assessed: 50, implemented: 50 });
    expect(board.note).toBe(SCOREBOARD_MULTI_ACTOR_NOTE);
    expect(board.note).toBe("A recommendation addressed to several actors counts once for each");
  });

  it("counts each recommendation once overall, however many actors it has", () => {
    const board = buildScoreboard(items, "actor");
    expect(board.rows.reduce((sum, r) => sum + r.total, 0)).toBe(6);
    expect(board.overall.total).toBe(4);
    expect(nonZero(board.overall.shares)).toEqual({ not_assessed: 25, partially_implemented: 25, implemented: 25, stalled: 25 });
  });

  it("has no note when every recommendation has one actor, or by theme", () => {
    expect(buildScoreboard(items.slice(1, 3), "actor").note).toBeNull();
    expect(buildScoreboard(items, "theme").note).toBeNull();
    // An actor named twice is still one actor.
    const twice = buildScoreboard([{ status: "stalled", theme: "governance", targetActors: ["parliament", "parliament"] }], "actor");
    expect(twice.note).toBeNull();
    expect(twice.rows).toHaveLength(1);
    expect(twice.rows[0]?.total).toBe(1);
  });
});

describe("buildScoreboard with nothing to count", () => {
  it("has no rows, an empty overall row with zero shares, and no note", () => {
    for (const dimension of ["theme", "actor"] as const) {
      const board = buildScoreboard([], dimension);
      expect(board.rows).toEqual([]);
      expect(board.overall.total).toBe(0);
      expect(Object.values(board.overall.counts)).toEqual(RECOMMENDATION_STATUSES.map(() => 0));
      expect(Object.values(board.overall.shares)).toEqual(RECOMMENDATION_STATUSES.map(() => 0));
      expect(board.note).toBeNull();
    }
  });
});
