/**
 * Data entry: reading any record in its dataset format, locking it for an update, writing it through
 * the dataset writers, the trash (deleted records), references that block a delete, likely duplicate
 * incidents, editors' duplicate decisions, and record history from the audit log.
 */
import {
  type AnyRecord,
  type AuditEntityType,
  type AuditEntryView,
  diffSnapshots,
  type ExistingIncident,
  type RecordOf,
  type RecordType,
} from "@monitor/domain";
import { and, asc, count, desc, eq, gte, inArray, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  eventRecord,
  groupRecord,
  incidentRecord,
  recommendationRecord,
  relationshipRecord,
  sourceRecord,
  statisticRecord,
} from "../dataset/export";
import {
  loadRecordIds,
  type RecordIds,
  type Written,
  writeEvent,
  writeGroup,
  writeIncident,
  writeRecommendation,
  writeRelationship,
  writeSource,
  writeStatistic,
} from "../dataset/writers";
import {
  auditLog,
  citations,
  groupRelationships,
  groups,
  incidentLinks,
  incidentPerpetrators,
  incidents,
  recommendations,
  sources,
  statistics,
  timelineEvents,
  trash,
} from "../schema";
import { listEvents } from "./events";
import { getGroupBySlug, listRelationships } from "./groups";
import { getIncidentByKey } from "./incidents";
import { getRecommendationByKey } from "./recommendations";
import { getSourceBySlug } from "./sources";
import { getStatisticByKey } from "./statistics";

const TABLES = {
  incident: { table: incidents, key: incidents.key, id: incidents.id, version: incidents.version },
  statistic: { table: statistics, key: statistics.key, id: statistics.id, version: statistics.version },
  event: { table: timelineEvents, key: timelineEvents.key, id: timelineEvents.id, version: timelineEvents.version },
  source: { table: sources, key: sources.slug, id: sources.id, version: sources.version },
  group: { table: groups, key: groups.slug, id: groups.id, version: groups.version },
  relationship: {
    table: groupRelationships,
    key: groupRelationships.key,
    id: groupRelationships.id,
    version: groupRelationships.version,
  },
  recommendation: { table: recommendations, key: recommendations.key, id: recommendations.id, version: recommendations.version },
} as const;

export interface RecordRow {
  id: string;
  version: number;
}

/** The row of a record, locked until the transaction ends (`SELECT … FOR UPDATE`); null when there is none. */
export async function lockRecordRow(db: Database, type: RecordType, key: string): Promise<RecordRow | null> {
  const t = TABLES[type];
  const [row] = await db.select({ id: t.id, version: t.version }).from(t.table).where(eq(t.key, key)).for("update");
  return row ?? null;
}

/** A record's current version, or null when it does not exist. */
export async function getRecordVersion(db: Database, type: RecordType, key: string): Promise<number | null> {
  const t = TABLES[type];
  const [row] = await db.select({ version: t.version }).from(t.table).where(eq(t.key, key));
  return row?.version ?? null;
}

/**
 * A record in its dataset format (what the form edits and the history stores), or null. A source
 * comes without its document text (`text: null`: saving it back keeps the text held).
 */
export async function readRecord<T extends RecordType>(db: Database, type: T, key: string): Promise<RecordOf[T] | null> {
  const read = async (): Promise<AnyRecord | null> => {
    switch (type) {
      case "incident": {
        const v = await getIncidentByKey(db, key);
        return v ? (incidentRecord(v) as RecordOf["incident"]) : null;
      }
      case "statistic": {
        const v = await getStatisticByKey(db, key);
        return v ? (statisticRecord(v) as RecordOf["statistic"]) : null;
      }
      case "event": {
        const [v] = await listEvents(db, {}, { key });
        return v ? (eventRecord(v) as RecordOf["event"]) : null;
      }
      case "source": {
        const v = await getSourceBySlug(db, key);
        return v ? (sourceRecord(v, null) as RecordOf["source"]) : null;
      }
      case "group": {
        const v = await getGroupBySlug(db, key);
        return v ? (groupRecord(v) as RecordOf["group"]) : null;
      }
      case "relationship": {
        const [v] = await listRelationships(db, { key });
        return v ? (relationshipRecord(v) as RecordOf["relationship"]) : null;
      }
      case "recommendation": {
        const v = await getRecommendationByKey(db, key);
        return v ? (recommendationRecord(v) as RecordOf["recommendation"]) : null;
      }
    }
    return null;
  };
  return (await read()) as RecordOf[T] | null;
}

/** Writes a record (insert or update by key) through the dataset writers. */
export async function writeRecord(db: Database, type: RecordType, record: AnyRecord, ids?: RecordIds): Promise<Written> {
  const refs = ids ?? (await loadRecordIds(db));
  switch (type) {
    case "incident":
      return writeIncident(db, refs, record as RecordOf["incident"]);
    case "statistic":
      return writeStatistic(db, refs, record as RecordOf["statistic"]);
    case "event":
      return writeEvent(db, refs, record as RecordOf["event"]);
    case "source":
      return writeSource(db, record as RecordOf["source"]);
    case "group":
      return writeGroup(db, refs, record as RecordOf["group"]);
    case "relationship":
      return writeRelationship(db, refs, record as RecordOf["relationship"]);
    case "recommendation":
      return writeRecommendation(db, refs, record as RecordOf["recommendation"]);
  }
}

/** Sets a record's version (a restore continues the numbering from where the deleted record stopped). */
export async function setRecordVersion(db: Database, type: RecordType, id: string, version: number): Promise<void> {
  const t = TABLES[type];
  await db
    .update(t.table)
    .set({ version } as never)
    .where(eq(t.id, id));
}

export async function deleteRecordRow(db: Database, type: RecordType, id: string): Promise<void> {
  const t = TABLES[type];
  await db.delete(t.table).where(eq(t.id, id));
}

/** What still refers to a source or a group (so deleting it would break or silently change other records). */
export async function recordReferences(db: Database, type: RecordType, id: string): Promise<{ what: string; count: number }[]> {
  const counted = async (what: string, q: Promise<{ n: number }[]>) => ({ what, count: (await q)[0]?.n ?? 0 });
  let refs: { what: string; count: number }[] = [];
  if (type === "source") {
    refs = await Promise.all([
      counted("citations", db.select({ n: count() }).from(citations).where(eq(citations.sourceId, id))),
      counted("recommendations", db.select({ n: count() }).from(recommendations).where(eq(recommendations.sourceId, id))),
    ]);
  } else if (type === "group") {
    refs = await Promise.all([
      counted("incidents", db.select({ n: count() }).from(incidentPerpetrators).where(eq(incidentPerpetrators.groupId, id))),
      counted("figures", db.select({ n: count() }).from(statistics).where(eq(statistics.groupId, id))),
      counted(
        "relationships",
        db
          .select({ n: count() })
          .from(groupRelationships)
          .where(or(eq(groupRelationships.fromGroupId, id), eq(groupRelationships.toGroupId, id))),
      ),
    ]);
  }
  return refs.filter((r) => r.count > 0);
}

// --- Trash ---------------------------------------------------------------------------------------

export interface TrashEntry {
  id: string;
  type: RecordType;
  key: string;
  label: string;
  version: number;
  reason: string | null;
  deletedBy: string;
  deletedAt: string;
}

const trashColumns = {
  id: trash.id,
  type: trash.entityType,
  key: trash.key,
  label: trash.label,
  version: trash.version,
  reason: trash.reason,
  deletedBy: trash.deletedBy,
  deletedAt: trash.deletedAt,
};

const trashView = (r: { deletedAt: Date; type: string } & Omit<TrashEntry, "deletedAt" | "type">): TrashEntry => ({
  ...r,
  type: r.type as RecordType,
  deletedAt: r.deletedAt.toISOString(),
});

export async function insertTrash(
  db: Database,
  entry: { type: RecordType; key: string; label: string; snapshot: AnyRecord; version: number; reason: string | null; deletedBy: string },
  now: Date,
): Promise<void> {
  // A key deleted, restored and deleted again keeps only its latest snapshot.
  await db.delete(trash).where(and(eq(trash.entityType, entry.type), eq(trash.key, entry.key)));
  await db.insert(trash).values({
    entityType: entry.type,
    key: entry.key,
    label: entry.label,
    snapshot: entry.snapshot as unknown as Record<string, unknown>,
    version: entry.version,
    reason: entry.reason,
    deletedBy: entry.deletedBy,
    deletedAt: now,
  });
}

/** A deleted record with its snapshot, locked for the restore. */
export async function lockTrashEntry(db: Database, type: RecordType, key: string) {
  const [row] = await db
    .select({ ...trashColumns, snapshot: trash.snapshot })
    .from(trash)
    .where(and(eq(trash.entityType, type), eq(trash.key, key)))
    .for("update");
  return row ? { ...trashView(row), snapshot: row.snapshot } : null;
}

export async function deleteTrashEntry(db: Database, id: string): Promise<void> {
  await db.delete(trash).where(eq(trash.id, id));
}

export async function listTrash(
  db: Database,
  input: { type?: RecordType; limit: number; offset: number },
): Promise<{ items: TrashEntry[]; total: number }> {
  const where = input.type ? eq(trash.entityType, input.type) : undefined;
  const [rows, [total]] = await Promise.all([
    db.select(trashColumns).from(trash).where(where).orderBy(desc(trash.deletedAt), asc(trash.key)).limit(input.limit).offset(input.offset),
    db.select({ n: count() }).from(trash).where(where),
  ]);
  return { items: rows.map(trashView), total: total?.n ?? 0 };
}

// --- Duplicate incidents -------------------------------------------------------------------------

const shiftDay = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * Incidents in the given districts on the given dates or a day either side, with their groups: the
 * candidates the domain's duplicate rule is applied to (it decides; this only narrows by index).
 */
export async function incidentsNear(
  db: Database,
  places: readonly { district: string; date: string }[],
  options: { excludeKeys?: readonly string[] } = {},
): Promise<(ExistingIncident & { title: string })[]> {
  if (places.length === 0) return [];
  const districts = [...new Set(places.map((p) => p.district))];
  const dates = [...new Set(places.flatMap((p) => [shiftDay(p.date, -1), p.date, shiftDay(p.date, 1)]))];
  const rows = await db
    .select({
      id: incidents.id,
      key: incidents.key,
      title: incidents.title,
      date: incidents.date,
      datePrecision: incidents.datePrecision,
      district: incidents.district,
    })
    .from(incidents)
    .where(and(inArray(incidents.district, districts), inArray(incidents.date, dates)));
  const exclude = new Set(options.excludeKeys ?? []);
  const kept = rows.filter((r) => !exclude.has(r.key));
  if (kept.length === 0) return [];
  const perps = await db
    .select({ incidentId: incidentPerpetrators.incidentId, slug: groups.slug })
    .from(incidentPerpetrators)
    .innerJoin(groups, eq(groups.id, incidentPerpetrators.groupId))
    .where(
      and(
        inArray(
          incidentPerpetrators.incidentId,
          kept.map((r) => r.id),
        ),
        sql`${incidentPerpetrators.attribution} <> 'denied'`,
      ),
    );
  const byIncident = new Map<string, string[]>();
  for (const p of perps) byIncident.set(p.incidentId, [...(byIncident.get(p.incidentId) ?? []), p.slug]);
  return kept.map(({ id, ...r }) => ({ ...r, groups: byIncident.get(id) ?? [] }));
}

const pair = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);

/** Records editors' decisions about flagged pairs (a later decision about the same pair replaces the earlier). */
export async function upsertIncidentLinks(
  db: Database,
  links: readonly { a: string; b: string; kind: "same_event" | "distinct" }[],
  by: string,
  now: Date,
): Promise<void> {
  for (const l of links) {
    const [a, b] = pair(l.a, l.b);
    await db
      .insert(incidentLinks)
      .values({ a, b, kind: l.kind, decidedBy: by, createdAt: now })
      .onConflictDoUpdate({ target: [incidentLinks.a, incidentLinks.b], set: { kind: l.kind, decidedBy: by, createdAt: now } });
  }
}

export interface IncidentLinkView {
  key: string;
  kind: "same_event" | "distinct";
  decidedBy: string;
  at: string;
}

/** The decisions about pairs that include one of the keys, from the side of each key. */
export async function listIncidentLinks(db: Database, keys: readonly string[]): Promise<Map<string, IncidentLinkView[]>> {
  const out = new Map<string, IncidentLinkView[]>();
  if (keys.length === 0) return out;
  const rows = await db
    .select()
    .from(incidentLinks)
    .where(or(inArray(incidentLinks.a, [...keys]), inArray(incidentLinks.b, [...keys])));
  const wanted = new Set(keys);
  for (const r of rows) {
    for (const [self, other] of [
      [r.a, r.b],
      [r.b, r.a],
    ] as const) {
      if (!wanted.has(self)) continue;
      out.set(self, [...(out.get(self) ?? []), { key: other, kind: r.kind, decidedBy: r.decidedBy, at: r.createdAt.toISOString() }]);
    }
  }
  return out;
}

// --- History ---------------------------------------------------------------------------------------

const toEntry = (r: typeof auditLog.$inferSelect): AuditEntryView => ({
  id: r.id,
  at: r.at.toISOString(),
  actorId: r.actorId,
  actorLabel: r.actorLabel,
  action: r.action,
  entityType: r.entityType as AuditEntityType,
  entityId: r.entityId,
  entityLabel: r.entityLabel,
  before: r.before ?? null,
  after: r.after ?? null,
  changes: diffSnapshots(r.before ?? null, r.after ?? null),
});

/** Every audited change to one record, newest first. */
export async function listRecordHistory(db: Database, type: RecordType, key: string, limit = 200): Promise<AuditEntryView[]> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, type), eq(auditLog.entityId, key)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
  return rows.map(toEntry);
}

/** The latest audited change to one record (who changed it last, and what). */
export async function latestRecordChange(db: Database, type: RecordType, key: string): Promise<AuditEntryView | null> {
  const [entry] = await listRecordHistory(db, type, key, 1);
  return entry ?? null;
}

/** Audited changes to data records at or after an instant, newest first. */
export async function listRecordChangesSince(
  db: Database,
  input: { since: Date; types: readonly RecordType[]; limit: number; offset: number },
): Promise<{ items: AuditEntryView[]; total: number }> {
  const where = and(gte(auditLog.at, input.since), inArray(auditLog.entityType, [...input.types]));
  const [rows, [total]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(input.limit).offset(input.offset),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { items: rows.map(toEntry), total: total?.n ?? 0 };
}

/** Puts back a restored recommendation's owner and family (the tracker's state the dataset format leaves out). */
export async function restoreRecommendationTracking(
  db: Database,
  id: string,
  tracking: { ownerId: string | null; familyId: string | null },
) {
  await db.update(recommendations).set({ ownerId: tracking.ownerId, familyId: tracking.familyId }).where(eq(recommendations.id, id));
}
