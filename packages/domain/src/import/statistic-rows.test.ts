import { describe, expect, it } from "vitest";
import { Statistic } from "../statistics/schemas";
import { STATISTIC_IMPORT_FIELDS, type StatisticImportField, suggestMapping } from "./columns";
import { buildGroupLookup } from "./groups";
import type { ImportRowContext } from "./rows";
import { parseStatisticRow } from "./statistic-rows";

const knownGroups = buildGroupLookup([
  { slug: "ttp", name: "Tehrik-e-Taliban Pakistan", abbreviation: "TTP", aliases: [] },
  { slug: "bla", name: "Balochistan Liberation Army", abbreviation: "BLA", aliases: [] },
]);
const knownSources = new Set(["pips-2022", "crss-2025"]);
const ctx = (over: Partial<ImportRowContext> = {}): ImportRowContext => ({
  rowNumber: 7,
  knownGroups,
  knownSources,
  today: "2025-06-30",
  ...over,
});
const identity = Object.fromEntries(STATISTIC_IMPORT_FIELDS.map((f) => [f, f])) as Record<StatisticImportField, string>;

const native = {
  metric: "Fatalities",
  value: "1,434",
  period: "2021",
  province: "KP",
  source: "crss-2025",
  locator: "Table 2",
  quote: "Khyber Pakhtunkhwa recorded 1,434 fatalities in 2021.",
};

function ok(result: ReturnType<typeof parseStatisticRow>) {
  if (!result.ok) throw new Error(`expected a valid row, got ${JSON.stringify(result.errors)}`);
  return result;
}
const errorsOf = (result: ReturnType<typeof parseStatisticRow>) => {
  if (result.ok) throw new Error("expected errors");
  return result.errors;
};

describe("parseStatisticRow: good rows", () => {
  it("reads a row", () => {
    const r = ok(parseStatisticRow(native, identity, ctx()));
    expect(r.rowNumber).toBe(7);
    expect(r.warnings).toEqual([]);
    expect(r.value).toEqual({
      key: expect.stringMatching(/^import\/crss-2025\/2021-01-01\/[0-9a-f]{14}$/),
      metric: "fatalities",
      label: null,
      value: 1434,
      unit: "people",
      qualifier: "exact",
      periodStart: "2021-01-01",
      periodEnd: "2021-12-31",
      periodPrecision: "year",
      geography: { country: "PK", province: "PK-KP", district: null, areas: [] },
      group: null,
      note: null,
      citations: [{ source: "crss-2025", locator: "Table 2", quote: native.quote, originalProducer: null }],
    });
    expect(Statistic.safeParse(r.value).success).toBe(true);
  });

  it("reads start and end columns, a group and a district", () => {
    const row = {
      ...native,
      period: "",
      periodStart: "15/08/2021",
      periodEnd: "14/08/2022",
      district: "Bajaur",
      group: "TTP",
      metric: "attacks",
    };
    const r = ok(parseStatisticRow(row, identity, ctx()));
    expect(r.value).toMatchObject({
      metric: "terror_attacks",
      unit: "count",
      periodStart: "2021-08-15",
      periodEnd: "2022-08-14",
      periodPrecision: "day",
      geography: { country: "PK", province: "PK-KP", district: "pk-kp-bajaur" },
      group: "ttp",
    });
  });

  it("ends the period at the end of the start's unit when there is no end", () => {
    const r = ok(parseStatisticRow({ ...native, period: "", periodStart: "Aug 2021", periodEnd: "" }, identity, ctx()));
    expect(r.value).toMatchObject({ periodStart: "2021-08-01", periodEnd: "2021-08-31", periodPrecision: "month" });
  });

  it("reads qualifiers, percentages and negative percent changes", () => {
    expect(ok(parseStatisticRow({ ...native, value: "over 1,000" }, identity, ctx())).value).toMatchObject({
      value: 1000,
      qualifier: "over",
    });
    expect(ok(parseStatisticRow({ ...native, value: "1000", qualifier: "about" }, identity, ctx())).value).toMatchObject({
      qualifier: "about",
    });
    const change = ok(parseStatisticRow({ ...native, metric: "% change", value: "-12.5%" }, identity, ctx()));
    expect(change.value).toMatchObject({ metric: "percent_change", value: -12.5, unit: "percent" });
    const share = ok(parseStatisticRow({ ...native, metric: "incidents", value: "40%" }, identity, ctx()));
    expect(share.value).toMatchObject({ unit: "percent", value: 40 });
    const explicit = ok(parseStatisticRow({ ...native, metric: "fatalities", value: "12", unit: "count" }, identity, ctx()));
    expect(explicit.value.unit).toBe("count");
  });

  it("keeps an unrecognised metric as other, with its text as the label", () => {
    const r = ok(parseStatisticRow({ ...native, metric: "Madrassas raided" }, identity, ctx()));
    expect(r.value).toMatchObject({ metric: "other", label: "Madrassas raided", unit: "count" });
    expect(r.warnings).toEqual([
      'Metric "Madrassas raided" was not recognised: it is set to Other, with "Madrassas raided" kept as the label.',
    ]);
  });

  it("reads several areas in the province cell", () => {
    const r = ok(parseStatisticRow({ ...native, province: "Punjab & Islamabad" }, identity, ctx()));
    expect(r.value.geography).toEqual({ country: "PK", province: null, district: null, areas: ["PK-PB", "PK-IS"] });
  });

  it("cites the note when there is no quote, with a warning", () => {
    const r = ok(parseStatisticRow({ ...native, quote: "", note: "As stated in the annual report." }, identity, ctx()));
    expect(r.value.citations[0]?.quote).toBe("As stated in the annual report.");
    expect(r.warnings).toEqual([expect.stringContaining("No quote: the note is cited")]);
  });

  it("maps a typical spreadsheet's headers", () => {
    const row = { Indicator: "Terrorist attacks", Value: "306", Year: "2024", Province: "Balochistan", Page: "p. 4", Quote: "306 attacks" };
    const { mapping, missingRequired } = suggestStats(Object.keys(row));
    expect(missingRequired).toEqual([]);
    const r = ok(parseStatisticRow(row, mapping, ctx({ defaultSource: { source: "pips-2022", locator: "whole report" } })));
    expect(r.value).toMatchObject({
      metric: "terror_attacks",
      value: 306,
      periodStart: "2024-01-01",
      geography: { province: "PK-BA" },
      citations: [{ source: "pips-2022", locator: "p. 4", quote: "306 attacks" }],
    });
  });
});

function suggestStats(headers: string[]) {
  return suggestMapping("statistics", headers);
}

describe("parseStatisticRow: bad rows", () => {
  it("refuses an empty metric and value", () => {
    expect(errorsOf(parseStatisticRow({ ...native, metric: "", value: "" }, identity, ctx()))).toEqual([
      { column: "metric", field: "metric", value: "", message: expect.stringContaining("The metric is empty") },
      { column: "value", field: "value", value: "", message: "The value is empty; a statistic needs its number." },
    ]);
  });

  it("refuses an unknown value, a bad number, a bad qualifier and a bad unit", () => {
    expect(errorsOf(parseStatisticRow({ ...native, value: "n/a" }, identity, ctx()))[0]?.message).toBe(
      '"n/a" says the figure is unknown; a statistic needs its number.',
    );
    expect(errorsOf(parseStatisticRow({ ...native, value: "lots" }, identity, ctx()))[0]?.message).toContain('"lots" is not a number');
    expect(errorsOf(parseStatisticRow({ ...native, qualifier: "roughly-ish" }, identity, ctx()))[0]).toMatchObject({ field: "qualifier" });
    expect(errorsOf(parseStatisticRow({ ...native, unit: "kg" }, identity, ctx()))[0]).toMatchObject({
      field: "unit",
      message: '"kg" is not a unit; use count, people or percent.',
    });
  });

  it("refuses a negative count", () => {
    expect(errorsOf(parseStatisticRow({ ...native, value: "-5" }, identity, ctx()))).toEqual([
      { column: "value", field: "value", value: "-5", message: '"-5" is negative; only a percentage (a percent change) can be below 0.' },
    ]);
  });

  it("refuses a missing, unreadable, reversed or future period", () => {
    expect(errorsOf(parseStatisticRow({ ...native, period: "" }, identity, ctx()))[0]).toMatchObject({
      field: "period",
      message: expect.stringContaining("The period is empty"),
    });
    expect(errorsOf(parseStatisticRow({ ...native, period: "FY2021" }, identity, ctx()))[0]).toMatchObject({ field: "period" });
    expect(
      errorsOf(parseStatisticRow({ ...native, period: "", periodStart: "2022", periodEnd: "2021" }, identity, ctx()))[0],
    ).toMatchObject({
      field: "periodEnd",
      message: expect.stringContaining("ends (2021-12-31) before it starts (2022-01-01)"),
    });
    expect(errorsOf(parseStatisticRow({ ...native, period: "2026" }, identity, ctx()))[0]).toMatchObject({
      field: "period",
      message: "The period starts after today (2025-06-30); check the year.",
    });
  });

  it("refuses two groups, an unknown group and a bad place", () => {
    expect(errorsOf(parseStatisticRow({ ...native, group: "TTP; BLA" }, identity, ctx()))[0]?.message).toContain("one group at most");
    expect(errorsOf(parseStatisticRow({ ...native, group: "Nobody Front" }, identity, ctx()))[0]?.message).toContain(
      'Unknown group "Nobody Front"',
    );
    expect(errorsOf(parseStatisticRow({ ...native, province: "Punjab", district: "Quetta" }, identity, ctx()))).toEqual([
      {
        column: "district",
        field: "district",
        value: "Quetta",
        message: "Quetta is in Balochistan, not in Punjab. Fix the province or the district.",
      },
    ]);
    expect(errorsOf(parseStatisticRow({ ...native, province: "Nangarhar", district: "Jalalabad" }, identity, ctx()))[0]?.message).toContain(
      "Afghan districts are not in the boundary data",
    );
  });

  it("refuses a row without a citation", () => {
    expect(errorsOf(parseStatisticRow({ ...native, source: "", locator: "", quote: "" }, identity, ctx())).map((e) => e.field)).toEqual([
      "source",
      "citation.locator",
      "citation.quote",
    ]);
  });
});
