import { describe, expect, it } from "vitest";
import { auditActionLabel, auditActorLabel, auditFieldLabel, formatAuditValue } from "./audit-format";

describe("auditActionLabel", () => {
  it.each([
    ["user.set_role", "Changed role"],
    ["user.deactivate", "Deactivated user"],
    ["user.change_password", "Changed own password"],
    ["incident.create", "Created"],
    ["recommendation.set_status", "Changed status"],
    ["group.merge_into", "Merge into"],
    ["bare", "Bare"],
  ])("%s → %s", (action, label) => {
    expect(auditActionLabel(action)).toBe(label);
  });
});

describe("auditFieldLabel", () => {
  it("names known fields and reads camelCase and snake_case otherwise", () => {
    expect(auditFieldLabel("passwordSetBy")).toBe("Password set by");
    expect(auditFieldLabel("killedQualifier")).toBe("Killed qualifier");
    expect(auditFieldLabel("next_review")).toBe("Next review");
  });
});

describe("formatAuditValue", () => {
  it.each([
    ["active", true, "yes"],
    ["active", false, "no"],
    ["name", null, "—"],
    ["name", "", "—"],
    ["role", "analyst", "Analyst"],
    ["title", "analyst", "analyst"],
    ["killed", 1234, "1,234"],
    ["tags", ["a", "b"], '["a","b"]'],
  ])("%s = %j → %s", (field, value, shown) => {
    expect(formatAuditValue(field, value)).toBe(shown);
  });

  it("cuts long JSON to 80 characters", () => {
    const shown = formatAuditValue("payload", { text: "x".repeat(200) });
    expect(shown).toHaveLength(80);
    expect(shown.endsWith("…")).toBe(true);
  });
});

describe("auditActorLabel", () => {
  it("names command-line changes", () => {
    expect(auditActorLabel(null, "cli:ayesha")).toBe("Command line (ayesha)");
    expect(auditActorLabel("u1", "admin@example.org")).toBe("admin@example.org");
  });
});
