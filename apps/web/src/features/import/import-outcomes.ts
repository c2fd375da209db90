/**
 * What the browser keeps of a checked file: one compact outcome per row (never the raw cells), with
 * repeated strings (warnings, places, figures) shared, so a 100,000-row file stays a few tens of
 * megabytes. The same outcomes give the preview table, the counts and the error report.
 */
import type { RouterOutputs } from "@monitor/api";
import {
  IMPORT_ERROR_REPORT_COLUMNS,
  type ImportErrorReportRow,
  type ImportRowError,
  type ImportRowResult,
  importErrorReportRows,
  importRowOutcome,
} from "@monitor/domain";
import Papa from "papaparse";

export type CheckedRow = RouterOutputs["imports"]["check"][number];
export type ImportReview = RouterOutputs["imports"]["review"];
export type ImportCommitResult = RouterOutputs["imports"]["commit"];
export type WithinFile = ImportReview["withinFile"][number];

export interface RowOutcome {
  rowNumber: number;
  ok: boolean;
  errors: readonly ImportRowError[];
  warnings: readonly string[];
  duplicateOf: readonly CheckedRow["duplicateOf"][number][];
  alreadyImported: boolean;
  preview: CheckedRow["preview"];
}

/**
 * How a row stands before the import:
 * - error: it cannot be imported as it is;
 * - imported: its record is already in the Monitor (never imported twice);
 * - repeat: identical to an earlier row of the file (never imported twice);
 * - duplicate: likely the same event as an existing incident or an earlier row (left out unless chosen);
 * - valid: will be imported.
 */
export type RowStatus = "error" | "imported" | "repeat" | "duplicate" | "valid";

export const ROW_FILTERS = ["all", "errors", "duplicates", "valid"] as const;
export type RowFilter = (typeof ROW_FILTERS)[number];

const NONE: readonly never[] = Object.freeze([]);

/** Outcomes of every row, in file order, with shared strings. */
export class OutcomeStore {
  readonly rows: RowOutcome[] = [];
  private readonly strings = new Map<string, string>();

  private intern(s: string): string {
    const found = this.strings.get(s);
    if (found !== undefined) return found;
    // Only short, repeated strings are worth keeping in the table (places, figures, warnings).
    if (this.strings.size < 50_000) this.strings.set(s, s);
    return s;
  }

  add(checked: readonly CheckedRow[]) {
    for (const c of checked) {
      this.rows.push({
        rowNumber: c.rowNumber,
        ok: c.ok,
        errors: c.errors.length ? c.errors : NONE,
        warnings: c.warnings.length ? c.warnings.map((w) => this.intern(w)) : NONE,
        duplicateOf: c.duplicateOf.length ? c.duplicateOf : NONE,
        alreadyImported: c.alreadyImported,
        preview: c.preview
          ? {
              date: this.intern(c.preview.date),
              place: this.intern(c.preview.place),
              what: c.preview.what,
              figures: this.intern(c.preview.figures),
            }
          : null,
      });
    }
  }

  /** Rows of a chunk that is sent again (after a failure) replace the ones it sent before. */
  dropFrom(rowNumber: number) {
    while (this.rows.length && (this.rows.at(-1)?.rowNumber ?? 0) >= rowNumber) this.rows.pop();
  }

  get invalid(): number {
    let n = 0;
    for (const r of this.rows) if (!r.ok) n++;
    return n;
  }
}

export function rowStatus(o: RowOutcome, within: WithinFile | undefined): RowStatus {
  if (!o.ok) return "error";
  if (o.alreadyImported) return "imported";
  if (within?.reason === "same-key") return "repeat";
  if (o.duplicateOf.length > 0 || within) return "duplicate";
  return "valid";
}

export function matchesFilter(status: RowStatus, filter: RowFilter): boolean {
  if (filter === "all") return true;
  if (filter === "errors") return status === "error";
  if (filter === "valid") return status === "valid";
  return status === "imported" || status === "repeat" || status === "duplicate";
}

export interface OutcomeCounts {
  rows: number;
  error: number;
  imported: number;
  repeat: number;
  duplicate: number;
  valid: number;
  withWarnings: number;
}

export function countOutcomes(rows: readonly RowOutcome[], within: ReadonlyMap<number, WithinFile>): OutcomeCounts {
  const counts: OutcomeCounts = { rows: rows.length, error: 0, imported: 0, repeat: 0, duplicate: 0, valid: 0, withWarnings: 0 };
  for (const r of rows) {
    counts[rowStatus(r, within.get(r.rowNumber))]++;
    if (r.warnings.length) counts.withWarnings++;
  }
  return counts;
}

/** How many rows the commit writes, as the server decides it (services/imports.ts commitImport). */
export function rowsToImport(counts: OutcomeCounts, includeDuplicates: boolean): number {
  return counts.valid + (includeDuplicates ? counts.duplicate : 0);
}

/** The report's lines: errors, likely duplicates (of records and of earlier rows), rows already imported, optionally warnings. */
export function errorReportRows(
  rows: readonly RowOutcome[],
  within: ReadonlyMap<number, WithinFile>,
  includeWarnings: boolean,
): ImportErrorReportRow[] {
  const outcomes = rows.map((o) => {
    const result: ImportRowResult<null> = o.ok
      ? { ok: true, rowNumber: o.rowNumber, value: null, warnings: [...o.warnings] }
      : { ok: false, rowNumber: o.rowNumber, errors: [...o.errors], warnings: [...o.warnings] };
    return importRowOutcome(result, { withinFile: within.get(o.rowNumber) ?? null, records: o.duplicateOf.map((d) => d.key) });
  });
  const lines = importErrorReportRows(outcomes, { includeWarnings });
  // Rows whose record is already in the Monitor are left out whatever the editor chooses: say so.
  const already = rows.filter((o) => o.ok && o.alreadyImported);
  if (already.length === 0) return lines;
  const extra: ImportErrorReportRow[] = already.map((o) => ({
    row: String(o.rowNumber),
    severity: "duplicate",
    column: "",
    field: "",
    value: "",
    message: "Already in the Monitor (imported before): it will not be imported again.",
  }));
  return [...lines, ...extra].sort((a, b) => Number(a.row) - Number(b.row));
}

/** The report as a CSV file: a byte-order mark for spreadsheets, formula-like cells escaped (they come from an uploaded file). */
export function errorReportCsv(lines: readonly ImportErrorReportRow[]): string {
  const body = Papa.unparse(
    { fields: [...IMPORT_ERROR_REPORT_COLUMNS], data: lines.map((l) => IMPORT_ERROR_REPORT_COLUMNS.map((c) => l[c])) },
    { escapeFormulae: true, newline: "\r\n" },
  );
  return `\uFEFF${body}\r\n`;
}

/** The editor's calendar day, for the report's file name. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
