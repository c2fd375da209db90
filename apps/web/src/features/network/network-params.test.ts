import { describe, expect, it } from "vitest";
import { NetworkParams, networkHref } from "./network-params";

describe("network URL", () => {
  it("reads a year, all years, a group and the undated switch", () => {
    expect(NetworkParams.parse({ year: "2015", group: "ttp", undated: "0" })).toEqual({ year: 2015, group: "ttp", undated: "0" });
    expect(NetworkParams.parse({ year: "all" })).toEqual({ year: "all" });
    expect(NetworkParams.parse({})).toEqual({});
  });

  it("refuses what is not a year or a slug", () => {
    for (const year of ["15.5", "abc", "1800", "3000"]) expect(NetworkParams.safeParse({ year }).success).toBe(false);
    expect(NetworkParams.safeParse({ group: "Not A Slug" }).success).toBe(false);
    expect(NetworkParams.safeParse({ undated: "1" }).success).toBe(false);
  });

  it("writes a link that reopens the same view", () => {
    expect(networkHref({ year: 2015, group: "iskp" })).toBe("/network?year=2015&group=iskp");
    expect(networkHref({ year: "all", undated: "0" })).toBe("/network?year=all&undated=0");
    expect(networkHref({})).toBe("/network");
    const back = NetworkParams.parse(Object.fromEntries(new URLSearchParams(networkHref({ year: 2001, group: "al-qaeda" }).split("?")[1])));
    expect(back).toEqual({ year: 2001, group: "al-qaeda" });
  });
});
