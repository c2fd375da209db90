import { ValidationError } from "../errors";
import type { RecommendationStatus, RecommendationUpdate, StatusChangeInput } from "./schemas";

/**
 * The recommendation status machine.
 *
 * - "not_assessed" is where every recommendation starts until someone looks; nothing returns to it.
 * - Any assessed status may move to any other (regressions happen: "in progress" can become
 *   "stalled", "implemented" can be rolled back), but a move to the same status is not an update.
 * - Claims of progress that outsiders will quote need evidence: nothing becomes partially
 *   implemented, implemented or rejected without at least one citation or link.
 */
const PROGRESS_RANK: Record<RecommendationStatus, number | null> = {
  not_assessed: null,
  proposed: 0,
  under_consideration: 1,
  in_progress: 2,
  partially_implemented: 3,
  implemented: 4,
  stalled: null,
  rejected: null,
};

export const STATUSES_REQUIRING_EVIDENCE: readonly RecommendationStatus[] = ["partially_implemented", "implemented", "rejected"];

export function canTransition(from: RecommendationStatus, to: RecommendationStatus): boolean {
  if (from === to) return false;
  if (to === "not_assessed") return false;
  return true;
}

/**
 * A review: an assessed track looked at again with no change of status ("still stalled"). It is
 * recorded like any update (date, note, author, optional evidence) so the review date can move on,
 * but it is not a transition: it needs no new evidence and is never a regression.
 */
export function isReview(from: RecommendationStatus, to: RecommendationStatus): boolean {
  return from === to && from !== "not_assessed";
}

export function requiresEvidence(to: RecommendationStatus): boolean {
  return STATUSES_REQUIRING_EVIDENCE.includes(to);
}

/** A regression moves backwards along proposed → … → implemented, or off the track to stalled/rejected. */
export function isRegression(from: RecommendationStatus, to: RecommendationStatus): boolean {
  const a = PROGRESS_RANK[from];
  const b = PROGRESS_RANK[to];
  if (a === null) return false;
  if (b === null) return to === "stalled" || to === "rejected";
  return b < a;
}

export function allowedTransitions(from: RecommendationStatus): RecommendationStatus[] {
  const all: RecommendationStatus[] = [
    "proposed",
    "under_consideration",
    "in_progress",
    "partially_implemented",
    "implemented",
    "stalled",
    "rejected",
  ];
  return all.filter((to) => canTransition(from, to));
}

/**
 * Decides a status change. Pure: `now` is today's date (ISO) and `by` the author, both injected.
 * Returns the update to store; throws ValidationError with field paths when a rule is broken.
 */
export function applyStatusChange(
  current: { status: RecommendationStatus; updates: readonly Pick<RecommendationUpdate, "date">[] },
  input: Pick<StatusChangeInput, "to" | "date" | "note" | "evidence">,
  ctx: { now: string; by: string },
): Omit<RecommendationUpdate, "assessor" | "assessorName" | "province"> {
  const from = current.status;
  const review = isReview(from, input.to);
  if (from === input.to && !review) {
    throw new ValidationError('Nobody has assessed this track yet: choose the status you found, not "not assessed".', [
      { path: ["to"], message: "Choose an assessed status." },
    ]);
  }
  if (!review && !canTransition(from, input.to)) {
    throw new ValidationError('A recommendation that has been assessed cannot go back to "not assessed".', [
      { path: ["to"], message: "Choose an assessed status." },
    ]);
  }
  if (!review && requiresEvidence(input.to) && input.evidence.length === 0) {
    throw new ValidationError(`Marking a recommendation "${input.to.replace(/_/g, " ")}" needs evidence: add a citation or a dated link.`, [
      { path: ["evidence"], message: "Evidence is required for this status." },
    ]);
  }
  if (input.date > ctx.now) {
    throw new ValidationError("The update's date is in the future. Use the date the change happened.", [
      { path: ["date"], message: "Must not be after today." },
    ]);
  }
  const last = current.updates.reduce<string | null>((max, u) => (max === null || u.date > max ? u.date : max), null);
  if (last !== null && input.date < last) {
    throw new ValidationError(`The last update is dated ${last}; a new update cannot be dated before it.`, [
      { path: ["date"], message: `Use ${last} or later.` },
    ]);
  }
  return { date: input.date, from, to: input.to, note: input.note, evidence: input.evidence, author: ctx.by };
}

/** Counts recommendations per status, with every status present (zero when none). */
export function summariseStatuses(items: readonly { status: RecommendationStatus }[]): Record<RecommendationStatus, number> {
  const out: Record<RecommendationStatus, number> = {
    not_assessed: 0,
    proposed: 0,
    under_consideration: 0,
    in_progress: 0,
    partially_implemented: 0,
    implemented: 0,
    stalled: 0,
    rejected: 0,
  };
  for (const i of items) out[i.status] += 1;
  return out;
}
