import { z } from "zod";
import { DatePrecision, IsoDate, Slug, Text } from "../shared/schemas";
import { Citations } from "../sources/schemas";

export const GROUP_KINDS = [
  "religious_jihadist",
  "transnational_jihadist",
  "ethno_nationalist_separatist",
  "sectarian",
  "de_facto_government",
  "alliance",
  "other",
] as const;
export const GroupKind = z.enum(GROUP_KINDS);
export type GroupKind = z.infer<typeof GroupKind>;

/** A date known to some precision: `{ date: "2007-12-01", precision: "month" }` reads "Dec 2007". */
export const FuzzyDate = z.object({ date: IsoDate, precision: DatePrecision });
export type FuzzyDate = z.infer<typeof FuzzyDate>;

/** Profile claims about a group, each cited on its own. */
export const GROUP_CLAIM_TOPICS = [
  "ideology",
  "founding",
  "goals",
  "tactics",
  "financing",
  "recruitment",
  "media",
  "areas",
  "leadership",
  "strength",
  "role",
  "other",
] as const;
export const GroupClaimTopic = z.enum(GROUP_CLAIM_TOPICS);
export type GroupClaimTopic = z.infer<typeof GroupClaimTopic>;

export const GroupClaim = z.object({
  key: z.string().min(1).max(200),
  topic: GroupClaimTopic,
  text: Text(4000),
  citations: Citations,
});
export type GroupClaim = z.infer<typeof GroupClaim>;

export const LeaderTenure = z.object({
  key: z.string().min(1).max(200),
  name: Text(200),
  role: Text(200),
  start: FuzzyDate.nullable(),
  end: FuzzyDate.nullable(),
  citations: Citations,
});
export type LeaderTenure = z.infer<typeof LeaderTenure>;

export const STRENGTH_QUALIFIERS = ["exact", "about", "at_least", "over", "up_to", "between"] as const;

/** An estimate of fighters or members at a date: a range `low..high` (equal when a single figure). */
export const StrengthEstimate = z
  .object({
    key: z.string().min(1).max(200),
    low: z.number().int().nonnegative().max(10_000_000),
    high: z.number().int().nonnegative().max(10_000_000),
    qualifier: z.enum(STRENGTH_QUALIFIERS),
    asOf: FuzzyDate,
    citations: Citations,
  })
  .refine((s) => s.low <= s.high, { message: "The low end of the range must not exceed the high end.", path: ["high"] });
export type StrengthEstimate = z.infer<typeof StrengthEstimate>;

export const Group = z.object({
  slug: Slug,
  name: Text(200),
  abbreviation: z.string().trim().max(40).nullable(),
  aliases: z.array(Text(200)).max(50),
  kind: GroupKind,
  ideology: z.string().trim().max(300).nullable(),
  founded: FuzzyDate.nullable(),
  foundedPlace: z.string().trim().max(200).nullable(),
  dissolved: FuzzyDate.nullable(),
  /** Admin unit ids (PK-KP, pk-kp-bajaur, AF-NAN) where the group operates. */
  areas: z.array(z.string().max(60)).max(300),
  mediaWings: z.array(Text(200)).max(20),
  summary: z.string().trim().max(4000).nullable(),
  claims: z.array(GroupClaim).max(500),
  leaders: z.array(LeaderTenure).max(200),
  strength: z.array(StrengthEstimate).max(200),
});
export type Group = z.infer<typeof Group>;

export const RELATIONSHIP_TYPES = [
  "alliance",
  "cooperation",
  "rivalry",
  "merger",
  "splinter",
  "affiliate",
  "sanctuary",
  "defection",
] as const;
export const RelationshipType = z.enum(RELATIONSHIP_TYPES);
export type RelationshipType = z.infer<typeof RelationshipType>;

/** A typed, dated edge between two groups: `from` shelters / splintered from / is allied to `to`. */
export const GroupRelationship = z
  .object({
    key: z.string().min(1).max(200),
    from: Slug,
    to: Slug,
    type: RelationshipType,
    start: FuzzyDate.nullable(),
    end: FuzzyDate.nullable(),
    description: Text(4000),
    citations: Citations,
  })
  .refine((r) => r.from !== r.to, { message: "A group cannot have a relationship with itself.", path: ["to"] });
export type GroupRelationship = z.infer<typeof GroupRelationship>;

export const GroupFilter = z.object({
  kind: GroupKind.optional(),
  search: z.string().trim().max(200).optional(),
});
export type GroupFilter = z.infer<typeof GroupFilter>;
