/**
 * User management through the router: every successful change leaves exactly one audit entry with the
 * exact before and after, and never a password or its hash; every refused change leaves no entry and
 * no change. Sessions end where the rules say they do.
 */
import { accounts, countAuditEntries, type DbHandle, listAuditEntries, listUsers, sessions } from "@monitor/db";
import { createTestDb } from "@monitor/db/testing";
import type { AuditEntryView, Role, UserView } from "@monitor/domain";
import { TRPCError } from "@trpc/server";
import { verifyPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext, type Session } from "./context";
import { createCaller } from "./index";
import { createUser, setUserActive } from "./services/users";
import { sessionFor } from "./test-sessions";

const CLI = { userId: null, label: "cli:test" };
const ADMIN_PASSWORD = "admin password for tests";
const USER_PASSWORD = "user password for tests";

let handle: DbHandle;
let admin: UserView;
/** The clock every call sees; each test moves it on, so its entries carry their own time. */
let clock = new Date("2025-04-01T09:00:00.000Z");
const tick = () => {
  clock = new Date(clock.getTime() + 60_000);
  return clock;
};

beforeAll(async () => {
  handle = await createTestDb();
  admin = await createUser(
    handle.db,
    CLI,
    { email: "admin@example.org", name: "First Admin", role: "admin", password: ADMIN_PASSWORD },
    clock,
  );
});
afterAll(async () => {
  await handle?.close();
});

const sessionOf = (user: UserView, sessionId?: string): Session => ({
  ...sessionFor(user.role, { id: user.id, email: user.email }),
  ...(sessionId ? { sessionId } : {}),
});
const as = (user: UserView, sessionId?: string) =>
  createCaller(createContext({ db: handle.db, session: sessionOf(user, sessionId), now: () => clock }));

let serial = 0;
async function makeUser(role: Role = "viewer"): Promise<UserView> {
  serial += 1;
  return createUser(handle.db, CLI, { email: `user${serial}@example.org`, name: `User ${serial}`, role, password: USER_PASSWORD }, clock);
}

async function addSession(userId: string, id: string): Promise<void> {
  await handle.db.insert(sessions).values({ id, token: `token-${id}`, userId, expiresAt: new Date(clock.getTime() + 86_400_000) });
}
async function sessionIdsOf(userId: string): Promise<string[]> {
  const rows = await handle.db.select({ id: sessions.id, userId: sessions.userId }).from(sessions);
  return rows
    .filter((r) => r.userId === userId)
    .map((r) => r.id)
    .sort();
}
async function passwordHashOf(userId: string): Promise<string> {
  const rows = await handle.db.select({ userId: accounts.userId, password: accounts.password }).from(accounts);
  const hash = rows.find((r) => r.userId === userId)?.password;
  if (!hash) throw new Error(`no password for ${userId}`);
  return hash;
}

/** Everything a refused change must leave as it was. */
async function state() {
  const [audit, users, sessionRows, accountRows] = await Promise.all([
    countAuditEntries(handle.db),
    listUsers(handle.db),
    handle.db.select({ id: sessions.id, userId: sessions.userId }).from(sessions),
    handle.db.select({ userId: accounts.userId, password: accounts.password, updatedAt: accounts.updatedAt }).from(accounts),
  ]);
  const byKey = <T>(rows: T[], key: (r: T) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
  return { audit, users, sessions: byKey(sessionRows, (r) => r.id), accounts: byKey(accountRows, (r) => r.userId) };
}

/**
 * An entry with its changes in field-name order: jsonb keeps an object's keys in its own order (shorter
 * keys first), so the order of `changes` after a round trip is not the order the snapshot was written in.
 */
const sortedChanges = (entry: AuditEntryView): AuditEntryView => ({
  ...entry,
  changes: [...entry.changes].sort((a, b) => a.field.localeCompare(b.field)),
});

/** The one entry written since the log held `countBefore` entries. */
async function onlyNewEntry(countBefore: number): Promise<AuditEntryView> {
  expect(await countAuditEntries(handle.db)).toBe(countBefore + 1);
  const { items } = await listAuditEntries(handle.db, { limit: 1, offset: 0 });
  const [entry] = items;
  if (!entry) throw new Error("no audit entry");
  return sortedChanges(entry);
}

/** No password, and no hash of one (Better Auth's scrypt hashes are `<hex salt>:<hex key>`), anywhere in the entry. */
function expectNoSecrets(entry: AuditEntryView, secrets: string[]): void {
  const json = JSON.stringify(entry);
  for (const s of secrets) expect(json).not.toContain(s);
  expect(json).not.toMatch(/[0-9a-f]{16,}:[0-9a-f]{32,}/);
}

async function refusal(p: Promise<unknown>): Promise<TRPCError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(err)}`);
  return err;
}

const snap = (u: { email: string; name: string; role: Role; active: boolean }) => ({
  email: u.email,
  name: u.name,
  role: u.role,
  active: u.active,
});

describe(`user management on ${process.env.TEST_DB_DRIVER ?? "pglite"}`, () => {
  it("records the command-line creation of the first admin with a null actor", async () => {
    const { items } = await listAuditEntries(handle.db, { entityId: admin.id, limit: 10, offset: 0 });
    expect(items.map(sortedChanges)).toEqual([
      {
        id: expect.any(Number),
        at: "2025-04-01T09:00:00.000Z",
        actorId: null,
        actorLabel: "cli:test",
        action: "user.create",
        entityType: "user",
        entityId: admin.id,
        entityLabel: "admin@example.org",
        before: null,
        after: { email: "admin@example.org", name: "First Admin", role: "admin", active: true },
        changes: [
          { field: "active", before: null, after: true },
          { field: "email", before: null, after: "admin@example.org" },
          { field: "name", before: null, after: "First Admin" },
          { field: "role", before: null, after: "admin" },
        ],
      },
    ]);
  });

  describe("users.create", () => {
    it("creates the user and writes one entry with the new user's snapshot", async () => {
      const at = tick();
      const before = await state();
      const password = "a long enough password";
      const created = await as(admin).users.create({
        email: "  Ayesha.Khan@Example.ORG ",
        name: " Ayesha Khan ",
        role: "analyst",
        password,
      });
      expect(created).toEqual({
        id: expect.any(String),
        email: "ayesha.khan@example.org",
        name: "Ayesha Khan",
        role: "analyst",
        active: true,
        deactivatedAt: null,
        createdAt: at.toISOString(),
        lastSignInAt: null,
      });
      const entry = await onlyNewEntry(before.audit);
      expect(entry).toEqual({
        id: expect.any(Number),
        at: at.toISOString(),
        actorId: admin.id,
        actorLabel: "admin@example.org",
        action: "user.create",
        entityType: "user",
        entityId: created.id,
        entityLabel: "ayesha.khan@example.org",
        before: null,
        after: { email: "ayesha.khan@example.org", name: "Ayesha Khan", role: "analyst", active: true },
        changes: [
          { field: "active", before: null, after: true },
          { field: "email", before: null, after: "ayesha.khan@example.org" },
          { field: "name", before: null, after: "Ayesha Khan" },
          { field: "role", before: null, after: "analyst" },
        ],
      });
      const hash = await passwordHashOf(created.id);
      expectNoSecrets(entry, [password, hash]);
      expect(await verifyPassword({ hash, password })).toBe(true);
      expect((await state()).users).toEqual([...before.users, created].sort((a, b) => a.email.localeCompare(b.email)));
    });

    it("refuses a duplicate email (in any case) with no entry and no change", async () => {
      const existing = await makeUser();
      tick();
      const before = await state();
      const err = await refusal(
        as(admin).users.create({
          email: existing.email.toUpperCase(),
          name: "Someone Else",
          role: "viewer",
          password: "another long password",
        }),
      );
      expect(err.code).toBe("BAD_REQUEST");
      expect(err.message).toBe(`A user with the email ${existing.email} already exists.`);
      expect(await state()).toEqual(before);
    });

    it.each([
      ["an invalid email", { email: "not-an-email", name: "N", role: "viewer", password: "a long enough password" }],
      ["a short password", { email: "short@example.org", name: "N", role: "viewer", password: "short" }],
      ["an unknown role", { email: "role@example.org", name: "N", role: "owner", password: "a long enough password" }],
      ["an empty name", { email: "name@example.org", name: " ", role: "viewer", password: "a long enough password" }],
    ])("refuses %s with BAD_REQUEST, no entry and no change", async (_, input) => {
      const before = await state();
      const err = await refusal(as(admin).users.create(input as never));
      expect(err.code).toBe("BAD_REQUEST");
      expect(await state()).toEqual(before);
    });
  });

  describe("users.setRole", () => {
    it("changes the role, writes one entry with the role change, and users.list shows it", async () => {
      const target = await makeUser("viewer");
      const at = tick();
      const before = await state();
      const updated = await as(admin).users.setRole({ userId: target.id, role: "editor" });
      expect(updated).toEqual({ ...target, role: "editor" });
      const entry = await onlyNewEntry(before.audit);
      expect(entry).toEqual({
        id: expect.any(Number),
        at: at.toISOString(),
        actorId: admin.id,
        actorLabel: admin.email,
        action: "user.set_role",
        entityType: "user",
        entityId: target.id,
        entityLabel: target.email,
        before: { ...snap(target), role: "viewer" },
        after: { ...snap(target), role: "editor" },
        changes: [{ field: "role", before: "viewer", after: "editor" }],
      });
      expectNoSecrets(entry, [USER_PASSWORD, await passwordHashOf(target.id)]);
      const listed = await as(admin).users.list({ role: "editor" });
      expect(listed.find((u) => u.id === target.id)).toEqual({ ...target, role: "editor" });
      expect((await as(admin).users.list({ role: "viewer" })).map((u) => u.id)).not.toContain(target.id);
    });

    it("refuses giving a user the role they already have (CONFLICT), with no entry", async () => {
      const target = await makeUser("analyst");
      const before = await state();
      const err = await refusal(as(admin).users.setRole({ userId: target.id, role: "analyst" }));
      expect(err.code).toBe("CONFLICT");
      expect(await state()).toEqual(before);
    });

    it("refuses an unknown user (NOT_FOUND) and an unknown role (BAD_REQUEST), with no entry", async () => {
      const before = await state();
      expect((await refusal(as(admin).users.setRole({ userId: "no-such-user", role: "editor" }))).code).toBe("NOT_FOUND");
      expect((await refusal(as(admin).users.setRole({ userId: admin.id, role: "owner" as Role }))).code).toBe("BAD_REQUEST");
      expect(await state()).toEqual(before);
    });

    it("refuses demoting the last active admin, with no entry and no change", async () => {
      expect((await listUsers(handle.db, { role: "admin", status: "active" })).map((u) => u.id)).toEqual([admin.id]);
      const before = await state();
      const err = await refusal(as(admin).users.setRole({ userId: admin.id, role: "editor" }));
      expect(err.code).toBe("BAD_REQUEST");
      expect(err.message).toBe("This would leave no active admin. Make another user an admin first.");
      expect(await state()).toEqual(before);
    });
  });

  describe("users.setActive", () => {
    it("deactivates a user: one entry, all their sessions end, others' stay, users.list shows it", async () => {
      const target = await makeUser("editor");
      const bystander = await makeUser("viewer");
      await addSession(target.id, "deact-1");
      await addSession(target.id, "deact-2");
      await addSession(bystander.id, "deact-bystander");
      const at = tick();
      const before = await state();
      const updated = await as(admin).users.setActive({ userId: target.id, active: false });
      expect(updated).toMatchObject({ id: target.id, active: false, deactivatedAt: at.toISOString() });
      const entry = await onlyNewEntry(before.audit);
      expect(entry).toEqual({
        id: expect.any(Number),
        at: at.toISOString(),
        actorId: admin.id,
        actorLabel: admin.email,
        action: "user.deactivate",
        entityType: "user",
        entityId: target.id,
        entityLabel: target.email,
        before: { ...snap(target), active: true },
        after: { ...snap(target), active: false },
        changes: [{ field: "active", before: true, after: false }],
      });
      expectNoSecrets(entry, [USER_PASSWORD, await passwordHashOf(target.id)]);
      expect(await sessionIdsOf(target.id)).toEqual([]);
      expect(await sessionIdsOf(bystander.id)).toEqual(["deact-bystander"]);
      const deactivated = await as(admin).users.list({ status: "deactivated" });
      expect(deactivated.find((u) => u.id === target.id)).toMatchObject({ active: false, deactivatedAt: at.toISOString() });
      expect((await as(admin).users.list({ status: "active" })).map((u) => u.id)).not.toContain(target.id);
    });

    it("reactivates a user: one entry, and users.list shows them active again", async () => {
      const target = await makeUser("analyst");
      await setUserActive(handle.db, CLI, { userId: target.id, active: false }, tick());
      const at = tick();
      const before = await state();
      const updated = await as(admin).users.setActive({ userId: target.id, active: true });
      expect(updated).toMatchObject({ id: target.id, active: true, deactivatedAt: null });
      const entry = await onlyNewEntry(before.audit);
      expect(entry).toEqual({
        id: expect.any(Number),
        at: at.toISOString(),
        actorId: admin.id,
        actorLabel: admin.email,
        action: "user.reactivate",
        entityType: "user",
        entityId: target.id,
        entityLabel: target.email,
        before: { ...snap(target), active: false },
        after: { ...snap(target), active: true },
        changes: [{ field: "active", before: false, after: true }],
      });
      const listed = await as(admin).users.list({ status: "active" });
      expect(listed.find((u) => u.id === target.id)).toMatchObject({ active: true, deactivatedAt: null });
    });

    it("refuses deactivating an already deactivated user, or activating an active one (CONFLICT), with no entry", async () => {
      const target = await makeUser();
      await setUserActive(handle.db, CLI, { userId: target.id, active: false }, tick());
      const before = await state();
      expect((await refusal(as(admin).users.setActive({ userId: target.id, active: false }))).code).toBe("CONFLICT");
      expect((await refusal(as(admin).users.setActive({ userId: admin.id, active: true }))).code).toBe("CONFLICT");
      expect(await state()).toEqual(before);
    });

    it("refuses self-deactivation, even when another admin remains, with no entry", async () => {
      const second = await makeUser("admin");
      await addSession(second.id, "self-deact");
      const before = await state();
      const err = await refusal(as(second).users.setActive({ userId: second.id, active: false }));
      expect(err.code).toBe("BAD_REQUEST");
      expect(err.message).toBe("You cannot deactivate your own account.");
      expect(await state()).toEqual(before);
      // Put things back as they were: `admin` is again the only active admin.
      await setUserActive(handle.db, CLI, { userId: second.id, active: false }, tick());
    });

    it("refuses deactivating the last active admin (from the command line too), with no entry and no change", async () => {
      expect((await listUsers(handle.db, { role: "admin", status: "active" })).map((u) => u.id)).toEqual([admin.id]);
      const before = await state();
      await expect(setUserActive(handle.db, CLI, { userId: admin.id, active: false }, tick())).rejects.toThrow(
        "This would leave no active admin. Make another user an admin first.",
      );
      expect(await state()).toEqual(before);
    });

    it("refuses an unknown user (NOT_FOUND), with no entry", async () => {
      const before = await state();
      expect((await refusal(as(admin).users.setActive({ userId: "no-such-user", active: false }))).code).toBe("NOT_FOUND");
      expect(await state()).toEqual(before);
    });
  });

  describe("users.resetPassword", () => {
    it("sets the new password, ends the user's sessions and writes one entry without the password or hash", async () => {
      const target = await makeUser();
      const bystander = await makeUser();
      await addSession(target.id, "reset-1");
      await addSession(target.id, "reset-2");
      await addSession(bystander.id, "reset-bystander");
      const oldHash = await passwordHashOf(target.id);
      const at = tick();
      const before = await state();
      const password = "the reset password";
      expect(await as(admin).users.resetPassword({ userId: target.id, password })).toEqual({ sessionsEnded: 2 });
      const entry = await onlyNewEntry(before.audit);
      expect(entry).toEqual({
        id: expect.any(Number),
        at: at.toISOString(),
        actorId: admin.id,
        actorLabel: admin.email,
        action: "user.reset_password",
        entityType: "user",
        entityId: target.id,
        entityLabel: target.email,
        before: { passwordSetBy: "previous" },
        after: { passwordSetBy: admin.email, sessionsEnded: 2 },
        changes: [
          { field: "passwordSetBy", before: "previous", after: admin.email },
          { field: "sessionsEnded", before: null, after: 2 },
        ],
      });
      const newHash = await passwordHashOf(target.id);
      expectNoSecrets(entry, [password, USER_PASSWORD, newHash, oldHash]);
      expect(newHash).not.toBe(oldHash);
      expect(await verifyPassword({ hash: newHash, password })).toBe(true);
      expect(await verifyPassword({ hash: newHash, password: USER_PASSWORD })).toBe(false);
      expect(await sessionIdsOf(target.id)).toEqual([]);
      expect(await sessionIdsOf(bystander.id)).toEqual(["reset-bystander"]);
    });

    it("refuses an unknown user (NOT_FOUND) and a short password (BAD_REQUEST), with no entry and no change", async () => {
      const target = await makeUser();
      await addSession(target.id, "reset-refused");
      const before = await state();
      expect((await refusal(as(admin).users.resetPassword({ userId: "no-such-user", password: "a long enough password" }))).code).toBe(
        "NOT_FOUND",
      );
      expect((await refusal(as(admin).users.resetPassword({ userId: target.id, password: "short" }))).code).toBe("BAD_REQUEST");
      expect(await state()).toEqual(before);
    });
  });

  describe("users.changeOwnPassword", () => {
    it("changes the password, keeps the current session, ends the others, and writes one entry by the user", async () => {
      const me = await makeUser("analyst");
      const other = await makeUser();
      await addSession(me.id, "own-current");
      await addSession(me.id, "own-laptop");
      await addSession(me.id, "own-phone");
      await addSession(other.id, "own-bystander");
      const oldHash = await passwordHashOf(me.id);
      const at = tick();
      const before = await state();
      const newPassword = "my own new password";
      expect(await as(me, "own-current").users.changeOwnPassword({ currentPassword: USER_PASSWORD, newPassword })).toEqual({
        sessionsEnded: 2,
      });
      const entry = await onlyNewEntry(before.audit);
      expect(entry).toEqual({
        id: expect.any(Number),
        at: at.toISOString(),
        actorId: me.id,
        actorLabel: me.email,
        action: "user.change_password",
        entityType: "user",
        entityId: me.id,
        entityLabel: me.email,
        before: { passwordSetBy: "previous" },
        after: { passwordSetBy: me.email, otherSessionsEnded: 2 },
        changes: [
          { field: "otherSessionsEnded", before: null, after: 2 },
          { field: "passwordSetBy", before: "previous", after: me.email },
        ],
      });
      const newHash = await passwordHashOf(me.id);
      expectNoSecrets(entry, [newPassword, USER_PASSWORD, newHash, oldHash]);
      expect(await verifyPassword({ hash: newHash, password: newPassword })).toBe(true);
      expect(await sessionIdsOf(me.id)).toEqual(["own-current"]);
      expect(await sessionIdsOf(other.id)).toEqual(["own-bystander"]);
    });

    it("refuses a wrong current password, with no entry and no change", async () => {
      const me = await makeUser();
      await addSession(me.id, "wrong-current");
      await addSession(me.id, "wrong-other");
      const before = await state();
      const err = await refusal(
        as(me, "wrong-current").users.changeOwnPassword({ currentPassword: "not my password at all", newPassword: "my own new password" }),
      );
      expect(err.code).toBe("BAD_REQUEST");
      expect(err.message).toBe("The current password is not right.");
      expect(await state()).toEqual(before);
    });

    it("refuses a new password equal to the current one or too short, with no entry and no change", async () => {
      const me = await makeUser();
      const before = await state();
      expect((await refusal(as(me).users.changeOwnPassword({ currentPassword: USER_PASSWORD, newPassword: USER_PASSWORD }))).code).toBe(
        "BAD_REQUEST",
      );
      expect((await refusal(as(me).users.changeOwnPassword({ currentPassword: USER_PASSWORD, newPassword: "short" }))).code).toBe(
        "BAD_REQUEST",
      );
      expect(await state()).toEqual(before);
    });
  });
});
