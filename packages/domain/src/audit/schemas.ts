import { z } from "zod";
import { IsoDate } from "../shared/schemas";

/** Every kind of record a change can be made to. New entity types are added here first. */
export const AUDIT_ENTITY_TYPES = [
  "user",
  "source",
  "citation",
  "statistic",
  "incident",
  "event",
  "group",
  "relationship",
  "recommendation",
  "recommendation_family",
  "dataset",
  "house_figure",
  "saved_view",
] as const;
export const AuditEntityType = z.enum(AUDIT_ENTITY_TYPES);
export type AuditEntityType = z.infer<typeof AuditEntityType>;

export const AUDIT_ENTITY_LABELS: Record<AuditEntityType, string> = {
  user: "User",
  source: "Source",
  citation: "Citation",
  statistic: "Figure",
  incident: "Incident",
  event: "Timeline event",
  group: "Group",
  relationship: "Relationship",
  recommendation: "Recommendation",
  recommendation_family: "Recommendation family",
  dataset: "Dataset",
  house_figure: "House figure",
  saved_view: "Saved view",
};

/** A JSON snapshot of a record, as stored in the audit log. */
export type AuditSnapshot = Record<string, unknown>;

/** What a mutation hands to the audit log, written in the same transaction as the change. */
export interface AuditInput {
  /** `<entity>.<verb>`, e.g. `user.create`, `user.set_role`. */
  action: string;
  entityType: AuditEntityType;
  entityId: string;
  /** A human name for the record at the time (an email, a title), so the log reads well after deletion. */
  entityLabel: string;
  before: AuditSnapshot | null;
  after: AuditSnapshot | null;
}

export interface AuditActor {
  /** Null for changes made from the command line, where there is no signed-in user. */
  userId: string | null;
  /** The actor's email at the time, or `cli:<os user>`. */
  label: string;
}

export const AuditListInput = z
  .object({
    actorId: z.string().trim().min(1).max(64).optional(),
    entityType: AuditEntityType.optional(),
    entityId: z.string().trim().min(1).max(200).optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).max(1_000_000).default(0),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], message: "The end date must be on or after the start date." });
export type AuditListInput = z.infer<typeof AuditListInput>;

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface AuditEntryView {
  id: number;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: AuditEntityType;
  entityId: string;
  entityLabel: string;
  before: AuditSnapshot | null;
  after: AuditSnapshot | null;
  changes: FieldChange[];
}

/** Keys whose values never enter the audit log. */
const SECRET_KEYS = /^(password|passwordHash|hash|token|secret|accessToken|refreshToken|idToken)$/i;

/** A snapshot with secrets replaced by a marker, so the log shows that they changed but never their value. */
export function redactSnapshot(snapshot: AuditSnapshot | null): AuditSnapshot | null {
  if (!snapshot) return null;
  return Object.fromEntries(Object.entries(snapshot).map(([k, v]) => [k, SECRET_KEYS.test(k) && v != null ? "[redacted]" : v]));
}

/**
 * The fields that differ between two snapshots, sorted by field name (snapshots come back from a jsonb
 * column, which does not keep the order keys were written in).
 */
export function diffSnapshots(before: AuditSnapshot | null, after: AuditSnapshot | null): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  const changes: FieldChange[] = [];
  for (const field of keys) {
    const b = before?.[field] ?? null;
    const a = after?.[field] ?? null;
    if (JSON.stringify(b) !== JSON.stringify(a)) changes.push({ field, before: b, after: a });
  }
  return changes;
}
