import { describe, expect, it } from "vitest";
import { summariseFamily } from "./families";
import type { RecommendationUpdate } from "./schemas";
import { assessmentsDisagree, assessmentTracks, daysOverdue, isMainTrack, isReviewOverdue, planStatusUpdate, trackKey } from "./tracks";

const u = (
  date: string,
  from: RecommendationUpdate["from"],
  to: RecommendationUpdate["to"],
  scope: Partial<RecommendationUpdate> = {},
): RecommendationUpdate => ({
  date,
  from,
  to,
  note: "n",
  evidence: [],
  author: "a@example.org",
  assessor: "analyst",
  assessorName: null,
  province: null,
  ...scope,
});
const ctx = { now: "2026-03-10", by: "analyst@example.org" };
const link = { kind: "link" as const, url: "https://example.org/x", title: "X", date: "2026-01-01" };

describe("assessment tracks", () => {
  it("keys tracks by assessor, name (case- and space-insensitive) and province; the analysts' national one is main", () => {
    expect(trackKey({ assessor: "analyst", assessorName: null, province: null })).toBe("main");
    expect(isMainTrack({})).toBe(true);
    expect(trackKey({ assessor: "government", assessorName: "  Ministry of  Interior ", province: "PK-KP" })).toBe(
      trackKey({ assessor: "government", assessorName: "ministry of interior", province: "PK-KP" }),
    );
    expect(trackKey({ assessor: "analyst", assessorName: null, province: "PK-BA" })).not.toBe("main");
  });

  it("puts main first with the recommendation's status, adds empty tracks for its provinces, and follows each track's history", () => {
    const tracks = assessmentTracks({
      status: "in_progress",
      provinces: ["PK-BA", "PK-KP"],
      updates: [
        u("2025-01-01", "proposed", "in_progress"),
        u("2025-02-01", "not_assessed", "stalled", { province: "PK-KP" }),
        u("2025-03-01", "not_assessed", "implemented", { assessor: "government", assessorName: "MoI" }),
      ],
    });
    expect(tracks.map((t) => [t.key, t.status, t.since])).toEqual([
      ["main", "in_progress", "2025-01-01"],
      ["analyst::PK-BA", "not_assessed", null],
      ["analyst::PK-KP", "stalled", "2025-02-01"],
      ["government:moi:", "implemented", "2025-03-01"],
    ]);
    expect(tracks[3]?.label).toBe("Government claim (MoI), national");
    expect(assessmentsDisagree(tracks)).toBe(true);
    const one = [u("2025-01-01", "proposed", "stalled")];
    expect(
      assessmentsDisagree([
        { status: "stalled", province: null, updates: one },
        { status: "in_progress", province: "PK-KP", updates: one },
      ]),
    ).toBe(false);
    expect(
      assessmentsDisagree([
        { status: "proposed", province: null, updates: [] },
        { status: "stalled", province: null, updates: one },
      ]),
    ).toBe(false);
    expect(
      assessmentsDisagree([
        { status: "stalled", province: "PK-KP", updates: one },
        { status: "implemented", province: "PK-KP", updates: one },
      ]),
    ).toBe(true);
  });

  it("decides an update from the named track's own status, and leaves the headline status alone off the main track", () => {
    const rec = {
      status: "in_progress" as const,
      updates: [u("2025-01-01", "proposed", "in_progress"), u("2025-06-01", "not_assessed", "stalled", { province: "PK-KP" })],
    };
    const kp = planStatusUpdate(
      rec,
      { to: "in_progress", date: "2025-07-01", note: "n", evidence: [], assessor: "analyst", assessorName: null, province: "PK-KP" },
      ctx,
    );
    expect(kp.update).toMatchObject({ from: "stalled", to: "in_progress", province: "PK-KP" });
    expect(kp.mainStatus).toBe("in_progress");
    expect(kp.regression).toBe(false);
    const main = planStatusUpdate(
      rec,
      { to: "implemented", date: "2025-07-01", note: "n", evidence: [link], assessor: "analyst", assessorName: "", province: null },
      ctx,
    );
    expect(main.mainStatus).toBe("implemented");
    expect(main.update.assessorName).toBeNull();
    const back = planStatusUpdate(
      rec,
      { to: "proposed", date: "2025-07-01", note: "n", evidence: [], assessor: "analyst", assessorName: null, province: null },
      ctx,
    );
    expect(back.regression).toBe(true);
    // Dates are checked against the track's own last update, not other tracks'.
    expect(() =>
      planStatusUpdate(
        rec,
        { to: "proposed", date: "2025-05-01", note: "n", evidence: [], assessor: "analyst", assessorName: null, province: "PK-KP" },
        ctx,
      ),
    ).toThrow(/2025-06-01/);
    expect(
      planStatusUpdate(
        rec,
        { to: "stalled", date: "2025-05-01", note: "n", evidence: [], assessor: "analyst", assessorName: null, province: null },
        ctx,
      ).update.from,
    ).toBe("in_progress");
  });

  it("starts a new track at 'not assessed'", () => {
    const r = planStatusUpdate(
      { status: "proposed", updates: [] },
      { to: "rejected", date: "2026-01-01", note: "n", evidence: [link], assessor: "independent", assessorName: "PIPS", province: null },
      ctx,
    );
    expect(r.update.from).toBe("not_assessed");
    expect(r.regression).toBe(false);
  });
});

describe("reviews without a status change", () => {
  it("records 'still stalled' on an assessed track without new evidence, never as a regression", () => {
    const rec = { status: "stalled" as const, updates: [u("2025-01-01", "proposed", "stalled")] };
    const r = planStatusUpdate(
      rec,
      {
        to: "stalled",
        date: "2025-06-01",
        note: "Checked again: no progress.",
        evidence: [],
        assessor: "analyst",
        assessorName: null,
        province: null,
      },
      ctx,
    );
    expect(r.update).toMatchObject({ from: "stalled", to: "stalled" });
    expect(r.regression).toBe(false);
    const done = { status: "implemented" as const, updates: [] };
    expect(
      planStatusUpdate(
        done,
        {
          to: "implemented",
          date: "2025-06-01",
          note: "Still in force.",
          evidence: [],
          assessor: "analyst",
          assessorName: null,
          province: null,
        },
        ctx,
      ).mainStatus,
    ).toBe("implemented");
  });
  it("refuses 'not assessed' to 'not assessed'", () => {
    expect(() =>
      planStatusUpdate(
        { status: "proposed", updates: [] },
        { to: "not_assessed", date: "2025-06-01", note: "n", evidence: [], assessor: "government", assessorName: "MoI", province: null },
        ctx,
      ),
    ).toThrow(/choose the status you found/);
  });
});

describe("review dates", () => {
  it("is overdue only after the date, counting whole days", () => {
    expect(isReviewOverdue(null, "2026-03-10")).toBe(false);
    expect(isReviewOverdue("2026-03-10", "2026-03-10")).toBe(false);
    expect(isReviewOverdue("2026-03-09", "2026-03-10")).toBe(true);
    expect(daysOverdue("2026-01-31", "2026-03-10")).toBe(38);
    expect(daysOverdue("2026-04-01", "2026-03-10")).toBe(0);
    expect(daysOverdue("2024-02-28", "2024-03-01")).toBe(2);
  });
});

describe("families", () => {
  it("counts times made and sources, first and last by publication date or year", () => {
    const s = summariseFamily([
      { key: "b", source: "akbar", sourceYear: 2024, sourcePublishedOn: null },
      { key: "a", source: "pips", sourceYear: 2022, sourcePublishedOn: "2022-09-01" },
      { key: "c", source: "akbar", sourceYear: 2024, sourcePublishedOn: null },
      { key: "d", source: "undated", sourceYear: null, sourcePublishedOn: null },
    ]);
    expect(s).toMatchObject({ timesMade: 4, sources: 3, firstMade: { source: "pips", year: 2022 }, lastMade: { source: "undated" } });
    expect(summariseFamily([])).toBeNull();
  });
});

describe("today in a time zone", () => {
  it("gives the local calendar date, and UTC for an unknown zone", async () => {
    const { isoDateInZone } = await import("../shared/format");
    const at = new Date("2026-03-10T20:30:00.000Z");
    expect(isoDateInZone(at, "Asia/Karachi")).toBe("2026-03-11");
    expect(isoDateInZone(at, "Asia/Kabul")).toBe("2026-03-11");
    expect(isoDateInZone(at, "UTC")).toBe("2026-03-10");
    expect(isoDateInZone(at, "Not/A_Zone")).toBe("2026-03-10");
  });
});
