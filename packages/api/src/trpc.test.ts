import { describe, expect, it } from "vitest";
import { nulPath } from "./trpc";

describe("nulPath", () => {
  it("finds the first string holding a NUL character, however deep, and nothing in clean input", () => {
    expect(nulPath({ a: "ok", b: [1, { c: "x\u0000y" }] })).toEqual(["b", 1, "c"]);
    expect(nulPath("\u0000")).toEqual([]);
    expect(nulPath({ a: "ok", b: [null, 2, true, { c: "تحریک" }] })).toBeNull();
    expect(nulPath(undefined)).toBeNull();
  });
});
