import {
  type AuditActor,
  type AuditEntityType,
  type AuditEntryView,
  type AuditInput,
  type AuditListInput,
  diffSnapshots,
  redactSnapshot,
} from "@monitor/domain";
import { and, desc, eq, gte, lt, sql } from "drizzle-orm";
import type { Database } from "../client";
import { auditLog } from "../schema";

/** Call inside the mutation's transaction: the entry commits or rolls back with the change. */
export async function insertAuditEntry(db: Database, actor: AuditActor, entry: AuditInput, at: Date): Promise<number> {
  const [row] = await db
    .insert(auditLog)
    .values({
      at,
      actorId: actor.userId,
      actorLabel: actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      entityLabel: entry.entityLabel,
      before: redactSnapshot(entry.before),
      after: redactSnapshot(entry.after),
    })
    .returning({ id: auditLog.id });
  if (!row) throw new Error("audit entry was not written");
  return row.id;
}

/** The day after an ISO date, for an inclusive "to" filter. */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export async function listAuditEntries(db: Database, input: AuditListInput): Promise<{ items: AuditEntryView[]; total: number }> {
  const conditions = [];
  if (input.actorId) conditions.push(eq(auditLog.actorId, input.actorId));
  if (input.entityType) conditions.push(eq(auditLog.entityType, input.entityType));
  if (input.entityId) conditions.push(eq(auditLog.entityId, input.entityId));
  if (input.from) conditions.push(gte(auditLog.at, new Date(`${input.from}T00:00:00Z`)));
  if (input.to) conditions.push(lt(auditLog.at, new Date(`${nextDay(input.to)}T00:00:00Z`)));
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [count]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(input.limit).offset(input.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return {
    total: count?.n ?? 0,
    items: rows.map((r) => ({
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
    })),
  };
}

export async function countAuditEntries(db: Database): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  return row?.n ?? 0;
}
