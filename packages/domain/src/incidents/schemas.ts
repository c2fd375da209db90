import { z } from "zod";
import { CountryId } from "../geo/schemas";
import { DatePrecision, IsoDate, Pagination, RecordKey, Slug, Text } from "../shared/schemas";
import { Citations } from "../sources/schemas";
import { Qualifier } from "../statistics/schemas";

export const INCIDENT_TYPES = [
  "suicide_bombing",
  "ied",
  "armed_assault",
  "targeted_killing",
  "cross_border_attack",
  "rocket_attack",
  "kidnapping",
  "counter_terror_operation",
  "sabotage",
  "other",
] as const;
export const IncidentType = z.enum(INCIDENT_TYPES);
export type IncidentType = z.infer<typeof IncidentType>;

export const INCIDENT_TYPE_LABELS: Record<IncidentType, string> = {
  suicide_bombing: "Suicide bombing",
  ied: "IED / bombing",
  armed_assault: "Armed assault",
  targeted_killing: "Targeted killing",
  cross_border_attack: "Cross-border attack",
  rocket_attack: "Rocket / grenade attack",
  kidnapping: "Kidnapping",
  counter_terror_operation: "Counter-terror operation",
  sabotage: "Sabotage",
  other: "Other",
};

export const TARGETS = [
  "security_forces",
  "civilians",
  "religious_minority",
  "political",
  "foreign_nationals",
  "infrastructure",
  "militants",
  "government",
  "other",
] as const;
export const Target = z.enum(TARGETS);
export type Target = z.infer<typeof Target>;

export const TARGET_LABELS: Record<Target, string> = {
  security_forces: "Security forces",
  civilians: "Civilians",
  religious_minority: "Religious minority",
  political: "Political",
  foreign_nationals: "Foreign nationals",
  infrastructure: "Infrastructure",
  militants: "Militants",
  government: "Government",
  other: "Other",
};

/** How a group is tied to an incident: it claimed it, a source attributes it, it is suspected, or it denied it. */
export const ATTRIBUTIONS = ["claimed", "attributed", "suspected", "denied"] as const;
export const Attribution = z.enum(ATTRIBUTIONS);
export type Attribution = z.infer<typeof Attribution>;

export const Perpetrator = z.object({ group: Slug, attribution: Attribution });

/**
 * How sure a filter wants the link between group and incident to be, as a floor: "claimed" keeps only
 * claimed incidents, "attributed" adds those a source attributes, "suspected" adds suspicions.
 * A denial never counts as an attribution.
 */
export const CERTAINTY_LEVELS = ["claimed", "attributed", "suspected"] as const;
export const Certainty = z.enum(CERTAINTY_LEVELS);
export type Certainty = z.infer<typeof Certainty>;
export const CERTAINTY_LABELS: Record<Certainty, string> = {
  claimed: "Claimed only",
  attributed: "Claimed or attributed",
  suspected: "Claimed, attributed or suspected",
};

/** The attributions a certainty floor accepts. */
export function attributionsAtLeast(certainty: Certainty): Attribution[] {
  return ATTRIBUTIONS.slice(0, CERTAINTY_LEVELS.indexOf(certainty) + 1);
}
export type Perpetrator = z.infer<typeof Perpetrator>;

const Count = z.number().int().nonnegative().max(100_000);

export const Incident = z
  .object({
    key: RecordKey,
    title: Text(300),
    date: IsoDate,
    datePrecision: DatePrecision,
    country: CountryId,
    province: z.string().max(20).nullable(),
    district: z.string().max(60).nullable(),
    place: z.string().trim().max(200).nullable(),
    type: IncidentType,
    target: Target,
    killed: Count.nullable(),
    killedQualifier: Qualifier,
    injured: Count.nullable(),
    injuredQualifier: Qualifier,
    perpetrators: z.array(Perpetrator).max(10),
    description: z.string().trim().max(8000).nullable(),
    citations: Citations,
  })
  .refine((i) => new Set(i.perpetrators.map((p) => p.group)).size === i.perpetrators.length, {
    message: "List each group once per incident.",
    path: ["perpetrators"],
  });
export type Incident = z.infer<typeof Incident>;

export const IncidentFilter = z.object({
  country: CountryId.optional(),
  province: z.string().max(20).optional(),
  district: z.string().max(60).optional(),
  group: Slug.optional(),
  /** With a group: that group's tie must be at least this certain; without: any group's. */
  certainty: Certainty.optional(),
  /** Only incidents cited from this source. */
  source: Slug.optional(),
  type: IncidentType.optional(),
  target: Target.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  search: z.string().trim().max(200).optional(),
});
export type IncidentFilter = z.infer<typeof IncidentFilter>;

/** The columns the incident list sorts by. Unknown casualty figures sort last in either direction. */
export const INCIDENT_SORTS = ["date", "killed", "injured", "title"] as const;
export const IncidentSort = z.enum(INCIDENT_SORTS);
export type IncidentSort = z.infer<typeof IncidentSort>;

export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export const SortDirection = z.enum(SORT_DIRECTIONS);
export type SortDirection = z.infer<typeof SortDirection>;

/** The direction a column sorts in when first chosen: newest, deadliest first; titles A to Z. */
export const DEFAULT_SORT_DIRECTION: Record<IncidentSort, SortDirection> = {
  date: "desc",
  killed: "desc",
  injured: "desc",
  title: "asc",
};

export const IncidentListInput = IncidentFilter.extend(Pagination.shape).extend({
  /** Default: date, newest first. */
  sort: IncidentSort.optional(),
  /** Default: the column's own direction (DEFAULT_SORT_DIRECTION). */
  dir: SortDirection.optional(),
});
export type IncidentListInput = z.infer<typeof IncidentListInput>;

/** What an incident breakdown splits the log by. */
export const BREAKDOWN_DIMENSIONS = ["province", "district", "group", "target", "type"] as const;
export const BreakdownDimension = z.enum(BREAKDOWN_DIMENSIONS);
export type BreakdownDimension = z.infer<typeof BreakdownDimension>;

export const BREAKDOWN_DIMENSION_LABELS: Record<BreakdownDimension, string> = {
  province: "Province",
  district: "District",
  group: "Group",
  target: "Target",
  type: "Incident type",
};

export const Granularity = z.enum(["year", "month"]);
export type Granularity = z.infer<typeof Granularity>;

/** What a breakdown sums: incidents (a count), or the people killed or injured in them. */
export const BREAKDOWN_MEASURES = ["incidents", "killed", "injured"] as const;
export const BreakdownMeasure = z.enum(BREAKDOWN_MEASURES);
export type BreakdownMeasure = z.infer<typeof BreakdownMeasure>;

export const IncidentBreakdownInput = z.object({
  filter: IncidentFilter.default({}),
  dimension: BreakdownDimension,
  granularity: Granularity.default("year"),
  measure: BreakdownMeasure.default("incidents"),
});
export type IncidentBreakdownInput = z.infer<typeof IncidentBreakdownInput>;
