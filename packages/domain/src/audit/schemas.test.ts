import { describe, expect, it } from "vitest";
import { AuditListInput, diffSnapshots, redactSnapshot } from "./schemas";

describe("redactSnapshot", () => {
  it("keeps null as null", () => {
    expect(redactSnapshot(null)).toBeNull();
  });

  it("replaces every secret-named value, in any letter case, and keeps everything else", () => {
    const snapshot = {
      email: "a@example.org",
      password: "correct horse battery",
      passwordHash: "scrypt:abc",
      PASSWORD: "x",
      hash: "h",
      token: "t",
      secret: "s",
      accessToken: "a",
      refreshToken: "r",
      idToken: "i",
      role: "admin",
      active: true,
    };
    expect(redactSnapshot(snapshot)).toEqual({
      email: "a@example.org",
      password: "[redacted]",
      passwordHash: "[redacted]",
      PASSWORD: "[redacted]",
      hash: "[redacted]",
      token: "[redacted]",
      secret: "[redacted]",
      accessToken: "[redacted]",
      refreshToken: "[redacted]",
      idToken: "[redacted]",
      role: "admin",
      active: true,
    });
  });

  it("matches whole key names only", () => {
    const snapshot = { passwordSetBy: "cli:test", tokens: 3, hashtag: "#x", mySecret: "kept" };
    expect(redactSnapshot(snapshot)).toEqual(snapshot);
  });

  it("leaves absent secrets (null or undefined) as they are, so the log shows they were unset", () => {
    expect(redactSnapshot({ password: null, token: undefined })).toEqual({ password: null, token: undefined });
  });

  it("does not change the snapshot it was given", () => {
    const snapshot = { password: "p" };
    redactSnapshot(snapshot);
    expect(snapshot).toEqual({ password: "p" });
  });
});

describe("diffSnapshots", () => {
  it("lists the changed fields sorted by name (jsonb does not keep key order), including ones only after has", () => {
    expect(
      diffSnapshots({ role: "viewer", email: "a@x.org", active: true }, { active: false, email: "a@x.org", role: "admin", name: "A" }),
    ).toEqual([
      { field: "active", before: true, after: false },
      { field: "name", before: null, after: "A" },
      { field: "role", before: "viewer", after: "admin" },
    ]);
  });

  it("treats a created record as every field changing from null", () => {
    expect(diffSnapshots(null, { email: "a@x.org", active: true })).toEqual([
      { field: "active", before: null, after: true },
      { field: "email", before: null, after: "a@x.org" },
    ]);
  });

  it("treats a deleted record as every field changing to null", () => {
    expect(diffSnapshots({ email: "a@x.org" }, null)).toEqual([{ field: "email", before: "a@x.org", after: null }]);
  });

  it("finds no change between equal snapshots, nested values compared by value", () => {
    expect(diffSnapshots({ a: { b: [1, 2] }, c: 1 }, { a: { b: [1, 2] }, c: 1 })).toEqual([]);
    expect(diffSnapshots(null, null)).toEqual([]);
  });

  it("reports a change inside a nested value", () => {
    expect(diffSnapshots({ a: { b: [1, 2] } }, { a: { b: [1, 3] } })).toEqual([
      { field: "a", before: { b: [1, 2] }, after: { b: [1, 3] } },
    ]);
  });

  it("treats a missing field, undefined and null alike", () => {
    expect(diffSnapshots({ a: null, b: undefined }, { c: null })).toEqual([]);
  });

  it("tells 0, false and the empty string apart from null and from each other", () => {
    expect(diffSnapshots({ a: 0, b: false, c: "" }, { a: null, b: 0, c: false })).toEqual([
      { field: "a", before: 0, after: null },
      { field: "b", before: false, after: 0 },
      { field: "c", before: "", after: false },
    ]);
  });
});

describe("AuditListInput", () => {
  it("defaults the page to the first 50 entries", () => {
    expect(AuditListInput.parse({})).toEqual({ limit: 50, offset: 0 });
  });

  it("accepts a range whose end is on or after its start", () => {
    expect(AuditListInput.parse({ from: "2025-01-01", to: "2025-01-01" })).toEqual({
      from: "2025-01-01",
      to: "2025-01-01",
      limit: 50,
      offset: 0,
    });
  });

  it("refuses an end date before the start date, on the 'to' field", () => {
    const result = AuditListInput.safeParse({ from: "2025-02-01", to: "2025-01-31" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([[["to"], "The end date must be on or after the start date."]]);
  });

  it("refuses an unknown entity type and a page larger than 200", () => {
    expect(AuditListInput.safeParse({ entityType: "password" }).success).toBe(false);
    expect(AuditListInput.safeParse({ limit: 201 }).success).toBe(false);
    expect(AuditListInput.safeParse({ limit: 200 }).success).toBe(true);
  });
});
