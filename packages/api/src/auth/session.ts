import { Role } from "@monitor/domain";
import type { Session } from "../context";
import type { Auth } from "./create-auth";

/**
 * The signed-in user for a request, or null. Reads the session from the database on every call (no
 * cookie cache), so a deactivation or role change applies at once.
 */
export async function resolveSession(auth: Auth, headers: Headers): Promise<Session | null> {
  const found = await auth.api.getSession({ headers });
  if (!found) return null;
  const { user, session } = found;
  const role = Role.safeParse(user.role);
  if (!role.success || user.deactivatedAt) return null;
  return { sessionId: session.id, user: { id: user.id, email: user.email, name: user.name, role: role.data } };
}
