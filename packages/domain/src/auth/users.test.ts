import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { hasRole, ROLES } from "./roles";
import {
  type AdminCandidate,
  assertAnAdminRemains,
  ChangeOwnPasswordInput,
  CreateUserInput,
  Email,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  Password,
} from "./users";

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

describe("Email", () => {
  it("trims and lower-cases, so one address is one account", () => {
    expect(Email.parse("  Ayesha.Khan@Example.ORG ")).toBe("ayesha.khan@example.org");
  });

  it("refuses what is not an email address, saying what one looks like", () => {
    for (const bad of ["", "ayesha", "ayesha@", "@example.org", "a b@example.org"]) {
      const r = Email.safeParse(bad);
      expect(r.success, bad).toBe(false);
      expect(messages(r), bad).toEqual([["", "Enter an email address like name@example.org."]]);
    }
  });

  it("refuses more than 254 characters", () => {
    const long = `${"a".repeat(64)}@${"b".repeat(185)}.org`;
    expect(long).toHaveLength(254);
    expect(Email.safeParse(long).success).toBe(true);
    const tooLong = `${"a".repeat(64)}@${"b".repeat(186)}.org`;
    expect(messages(Email.safeParse(tooLong))).toEqual([["", "An email address has at most 254 characters."]]);
  });
});

describe("Password", () => {
  it("needs at least 12 characters and allows up to 128", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
    expect(Password.safeParse("a".repeat(11)).success).toBe(false);
    expect(messages(Password.safeParse("a".repeat(11)))).toEqual([
      ["", "Use at least 12 characters; a few unrelated words make a good password."],
    ]);
    expect(Password.parse("a".repeat(12))).toBe("a".repeat(12));
    expect(Password.parse("a".repeat(128))).toBe("a".repeat(128));
    expect(messages(Password.safeParse("a".repeat(129)))).toEqual([["", "Use at most 128 characters."]]);
  });

  it("has no composition rules, and keeps spaces as typed", () => {
    expect(Password.parse("correct horse battery")).toBe("correct horse battery");
    expect(Password.parse(" leading and trailing ")).toBe(" leading and trailing ");
  });

  it("refuses a password of only spaces", () => {
    expect(messages(Password.safeParse(" ".repeat(12)))).toEqual([["", "A password cannot be only spaces."]]);
  });
});

describe("CreateUserInput", () => {
  it("normalises the email and trims the name", () => {
    expect(CreateUserInput.parse({ email: " A@Example.org", name: "  Ayesha ", role: "editor", password: "long enough pw" })).toEqual({
      email: "a@example.org",
      name: "Ayesha",
      role: "editor",
      password: "long enough pw",
    });
  });

  it("refuses an unknown role and an empty name", () => {
    const r = CreateUserInput.safeParse({ email: "a@example.org", name: "  ", role: "owner", password: "long enough pw" });
    expect(messages(r).map(([path]) => path)).toEqual(["name", "role"]);
    expect(messages(r)[0]).toEqual(["name", "Enter the person's name."]);
  });
});

describe("ChangeOwnPasswordInput", () => {
  it("accepts a new password that differs from the current one", () => {
    expect(ChangeOwnPasswordInput.parse({ currentPassword: "old", newPassword: "a new long password" })).toEqual({
      currentPassword: "old",
      newPassword: "a new long password",
    });
  });

  it("refuses a new password equal to the current one, on the newPassword field", () => {
    const r = ChangeOwnPasswordInput.safeParse({ currentPassword: "same long password", newPassword: "same long password" });
    expect(messages(r)).toEqual([["newPassword", "The new password must differ from the current one."]]);
  });

  it("needs the current password, and applies the password rules to the new one", () => {
    const r = ChangeOwnPasswordInput.safeParse({ currentPassword: "", newPassword: "short" });
    expect(messages(r)).toEqual([
      ["currentPassword", "Enter your current password."],
      ["newPassword", "Use at least 12 characters; a few unrelated words make a good password."],
    ]);
  });
});

describe("roles", () => {
  it("orders viewer < analyst < editor < admin", () => {
    expect(ROLES).toEqual(["viewer", "analyst", "editor", "admin"]);
    expect(hasRole("admin", "editor")).toBe(true);
    expect(hasRole("editor", "editor")).toBe(true);
    expect(hasRole("analyst", "editor")).toBe(false);
    expect(hasRole("viewer", "analyst")).toBe(false);
    expect(hasRole("viewer", "viewer")).toBe(true);
  });
});

describe("assertAnAdminRemains", () => {
  const admin: AdminCandidate = { id: "a", role: "admin", active: true };
  const admin2: AdminCandidate = { id: "b", role: "admin", active: true };
  const inactiveAdmin: AdminCandidate = { id: "c", role: "admin", active: false };
  const editor: AdminCandidate = { id: "d", role: "editor", active: true };

  function refusal(fn: () => void): ValidationError {
    try {
      fn();
    } catch (e) {
      if (e instanceof ValidationError) return e;
      throw e;
    }
    throw new Error("expected a ValidationError");
  }

  it("refuses demoting the last active admin, naming the field and what to do", () => {
    const err = refusal(() => assertAnAdminRemains([admin, editor], { ...admin, role: "editor" }));
    expect(err.message).toBe("This would leave no active admin. Make another user an admin first.");
    expect(err.issues).toEqual([{ path: ["userId"], message: "The last active admin cannot be demoted or deactivated." }]);
  });

  it("refuses deactivating the last active admin, even when a deactivated admin exists", () => {
    expect(() => assertAnAdminRemains([admin, inactiveAdmin], { ...admin, active: false })).toThrow(ValidationError);
  });

  it("allows demoting or deactivating an admin while another active admin remains", () => {
    expect(() => assertAnAdminRemains([admin, admin2], { ...admin, role: "viewer" })).not.toThrow();
    expect(() => assertAnAdminRemains([admin, admin2], { ...admin2, active: false })).not.toThrow();
  });

  it("allows changes to non-admins, and promoting someone when no admin is left", () => {
    expect(() => assertAnAdminRemains([admin, editor], { ...editor, active: false })).not.toThrow();
    expect(() => assertAnAdminRemains([inactiveAdmin, editor], { ...editor, role: "admin" })).not.toThrow();
    expect(() => assertAnAdminRemains([inactiveAdmin], { ...inactiveAdmin, active: true })).not.toThrow();
  });

  it("lets a change to a non-admin through even when there is no active admin (it removes none)", () => {
    expect(() => assertAnAdminRemains([inactiveAdmin, editor], { ...editor, role: "analyst" })).not.toThrow();
    expect(() => assertAnAdminRemains([inactiveAdmin, editor], { ...editor, role: "admin" })).not.toThrow();
  });

  it("counts the changed user by its state after the change, not before", () => {
    // A user listed twice (the services pass the admins plus the user being changed): the change applies to both.
    expect(() => assertAnAdminRemains([admin, admin], { ...admin, role: "viewer" })).toThrow(ValidationError);
  });
});
