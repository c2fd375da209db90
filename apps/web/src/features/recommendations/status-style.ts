import type { RecommendationStatus } from "@monitor/domain";

/**
 * One visual per recommendation status, shared by the badge and the scoreboard. Progress runs from grey
 * (not yet acted on) through blue (being worked on) to green (done); amber marks "stalled"; red is kept for
 * "rejected" alone.
 */
export const STATUS_ORDER: readonly RecommendationStatus[] = [
  "implemented",
  "partially_implemented",
  "in_progress",
  "under_consideration",
  "proposed",
  "not_assessed",
  "stalled",
  "rejected",
];

export const STATUS_STYLE: Record<RecommendationStatus, { badge: string; dot: string; bar: string }> = {
  not_assessed: { badge: "border border-dashed border-border-strong text-subtle", dot: "bg-border-strong", bar: "bg-border-strong/70" },
  proposed: { badge: "bg-surface-3 text-muted-foreground", dot: "bg-subtle", bar: "bg-subtle/55" },
  under_consideration: { badge: "bg-info-soft text-info", dot: "bg-info/60", bar: "bg-info/45" },
  in_progress: { badge: "bg-info-soft text-info", dot: "bg-info", bar: "bg-info/80" },
  partially_implemented: { badge: "bg-success-soft text-success", dot: "bg-success/60", bar: "bg-success/55" },
  implemented: { badge: "bg-success-soft text-success", dot: "bg-success", bar: "bg-success" },
  stalled: { badge: "bg-warning-soft text-warning", dot: "bg-warning", bar: "bg-warning/80" },
  rejected: { badge: "bg-danger-soft text-danger", dot: "bg-danger", bar: "bg-danger/80" },
};
