import { z } from "zod";
import { ValidationError } from "../errors";
import { Role } from "./roles";

/** Emails are compared in lower case everywhere (sign-in, uniqueness, throttling). */
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "An email address has at most 254 characters.")
  .pipe(z.email("Enter an email address like name@example.org."));

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Length is what makes a password strong; no composition rules (NIST SP 800-63B). */
export const Password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters; a few unrelated words make a good password.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`)
  .refine((p) => p.trim().length > 0, "A password cannot be only spaces.");

export const PersonName = z.string().trim().min(1, "Enter the person's name.").max(120, "Keep the name under 120 characters.");
export const UserId = z.string().trim().min(1, "Pick a user.").max(64);

export const CreateUserInput = z.object({ email: Email, name: PersonName, role: Role, password: Password });
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const SetRoleInput = z.object({ userId: UserId, role: Role });
export type SetRoleInput = z.infer<typeof SetRoleInput>;

export const SetActiveInput = z.object({ userId: UserId, active: z.boolean() });
export type SetActiveInput = z.infer<typeof SetActiveInput>;

export const ResetPasswordInput = z.object({ userId: UserId, password: Password });
export type ResetPasswordInput = z.infer<typeof ResetPasswordInput>;

export const ChangeOwnPasswordInput = z
  .object({ currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX_LENGTH), newPassword: Password })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ["newPassword"],
    message: "The new password must differ from the current one.",
  });
export type ChangeOwnPasswordInput = z.infer<typeof ChangeOwnPasswordInput>;

export const USER_STATUSES = ["active", "deactivated"] as const;
export const UserListInput = z.object({
  q: z.string().trim().max(200).optional(),
  role: Role.optional(),
  status: z.enum(USER_STATUSES).optional(),
});
export type UserListInput = z.infer<typeof UserListInput>;

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  deactivatedAt: string | null;
  createdAt: string;
  /** The start of the user's most recent session, if any. */
  lastSignInAt: string | null;
}

/** The slice of a user the admin rule needs. */
export interface AdminCandidate {
  id: string;
  role: Role;
  active: boolean;
}

/**
 * Refuses a change that would leave no active admin: nobody could then manage users or read the audit log.
 * `users` holds at least every active admin and the changed user, before the change; `after` is the
 * changed user. A change to someone who is not an active admin never removes one, so it always passes.
 */
export function assertAnAdminRemains(users: readonly AdminCandidate[], after: AdminCandidate): void {
  const before = users.find((u) => u.id === after.id);
  if (before?.role !== "admin" || !before.active) return;
  const remaining = new Set(users.filter((u) => u.id !== after.id && u.role === "admin" && u.active).map((u) => u.id));
  if (after.role === "admin" && after.active) remaining.add(after.id);
  if (remaining.size === 0) {
    throw new ValidationError("This would leave no active admin. Make another user an admin first.", [
      { path: ["userId"], message: "The last active admin cannot be demoted or deactivated." },
    ]);
  }
}

/** The sign-in form. The password is only checked for presence here: the server decides if it is right. */
export const SignInInput = z.object({
  email: Email,
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH, `A password has at most ${PASSWORD_MAX_LENGTH} characters.`),
});
export type SignInInput = z.infer<typeof SignInInput>;
