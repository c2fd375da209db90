import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { sessions } from "../schema";

/** A user's sessions as stored (tests check lifetimes and expiry). */
export function sessionRowsOf(db: Database, userId: string) {
  return db.select().from(sessions).where(eq(sessions.userId, userId));
}

/** Moves a user's sessions' expiry to `at`, as if that much time had passed. */
export async function expireSessionsOf(db: Database, userId: string, at: Date): Promise<void> {
  await db.update(sessions).set({ expiresAt: at }).where(eq(sessions.userId, userId));
}
