import type { Role } from "@monitor/domain";
import type { Session } from "./context";

/** A session for tests that call procedures directly (no HTTP, no cookie). */
export function sessionFor(role: Role, user: { id?: string; email?: string } = {}): Session {
  return {
    sessionId: `test-session-${role}`,
    user: { id: user.id ?? `test-${role}`, email: user.email ?? `${role}@example.org`, name: `Test ${role}`, role },
  };
}
