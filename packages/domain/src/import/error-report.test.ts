import { describe, expect, it } from "vitest";
import {
  IMPORT_ERROR_REPORT_COLUMNS,
  type ImportRowOutcome,
  importErrorReportFileName,
  importErrorReportRows,
  importRowOutcome,
  summarizeImport,
} from "./error-report";
import { ImportSummary } from "./schemas";

const outcomes: ImportRowOutcome[] = [
  { rowNumber: 4, errors: [], warnings: ["No quote: the description is cited."], duplicateOfRecords: ["import/pips-2022/2021-08-15/abc"] },
  {
    rowNumber: 3,
    errors: [
      { column: "admin2", field: "district", value: "Peshwar", message: 'Unknown district "Peshwar". Did you mean Peshawar?' },
      { column: null, field: "citation.quote", value: null, message: "The citation needs a quote." },
    ],
    warnings: ["Target was set to Other."],
  },
  { rowNumber: 2, errors: [], warnings: [] },
  { rowNumber: 5, errors: [], warnings: [], withinFile: { duplicateOf: [2], reason: "same-event" } },
  { rowNumber: 6, errors: [], warnings: [], withinFile: { duplicateOf: [2, 5], reason: "same-key" } },
];

describe("importErrorReportRows", () => {
  it("lists errors and duplicates by row, with column, value and message", () => {
    const rows = importErrorReportRows(outcomes);
    expect(rows).toEqual([
      {
        row: "3",
        severity: "error",
        column: "admin2",
        field: "district",
        value: "Peshwar",
        message: 'Unknown district "Peshwar". Did you mean Peshawar?',
      },
      { row: "3", severity: "error", column: "", field: "citation.quote", value: "", message: "The citation needs a quote." },
      {
        row: "4",
        severity: "duplicate",
        column: "",
        field: "",
        value: "",
        message: expect.stringContaining("already in the Monitor (import/pips-2022/2021-08-15/abc)"),
      },
      { row: "5", severity: "duplicate", column: "", field: "", value: "", message: expect.stringContaining("same incident as row 2") },
      { row: "6", severity: "duplicate", column: "", field: "", value: "", message: "Identical to rows 2, 5. Delete the repeated row." },
    ]);
    for (const r of rows) expect(Object.keys(r)).toEqual([...IMPORT_ERROR_REPORT_COLUMNS]);
  });

  it("adds warnings when asked", () => {
    const rows = importErrorReportRows(outcomes, { includeWarnings: true });
    expect(rows.filter((r) => r.severity === "warning").map((r) => [r.row, r.message])).toEqual([
      ["3", "Target was set to Other."],
      ["4", "No quote: the description is cited."],
    ]);
  });

  it("gives no lines for a clean file", () => {
    expect(importErrorReportRows([{ rowNumber: 2, errors: [], warnings: [] }])).toEqual([]);
  });
});

describe("summarizeImport", () => {
  it("counts rows read, valid, invalid, duplicates and rows with warnings", () => {
    const summary = summarizeImport(outcomes);
    expect(summary).toEqual({ rowsRead: 5, valid: 4, invalid: 1, duplicates: 3, withWarnings: 2 });
    expect(ImportSummary.parse(summary)).toEqual(summary);
  });

  it("takes the number of rows read when the reader skipped blank lines", () => {
    expect(summarizeImport(outcomes, 7).rowsRead).toBe(7);
  });

  it("does not count an invalid row as a duplicate", () => {
    expect(
      summarizeImport([
        { rowNumber: 2, errors: [{ column: null, field: "x", value: null, message: "m" }], warnings: [], duplicateOfRecords: ["k"] },
      ]),
    ).toEqual({
      rowsRead: 1,
      valid: 0,
      invalid: 1,
      duplicates: 0,
      withWarnings: 0,
    });
  });
});

describe("importRowOutcome", () => {
  it("turns a parse result and its duplicates into an outcome", () => {
    expect(importRowOutcome({ ok: true, rowNumber: 9, value: {}, warnings: ["w"] }, { records: ["k"] })).toEqual({
      rowNumber: 9,
      errors: [],
      warnings: ["w"],
      withinFile: null,
      duplicateOfRecords: ["k"],
    });
    const e = { column: "date", field: "date", value: "x", message: "m" };
    expect(importRowOutcome({ ok: false, rowNumber: 3, errors: [e], warnings: [] })).toMatchObject({ rowNumber: 3, errors: [e] });
  });
});

describe("importErrorReportFileName", () => {
  it("names the report by kind and date", () => {
    expect(importErrorReportFileName("incidents", "2026-05-01")).toBe("incidents-import-report-2026-05-01.csv");
  });
});
