import { z } from "zod";

/** viewer < analyst < editor < admin: each role can do everything the one before it can. */
export const ROLES = ["viewer", "analyst", "editor", "admin"] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export function hasRole(actual: Role, required: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(required);
}

export const SessionUser = z.object({ id: z.string(), email: z.string(), name: z.string().nullable(), role: Role });
export type SessionUser = z.infer<typeof SessionUser>;
