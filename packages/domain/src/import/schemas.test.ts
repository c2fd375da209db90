import { describe, expect, it } from "vitest";
import { ImportMapping, ImportOptions, IncidentImportMapping } from "./schemas";

describe("ImportMapping", () => {
  it("fills unmapped fields with null", () => {
    const m = IncidentImportMapping.parse({ date: "event_date" });
    expect(m.date).toBe("event_date");
    expect(m.district).toBeNull();
  });

  it("accepts a mapping with the required fields", () => {
    expect(ImportMapping.safeParse({ kind: "incidents", mapping: { date: "event_date", killed: "fatalities" } }).success).toBe(true);
    expect(ImportMapping.safeParse({ kind: "incidents", mapping: { year: "iyear" } }).success).toBe(true);
    expect(ImportMapping.safeParse({ kind: "statistics", mapping: { metric: "m", value: "v", period: "year" } }).success).toBe(true);
  });

  it("refuses a column used twice, naming the field", () => {
    const r = ImportMapping.safeParse({ kind: "incidents", mapping: { date: "d", killed: "n", injured: "n" } });
    expect(r.success).toBe(false);
    expect(r.error?.issues).toEqual([
      expect.objectContaining({
        path: ["mapping", "injured"],
        message: 'Column "n" already fills Killed; a column can fill one field only.',
      }),
    ]);
  });

  it("refuses a mapping without its required fields", () => {
    const r = ImportMapping.safeParse({ kind: "statistics", mapping: { metric: "m" } });
    expect(r.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [["mapping", "value"], "Choose the column that holds Value; the rows cannot be read without it."],
      [["mapping", "periodStart"], "Choose the column that holds Period start; the rows cannot be read without it."],
    ]);
  });

  it("refuses an unknown kind and an empty header", () => {
    expect(ImportMapping.safeParse({ kind: "groups", mapping: {} }).success).toBe(false);
    expect(ImportMapping.safeParse({ kind: "incidents", mapping: { date: "" } }).success).toBe(false);
  });
});

describe("ImportOptions", () => {
  it("defaults to no default source and day-first dates", () => {
    expect(ImportOptions.parse({})).toEqual({ defaultSource: null, dateOrder: "day-first" });
  });
  it("checks the default source", () => {
    expect(ImportOptions.safeParse({ defaultSource: { source: "ACLED 2024", locator: "x" } }).success).toBe(false);
    expect(ImportOptions.safeParse({ defaultSource: { source: "acled-2024", locator: "" } }).success).toBe(false);
    expect(ImportOptions.parse({ defaultSource: { source: "acled-2024", locator: " export " }, dateOrder: "month-first" })).toEqual({
      defaultSource: { source: "acled-2024", locator: "export" },
      dateOrder: "month-first",
    });
  });
});
