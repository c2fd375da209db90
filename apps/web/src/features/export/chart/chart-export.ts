import type { PercentChange } from "@monitor/domain";

/**
 * Pure helpers behind a single chart's export (PDF, PNG, CSV): the filters in words, the file names and
 * the CSV text. The browser-only parts (SVG to canvas and to PDF) live in render.ts.
 */

/** One active filter as the reader sees it: "Province" → "Khyber Pakhtunkhwa". */
export interface ExportFilter {
  label: string;
  value: string;
}

export type ExportCell = string | number | null | undefined;

/** What a chart hands to its Export menu: everything the files say, from data the chart already has. */
export interface ChartExportData {
  /** The chart's title as on screen; heads the PDF and names the files. */
  title: string;
  /** The active filters; empty when nothing narrows the chart. */
  filters: readonly ExportFilter[];
  /** What the data covers and as of when: "Figures for 2012–2023". */
  asOf: string;
  /** One line per source: its title and, where known, its quote and locator. */
  sources: readonly string[];
  /** The numbers behind the chart: the CSV's header and rows (the same numbers as the on-screen table). */
  columns: readonly string[];
  rows: readonly (readonly ExportCell[])[];
  /** The series and their colours (any CSS colour, e.g. var(--chart-1)), printed under the chart in the PDF. */
  legend?: readonly { label: string; color: string }[];
  /** Maps: the boundary attribution, printed under the map. */
  attribution?: string;
}

/** The attribution every exported map carries (as on the map footer, /about and the geo data's licence). */
export const MAP_ATTRIBUTION =
  "Boundaries © OpenStreetMap contributors (ODbL 1.0), https://www.openstreetmap.org/copyright. Boundaries are de facto administrative boundaries from OpenStreetMap, shown for analysis only; they do not imply any position on disputed territory.";

/** "Province: Khyber Pakhtunkhwa; Group: TTP", or a sentence saying nothing was filtered. */
export function filtersInWords(filters: readonly ExportFilter[]): string {
  const shown = filters.filter((f) => f.value.trim() !== "");
  if (shown.length === 0) return "No filters: every record in the database";
  return shown.map((f) => `${f.label}: ${f.value.trim()}`).join("; ");
}

/** Lower-case ASCII words joined by hyphens, at most `max` characters: "published-figures-terror-attacks". */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const cut = slug.length > max ? slug.slice(0, max).replace(/-[^-]*$/, "") || slug.slice(0, max) : slug;
  return cut.replace(/-+$/, "") || "chart";
}

/** "militancy-monitor_published-figures-terror-attacks_2026-11-24.pdf" (the date is the export's, UTC). */
export function chartFileName(title: string, ext: "pdf" | "png" | "csv", at: Date): string {
  return `militancy-monitor_${slugify(title)}_${at.toISOString().slice(0, 10)}.${ext}`;
}

/** "Exported by Ayesha Khan (ayesha@example.org) on 24 Nov 2026, 07:31 UTC". */
export function exportedByLine(user: { name: string | null; email: string }, at: Date): string {
  const who = user.name ? `${user.name} (${user.email})` : user.email;
  const day = at.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const time = at.toISOString().slice(11, 16);
  return `Exported by ${who} on ${day}, ${time} UTC`;
}

/** "Page 2 of 3". */
export function pageLabel(page: number, pages: number): string {
  return `Page ${page} of ${pages}`;
}

/** A quote shortened for a source line, cut at a word: "The attacks rose…". */
export function shortQuote(quote: string, max = 220): string {
  const q = quote.replace(/\s+/g, " ").trim();
  if (q.length <= max) return q;
  const cut = q.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).trimEnd()}…`;
}

/** Unique, non-empty lines in their first order. */
export function uniqueLines(lines: readonly (string | null | undefined)[]): string[] {
  return [...new Set(lines.filter((l): l is string => Boolean(l?.trim())))];
}

/**
 * A percent change as a CSV cell: the number of percent (so a spreadsheet can sort it, and "+" never
 * needs escaping), 0 when unchanged, words when there is no percentage.
 */
export function changeCell(change: PercentChange): number | string {
  switch (change.kind) {
    case "change":
      return change.percent;
    case "unchanged":
      return 0;
    case "from_zero":
      return "up from zero";
    default:
      return "";
  }
}
