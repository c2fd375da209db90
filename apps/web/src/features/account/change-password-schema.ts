import { ChangeOwnPasswordInput } from "@monitor/domain";
import { z } from "zod";

/**
 * The change-password form: the domain's `ChangeOwnPasswordInput` plus a repeat of the new password, which
 * only the browser checks (the server never sees it). Every rule reports on its own field, together.
 */
export const ChangePasswordForm = z
  .object({ currentPassword: z.string(), newPassword: z.string(), repeatPassword: z.string() })
  .superRefine((v, ctx) => {
    const parsed = ChangeOwnPasswordInput.safeParse({ currentPassword: v.currentPassword, newPassword: v.newPassword });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    }
    if (v.repeatPassword !== v.newPassword) {
      ctx.addIssue({
        code: "custom",
        path: ["repeatPassword"],
        message: v.repeatPassword === "" ? "Type the new password again." : "This does not match the new password. Type it again.",
      });
    }
  });
export type ChangePasswordForm = z.infer<typeof ChangePasswordForm>;

/** What the form sends: the repeat stays in the browser. */
export function toChangeOwnPasswordInput(v: ChangePasswordForm): ChangeOwnPasswordInput {
  return { currentPassword: v.currentPassword, newPassword: v.newPassword };
}
