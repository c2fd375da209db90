import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { E2E_USERS, screenshotPath } from "../e2e-users";
import * as exportFiles from "../export-files";
import { gotoReady } from "../support";

/**
 * Single-chart export (issue #9), signed in as an analyst: on /trends with filters applied, a chart's
 * "Export" menu makes a vector PDF (title, filters in words, a source quote, the exporting user, "Page 1
 * of N"), a PNG at twice the chart's on-screen size, and a CSV with the numbers of the on-screen table;
 * a map's PDF carries the OpenStreetMap attribution. Everything is made in the browser.
 */

/** The helpers of tests/export-files.ts, saving into this spec's folder. */
const exportAs = (page: Page, scope: Locator, format: "PDF" | "PNG" | "CSV", name: string) =>
  exportFiles.exportAs(page, scope, format, name, "export-chart");
const { pdfText, pdfPages, pngSize, parseCsv } = exportFiles;
const pdfPreview = (file: string, name: string) => exportFiles.pdfPreview(file, name);

test("a trends chart exports as PDF, PNG at 2× and CSV, with the filters, sources and the table's numbers", async ({ page }) => {
  await gotoReady(page, "/trends?metric=terror_attacks&group=iskp");
  const published = page.locator("#published");
  await expect(published.getByTestId("published-chart").locator(".recharts-surface")).toBeVisible();

  // The menu is keyboard operable: ↓ opens it on the first item, Escape closes it and returns focus.
  const button = published.getByRole("button", { name: /^Export chart:/ });
  await button.focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: /^PDF/ })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: /^PNG/ })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(button).toBeFocused();
  await button.click();
  await expect(page.getByRole("menu")).toBeVisible();
  expect(
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);
  await page.screenshot({ path: screenshotPath("export-chart-menu") });
  await page.keyboard.press("Escape");

  // PDF: title, filters in words, a quote with its source, the user, page numbers; 1+ pages.
  const pdf = await exportAs(page, published, "PDF", "published.pdf");
  const text = pdfText(pdf);
  expect(text).toContain("Published figures: Terrorist attacks — ISKP");
  expect(text).toContain("Filters: Metric: Terrorist attacks; Group: ISKP");
  expect(text).toContain("PIPS 2022");
  expect(text).toMatch(/“[^”]{10,}/);
  expect(text).toContain("Data as of: published figures up to");
  expect(text).toContain(`Exported by`);
  expect(text).toContain(E2E_USERS.analyst.email);
  expect(text).toContain("Page 1 of");
  expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
  // The chart is vectors with text, not a picture: its axis years are in the text layer.
  expect(text).toMatch(/20(19|20|21)/);
  pdfPreview(pdf, "export-chart-published-pdf");

  // PNG: twice the chart's on-screen size.
  const png = await exportAs(page, published, "PNG", "published.png");
  const box = await published.getByTestId("published-chart").locator(".recharts-surface").boundingBox();
  if (!box) throw new Error("the published chart is not on screen");
  const size = pngSize(png);
  expect(size.width).toBe(Math.round(box.width) * 2);
  expect(size.height).toBe(Math.round(box.height) * 2);

  // CSV of the incident log with a filter applied: its rows are the on-screen table's numbers.
  await gotoReady(page, "/trends?province=PK-KP");
  const log = page.locator("#incident-log");
  const table = log.getByTestId("incident-table");
  await expect(table).toBeVisible();
  const csvFile = await exportAs(page, log, "CSV", "incident-log.csv");
  const csv = parseCsv(readFileSync(csvFile, "utf8"));
  expect(csv[0]?.slice(0, 2)).toEqual(["Year", "Incidents"]);
  const onScreen = await table
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].slice(0, 2).map((c) => (c.textContent ?? "").trim())));
  expect(onScreen.length).toBeGreaterThan(0);
  expect(csv.slice(1).map((r) => [r[0], r[1]])).toEqual(onScreen.map(([period, n]) => [period, (n ?? "").replace(/,/g, "")]));

  const logPdf = await exportAs(page, log, "PDF", "incident-log.pdf");
  const logText = pdfText(logPdf);
  expect(logText).toContain("Incident log: incidents per year");
  expect(logText).toContain("Province: Khyber Pakhtunkhwa");
  expect(logText).toContain("Page 1 of");
  pdfPreview(logPdf, "export-chart-incident-log-pdf");
});

test("a map's PDF carries the OpenStreetMap attribution and the filters", async ({ page }) => {
  await gotoReady(page, "/map?layer=incidents&from=2022-01-01&to=2022-12-31");
  const card = page
    .locator("[data-card]")
    .filter({ has: page.getByRole("button", { name: /^Export chart:/ }) })
    .first();
  await expect(card.locator("svg").first()).toBeVisible();
  const pdf = await exportAs(page, card, "PDF", "map.pdf");
  const text = pdfText(pdf);
  expect(text).toContain("OpenStreetMap");
  expect(text).toContain("Boundaries © OpenStreetMap contributors");
  expect(text).toContain("Period:");
  expect(text).toContain("Page 1 of");
  expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
  pdfPreview(pdf, "export-chart-map-pdf");
  const png = await exportAs(page, card, "PNG", "map.png");
  expect(pngSize(png).width).toBeGreaterThan(400);
});

test("the published-figures map exports with its quotes in dark mode, and a stacked breakdown and the overview export too", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await gotoReady(page, "/map");
  const card = page
    .locator("[data-card]")
    .filter({ has: page.getByRole("button", { name: /^Export chart:/ }) })
    .first();
  await expect(card.locator("svg").first()).toBeVisible();
  const pdf = await exportAs(page, card, "PDF", "map-published.pdf");
  const text = pdfText(pdf);
  expect(text).toContain("Boundaries © OpenStreetMap contributors");
  expect(text).toContain("Filters: Metric:");
  expect(text).toMatch(/“[^”]{10,}”/);
  pdfPreview(pdf, "export-chart-map-published-dark-pdf");
  await page.emulateMedia({ colorScheme: "light" });

  // A stacked breakdown: one CSV column per stack, then the total.
  await gotoReady(page, "/trends?province=PK-KP&breakdown=group");
  const log = page.locator("#incident-log");
  await expect(log.getByTestId("incident-table")).toBeVisible();
  const csv = parseCsv(readFileSync(await exportAs(page, log, "CSV", "breakdown.csv"), "utf8"));
  expect(csv[0]?.[0]).toBe("Year");
  expect(csv[0]).toContain("Total");
  const totalAt = csv[0]?.indexOf("Total") ?? -1;
  const sum = csv.slice(1).reduce((n, r) => n + Number(r[totalAt]), 0);
  // Khyber Pakhtunkhwa in the seeded log: 13 in the stacks (as trends.spec.ts checks in the table's footer).
  expect(sum).toBe(13);
  // Its PDF names each stack under the chart (the legend), with the breakdown among the filters.
  const breakdownPdf = await exportAs(page, log, "PDF", "breakdown.pdf");
  const breakdownText = pdfText(breakdownPdf);
  expect(breakdownText).toContain("Break down by: group");
  expect(breakdownText).toContain("TTP");
  pdfPreview(breakdownPdf, "export-chart-breakdown-pdf");

  // The overview's main trend; and a failure says what happened and what to do.
  await gotoReady(page, "/");
  const main = page.locator("[data-card]").filter({ hasText: "Main trend: incidents recorded per year" });
  const csvMain = parseCsv(readFileSync(await exportAs(page, main, "CSV", "overview.csv"), "utf8"));
  expect(csvMain[0]).toEqual(["Year", "Incidents", "Killed", "Change in incidents (%)"]);
  await main.locator("figure svg.recharts-surface").evaluate((svg) => svg.remove());
  await main.getByRole("button", { name: /^Export chart:/ }).click();
  await page.getByRole("menuitem", { name: /^PNG/ }).click();
  await expect(main.getByRole("alert")).toContainText("PNG export failed.");
  await expect(main.getByRole("alert")).toContainText("Try again");
});
