import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import { E2E_OUTPUT, screenshotPath } from "./e2e-users";

/**
 * Helpers for specs that export a chart through its "Export" menu and read the files back: PDFs with
 * poppler's pdftotext, pdfinfo and pdftoppm, PNGs by their header, CSVs parsed as RFC 4180.
 */

/** Opens the Export menu inside `scope`, picks a format and saves the download under the run's output folder. */
export async function exportAs(
  page: Page,
  scope: Locator,
  format: "PDF" | "PNG" | "CSV",
  name: string,
  dir = "export-chart-more",
): Promise<string> {
  const button = scope.getByRole("button", { name: /^Export chart:/ });
  await button.click();
  const menu = page.getByRole("menu");
  await expect(menu).toBeVisible();
  const download = page.waitForEvent("download");
  await menu.getByRole("menuitem", { name: new RegExp(`^${format}`) }).click();
  const file = await download;
  const folder = path.join(E2E_OUTPUT, dir);
  mkdirSync(folder, { recursive: true });
  const target = path.join(folder, name);
  await file.saveAs(target);
  expect(file.suggestedFilename()).toMatch(new RegExp(`^militancy-monitor_[a-z0-9-]+_\\d{4}-\\d{2}-\\d{2}\\.${format.toLowerCase()}$`));
  await expect(scope.getByText(/^Saved militancy-monitor_/)).toBeVisible();
  return target;
}

/** The PDF's text, whitespace collapsed. */
export const pdfText = (file: string) => execFileSync("pdftotext", ["-layout", file, "-"]).toString("utf8").replace(/\s+/g, " ");

export const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file]).toString("utf8"))?.[1] ?? 0);

/** The PDF's first page as a PNG among the run's screenshots, for a human look. */
export function pdfPreview(file: string, name: string, dpi = 60) {
  mkdirSync(path.dirname(screenshotPath(name)), { recursive: true });
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    String(dpi),
    "-f",
    "1",
    "-l",
    "1",
    "-singlefile",
    file,
    screenshotPath(name).replace(/\.png$/, ""),
  ]);
}

/** A PNG's size from its IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** CSV text → rows of cells (quoted cells with commas, quotes or line breaks handled; the BOM dropped). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const s = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") {
      row.push(cell.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

export const readCsv = (file: string) => parseCsv(readFileSync(file, "utf8"));

/** The text of each cell (th and td) of a table's body rows, trimmed. */
export async function tableCells(table: Locator, rows = "tbody tr"): Promise<string[][]> {
  return table
    .locator(rows)
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").replace(/\s+/g, " ").trim())),
    );
}
