/**
 * Better Auth end to end on a test database, through its fetch handler (no HTTP server): sign-in,
 * cookies, the session the API resolves, throttling of failed sign-ins, deactivated accounts,
 * sign-out and the Origin check.
 */
import { type DbHandle, getUserById, sessions } from "@monitor/db";
import { createTestDb, expireSessionsOf, sessionRowsOf as storedSessions } from "@monitor/db/testing";
import type { UserView } from "@monitor/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, setUserActive, setUserRole } from "../services/users";
import { type Auth, createAuth, SESSION_TTL_SECONDS } from "./create-auth";
import { resolveSession } from "./session";

const BASE = "http://localhost:3000";
const HOME_IP = "203.0.113.7";
const CLI = { userId: null, label: "cli:test" };
const PASSWORD = "a password for sign-in tests";

let handle: DbHandle;
let auth: Auth;
/** The clock the throttle sees; tests move it on to let a lock expire. */
let clock = new Date("2025-05-01T10:00:00.000Z");

beforeAll(async () => {
  handle = await createTestDb();
  auth = createAuth({ db: handle.db, secret: "x".repeat(32), baseURL: BASE, now: () => clock });
  // An admin exists, as in any real install: the "an admin remains" rule then allows changes to others.
  await createUser(handle.db, CLI, { email: "admin@example.org", name: "Admin", role: "admin", password: PASSWORD }, clock);
});
afterAll(async () => {
  await handle?.close();
});

let serial = 0;
async function makeUser(role: "viewer" | "analyst" | "editor" | "admin" = "analyst"): Promise<UserView> {
  serial += 1;
  return createUser(handle.db, CLI, { email: `person${serial}@example.org`, name: `Person ${serial}`, role, password: PASSWORD }, clock);
}

interface PostOptions {
  ip?: string;
  origin?: string;
  cookie?: string;
}

async function post(path: string, body: unknown, { ip = HOME_IP, origin = BASE, cookie }: PostOptions = {}) {
  const headers: Record<string, string> = { "content-type": "application/json", origin, "x-forwarded-for": ip };
  if (cookie) headers.cookie = cookie;
  const res = await auth.handler(new Request(`${BASE}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body) }));
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: res.status, headers: res.headers, body: json as { message?: string; code?: string } | null };
}

const signIn = (email: string, password: string, options?: PostOptions) => post("/sign-in/email", { email, password }, options);

/** The `name=value` pairs of the response's Set-Cookie headers, as a Cookie request header. */
function cookieHeader(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

async function sessionRowsOf(userId: string) {
  const rows = await handle.db.select({ id: sessions.id, userId: sessions.userId }).from(sessions);
  return rows.filter((r) => r.userId === userId).map((r) => r.id);
}

describe(`sign-in with Better Auth on ${process.env.TEST_DB_DRIVER ?? "pglite"}`, () => {
  it("signs in with the right password: an httpOnly, SameSite=Lax session cookie named monitor.*", async () => {
    const user = await makeUser("editor");
    const res = await signIn(user.email, PASSWORD);
    expect(res.status).toBe(200);
    const setCookies = res.headers.getSetCookie();
    const session = setCookies.find((c) => c.startsWith("monitor.session_token="));
    expect(setCookies.map((c) => c.split("=")[0])).toContain("monitor.session_token");
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    // Served over http here, so not Secure (and no __Secure- prefix).
    expect(session).not.toMatch(/;\s*Secure/i);
    const [row] = await sessionRowsOf(user.id);
    expect(await sessionRowsOf(user.id)).toHaveLength(1);

    const resolved = await resolveSession(auth, new Headers({ cookie: cookieHeader(res.headers) }));
    expect(resolved).toEqual({ sessionId: row, user: { id: user.id, email: user.email, name: user.name, role: "editor" } });
  });

  it("takes the email in any letter case", async () => {
    const user = await makeUser();
    const res = await signIn(user.email.toUpperCase(), PASSWORD, { ip: "203.0.113.20" });
    expect(res.status).toBe(200);
  });

  it("refuses a wrong password or an unknown email with 401 and no session", async () => {
    const user = await makeUser();
    const wrong = await signIn(user.email, "not the right password", { ip: "203.0.113.21" });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.getSetCookie()).toEqual([]);
    expect(await sessionRowsOf(user.id)).toEqual([]);
    expect((await signIn("nobody@example.org", PASSWORD, { ip: "203.0.113.21" })).status).toBe(401);
  });

  it("shows a role change on the very next request (no cookie cache)", async () => {
    const user = await makeUser("viewer");
    const res = await signIn(user.email, PASSWORD, { ip: "203.0.113.22" });
    expect(res.status).toBe(200);
    const headers = new Headers({ cookie: cookieHeader(res.headers) });
    expect((await resolveSession(auth, headers))?.user.role).toBe("viewer");
    await setUserRole(handle.db, CLI, { userId: user.id, role: "editor" }, clock);
    expect((await resolveSession(auth, headers))?.user.role).toBe("editor");
  });

  describe("throttling failed sign-ins", () => {
    it("after 5 wrong passwords from one address, refuses the 6th (even the right one) with 429 and Retry-After", async () => {
      const user = await makeUser();
      const ip = "203.0.113.30";
      for (let i = 0; i < 5; i++) expect((await signIn(user.email, `wrong password ${i}`, { ip })).status).toBe(401);

      const locked = await signIn(user.email, PASSWORD, { ip });
      expect(locked.status).toBe(429);
      expect(locked.body?.message).toMatch(/Too many failed sign-ins/);
      expect(locked.body?.message).toBe("Too many failed sign-ins. Try again in 15 minutes, or ask an admin to reset your password.");
      // The clock has not moved since the last failure: the whole 15-minute lock remains.
      expect(locked.headers.get("retry-after")).toBe("900");
      expect(locked.headers.getSetCookie()).toEqual([]);
      expect(await sessionRowsOf(user.id)).toEqual([]);

      // Someone else's address is not locked out of the account.
      expect((await signIn(user.email, PASSWORD, { ip: "198.51.100.9" })).status).toBe(200);

      // Once 15 minutes have passed since the last failure, the first address may sign in again.
      clock = new Date(clock.getTime() + 15 * 60_000 + 1000);
      expect((await signIn(user.email, PASSWORD, { ip })).status).toBe(200);
    });

    it("lets the right password in after 4 failures, and a success clears the count", async () => {
      const user = await makeUser();
      const ip = "203.0.113.31";
      for (let i = 0; i < 4; i++) expect((await signIn(user.email, `wrong password ${i}`, { ip })).status).toBe(401);
      // Four failures: the right password still gets in from the same address, and clears them.
      expect((await signIn(user.email, PASSWORD, { ip })).status).toBe(200);
      // Without the clearing, these four would make eight and lock the account.
      for (let i = 0; i < 4; i++) expect((await signIn(user.email, `wrong again ${i}`, { ip })).status).toBe(401);
      expect((await signIn(user.email, PASSWORD, { ip })).status).toBe(200);
    });
  });

  it("refuses a deactivated user with 403 and says the account is deactivated", async () => {
    const user = await makeUser();
    await setUserActive(handle.db, CLI, { userId: user.id, active: false }, clock);
    const res = await signIn(user.email, PASSWORD, { ip: "203.0.113.40" });
    expect(res.status).toBe(403);
    expect(res.body?.message).toMatch(/deactivated/);
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(await sessionRowsOf(user.id)).toEqual([]);
  });

  it("signs out: the session ends, and the cookie no longer resolves", async () => {
    const user = await makeUser();
    const res = await signIn(user.email, PASSWORD, { ip: "203.0.113.50" });
    expect(res.status).toBe(200);
    const cookie = cookieHeader(res.headers);
    expect((await resolveSession(auth, new Headers({ cookie })))?.user.id).toBe(user.id);

    const out = await post("/sign-out", {}, { ip: "203.0.113.50", cookie });
    expect(out.status).toBe(200);
    expect(await resolveSession(auth, new Headers({ cookie }))).toBeNull();
    expect(await sessionRowsOf(user.id)).toEqual([]);
    // The last sign-in is the user's, not the session's: it outlives the sign-out.
    expect((await getUserById(handle.db, user.id))?.lastSignInAt).toBe(clock.toISOString());
  });

  it("an expired session no longer resolves, and a session is issued for seven days", async () => {
    const user = await makeUser();
    const res = await signIn(user.email, PASSWORD, { ip: "203.0.113.70" });
    const cookie = cookieHeader(res.headers);
    const [row] = await storedSessions(handle.db, user.id);
    const lifetimeDays = ((row?.expiresAt.getTime() ?? 0) - (row?.createdAt.getTime() ?? 0)) / 86_400_000;
    expect(Math.round(lifetimeDays)).toBe(SESSION_TTL_SECONDS / 86_400);
    await expireSessionsOf(handle.db, user.id, new Date(Date.now() - 1000));
    expect(await resolveSession(auth, new Headers({ cookie }))).toBeNull();
  });

  describe("the Origin check", () => {
    it("refuses a sign-in posted from a foreign origin", async () => {
      const user = await makeUser();
      const res = await signIn(user.email, PASSWORD, { ip: "203.0.113.60", origin: "https://evil.example" });
      expect({ status: res.status, body: res.body }).toEqual({ status: 403, body: { message: "Invalid origin", code: "INVALID_ORIGIN" } });
      expect(await sessionRowsOf(user.id)).toEqual([]);
    });

    it("refuses a sign-out posted from a foreign origin, and the session survives", async () => {
      const user = await makeUser();
      const res = await signIn(user.email, PASSWORD, { ip: "203.0.113.61" });
      expect(res.status).toBe(200);
      const cookie = cookieHeader(res.headers);
      const out = await post("/sign-out", {}, { ip: "203.0.113.61", cookie, origin: "https://evil.example" });
      expect({ status: out.status, body: out.body }).toEqual({ status: 403, body: { message: "Invalid origin", code: "INVALID_ORIGIN" } });
      expect((await resolveSession(auth, new Headers({ cookie })))?.user.id).toBe(user.id);
    });
  });
});
