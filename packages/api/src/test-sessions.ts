import type { Role } from "@monitor/domain";
import { TRPCError } from "@trpc/server";
import type { Session } from "./context";

/** A session for tests that call procedures directly (no HTTP, no cookie). */
export function sessionFor(role: Role, user: { id?: string; email?: string } = {}): Session {
  return {
    sessionId: `test-session-${role}`,
    user: { id: user.id ?? `test-${role}`, email: user.email ?? `${role}@example.org`, name: `Test ${role}`, role },
  };
}

/** The TRPCError a call fails with; fails the test when the call succeeds or throws something else. */
export async function trpcErrorOf(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (e) {
    if (e instanceof TRPCError) return e;
    throw e;
  }
  throw new Error("expected the call to fail");
}
