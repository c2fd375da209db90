/**
 * Data entry: the records an editor creates, edits, deletes and restores, one schema per type (the
 * same schemas the dataset file and the seed use), the inputs of the records procedures, and the
 * decisions an editor makes about a likely duplicate incident.
 */
import { z } from "zod";
import { TimelineEvent } from "../events/schemas";
import { Group, GroupRelationship } from "../groups/schemas";
import { Incident } from "../incidents/schemas";
import { Recommendation } from "../recommendations/schemas";
import { IsoDate, RecordKey } from "../shared/schemas";
import { Source } from "../sources/schemas";
import { Statistic } from "../statistics/schemas";

/** The record types an editor maintains; citations live inside each record. */
export const RECORD_TYPES = ["incident", "statistic", "event", "source", "group", "relationship", "recommendation"] as const;
export const RecordType = z.enum(RECORD_TYPES);
export type RecordType = z.infer<typeof RecordType>;

export const RECORD_TYPE_LABELS: Record<RecordType, string> = {
  incident: "Incident",
  statistic: "Figure",
  event: "Timeline event",
  source: "Source",
  group: "Group",
  relationship: "Relationship",
  recommendation: "Recommendation",
};

/** Each type's schema: the dataset format, so a record moves between the form, the file and the database unchanged. */
export const RECORD_SCHEMAS = {
  incident: Incident,
  statistic: Statistic,
  event: TimelineEvent,
  source: Source,
  group: Group,
  relationship: GroupRelationship,
  recommendation: Recommendation,
} as const;

export type RecordOf = {
  incident: Incident;
  statistic: Statistic;
  event: TimelineEvent;
  source: Source;
  group: Group;
  relationship: GroupRelationship;
  recommendation: Recommendation;
};
export type AnyRecord = RecordOf[RecordType];

/** A record's identity: its type and natural key (the slug for sources and groups). */
export const RecordRef = z.object({ type: RecordType, key: z.string().trim().min(1).max(200) });
export type RecordRef = z.infer<typeof RecordRef>;

/** The version the editor saw: null when creating (the key must then be new). */
export const ExpectedVersion = z.number().int().min(1).nullable();

/**
 * What an editor decided about an existing incident the new one likely duplicates: `link` saves the new
 * incident and records that both report the same event (shown side by side on both), `distinct`
 * saves it and never flags the pair again. Merging is its own procedure (the new incident is not saved).
 */
export const DUPLICATE_DECISIONS = ["link", "distinct"] as const;
export const DuplicateDecision = z.object({ key: RecordKey, decision: z.enum(DUPLICATE_DECISIONS) });
export type DuplicateDecision = z.infer<typeof DuplicateDecision>;

const save = <T extends RecordType, S extends z.ZodType>(type: T, schema: S) =>
  z.object({ type: z.literal(type), record: schema, expectedVersion: ExpectedVersion });

/** Create (expectedVersion null) or update (the version the editor saw) one record. */
export const SaveRecordInput = z.discriminatedUnion("type", [
  save("incident", Incident).extend({ duplicates: z.array(DuplicateDecision).max(50).default([]) }),
  save("statistic", Statistic),
  save("event", TimelineEvent),
  save("source", Source),
  save("group", Group),
  save("relationship", GroupRelationship),
  save("recommendation", Recommendation),
]);
export type SaveRecordInput = z.infer<typeof SaveRecordInput>;
export type SaveRecordFormInput = z.input<typeof SaveRecordInput>;

export const DeleteRecordInput = RecordRef.extend({
  expectedVersion: z.number().int().min(1),
  reason: z.string().trim().max(500).nullable().default(null),
});
export type DeleteRecordInput = z.infer<typeof DeleteRecordInput>;

/** Folds a new incident into an existing one instead of saving it: the existing one keeps its figures. */
export const MergeIncidentInput = z.object({
  record: Incident,
  into: RecordKey,
  expectedVersion: z.number().int().min(1),
});
export type MergeIncidentInput = z.infer<typeof MergeIncidentInput>;

export const ChangesSinceInput = z.object({
  since: IsoDate,
  type: RecordType.optional(),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});
export type ChangesSinceInput = z.infer<typeof ChangesSinceInput>;

export const TrashListInput = z.object({
  type: RecordType.optional(),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});
export type TrashListInput = z.infer<typeof TrashListInput>;

/** The key of a record of any type: the slug of sources and groups, the key of the others. */
export function recordKeyOf(type: RecordType, record: AnyRecord): string {
  return type === "source" || type === "group" ? (record as { slug: string }).slug : (record as { key: string }).key;
}

/** A short human name for a record, for the audit log, the history and the trash. */
export function recordLabel(type: RecordType, record: AnyRecord): string {
  switch (type) {
    case "incident":
    case "event":
    case "recommendation":
      return (record as { title: string }).title;
    case "source":
      return (record as RecordOf["source"]).shortTitle;
    case "group":
      return (record as RecordOf["group"]).name;
    case "relationship": {
      const r = record as RecordOf["relationship"];
      return `${r.from} ${r.type} ${r.to}`;
    }
    case "statistic": {
      const s = record as RecordOf["statistic"];
      const place = s.geography.district ?? s.geography.province ?? s.geography.country ?? "";
      return `${s.label ?? s.metric} ${place} ${s.periodStart}–${s.periodEnd}`.replace(/\s+/g, " ").trim();
    }
  }
}

/** Where a record is read in the app (null where it has no page of its own). */
export function recordHref(type: RecordType, key: string): string | null {
  const k = encodeURIComponent(key);
  switch (type) {
    case "incident":
      return `/incidents/${k}`;
    case "source":
      return `/sources/${k}`;
    case "group":
      return `/groups/${k}`;
    case "recommendation":
      return `/recommendations/${k}`;
    case "statistic":
      return `/statistics?key=${k}`;
    case "event":
      return `/timeline#${k}`;
    case "relationship":
      return `/network?edge=${k}`;
  }
}

/** A key for a new record from its date and title: `entry/2026-05-01/attack-on-police-post-3f9a`. */
export function newRecordKey(prefix: string, date: string, title: string, random: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  const tail = random
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .slice(0, 6);
  return [prefix, date, [slug || "record", tail].filter(Boolean).join("-")].join("/");
}
