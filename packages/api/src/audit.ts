import { claimDataVersion, type Database, insertAuditEntry } from "@monitor/db";
import type { AuditActor, AuditInput, SessionUser } from "@monitor/domain";

/** The actor for a signed-in user's change. */
export function userActor(user: SessionUser): AuditActor {
  return { userId: user.id, label: user.email };
}

/**
 * Runs a change and writes its audit entry in one transaction: both commit, or neither does (a
 * failed change leaves no entry, and a failed audit write undoes the change).
 */
export async function auditedTransaction<T>(
  db: Database,
  actor: AuditActor,
  now: Date,
  change: (tx: Database) => Promise<{ result: T; audit: AuditInput }>,
): Promise<T> {
  return db.transaction(async (tx) => {
    // First, so writers queue on one row before they touch any other (see claimDataVersion).
    await claimDataVersion(tx as unknown as Database);
    const { result, audit } = await change(tx as unknown as Database);
    await insertAuditEntry(tx as unknown as Database, actor, audit, now);
    return result;
  });
}
