import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { allowedTransitions, applyStatusChange, canTransition, isRegression, requiresEvidence, summariseStatuses } from "./rules";

const link = { kind: "link" as const, url: "https://example.org/nap", title: "NAP review", date: "2024-01-10" };
const ctx = { now: "2024-06-01", by: "analyst@example.org" };

describe("recommendation status machine", () => {
  it("never returns to 'not assessed' and never 'moves' to the same status", () => {
    expect(canTransition("proposed", "not_assessed")).toBe(false);
    expect(canTransition("in_progress", "in_progress")).toBe(false);
    expect(canTransition("not_assessed", "implemented")).toBe(true);
    expect(allowedTransitions("not_assessed")).not.toContain("not_assessed");
    expect(allowedTransitions("stalled")).toHaveLength(6);
  });
  it("marks regressions", () => {
    expect(isRegression("implemented", "in_progress")).toBe(true);
    expect(isRegression("in_progress", "stalled")).toBe(true);
    expect(isRegression("proposed", "in_progress")).toBe(false);
    expect(isRegression("stalled", "in_progress")).toBe(false);
    expect(isRegression("not_assessed", "rejected")).toBe(false);
  });
  it("requires evidence for implemented, partially implemented and rejected", () => {
    expect(requiresEvidence("implemented")).toBe(true);
    expect(requiresEvidence("in_progress")).toBe(false);
    expect(() =>
      applyStatusChange({ status: "in_progress", updates: [] }, { to: "implemented", date: "2024-01-01", note: "done", evidence: [] }, ctx),
    ).toThrow(/needs evidence/);
    const update = applyStatusChange(
      { status: "in_progress", updates: [] },
      { to: "implemented", date: "2024-01-01", note: "done", evidence: [link] },
      ctx,
    );
    expect(update).toEqual({ date: "2024-01-01", from: "in_progress", to: "implemented", note: "done", evidence: [link], author: ctx.by });
  });
  it("refuses future dates and dates before the last update, naming the field", () => {
    const err = (() => {
      try {
        applyStatusChange({ status: "proposed", updates: [] }, { to: "in_progress", date: "2024-07-01", note: "n", evidence: [] }, ctx);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).issues[0]?.path).toEqual(["date"]);
    expect(() =>
      applyStatusChange(
        { status: "proposed", updates: [{ date: "2024-03-01" }] },
        { to: "in_progress", date: "2024-02-01", note: "n", evidence: [] },
        ctx,
      ),
    ).toThrow(/cannot be dated before/);
  });
  it("summarises counts with every status present", () => {
    const s = summariseStatuses([{ status: "stalled" }, { status: "stalled" }, { status: "implemented" }]);
    expect(s.stalled).toBe(2);
    expect(s.proposed).toBe(0);
    expect(Object.keys(s)).toHaveLength(8);
  });
});
