import type { RecommendationView } from "../shared/views";
import { PRIORITY_LABELS, STATUS_LABELS, TARGET_ACTOR_LABELS, THEME_LABELS } from "./schemas";
import { assessmentTracks, daysOverdue } from "./tracks";

/** The columns of the tracker's CSV export, in order. */
export const RECOMMENDATION_CSV_COLUMNS = [
  "status_as_of",
  "key",
  "source",
  "number",
  "title",
  "theme",
  "addressed_to",
  "priority",
  "status",
  "status_since",
  "other_assessments",
  "owner",
  "next_review_on",
  "days_overdue",
  "family",
  "text",
  "quote",
  "locator",
] as const;
export type RecommendationCsvRow = Record<(typeof RECOMMENDATION_CSV_COLUMNS)[number], string>;

/**
 * The rows of the CSV export of a tracker view, each stamped with the date the statuses hold on
 * ("status as of"), with the first citation's exact quote so the file answers "says who?" on its own.
 */
export function recommendationCsvRows(items: readonly RecommendationView[], asOf: string): RecommendationCsvRow[] {
  return items.map((r) => {
    const tracks = assessmentTracks(r);
    const main = tracks[0];
    const others = tracks
      .filter((t) => !t.main && t.updates.length > 0)
      .map((t) => `${t.label}: ${STATUS_LABELS[t.status]} (${t.since})`)
      .join("; ");
    const overdue = daysOverdue(r.nextReviewOn, asOf);
    return {
      status_as_of: asOf,
      key: r.key,
      source: r.sourceShortTitle,
      number: r.number ?? "",
      title: r.title,
      theme: THEME_LABELS[r.theme],
      addressed_to: r.targetActors.map((a) => TARGET_ACTOR_LABELS[a]).join("; "),
      priority: PRIORITY_LABELS[r.priority],
      status: STATUS_LABELS[r.status],
      status_since: main?.since ?? "",
      other_assessments: others,
      owner: r.ownerName ?? "",
      next_review_on: r.nextReviewOn ?? "",
      days_overdue: overdue > 0 ? String(overdue) : "",
      family: r.family?.title ?? "",
      text: r.text,
      quote: r.citations[0]?.quote ?? "",
      locator: r.citations[0]?.locator ?? "",
    };
  });
}

/** "recommendations-status-as-of-2026-11-24.csv" */
export function recommendationCsvFileName(asOf: string): string {
  return `recommendations-status-as-of-${asOf}.csv`;
}
