import { describe, expect, it } from "vitest";
import { formatPeriod } from "../shared/format";
import { DashboardFilter, periodOptions, SavedViewInput, savedViewHref } from "./filters";

describe("DashboardFilter", () => {
  it("accepts a province with one of its districts and a period", () => {
    const f = DashboardFilter.parse({
      from: "2021-08-15",
      to: "2022-08-14",
      province: "PK-KP",
      district: "pk-kp-bannu",
      certainty: "claimed",
    });
    expect(f.district).toBe("pk-kp-bannu");
  });
  it("refuses unknown places, a district outside the province, and a period that ends before it starts", () => {
    expect(DashboardFilter.safeParse({ province: "PK-XX" }).success).toBe(false);
    const wrong = DashboardFilter.safeParse({ province: "PK-BA", district: "pk-kp-bannu" });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.path).toEqual(["district"]);
    const backwards = DashboardFilter.safeParse({ from: "2022-01-01", to: "2021-01-01" });
    expect(backwards.error?.issues[0]?.message).toBe("The period must start before it ends.");
  });
});

describe("periodOptions", () => {
  it("offers year-long figure periods and the incident log's calendar years, newest first, once each", () => {
    const opts = periodOptions(
      [
        { start: "2021-08-15", end: "2022-08-14" },
        { start: "2021-08-15", end: "2022-08-14" },
        { start: "2022-01-01", end: "2022-08-20" },
        { start: "2024-01-01", end: "2024-12-31" },
      ],
      { first: 2021, last: 2022 },
      formatPeriod,
    );
    expect(opts.map((o) => o.label)).toEqual(["2024", "2022", "15 Aug 2021 – 14 Aug 2022", "2021"]);
  });
  it("is empty without data", () => {
    expect(periodOptions([], null, formatPeriod)).toEqual([]);
  });
});

describe("saved views", () => {
  it("only saves dashboard pages and rebuilds their link", () => {
    expect(SavedViewInput.safeParse({ name: "KP 2022", path: "/admin/users", query: "" }).success).toBe(false);
    expect(SavedViewInput.safeParse({ name: " ", path: "/", query: "" }).success).toBe(false);
    const v = SavedViewInput.parse({ name: " KP 2022 ", path: "/map", query: "province=PK-KP" });
    expect(v.name).toBe("KP 2022");
    expect(savedViewHref(v)).toBe("/map?province=PK-KP");
    expect(savedViewHref({ path: "/", query: "" })).toBe("/");
  });
});
