/**
 * The downloadable error report of an import and the counts above its preview. The report has one
 * line per problem (an error, a likely duplicate, optionally a warning), with the row number as a
 * spreadsheet shows it, the column, the cell as written and a message that says how to fix it, so
 * an editor can correct the file and upload it again.
 *
 * The rows are plain records in IMPORT_ERROR_REPORT_COLUMNS order; the app writes the CSV (escaping
 * cells that a spreadsheet would run as formulas: the values come from an uploaded file).
 */

import type { ImportKind } from "./columns";
import type { WithinFileDuplicate } from "./duplicates";
import type { ImportRowResult } from "./rows";
import type { ImportRowError, ImportSummary } from "./schemas";

export const IMPORT_ERROR_REPORT_COLUMNS = ["row", "severity", "column", "field", "value", "message"] as const;
export type ImportErrorReportRow = Record<(typeof IMPORT_ERROR_REPORT_COLUMNS)[number], string>;

export const IMPORT_REPORT_SEVERITIES = ["error", "duplicate", "warning"] as const;
export type ImportReportSeverity = (typeof IMPORT_REPORT_SEVERITIES)[number];

/** Everything known about one row after reading it and checking it for duplicates. */
export interface ImportRowOutcome {
  rowNumber: number;
  errors: readonly ImportRowError[];
  warnings: readonly string[];
  /** Earlier rows of the same file this row likely repeats. */
  withinFile?: Pick<WithinFileDuplicate, "duplicateOf" | "reason"> | null;
  /** Keys of existing records this row likely duplicates. */
  duplicateOfRecords?: readonly string[];
}

/** The outcome of a parsed row, with the duplicates found for it. */
export function importRowOutcome(
  result: ImportRowResult<unknown>,
  duplicates: { withinFile?: WithinFileDuplicate | null; records?: readonly string[] } = {},
): ImportRowOutcome {
  return {
    rowNumber: result.rowNumber,
    errors: result.ok ? [] : result.errors,
    warnings: result.warnings,
    withinFile: duplicates.withinFile ?? null,
    duplicateOfRecords: duplicates.records ?? [],
  };
}

const isDuplicate = (o: ImportRowOutcome) => (o.withinFile?.duplicateOf.length ?? 0) > 0 || (o.duplicateOfRecords?.length ?? 0) > 0;

const rowList = (rows: readonly number[]) => (rows.length === 1 ? `row ${rows[0]}` : `rows ${rows.join(", ")}`);

/**
 * The lines of the error report, by row: errors first, then duplicates, then (with `includeWarnings`)
 * warnings. Rows without any problem give no line.
 */
export function importErrorReportRows(
  outcomes: Iterable<ImportRowOutcome>,
  options: { includeWarnings?: boolean } = {},
): ImportErrorReportRow[] {
  const lines: ImportErrorReportRow[] = [];
  const sorted = [...outcomes].sort((a, b) => a.rowNumber - b.rowNumber);
  for (const o of sorted) {
    const row = String(o.rowNumber);
    for (const e of o.errors) {
      lines.push({ row, severity: "error", column: e.column ?? "", field: e.field, value: e.value ?? "", message: e.message });
    }
    const within = o.withinFile;
    if (within && within.duplicateOf.length > 0) {
      lines.push({
        row,
        severity: "duplicate",
        column: "",
        field: "",
        value: "",
        message:
          within.reason === "same-key"
            ? `Identical to ${rowList(within.duplicateOf)}. Delete the repeated row.`
            : `Looks like the same incident as ${rowList(within.duplicateOf)} (a day apart at most, same district, a group in common). Delete one, or keep both if they are distinct events.`,
      });
    }
    if (o.duplicateOfRecords && o.duplicateOfRecords.length > 0) {
      lines.push({
        row,
        severity: "duplicate",
        column: "",
        field: "",
        value: "",
        message: `Looks like an incident already in the Monitor (${o.duplicateOfRecords.join(", ")}): a day apart at most, same district, a group in common. Delete the row, or keep it if it is a distinct event.`,
      });
    }
    if (options.includeWarnings) {
      for (const w of o.warnings) lines.push({ row, severity: "warning", column: "", field: "", value: "", message: w });
    }
  }
  return lines;
}

/**
 * The counts of an import: rows read, valid and invalid rows, valid rows flagged as likely duplicates,
 * rows with warnings. `rowsRead` defaults to the number of outcomes.
 */
export function summarizeImport(outcomes: Iterable<ImportRowOutcome>, rowsRead?: number): ImportSummary {
  let count = 0;
  let valid = 0;
  let duplicates = 0;
  let withWarnings = 0;
  for (const o of outcomes) {
    count++;
    if (o.errors.length === 0) {
      valid++;
      if (isDuplicate(o)) duplicates++;
    }
    if (o.warnings.length > 0) withWarnings++;
  }
  const read = rowsRead ?? count;
  return { rowsRead: read, valid, invalid: count - valid, duplicates, withWarnings };
}

/** The report's file name: `incidents-import-report-2026-05-01.csv`. */
export function importErrorReportFileName(kind: ImportKind, today: string): string {
  return `${kind}-import-report-${today}.csv`;
}
