import { z } from "zod";
import { getAdminUnit } from "../geo/admin-units";
import { IsoDate, Pagination, RecordKey, Slug, Text } from "../shared/schemas";
import { Citation, Citations } from "../sources/schemas";
import { Metric } from "../statistics/schemas";

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

export const PRIORITY_LABELS: Record<Priority, string> = {
  high: "High",
  medium: "Medium",
  low: "Low",
  unspecified: "Not stated by the source",
};

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

/**
 * Who makes an assessment. The tracker's own verdict is the analysts'; the government's claims and
 * independent observers' judgements are kept beside it, never merged into it.
 */
export const ASSESSORS = ["analyst", "government", "independent"] as const;
export const Assessor = z.enum(ASSESSORS);
export type Assessor = z.infer<typeof Assessor>;

export const ASSESSOR_LABELS: Record<Assessor, string> = {
  analyst: "Our analysts",
  government: "Government claim",
  independent: "Independent assessment",
};

/** A Pakistani or Afghan province id from the boundary files (PK-KP, PK-BA, AF-NAN…). */
export const ProvinceId = z
  .string()
  .max(20)
  .refine((id) => getAdminUnit(id)?.level === "province", "Pick a province from the list (an id like PK-KP).");
export type ProvinceId = z.infer<typeof ProvinceId>;

/**
 * Where an assessment applies and who makes it. The recommendation's headline status is the
 * analysts' national assessment (assessor "analyst", no name, no province); every other combination
 * is a separate track shown beside it (KP vs Balochistan, the government's claim vs a think tank's).
 */
export const AssessmentScope = z.object({
  assessor: Assessor.default("analyst"),
  /** Who exactly, for government and independent assessments ("Ministry of Interior", "PIPS"). */
  assessorName: z.string().trim().max(200).nullable().default(null),
  province: ProvinceId.nullable().default(null),
});
export type AssessmentScope = z.infer<typeof AssessmentScope>;

export const RecommendationUpdate = z.object({
  date: IsoDate,
  from: RecommendationStatus,
  to: RecommendationStatus,
  note: Text(4000),
  evidence: z.array(Evidence).max(20),
  author: z.string().max(200),
  ...AssessmentScope.shape,
});
export type RecommendationUpdate = z.infer<typeof RecommendationUpdate>;

/**
 * An outcome indicator: the metric a recommendation should move (fatalities in Khyber Pakhtunkhwa,
 * terror attacks in Balochistan), read from published figures and from the incident log.
 */
export const Indicator = z.object({
  metric: Metric,
  province: ProvinceId.nullable().default(null),
  group: Slug.nullable().default(null),
});
export type Indicator = z.infer<typeof Indicator>;

/** A recommendation family: one recommendation made in several reports, each original kept. */
export const RecommendationFamily = z.object({
  key: RecordKey,
  title: Text(300),
  note: z.string().trim().max(2000).nullable().default(null),
  members: z.array(RecordKey).min(2, "A family links at least two recommendations.").max(100),
});
export type RecommendationFamily = z.infer<typeof RecommendationFamily>;

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
  /** Provinces the recommendation applies to, where implementation is tracked per province. */
  provinces: z.array(ProvinceId).max(20).default([]),
  /** The indicator the recommendation should move, shown with its status changes on the page. */
  indicator: Indicator.nullable().default(null),
  citations: Citations,
  updates: z.array(RecommendationUpdate).max(500),
});
export type Recommendation = z.infer<typeof Recommendation>;

/** Value of the owner filter meaning "nobody owns it". */
export const NO_OWNER = "none";

export const RecommendationFilter = z.object({
  source: Slug.optional(),
  theme: Theme.optional(),
  status: RecommendationStatus.optional(),
  targetActor: TargetActor.optional(),
  /** A user id, or "none" for recommendations nobody owns. */
  owner: z.string().trim().min(1).max(100).optional(),
  /** Only recommendations whose next review date has passed ("true" or "1" in a URL). */
  overdue: z.union([z.boolean(), z.enum(["true", "1"], { error: "Use overdue=true, or leave it out." }).transform(() => true)]).optional(),
  province: ProvinceId.optional(),
  family: RecordKey.optional(),
  search: z.string().trim().max(200).optional(),
});
export type RecommendationFilter = z.infer<typeof RecommendationFilter>;

export const RECOMMENDATION_SORTS = ["source", "title", "status", "theme", "priority", "review", "updated"] as const;
export const RecommendationSort = z.enum(RECOMMENDATION_SORTS);
export type RecommendationSort = z.infer<typeof RecommendationSort>;

export const RecommendationListInput = RecommendationFilter.extend({
  ...Pagination.shape,
  sort: RecommendationSort.default("source"),
  dir: z.enum(["asc", "desc"]).default("asc"),
});
export type RecommendationListInput = z.infer<typeof RecommendationListInput>;

export const StatusChangeInput = z.object({
  to: RecommendationStatus,
  date: IsoDate,
  note: Text(4000),
  evidence: z.array(Evidence).max(20).default([]),
  ...AssessmentScope.shape,
});
export type StatusChangeInput = z.infer<typeof StatusChangeInput>;

/** An analyst's dated status update, against the version of the recommendation they saw. */
export const RecordStatusUpdateInput = StatusChangeInput.extend({
  key: RecordKey,
  expectedVersion: z.number().int().min(1),
  /** Optionally moves the next review date at the same time (null clears it). */
  nextReviewOn: IsoDate.nullable().optional(),
});
export type RecordStatusUpdateInput = z.infer<typeof RecordStatusUpdateInput>;

/** What editors change on a recommendation (status changes only through updates). */
export const RecommendationEditInput = z.object({
  key: RecordKey,
  expectedVersion: z.number().int().min(1),
  title: Text(300),
  text: Text(8000),
  theme: Theme,
  targetActors: z.array(TargetActor).min(1, "Name at least one actor the recommendation is addressed to.").max(12),
  priority: Priority,
  ownerId: z.string().trim().min(1).max(100).nullable(),
  nextReviewOn: IsoDate.nullable(),
  provinces: z.array(ProvinceId).max(20),
  indicator: Indicator.nullable(),
});
export type RecommendationEditInput = z.infer<typeof RecommendationEditInput>;

/** Links recommendations as one family: into an existing family (familyKey) or a new one (title). */
export const LinkFamilyInput = z
  .object({
    keys: z.array(RecordKey).min(1).max(100),
    familyKey: RecordKey.nullable().default(null),
    title: z.string().trim().max(300).nullable().default(null),
  })
  .refine((v) => v.familyKey !== null || (v.title !== null && v.title.length > 0 && v.keys.length >= 2), {
    message: "Give the new family a title and at least two recommendations, or pick an existing family.",
    path: ["title"],
  });
export type LinkFamilyInput = z.infer<typeof LinkFamilyInput>;

export const UnlinkFamilyInput = z.object({ key: RecordKey, familyKey: RecordKey });
export type UnlinkFamilyInput = z.infer<typeof UnlinkFamilyInput>;

/** An editor's "these two are not the same recommendation": the pair is no longer suggested. */
export const DismissDuplicateInput = z.object({ a: RecordKey, b: RecordKey }).refine((v) => v.a !== v.b, {
  message: "Pick two different recommendations.",
  path: ["b"],
});
export type DismissDuplicateInput = z.infer<typeof DismissDuplicateInput>;
