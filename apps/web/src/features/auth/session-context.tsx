"use client";

import { hasRole, type Role, type SessionUser } from "@monitor/domain";
import { createContext, type ReactNode, useContext } from "react";

const SessionUserContext = createContext<SessionUser | null>(null);

/** Makes the signed-in user (as the server saw them for this page) available to client components. */
export function SessionUserProvider({ user, children }: { user: SessionUser; children: ReactNode }) {
  return <SessionUserContext.Provider value={user}>{children}</SessionUserContext.Provider>;
}

export function useSessionUser(): SessionUser {
  const user = useContext(SessionUserContext);
  if (!user) throw new Error("useSessionUser must be used inside the signed-in app layout");
  return user;
}

/**
 * Renders its children only for `min` or a higher role. It hides controls a role cannot use; the
 * server refuses the action anyway.
 */
export function RoleGate({ min, children, fallback = null }: { min: Role; children: ReactNode; fallback?: ReactNode }) {
  const user = useContext(SessionUserContext);
  return user && hasRole(user.role, min) ? children : fallback;
}
