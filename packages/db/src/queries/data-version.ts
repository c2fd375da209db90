import { eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { dataVersion } from "../schema";

/**
 * The data version: a number that moves on with every committed change to the app's data (see
 * schema/derived.ts). Read it before computing an answer, never after: an answer computed after a
 * later commit is then filed under the older number and simply never served again.
 */
export async function readDataVersion(db: Database): Promise<number> {
  const [row] = await db.select({ version: dataVersion.version }).from(dataVersion).where(eq(dataVersion.id, 1));
  return Number(row?.version ?? 0);
}

/**
 * Locks the data version's row at the start of a write transaction (without moving it: the triggers do
 * that if the transaction changes data). Every writer then queues on that one row before touching any
 * other, so two writers never each hold a row the other waits for: without it an edit that locked an
 * incident and then bumped the version could deadlock with an import that bumped first.
 */
export async function claimDataVersion(tx: Database): Promise<void> {
  await tx.execute(sql`select 1 from ${dataVersion} where id = 1 for update`);
}
