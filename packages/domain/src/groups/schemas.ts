import { z } from "zod";
import { countryOf, getAdminUnit, provinceOf } from "../geo/admin-units";
import { DatePrecision, IsoDate, Slug, Text } from "../shared/schemas";
import type { GroupSummary } from "../shared/views";
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

export const CLAIM_TOPIC_LABELS: Record<GroupClaimTopic, string> = {
  ideology: "Ideology",
  founding: "Founding",
  goals: "Goals",
  tactics: "Tactics",
  financing: "Financing",
  recruitment: "Recruitment",
  media: "Media and propaganda",
  areas: "Areas of operation",
  leadership: "Leadership",
  strength: "Strength",
  role: "Role",
  other: "Other",
};

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

/**
 * What a group was during a period, when that changed: the Afghan Taliban were an armed movement in
 * the civil war (1994–96), the government in Kabul (1996–2001), an insurgency (2001–21) and the de facto
 * government since August 2021. `kind` uses the group kinds; `label` says it in the sources' terms.
 */
export const GroupRole = z.object({
  key: z.string().min(1).max(200),
  kind: GroupKind,
  label: Text(200),
  start: FuzzyDate.nullable(),
  end: FuzzyDate.nullable(),
  citations: Citations,
});
export type GroupRole = z.infer<typeof GroupRole>;

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
  /** Dated roles, oldest first, for groups whose role changed (optional: most groups keep their `kind`). */
  roles: z.array(GroupRole).max(50).optional(),
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

/** A country (PK, AF) or a province (PK-KP, AF-NAN, PK-TA for FATA): what the groups list filters areas by. */
function isCountryOrProvince(id: string): boolean {
  const level = getAdminUnit(id)?.level;
  return level === "country" || level === "province";
}

export const GroupFilter = z.object({
  kind: GroupKind.optional(),
  /** Groups whose listed areas lie in this country or province (see `groupListedIn`). */
  area: z.string().max(20).refine(isCountryOrProvince, "Pick a country or a province from the list.").optional(),
  /** Groups active in this year (see `activeInYear` in tenures.ts). */
  active: z
    .string()
    .regex(/^\d{4}$/, "Pick a year from the list.")
    .refine((y) => Number(y) >= 1900 && Number(y) <= 2100, "Pick a year from the list.")
    .optional(),
  search: z.string().trim().max(200).optional(),
});
export type GroupFilter = z.infer<typeof GroupFilter>;

/**
 * Whether a group's listed areas lie in a country or province: the unit itself, a district of it, a
 * province of a country, and FATA (PK-TA) and its former agencies within Khyber Pakhtunkhwa and the
 * other way round. A group listed only country-wide is in the country, not in each of its provinces.
 */
export function groupListedIn(areas: readonly string[], area: string): boolean {
  const unit = getAdminUnit(area);
  if (!unit) return false;
  return areas.some((id) => {
    if (id === area) return true;
    if (unit.level === "country") return countryOf(id) === area;
    if (unit.level !== "province") return false;
    const listed = getAdminUnit(id);
    if (!listed) return false;
    const fata = (x: string) => x === "PK-TA" || getAdminUnit(x)?.formerFata === true;
    if (area === "PK-TA") return fata(id);
    if (area === "PK-KP" && id === "PK-TA") return true;
    return listed.level === "district" && provinceOf(id) === area;
  });
}

/**
 * A row of the groups list: the summary every page's group picker uses, plus what the list itself
 * shows and filters by (aliases, the active period, the years with dated records).
 */
export type GroupListItem = GroupSummary & {
  aliases: string[];
  dissolved: FuzzyDate | null;
  /** Years with a dated record about the group: attributed incidents, published figures, tenures, ties. Sorted. */
  recordYears: number[];
};
