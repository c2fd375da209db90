import { describe, expect, it } from "vitest";
import { formatDate, formatFigure, formatPeriod, previousPeriod, startOfDayInZone } from "./format";
import { IsoDate } from "./schemas";

describe("formatting", () => {
  it("reads dates unambiguously at their precision", () => {
    expect(formatDate("2021-08-15")).toBe("15 Aug 2021");
    expect(formatDate("2007-12-01", "month")).toBe("Dec 2007");
    expect(formatDate("2007-01-01", "year")).toBe("2007");
  });
  it("names periods as people write them", () => {
    expect(formatPeriod("2024-01-01", "2024-12-31")).toBe("2024");
    expect(formatPeriod("2015-01-01", "2024-12-31")).toBe("2015–2024");
    expect(formatPeriod("2021-08-15", "2022-08-14")).toBe("15 Aug 2021 – 14 Aug 2022");
    expect(formatPeriod("2022-01-01", "2022-08-20")).toBe("1 Jan – 20 Aug 2022");
    expect(formatPeriod("2022-02-01", "2022-02-28")).toBe("Feb 2022");
    expect(formatPeriod("2021-08-26", "2021-08-26")).toBe("26 Aug 2021");
  });
  it("keeps qualifiers and units on figures", () => {
    expect(formatFigure(170, "over")).toBe("over 170");
    expect(formatFigure(1234, "at_least")).toBe("at least 1,234");
    expect(formatFigure(51, "exact", "percent")).toBe("51%");
  });
  it("finds the previous period of equal length", () => {
    expect(previousPeriod("2022-01-01", "2022-12-31")).toEqual({ start: "2021-01-01", end: "2021-12-31" });
    expect(previousPeriod("2024-01-01", "2024-12-31")).toEqual({ start: "2023-01-01", end: "2023-12-31" });
    expect(previousPeriod("2023-01-01", "2024-12-31")).toEqual({ start: "2021-01-01", end: "2022-12-31" });
    expect(previousPeriod("2024-04-01", "2024-06-30")).toEqual({ start: "2024-01-01", end: "2024-03-31" });
    expect(previousPeriod("2024-01-01", "2024-01-31")).toEqual({ start: "2023-12-01", end: "2023-12-31" });
    expect(previousPeriod("2021-08-15", "2022-08-14")).toEqual({ start: "2020-08-15", end: "2021-08-14" });
    // An Aug–Aug year with a leap day in the year before still steps back by a whole year.
    expect(previousPeriod("2020-08-15", "2021-08-14")).toEqual({ start: "2019-08-15", end: "2020-08-14" });
    expect(previousPeriod("2019-08-15", "2021-08-14")).toEqual({ start: "2017-08-15", end: "2019-08-14" });
  });
  it("rejects impossible dates", () => {
    expect(IsoDate.safeParse("2022-02-29").success).toBe(false);
    expect(IsoDate.safeParse("2024-02-29").success).toBe(true);
    expect(IsoDate.safeParse("15/08/2021").success).toBe(false);
  });
});

describe("startOfDayInZone", () => {
  it("gives the instant a day starts in the zone", () => {
    expect(startOfDayInZone("2026-03-10", "Asia/Karachi").toISOString()).toBe("2026-03-09T19:00:00.000Z");
    expect(startOfDayInZone("2026-03-10", "Asia/Kabul").toISOString()).toBe("2026-03-09T19:30:00.000Z");
    expect(startOfDayInZone("2026-03-10", "UTC").toISOString()).toBe("2026-03-10T00:00:00.000Z");
  });
  it("follows daylight saving and falls back to UTC for an unknown zone", () => {
    expect(startOfDayInZone("2026-07-01", "Europe/London").toISOString()).toBe("2026-06-30T23:00:00.000Z");
    expect(startOfDayInZone("2026-03-29", "Europe/London").toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(startOfDayInZone("2026-03-10", "Not/AZone").toISOString()).toBe("2026-03-10T00:00:00.000Z");
  });
});
