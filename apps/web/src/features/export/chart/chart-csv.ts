import Papa from "papaparse";
import type { ExportCell } from "./chart-export";

// Apart from chart-export.ts so the Export menu, on most pages, does not bring papaparse with it: only the
// export itself (render.ts, loaded on a click) needs it.

/**
 * The CSV of a chart: its header then its rows. A byte-order mark lets spreadsheet programs read
 * non-ASCII letters as UTF-8; cells a spreadsheet would run as a formula (=, +, -, @) are escaped.
 */
export function chartCsv(columns: readonly string[], rows: readonly (readonly ExportCell[])[]): string {
  const body = Papa.unparse(
    { fields: [...columns], data: rows.map((r) => columns.map((_, i) => r[i] ?? "")) },
    { escapeFormulae: true, newline: "\r\n" },
  );
  return `\uFEFF${body}\r\n`;
}
