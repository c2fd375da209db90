import { describe, expect, it } from "vitest";
import { ChangePasswordForm, toChangeOwnPasswordInput } from "./change-password-schema";

function messages(input: { currentPassword: string; newPassword: string; repeatPassword: string }) {
  const r = ChangePasswordForm.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("ChangePasswordForm", () => {
  it("accepts a valid change whose repeat matches", () => {
    expect(
      messages({ currentPassword: "old-password", newPassword: "a new long password", repeatPassword: "a new long password" }),
    ).toEqual({});
  });

  it("reports a repeat that does not match, on the repeat field", () => {
    expect(
      messages({ currentPassword: "old-password", newPassword: "a new long password", repeatPassword: "a new long passwort" }),
    ).toEqual({
      repeatPassword: "This does not match the new password. Type it again.",
    });
  });

  it("reports the domain's rules and the repeat together", () => {
    expect(messages({ currentPassword: "", newPassword: "short", repeatPassword: "" })).toEqual({
      currentPassword: "Enter your current password.",
      newPassword: "Use at least 12 characters; a few unrelated words make a good password.",
      repeatPassword: "Type the new password again.",
    });
  });

  it("refuses a new password equal to the current one", () => {
    expect(
      messages({ currentPassword: "same long password", newPassword: "same long password", repeatPassword: "same long password" }),
    ).toEqual({
      newPassword: "The new password must differ from the current one.",
    });
  });

  it("sends only the current and new password", () => {
    expect(toChangeOwnPasswordInput({ currentPassword: "a", newPassword: "b", repeatPassword: "b" })).toEqual({
      currentPassword: "a",
      newPassword: "b",
    });
  });
});
