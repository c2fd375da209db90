import { describe, expect, it } from "vitest";
import {
  detectDateOrder,
  endOfPeriod,
  parseDateCell,
  parseFigureCell,
  parsePeriodCell,
  parseQualifierCell,
  parseYearMonthDay,
  periodPrecisionOf,
} from "./cells";

const day = (date: string) => ({ ok: true, value: { date, precision: "day" } });

describe("parseDateCell", () => {
  it.each([
    ["2021-08-15", "2021-08-15"],
    ["2021-8-5", "2021-08-05"],
    ["2021/08/15", "2021-08-15"],
    ["2021-08-15T10:30:00Z", "2021-08-15"],
    ["2021-08-15 10:30", "2021-08-15"],
    ["15 August 2021", "2021-08-15"],
    ["15 Aug 2021", "2021-08-15"],
    ["15th August 2021", "2021-08-15"],
    ["15-Aug-2021", "2021-08-15"],
    ["15-August-2021", "2021-08-15"],
    ["August 15, 2021", "2021-08-15"],
    ["Sept. 3, 2021", "2021-09-03"],
    ["15/08/2021", "2021-08-15"],
    ["15.08.2021", "2021-08-15"],
    ["5/8/2021", "2021-08-05"],
  ])("reads %s as a day", (text, date) => {
    expect(parseDateCell(text)).toEqual(day(date));
  });

  it("reads months and years", () => {
    expect(parseDateCell("2021-08")).toEqual({ ok: true, value: { date: "2021-08-01", precision: "month" } });
    expect(parseDateCell("August 2021")).toEqual({ ok: true, value: { date: "2021-08-01", precision: "month" } });
    expect(parseDateCell("Aug-2021")).toEqual({ ok: true, value: { date: "2021-08-01", precision: "month" } });
    expect(parseDateCell("2021")).toEqual({ ok: true, value: { date: "2021-01-01", precision: "year" } });
  });

  it("reads slashed dates month first when told", () => {
    expect(parseDateCell("08/15/2021", "month-first")).toEqual(day("2021-08-15"));
    expect(parseDateCell("05/08/2021", "month-first")).toEqual(day("2021-05-08"));
    expect(parseDateCell("05/08/2021", "day-first")).toEqual(day("2021-08-05"));
  });

  it("explains a slashed date in the other order", () => {
    const r = parseDateCell("08/15/2021");
    expect(r).toEqual({ ok: false, message: expect.stringContaining("has no month 15: dates with slashes are read day first") });
    expect(r.ok || r.message).toContain("choose that date order");
  });

  it.each([
    ["2021-02-30", "2021-02 has no day 30"],
    ["2021-13-01", "There is no month 13"],
    ["15/08/21", "two-digit year"],
    ["15 Aug 21", "two-digit year"],
    ["44423", "spreadsheet's internal date number"],
    ["2020-21", "fiscal or split year"],
    ["1850", "out of range"],
    ["yesterday", "is not a date we can read"],
    ["", "The date is empty"],
  ])("refuses %s", (text, message) => {
    const r = parseDateCell(text);
    expect(r.ok).toBe(false);
    expect(r.ok || r.message).toContain(message);
  });
});

describe("parseYearMonthDay (GTD)", () => {
  it("reads a full date", () => {
    expect(parseYearMonthDay("2014", "12", "16")).toEqual(day("2014-12-16"));
  });
  it("reads day 0 as a date known to the month and month 0 as known to the year", () => {
    expect(parseYearMonthDay("2014", "12", "0")).toEqual({ ok: true, value: { date: "2014-12-01", precision: "month" } });
    expect(parseYearMonthDay("2014", "0", "0")).toEqual({ ok: true, value: { date: "2014-01-01", precision: "year" } });
    expect(parseYearMonthDay("2014", "", "")).toEqual({ ok: true, value: { date: "2014-01-01", precision: "year" } });
  });
  it("refuses bad parts with a hint", () => {
    expect(parseYearMonthDay("14", "1", "1")).toEqual({ ok: false, message: '"14" is not a year; give a four-digit year.' });
    expect(parseYearMonthDay("", "1", "1")).toEqual({ ok: false, message: "The year is empty; give a four-digit year." });
    expect(parseYearMonthDay("2014", "0", "5")).toEqual({ ok: false, message: expect.stringContaining("A day is given without a month") });
    expect(parseYearMonthDay("2014", "2", "30")).toEqual({ ok: false, message: expect.stringContaining("has no day 30") });
    expect(parseYearMonthDay("2014", "13", "1")).toEqual({ ok: false, message: expect.stringContaining("no month 13") });
  });
});

describe("periods", () => {
  it("gives the end of a day, month or year", () => {
    expect(endOfPeriod("2024-02-01", "month")).toBe("2024-02-29");
    expect(endOfPeriod("2023-02-01", "month")).toBe("2023-02-28");
    expect(endOfPeriod("2021-01-01", "year")).toBe("2021-12-31");
    expect(endOfPeriod("2021-05-07", "day")).toBe("2021-05-07");
  });

  it("gives a period's precision", () => {
    expect(periodPrecisionOf({ date: "2021-01-01", precision: "day" }, "2021-12-31", "day")).toBe("year");
    expect(periodPrecisionOf({ date: "2021-01-01", precision: "day" }, "2022-12-31", "day")).toBe("year");
    expect(periodPrecisionOf({ date: "2021-03-01", precision: "day" }, "2021-05-31", "day")).toBe("month");
    expect(periodPrecisionOf({ date: "2021-08-15", precision: "day" }, "2022-08-14", "day")).toBe("day");
    expect(periodPrecisionOf({ date: "2021-01-01", precision: "year" }, "2021-06-30", "day")).toBe("month");
    expect(periodPrecisionOf({ date: "2021-01-01", precision: "year" }, "2021-06-15", "day")).toBe("day");
    expect(periodPrecisionOf({ date: "2021-01-01", precision: "year" }, "2022-12-31", "year")).toBe("year");
  });

  it.each([
    ["2021", "2021-01-01", "2021-12-31", "year"],
    ["Aug 2021", "2021-08-01", "2021-08-31", "month"],
    ["2021-08-15", "2021-08-15", "2021-08-15", "day"],
    ["2020-2022", "2020-01-01", "2022-12-31", "year"],
    ["2020 to 2021", "2020-01-01", "2021-12-31", "year"],
    ["Jan 2021 – Jun 2021", "2021-01-01", "2021-06-30", "month"],
    ["2021-08-15 - 2022-08-14", "2021-08-15", "2022-08-14", "day"],
  ])("reads the period %s", (text, start, end, precision) => {
    expect(parsePeriodCell(text)).toEqual({ ok: true, value: { start, end, precision } });
  });

  it("refuses a period that ends before it starts, or bad ends", () => {
    expect(parsePeriodCell("2022 to 2021")).toEqual({ ok: false, message: expect.stringContaining("ends before it starts") });
    expect(parsePeriodCell("2021 to soon")).toEqual({ ok: false, message: expect.stringContaining("The end of the period:") });
    expect(parsePeriodCell("2019 – 2020 – 2021")).toEqual({ ok: false, message: expect.stringContaining("more than two dates") });
  });
});

describe("detectDateOrder", () => {
  it("finds the order from an unambiguous date", () => {
    expect(detectDateOrder(["01/02/2021", "25/12/2021"])).toBe("day-first");
    expect(detectDateOrder(["01/02/2021", "12/25/2021"])).toBe("month-first");
  });
  it("says null without evidence or with contradicting evidence", () => {
    expect(detectDateOrder(["01/02/2021", "2021-05-05"])).toBeNull();
    expect(detectDateOrder(["25/12/2021", "12/25/2021"])).toBeNull();
  });
});

describe("parseFigureCell", () => {
  const count = { integer: true, allowNegative: false, max: 100_000, gtdUnknownCodes: true };
  const fig = (value: number | null, qualifier = "exact", percent = false) => ({ ok: true, value: { value, qualifier, percent } });

  it.each([
    ["12", fig(12)],
    ["1,234", fig(1234)],
    ["12.0", fig(12)],
    ["12+", fig(12, "at_least")],
    ["12 +", fig(12, "at_least")],
    ["12 or more", fig(12, "at_least")],
    ["at least 12", fig(12, "at_least")],
    [">=12", fig(12, "at_least")],
    ["≥ 12", fig(12, "at_least")],
    ["about 12", fig(12, "about")],
    ["About 12", fig(12, "about")],
    ["~12", fig(12, "about")],
    ["approx. 12", fig(12, "about")],
    ["c. 12", fig(12, "about")],
    ["over 12", fig(12, "over")],
    ["more than 12", fig(12, "more_than")],
    [">12", fig(12, "more_than")],
    ["up to 12", fig(12, "up_to")],
    ["<=12", fig(12, "up_to")],
    ["nearly 12", fig(12, "nearly")],
    ["almost 12", fig(12, "nearly")],
    ["less than 12", fig(12, "less_than")],
    ["under 12", fig(12, "less_than")],
    ["<12", fig(12, "less_than")],
    ["", fig(null)],
    ["unknown", fig(null)],
    ["N/A", fig(null)],
    ["-", fig(null)],
    ["-99", fig(null)],
    ["-9", fig(null)],
    ["0", fig(0)],
  ])("reads the count %j", (text, expected) => {
    expect(parseFigureCell(text, count)).toEqual(expected);
  });

  it.each([
    ["-3", "negative"],
    ["12.5", "not a whole number"],
    ["10-12", "is a range"],
    ["10 to 12", "is a range"],
    ["twelve", "is not a number we can read"],
    ["12 killed", "is not a number we can read"],
    ["200000", "larger than 100,000"],
  ])("refuses the count %j", (text, message) => {
    const r = parseFigureCell(text, count);
    expect(r.ok).toBe(false);
    expect(r.ok || r.message).toContain(message);
  });

  it("reads decimals, negatives and percentages where allowed", () => {
    const value = { integer: false, allowNegative: true, max: 1_000_000_000 };
    expect(parseFigureCell("-12.5%", value)).toEqual(fig(-12.5, "exact", true));
    expect(parseFigureCell("about 40 percent", value)).toEqual(fig(40, "about", true));
    expect(parseFigureCell("over 1,000", value)).toEqual(fig(1000, "over"));
    // -9 is a real value outside counts.
    expect(parseFigureCell("-9", value)).toEqual(fig(-9));
  });
});

describe("parseQualifierCell", () => {
  it("reads qualifier words", () => {
    expect(parseQualifierCell("")).toEqual({ ok: true, value: "exact" });
    expect(parseQualifierCell("At least")).toEqual({ ok: true, value: "at_least" });
    expect(parseQualifierCell("at_least")).toEqual({ ok: true, value: "at_least" });
    expect(parseQualifierCell("approx.")).toEqual({ ok: true, value: "about" });
    expect(parseQualifierCell("+")).toEqual({ ok: true, value: "at_least" });
    expect(parseQualifierCell("more_than")).toEqual({ ok: true, value: "more_than" });
  });
  it("refuses other words", () => {
    expect(parseQualifierCell("maybe")).toEqual({ ok: false, message: expect.stringContaining('"maybe" is not a qualifier') });
  });
});
