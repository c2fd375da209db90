import { z } from "zod";
import { IsoDate, Pagination, RecordKey, Slug, Text } from "../shared/schemas";
import { Citation, Citations } from "../sources/schemas";

export const RECOMMENDATION_STATUSES = [
  "not_assessed",
  "proposed",
  "under_consideration",
  "in_progress",
  "partially_implemented",
  "implemented",
  "stalled",
  "rejected",
] as const;
export const RecommendationStatus = z.enum(RECOMMENDATION_STATUSES);
export type RecommendationStatus = z.infer<typeof RecommendationStatus>;

export const STATUS_LABELS: Record<RecommendationStatus, string> = {
  not_assessed: "Not assessed",
  proposed: "Proposed",
  under_consideration: "Under consideration",
  in_progress: "In progress",
  partially_implemented: "Partially implemented",
  implemented: "Implemented",
  stalled: "Stalled",
  rejected: "Rejected",
};

export const THEMES = [
  "afghanistan_engagement",
  "border_management",
  "counter_terrorism",
  "law_enforcement",
  "deradicalisation",
  "madrassa_reform",
  "governance",
  "economic_development",
  "regional_cooperation",
  "counter_financing",
  "information_and_media",
  "refugees",
  "other",
] as const;
export const Theme = z.enum(THEMES);
export type Theme = z.infer<typeof Theme>;

export const THEME_LABELS: Record<Theme, string> = {
  afghanistan_engagement: "Engagement with Kabul",
  border_management: "Border management",
  counter_terrorism: "Counter-terrorism",
  law_enforcement: "Civilian law enforcement",
  deradicalisation: "Deradicalisation",
  madrassa_reform: "Madrassa reform",
  governance: "Governance",
  economic_development: "Economic development",
  regional_cooperation: "Regional cooperation",
  counter_financing: "Counter-financing",
  information_and_media: "Information and media",
  refugees: "Refugees",
  other: "Other",
};

export const TARGET_ACTORS = [
  "government_of_pakistan",
  "parliament",
  "military",
  "provincial_governments",
  "law_enforcement",
  "islamic_emirate_afghanistan",
  "regional_states",
  "international_community",
  "religious_scholars",
  "civil_society",
  "media",
  "other",
] as const;
export const TargetActor = z.enum(TARGET_ACTORS);
export type TargetActor = z.infer<typeof TargetActor>;

export const TARGET_ACTOR_LABELS: Record<TargetActor, string> = {
  government_of_pakistan: "Government of Pakistan",
  parliament: "Parliament",
  military: "Military",
  provincial_governments: "Provincial governments",
  law_enforcement: "Law enforcement",
  islamic_emirate_afghanistan: "Islamic Emirate (Afghan Taliban)",
  regional_states: "Regional states",
  international_community: "International community",
  religious_scholars: "Religious scholars",
  civil_society: "Civil society",
  media: "Media",
  other: "Other",
};

export const PRIORITIES = ["high", "medium", "low", "unspecified"] as const;
export const Priority = z.enum(PRIORITIES);
export type Priority = z.infer<typeof Priority>;

/** Evidence for a status change: a citation into a source, or a dated link. */
export const Evidence = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("citation"), citation: Citation }),
  z.object({
    kind: z.literal("link"),
    url: z.url({ protocol: /^https?$/, error: "Use a web address starting with http:// or https://." }).max(2000),
    title: Text(300),
    date: IsoDate,
  }),
]);
export type Evidence = z.infer<typeof Evidence>;

export const RecommendationUpdate = z.object({
  date: IsoDate,
  from: RecommendationStatus,
  to: RecommendationStatus,
  note: Text(4000),
  evidence: z.array(Evidence).max(20),
  author: z.string().max(200),
});
export type RecommendationUpdate = z.infer<typeof RecommendationUpdate>;

export const Recommendation = z.object({
  key: RecordKey,
  source: Slug,
  number: z.string().trim().max(20).nullable(),
  title: Text(300),
  text: Text(8000),
  theme: Theme,
  targetActors: z.array(TargetActor).min(1, "Name at least one actor the recommendation is addressed to.").max(12),
  priority: Priority,
  status: RecommendationStatus,
  nextReviewOn: IsoDate.nullable(),
  citations: Citations,
  updates: z.array(RecommendationUpdate).max(500),
});
export type Recommendation = z.infer<typeof Recommendation>;

export const RecommendationFilter = z.object({
  source: Slug.optional(),
  theme: Theme.optional(),
  status: RecommendationStatus.optional(),
  targetActor: TargetActor.optional(),
  search: z.string().trim().max(200).optional(),
});
export type RecommendationFilter = z.infer<typeof RecommendationFilter>;

export const RecommendationListInput = RecommendationFilter.extend(Pagination.shape);
export type RecommendationListInput = z.infer<typeof RecommendationListInput>;

export const StatusChangeInput = z.object({
  to: RecommendationStatus,
  date: IsoDate,
  note: Text(4000),
  evidence: z.array(Evidence).max(20).default([]),
});
export type StatusChangeInput = z.infer<typeof StatusChangeInput>;
