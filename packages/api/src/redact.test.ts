import { describe, expect, it } from "vitest";
import { withoutQueryParams } from "./redact";

describe("withoutQueryParams", () => {
  it("drops the parameters of a failed query from messages, stacks, causes and `params`", () => {
    const cause = Object.assign(new Error('Failed query: select * from "sessions" where "token" = $1\nparams: SECRET-TOKEN'), {
      params: ["SECRET-TOKEN"],
    });
    const err = new Error("Failed to get session", { cause });
    const out = JSON.stringify(withoutQueryParams({ err, note: "params: SECRET-TOKEN" }));
    expect(out).not.toContain("SECRET-TOKEN");
    expect(out).toContain('select * from \\"sessions\\"');
    expect(out).toContain("Failed to get session");
    expect(out).toContain("[redacted]");
  });

  it("leaves other text and values alone", () => {
    expect(withoutQueryParams({ a: "no parameters here", n: 3, list: ["x"] })).toEqual({ a: "no parameters here", n: 3, list: ["x"] });
  });
});
