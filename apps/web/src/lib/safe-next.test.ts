import { describe, expect, it } from "vitest";
import { safeNextPath, signInHref } from "./safe-next";

describe("safeNextPath", () => {
  it.each([
    ["/groups/ttp?tab=profile", "/groups/ttp?tab=profile"],
    ["/", "/"],
    [null, "/"],
    ["", "/"],
    ["//evil.example/path", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/sign-in", "/"],
    ["/sign-in?next=/x", "/"],
    ["/api/trpc/groups.list", "/"],
    ["/a\nb", "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });
});

describe("signInHref", () => {
  it("carries the page to return to, encoded", () => {
    expect(signInHref("/map?year=2022&metric=fatalities")).toBe("/sign-in?next=%2Fmap%3Fyear%3D2022%26metric%3Dfatalities");
  });
  it("omits next for the overview and for unsafe paths", () => {
    expect(signInHref("/")).toBe("/sign-in");
    expect(signInHref("//evil.example")).toBe("/sign-in");
  });
});
