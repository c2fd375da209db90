/**
 * User management, shared by the admin procedures and the `user:create` command. Each function is one
 * audited transaction; rules come from the domain (an admin remains; passwords and emails valid).
 */
import {
  type Database,
  deleteUserSessions,
  getUserByEmail,
  getUserById,
  getUserPasswordHash,
  insertUserWithPassword,
  listAdminCandidates,
  setUserPasswordHash,
  updateUser,
} from "@monitor/db";
import {
  type AuditActor,
  assertAnAdminRemains,
  type ChangeOwnPasswordInput,
  ConflictError,
  type CreateUserInput,
  NotFoundError,
  type ResetPasswordInput,
  type SetActiveInput,
  type SetRoleInput,
  type UserView,
  ValidationError,
} from "@monitor/domain";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { auditedTransaction } from "../audit";

function snapshot(u: UserView) {
  return { email: u.email, name: u.name, role: u.role, active: u.active };
}

async function mustGetUser(db: Database, id: string): Promise<UserView> {
  const user = await getUserById(db, id);
  if (!user) throw new NotFoundError("user", id);
  return user;
}

export async function createUser(db: Database, actor: AuditActor, input: CreateUserInput, now: Date): Promise<UserView> {
  const passwordHash = await hashPassword(input.password);
  return auditedTransaction(db, actor, now, async (tx) => {
    if (await getUserByEmail(tx, input.email)) {
      throw new ValidationError(`A user with the email ${input.email} already exists.`, [
        { path: ["email"], message: "This email is already in use; find the user in the list instead." },
      ]);
    }
    const id = crypto.randomUUID();
    await insertUserWithPassword(tx, { id, email: input.email, name: input.name, role: input.role, passwordHash, now });
    const created = await mustGetUser(tx, id);
    return {
      result: created,
      audit: {
        action: "user.create",
        entityType: "user",
        entityId: id,
        entityLabel: created.email,
        before: null,
        after: snapshot(created),
      },
    };
  });
}

export async function setUserRole(db: Database, actor: AuditActor, input: SetRoleInput, now: Date): Promise<UserView> {
  return auditedTransaction(db, actor, now, async (tx) => {
    const admins = await listAdminCandidates(tx);
    const before = await mustGetUser(tx, input.userId);
    if (before.role === input.role) throw new ConflictError(`${before.email} already has the ${input.role} role.`);
    assertAnAdminRemains([...admins, before], { id: before.id, role: input.role, active: before.active });
    await updateUser(tx, before.id, { role: input.role, now });
    const after = await mustGetUser(tx, before.id);
    return {
      result: after,
      audit: {
        action: "user.set_role",
        entityType: "user",
        entityId: after.id,
        entityLabel: after.email,
        before: snapshot(before),
        after: snapshot(after),
      },
    };
  });
}

export async function setUserActive(db: Database, actor: AuditActor, input: SetActiveInput, now: Date): Promise<UserView> {
  return auditedTransaction(db, actor, now, async (tx) => {
    const admins = await listAdminCandidates(tx);
    const before = await mustGetUser(tx, input.userId);
    if (before.active === input.active) {
      throw new ConflictError(`${before.email} is already ${input.active ? "active" : "deactivated"}.`);
    }
    if (!input.active && actor.userId === before.id) {
      throw new ValidationError("You cannot deactivate your own account.", [
        { path: ["userId"], message: "Ask another admin to deactivate this account." },
      ]);
    }
    assertAnAdminRemains([...admins, before], { id: before.id, role: before.role, active: input.active });
    await updateUser(tx, before.id, { deactivatedAt: input.active ? null : now, now });
    // A deactivated user is signed out everywhere at once.
    if (!input.active) await deleteUserSessions(tx, before.id);
    const after = await mustGetUser(tx, before.id);
    return {
      result: after,
      audit: {
        action: input.active ? "user.reactivate" : "user.deactivate",
        entityType: "user",
        entityId: after.id,
        entityLabel: after.email,
        before: snapshot(before),
        after: snapshot(after),
      },
    };
  });
}

export async function resetUserPassword(
  db: Database,
  actor: AuditActor,
  input: ResetPasswordInput,
  now: Date,
): Promise<{ sessionsEnded: number }> {
  const passwordHash = await hashPassword(input.password);
  return auditedTransaction(db, actor, now, async (tx) => {
    const user = await mustGetUser(tx, input.userId);
    if (!(await setUserPasswordHash(tx, user.id, passwordHash, now))) {
      throw new ValidationError(`${user.email} has no password to reset.`, [
        { path: ["userId"], message: "This user does not sign in with a password." },
      ]);
    }
    const sessionsEnded = await deleteUserSessions(tx, user.id);
    return {
      result: { sessionsEnded },
      audit: {
        action: "user.reset_password",
        entityType: "user",
        entityId: user.id,
        entityLabel: user.email,
        before: { passwordSetBy: "previous" },
        after: { passwordSetBy: actor.label, sessionsEnded },
      },
    };
  });
}

/** A signed-in user's own password change: checks the current one, keeps this session, ends the others. */
export async function changeOwnPassword(
  db: Database,
  actor: AuditActor & { userId: string },
  sessionId: string,
  input: ChangeOwnPasswordInput,
  now: Date,
): Promise<{ sessionsEnded: number }> {
  const current = await getUserPasswordHash(db, actor.userId);
  if (!current || !(await verifyPassword({ hash: current, password: input.currentPassword }))) {
    throw new ValidationError("The current password is not right.", [
      { path: ["currentPassword"], message: "This is not your current password." },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  return auditedTransaction(db, actor, now, async (tx) => {
    const user = await mustGetUser(tx, actor.userId);
    await setUserPasswordHash(tx, user.id, passwordHash, now);
    const sessionsEnded = await deleteUserSessions(tx, user.id, sessionId);
    return {
      result: { sessionsEnded },
      audit: {
        action: "user.change_password",
        entityType: "user",
        entityId: user.id,
        entityLabel: user.email,
        before: { passwordSetBy: "previous" },
        after: { passwordSetBy: user.email, otherSessionsEnded: sessionsEnded },
      },
    };
  });
}
