import { expect, type Locator, test } from "@playwright/test";
import { E2E_USERS, screenshotPath } from "../e2e-users";
import { exportAs, pdfPages, pdfPreview, pdfText, pngSize, readCsv, tableCells } from "../export-files";
import { gotoReady } from "../support";

/**
 * The Export menu beyond trends, the overview and the map page (issue #9): a group profile's strength
 * chart, activity chart and areas maps, the source comparison's charts, the overview's "where sources
 * disagree" and a recommendation's outcome indicator. CSVs hold the on-screen table's numbers; PDFs the
 * title, filters, a source quote and page numbers; a map's PDF and PNG carry the colour key drawn in the
 * map itself, with the OpenStreetMap attribution.
 */

const noCommas = (s: string | undefined) => (s ?? "").replace(/,/g, "");
const QUOTE = /“[^”]{10,}/;

/** The texts of a map's key as drawn in its svg: title, then one label per swatch. */
async function keyTexts(scope: Locator): Promise<string[]> {
  const key = scope.locator("[data-map-key]").first();
  await expect(key).toBeVisible();
  return key.locator("text").allTextContents();
}

test("the group profile's strength chart, activity chart and areas map export with their sources", async ({ page }) => {
  await gotoReady(page, "/groups/ttp");

  // Strength: the CSV's rows are the table's, the PDF names the group and quotes each source.
  const strength = page.locator("#strength");
  const svg = strength.locator(".recharts-surface");
  await expect(svg).toBeVisible();
  const onScreen = await tableCells(strength.getByRole("table"));
  expect(onScreen.length).toBeGreaterThan(1);
  const csv = readCsv(await exportAs(page, strength, "CSV", "strength.csv"));
  expect(csv[0]?.slice(0, 5)).toEqual(["As of", "Estimate", "Low", "High", "Qualifier"]);
  expect(csv.slice(1).map((r) => [r[0], r[1]])).toEqual(onScreen.map((r) => [r[0], r[1]]));
  const between = csv.find((r) => r[1] === "between 4,000 and 5,000");
  expect(between?.slice(2, 5)).toEqual(["4000", "5000", "between"]);
  expect(between?.[5]).toContain("PIPS 2022");

  const pdf = await exportAs(page, strength, "PDF", "strength.pdf");
  const text = pdfText(pdf);
  expect(text).toContain("Strength estimates: TTP");
  expect(text).toContain("Filters: Group: Tehrik-e-Taliban Pakistan (TTP)");
  expect(text).toContain("PIPS 2022");
  expect(text).toContain("CRSS 2025");
  expect(text).toMatch(QUOTE);
  expect(text).toContain(E2E_USERS.analyst.email);
  expect(text).toContain("Page 1 of");
  expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
  // Vectors with text: the chart's own labels are in the PDF's text layer.
  expect(text).toMatch(/Data as of: estimates dated/);
  pdfPreview(pdf, "export-more-strength-pdf");

  const png = await exportAs(page, strength, "PNG", "strength.png");
  const box = await svg.boundingBox();
  if (!box) throw new Error("the strength chart is not on screen");
  expect(pngSize(png)).toEqual({ width: Math.round(box.width) * 2, height: Math.round(box.height) * 2 });

  // Activity: the CSV is the table under the chart (years, a column per province, the row total).
  const activity = page.locator("#activity");
  await expect(activity.locator(".recharts-surface").first()).toBeVisible();
  const activityTable = activity.getByRole("table").first();
  const header = await activityTable.locator("thead th").allTextContents();
  const cells = await tableCells(activityTable);
  const activityCsv = readCsv(await exportAs(page, activity, "CSV", "activity.csv"));
  expect(activityCsv[0]).toEqual(header.map((h) => h.trim()));
  expect(activityCsv.slice(1)).toEqual(cells.map((r) => r.map(noCommas)));

  // Areas: the map's PDF has the colour key (drawn in the map) and the OpenStreetMap attribution.
  const areas = page.locator("#areas");
  const key = await keyTexts(areas);
  expect(key[0]).toBe("Areas of operation: TTP");
  expect(key).toContain("Not listed");
  const pakistan = areas.locator("figure").filter({ has: page.getByRole("heading", { name: "Pakistan" }) });
  const areasPdf = await exportAs(page, pakistan, "PDF", "areas.pdf");
  const areasText = pdfText(areasPdf);
  expect(areasText).toContain("Where Tehrik-e-Taliban Pakistan (TTP) operates: Pakistan");
  for (const label of key) expect(areasText).toContain(label);
  expect(areasText).toContain("Boundaries © OpenStreetMap contributors");
  expect(areasText).toMatch(QUOTE);
  expect(areasText).toContain("Page 1 of");
  pdfPreview(areasPdf, "export-more-areas-pdf", 80);
  const areasCsv = readCsv(await exportAs(page, pakistan, "CSV", "areas.csv"));
  expect(areasCsv[0]).toEqual(["Area", "Detail", "Listed as", "Sources"]);
  expect(areasCsv.length - 1).toBe(await pakistan.locator("ul > li").count());
  await page.screenshot({ path: screenshotPath("export-more-group-profile"), fullPage: true });
});

test("a source comparison exports its chart with the figures, filters and quotes", async ({ page }) => {
  await gotoReady(page, "/compare?metric=fatalities&province=AF-KAB");
  const card = page.getByTestId("comparison").filter({ hasText: "Aug 2021" });
  await expect(card.locator(".recharts-surface")).toBeVisible();
  const onScreen = await tableCells(card.getByRole("table").first());
  const csv = readCsv(await exportAs(page, card, "CSV", "compare.csv"));
  expect(csv[0]?.slice(0, 3)).toEqual(["Source", "Figure", "Qualifier"]);
  const figures = csv.slice(1).filter((r) => !r[0]?.startsWith("House figure"));
  expect(figures.map((r) => r[1])).toEqual(onScreen.map((r) => noCommas(r[1])));
  expect(figures.map((r) => r[2])).toEqual(onScreen.map((r) => r[2]));
  for (const [i, r] of figures.entries()) expect(onScreen[i]?.[0]).toContain(r[0] ?? "-");
  // The "Exact words" are the quotes, whole.
  for (const [i, r] of figures.entries()) expect(noCommas(onScreen[i]?.[4])).toContain(noCommas(r[5]?.split(" | ")[0]));

  const pdf = await exportAs(page, card, "PDF", "compare.pdf");
  const text = pdfText(pdf);
  expect(text).toMatch(/Fatalities, Kabul[^,]*, [^ ]/);
  expect(text).toContain("Filters: Figure: Fatalities, Kabul");
  expect(text).toContain("Period:");
  expect(text).toMatch(QUOTE);
  expect(text).toContain("Page 1 of");
  // The bars' labels are text in the PDF: the figures as the sources state them.
  expect(text).toContain("over 170");
  expect(text).toContain("more than 180");
  pdfPreview(pdf, "export-more-compare-pdf");
  const png = await exportAs(page, card, "PNG", "compare.png");
  const box = await card.locator(".recharts-surface").boundingBox();
  if (!box) throw new Error("the comparison chart is not on screen");
  expect(pngSize(png)).toEqual({ width: Math.round(box.width) * 2, height: Math.round(box.height) * 2 });
  await page.screenshot({ path: screenshotPath("export-more-compare"), fullPage: true });

  // The overview's "where sources disagree" cards export the same way.
  await gotoReady(page, "/?period=2021-08-15..2022-08-14&province=PK-KP");
  const disagree = page
    .locator("section[data-card]")
    .filter({ has: page.getByText("Sources disagree") })
    .first();
  await expect(disagree.locator(".recharts-surface")).toBeVisible();
  const shown = await disagree.locator("tbody tr td:first-child").allTextContents();
  const overviewCsv = readCsv(await exportAs(page, disagree, "CSV", "overview-disagree.csv"));
  expect(overviewCsv[0]?.slice(0, 2)).toEqual(["Figure", "Value"]);
  expect(overviewCsv.slice(1).map((r) => r[0])).toEqual(shown.map((s) => s.trim()));
  expect(overviewCsv.slice(1).every((r) => (r[7] ?? "").length > 10)).toBe(true);
});

test("a map's PDF and PNG carry the colour key drawn in the map, with its ranges and the OSM line", async ({ page }) => {
  await gotoReady(page, "/map?layer=incidents&from=2022-01-01&to=2022-12-31");
  const card = page
    .locator("[data-card]")
    .filter({ has: page.getByRole("button", { name: /^Export chart:/ }) })
    .first();
  const key = await keyTexts(card);
  // The title, at least one class range, and the "no data" swatch; the key names itself for screen readers.
  expect(key.length).toBeGreaterThanOrEqual(3);
  expect(key).toContain("No data");
  await expect(card.locator("[data-map-key]")).toHaveAttribute("aria-label", /^Key, .+: .+; No data/);
  const pdf = await exportAs(page, card, "PDF", "map-key.pdf");
  const text = pdfText(pdf);
  for (const label of key) expect(text).toContain(label);
  expect(text).toContain("Boundaries © OpenStreetMap contributors");
  expect(text).toContain("Page 1 of");
  pdfPreview(pdf, "export-more-map-key-pdf", 80);

  const png = await exportAs(page, card, "PNG", "map-key.png");
  const box = await card.locator("svg[role=group]").first().boundingBox();
  if (!box) throw new Error("the map is not on screen");
  expect(pngSize(png)).toEqual({ width: Math.round(box.width) * 2, height: Math.round(box.height) * 2 });
});

test("a recommendation's outcome indicator exports its figures and status changes", async ({ page }) => {
  await gotoReady(page, "/recommendations/pips-2022%2Frec%2F5-2-balochistan-comprehensive-policy");
  const card = page.getByTestId("outcome-indicator");
  await expect(card.locator(".recharts-surface")).toBeVisible();
  const figures = await tableCells(card.getByTestId("outcome-figures"));
  const csv = readCsv(await exportAs(page, card, "CSV", "indicator.csv"));
  expect(csv[0]?.slice(0, 4)).toEqual(["Kind", "Period or date", "Source or assessment", "Value"]);
  const figureRows = csv.slice(1).filter((r) => r[0] !== "Status change");
  expect(figureRows.map((r) => [r[1], r[3]])).toEqual(figures.map((r) => [r[0], noCommas(r[2]).replace(/^[a-z ]+ /, "")]));
  expect(figureRows.find((r) => r[1] === "15 Aug 2020 – 14 Aug 2021")?.[3]).toBe("113");
  const pdf = await exportAs(page, card, "PDF", "indicator.pdf");
  const text = pdfText(pdf);
  expect(text).toContain("Outcome indicator: Fatalities, Balochistan");
  expect(text).toContain("Recommendation: pips-2022/rec/5-2-balochistan-comprehensive-policy");
  expect(text).toContain("PIPS 2022");
  expect(text).toMatch(QUOTE);
  expect(text).toContain("Page 1 of");
  pdfPreview(pdf, "export-more-indicator-pdf");
});

test("an incident's locator map exports with the place, the incident's quotes and the OSM line", async ({ page }) => {
  await gotoReady(page, `/incidents/${encodeURIComponent("crss-2025/incident/kabul-airport-bombing-2021-08")}`);
  const frame = page
    .locator("figure")
    .filter({ has: page.getByRole("button", { name: /^Export chart:/ }) })
    .first();
  const csv = readCsv(await exportAs(page, frame, "CSV", "locator.csv"));
  expect(csv[0]).toEqual(["Incident", "Date", "Country", "Province", "District", "Highlighted on the map"]);
  expect(csv[1]?.[2]).toBe("AF");
  const pdf = await exportAs(page, frame, "PDF", "locator.pdf");
  const text = pdfText(pdf);
  expect(text).toContain("Where:");
  expect(text).toContain("OpenStreetMap contributors");
  expect(text).toMatch(/“[^”]{10,}/);
  expect(text).toContain("Page 1 of");
  pdfPreview(pdf, "export-locator-pdf");
});
