import { and, eq, gt, lt } from "drizzle-orm";
import type { Database } from "../client";
import { appSettings, signInAttempts } from "../schema";

export async function recordSignInAttempt(
  db: Database,
  attempt: { email: string; ipAddress: string; succeeded: boolean; at: Date },
): Promise<void> {
  await db.insert(signInAttempts).values(attempt);
}

/**
 * Times of failed attempts since `since`: for one account from one address, from the address overall,
 * and for the account from any address.
 */
export async function recentSignInFailures(
  db: Database,
  key: { email: string; ipAddress: string },
  since: Date,
): Promise<{ account: Date[]; address: Date[]; accountAnyAddress: Date[] }> {
  const [account, address, accountAnyAddress] = await Promise.all([
    db
      .select({ at: signInAttempts.at })
      .from(signInAttempts)
      .where(
        and(
          eq(signInAttempts.email, key.email),
          eq(signInAttempts.ipAddress, key.ipAddress),
          eq(signInAttempts.succeeded, false),
          gt(signInAttempts.at, since),
        ),
      ),
    db
      .select({ at: signInAttempts.at })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.ipAddress, key.ipAddress), eq(signInAttempts.succeeded, false), gt(signInAttempts.at, since))),
    db
      .select({ at: signInAttempts.at })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.email, key.email), eq(signInAttempts.succeeded, false), gt(signInAttempts.at, since))),
  ]);
  return { account: account.map((r) => r.at), address: address.map((r) => r.at), accountAnyAddress: accountAnyAddress.map((r) => r.at) };
}

/** A successful sign-in clears the account's failures from that address. */
export async function clearSignInFailures(db: Database, key: { email: string; ipAddress: string }): Promise<void> {
  await db
    .delete(signInAttempts)
    .where(and(eq(signInAttempts.email, key.email), eq(signInAttempts.ipAddress, key.ipAddress), eq(signInAttempts.succeeded, false)));
}

export async function pruneSignInAttempts(db: Database, before: Date): Promise<void> {
  await db.delete(signInAttempts).where(lt(signInAttempts.at, before));
}

/** Reads a setting, creating it with `make()` the first time (safe against two processes racing). */
export async function getOrCreateSetting(db: Database, key: string, make: () => string): Promise<string> {
  await db.insert(appSettings).values({ key, value: make() }).onConflictDoNothing();
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, key));
  if (!row) throw new Error(`setting ${key} was not stored`);
  return row.value;
}
