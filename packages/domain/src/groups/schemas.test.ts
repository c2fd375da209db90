import { describe, expect, it } from "vitest";
import { Group, GroupFilter, groupListedIn } from "./schemas";

describe("groupListedIn", () => {
  const ttp = ["PK-KP", "PK-BA", "AF-KHO", "AF-NAN"];
  const iskp = ["AF-NAN", "pk-kp-bajaur", "PK-BA"];
  it("matches a listed province, and a country through any of its units", () => {
    expect(groupListedIn(ttp, "PK-KP")).toBe(true);
    expect(groupListedIn(ttp, "PK")).toBe(true);
    expect(groupListedIn(ttp, "AF")).toBe(true);
    expect(groupListedIn(ttp, "PK-SD")).toBe(false);
  });
  it("puts a listed district in its province", () => {
    expect(groupListedIn(iskp, "PK-KP")).toBe(true);
    expect(groupListedIn(["pk-kp-bannu"], "PK-BA")).toBe(false);
  });
  it("reads FATA and its former agencies in Khyber Pakhtunkhwa, both ways", () => {
    expect(groupListedIn(iskp, "PK-TA")).toBe(true);
    expect(groupListedIn(["PK-TA"], "PK-KP")).toBe(true);
    expect(groupListedIn(["pk-kp-bannu"], "PK-TA")).toBe(false);
  });
  it("does not put a country-wide listing in each province, nor match unknown ids", () => {
    expect(groupListedIn(["AF"], "AF")).toBe(true);
    expect(groupListedIn(["AF"], "AF-KAN")).toBe(false);
    expect(groupListedIn(["XX-YY"], "PK")).toBe(false);
    expect(groupListedIn(ttp, "XX")).toBe(false);
  });
});

describe("GroupFilter", () => {
  it("accepts a country or province and a year", () => {
    expect(GroupFilter.parse({ area: "AF", active: "2015" })).toEqual({ area: "AF", active: "2015" });
    expect(GroupFilter.parse({ area: "PK-TA" }).area).toBe("PK-TA");
  });
  it("refuses districts, unknown places and years that are not years", () => {
    expect(GroupFilter.safeParse({ area: "pk-kp-bajaur" }).success).toBe(false);
    expect(GroupFilter.safeParse({ area: "Kabul" }).success).toBe(false);
    expect(GroupFilter.safeParse({ active: "15" }).success).toBe(false);
    expect(GroupFilter.safeParse({ active: "3015" }).success).toBe(false);
  });
});

describe("Group roles", () => {
  const base = {
    slug: "afghan-taliban",
    name: "Afghan Taliban",
    abbreviation: null,
    aliases: [],
    kind: "de_facto_government",
    ideology: null,
    founded: null,
    foundedPlace: null,
    dissolved: null,
    areas: [],
    mediaWings: [],
    summary: null,
    claims: [],
    leaders: [],
    strength: [],
  };
  const citation = { source: "crss-2025", locator: "p. 1", quote: "The Taliban have since been the unchallenged de facto rulers" };
  it("are optional, and dated and cited when given", () => {
    expect(Group.parse(base).roles).toBeUndefined();
    const role = {
      key: "afghan-taliban/role/government-2021",
      kind: "de_facto_government",
      label: "De facto government of Afghanistan",
      start: { date: "2021-08-15", precision: "day" },
      end: null,
      citations: [citation],
    };
    expect(Group.parse({ ...base, roles: [role] }).roles).toHaveLength(1);
    expect(Group.safeParse({ ...base, roles: [{ ...role, citations: [] }] }).success).toBe(false);
  });
});
