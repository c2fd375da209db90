import type { AdminCandidate, Role, UserListInput, UserView } from "@monitor/domain";
import { and, asc, eq, ilike, isNotNull, isNull, ne, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { accounts, sessions, users } from "../schema";
import { containsPattern } from "./like";

/** Better Auth's provider id for email-and-password accounts. */
export const CREDENTIAL_PROVIDER = "credential";

type UserRow = typeof users.$inferSelect;

function toUserView(row: UserRow): UserView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.deactivatedAt === null,
    deactivatedAt: row.deactivatedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
  };
}

export async function listUsers(db: Database, filter: UserListInput = {}): Promise<UserView[]> {
  const conditions = [];
  if (filter.q) {
    const q = containsPattern(filter.q);
    conditions.push(or(ilike(users.email, q), ilike(users.name, q)));
  }
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.status === "active") conditions.push(isNull(users.deactivatedAt));
  if (filter.status === "deactivated") conditions.push(isNotNull(users.deactivatedAt));
  const rows = await db
    .select()
    .from(users)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(users.email));
  return rows.map(toUserView);
}

export async function getUserById(db: Database, id: string): Promise<UserView | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ? toUserView(row) : null;
}

export async function getUserByEmail(db: Database, email: string): Promise<UserView | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row ? toUserView(row) : null;
}

/** Every user's role and status, for the "an admin remains" rule. Locks the rows inside a transaction. */
export async function listAdminCandidates(db: Database): Promise<AdminCandidate[]> {
  const rows = await db
    .select({ id: users.id, role: users.role, deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(eq(users.role, "admin"))
    .for("update");
  return rows.map((r) => ({ id: r.id, role: r.role, active: r.deactivatedAt === null }));
}

export async function insertUserWithPassword(
  db: Database,
  user: { id: string; email: string; name: string; role: Role; passwordHash: string; now: Date },
): Promise<void> {
  await db.insert(users).values({
    id: user.id,
    email: user.email.toLowerCase(),
    name: user.name,
    role: user.role,
    emailVerified: true,
    createdAt: user.now,
    updatedAt: user.now,
  });
  await db.insert(accounts).values({
    id: crypto.randomUUID(),
    accountId: user.id,
    providerId: CREDENTIAL_PROVIDER,
    userId: user.id,
    password: user.passwordHash,
    createdAt: user.now,
    updatedAt: user.now,
  });
}

export async function updateUser(db: Database, id: string, patch: { role?: Role; deactivatedAt?: Date | null; now: Date }): Promise<void> {
  const { now, ...rest } = patch;
  await db
    .update(users)
    .set({ ...rest, updatedAt: now })
    .where(eq(users.id, id));
}

/** Replaces the user's password hash; returns false when the user has no password account. */
export async function setUserPasswordHash(db: Database, userId: string, passwordHash: string, now: Date): Promise<boolean> {
  const updated = await db
    .update(accounts)
    .set({ password: passwordHash, updatedAt: now })
    .where(and(eq(accounts.userId, userId), eq(accounts.providerId, CREDENTIAL_PROVIDER)))
    .returning({ id: accounts.id });
  return updated.length > 0;
}

export async function getUserPasswordHash(db: Database, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ password: accounts.password })
    .from(accounts)
    .where(and(eq(accounts.userId, userId), eq(accounts.providerId, CREDENTIAL_PROVIDER)));
  return row?.password ?? null;
}

/** Signs the user out everywhere (or everywhere but session `exceptSessionId`). Returns how many sessions ended. */
export async function deleteUserSessions(db: Database, userId: string, exceptSessionId?: string): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), exceptSessionId ? ne(sessions.id, exceptSessionId) : undefined))
    .returning({ id: sessions.id });
  return deleted.length;
}

export async function countUsers(db: Database): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

/** True when the user is missing or deactivated: such a user gets no session. */
export async function isUserDeactivated(db: Database, userId: string): Promise<boolean> {
  const [row] = await db.select({ deactivatedAt: users.deactivatedAt }).from(users).where(eq(users.id, userId));
  return !row || row.deactivatedAt !== null;
}

/** Records a successful sign-in (by email, as the sign-in form gives it). */
export async function markSignedIn(db: Database, email: string, at: Date): Promise<void> {
  await db.update(users).set({ lastSignInAt: at }).where(eq(users.email, email.toLowerCase()));
}
