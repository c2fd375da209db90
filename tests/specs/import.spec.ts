import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { screenshotPath, storageStatePath } from "../e2e-users";
import { gotoReady } from "../support";

/**
 * The CSV import as an editor uses it: an ACLED-style file with one impossible date is mapped by its
 * column names, checked row by row, refused until the bad row is fixed or left out, reported in a
 * downloadable error report; the fixed file then imports and its incidents are listed. A file of
 * published figures imports the same way. The fixtures use place names and words (Qalandarabad-E2E,
 * Zerbanite, Xerophane) and 2017 dates that no seed record and no other spec uses.
 */
test.use({ storageState: storageStatePath("editor") });

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "import");

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

async function chooseFile(page: Page, name: string) {
  await page.getByLabel("CSV file").setInputFiles(join(FIXTURES, name));
  await expect(page.getByTestId("import-file")).toContainText(name);
  await page.getByRole("button", { name: "Continue to the columns" }).click();
  await expect(page.getByRole("form", { name: "Columns" })).toBeVisible();
}

const summaryCount = (page: Page, label: string) =>
  page
    .getByTestId("import-summary")
    .locator("div")
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator("dd");

test("an editor imports incidents from a CSV: one bad row is reported, refused, fixed, and the rows appear", async ({ page }) => {
  await gotoReady(page, "/admin/import");
  await expect(page.getByRole("heading", { name: "Import a CSV file", level: 1 })).toBeVisible();
  await expectAxeClean(page);

  await page.getByLabel("CSV file").setInputFiles(join(FIXTURES, "incidents-one-bad-row.csv"));
  await expect(page.getByTestId("import-file")).toContainText("incidents-one-bad-row.csv");
  await expect(page.getByTestId("import-file")).toContainText("KB");
  await page.screenshot({ path: screenshotPath("import-1-file"), fullPage: true });
  await page.getByRole("button", { name: "Continue to the columns" }).click();

  // The ACLED column names map themselves; the sample values show under each field.
  const form = page.getByRole("form", { name: "Columns" });
  await expect(form.getByLabel("Date (required)")).toHaveValue("event_date");
  await expect(form.getByLabel("Province", { exact: true })).toHaveValue("admin1");
  await expect(form.getByLabel("District", { exact: true })).toHaveValue("admin2");
  await expect(form.getByLabel("Killed", { exact: true })).toHaveValue("fatalities");
  await expect(form.getByLabel("Injured", { exact: true })).toHaveValue("injuries");
  await expect(form.getByLabel("Group", { exact: true })).toHaveValue("actor1");
  await expect(form.getByLabel("Description", { exact: true })).toHaveValue("notes");
  await expect(form.getByLabel("Locator", { exact: true })).toHaveValue("event_id_cnty");
  await expect(form.getByTestId("samples-district")).toContainText("Bannu · Quetta · North Waziristan");
  // 14/03/2017: the day comes first.
  await expect(form.getByLabel("Dates with slashes")).toHaveValue("day-first");
  // The source column holds newspaper names, not sources of the Monitor: the form says what to do.
  await expect(form.getByTestId("unknown-sources")).toContainText("Dawn");

  // A required field left empty is named before anything is sent.
  await form.getByLabel("Date (required)").selectOption("");
  await form.getByRole("button", { name: "Check every row" }).click();
  await expect(form.getByText("Choose the column that holds Date (or map Year)")).toBeVisible();
  await expect(form.getByLabel("Date (required)")).toBeFocused();
  await form.getByLabel("Date (required)").selectOption("event_date");

  await form.getByLabel("Default source", { exact: true }).selectOption("crss-2025");
  await form.getByLabel("Locator in the default source").fill("E2E import fixture, ACLED-style export");
  await expect(form.getByTestId("unknown-sources")).toHaveCount(0);
  await expectAxeClean(page);
  await page.screenshot({ path: screenshotPath("import-2-columns"), fullPage: true });
  await form.getByRole("button", { name: "Check every row" }).click();

  // The review: six rows, one with an impossible date, shown with its column, value and message.
  await expect(page.getByTestId("import-summary")).toBeVisible();
  await expect(summaryCount(page, "Rows")).toHaveText("6");
  await expect(summaryCount(page, "Valid")).toHaveText("5");
  await expect(summaryCount(page, "With errors")).toHaveText("1");
  const badRow = page.getByRole("row").filter({ hasText: "31/02/2017" });
  await expect(badRow).toHaveCount(1);
  await expect(badRow).toContainText("Error");
  await expect(badRow).toContainText("event_date");
  await expect(badRow).toContainText("2017-02 has no day 31; check the day and the month.");
  await expect(badRow.getByRole("cell").first()).toHaveText("5");
  await page.getByRole("radio", { name: /^All/ }).check({ force: true });
  await expect(page.getByRole("table", { name: "Rows of the file" }).getByRole("row")).toHaveCount(7);
  await expect(page.getByRole("row").filter({ hasText: "Qalandarabad-E2E Mandi" })).toContainText("Valid");
  // D.I. Khan is read through the district aliases.
  await expect(page.getByRole("row").filter({ hasText: "Qalandarabad-E2E Mandi" })).toContainText("Dera Ismail Khan");
  await expectAxeClean(page);
  await page.screenshot({ path: screenshotPath("import-3-review"), fullPage: true });

  // The error report: one line for the bad row, with its number, column, value and message.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download error report" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^incidents-import-report-\d{4}-\d{2}-\d{2}\.csv$/);
  const report = readFileSync(await download.path(), "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(report).toEqual([
    "row,severity,column,field,value,message",
    "5,error,event_date,date,31/02/2017,2017-02 has no day 31; check the day and the month.",
  ]);

  // Importing is refused while the bad row is there and not left out; nothing is written.
  const importButton = page.getByRole("button", { name: "Can't import yet: 1 row has errors" });
  await importButton.click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was imported: 1 row has errors." })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Leave out the 1 row with errors" })).toBeFocused();
  await page.screenshot({ path: screenshotPath("import-4-refused"), fullPage: true });

  // The fixed file keeps the mapping and the default source (same columns).
  await page.getByRole("button", { name: "Upload a fixed file" }).click();
  await chooseFile(page, "incidents-fixed.csv");
  await expect(page.getByLabel("Default source", { exact: true })).toHaveValue("crss-2025");
  await page.getByRole("button", { name: "Check every row" }).click();
  await expect(summaryCount(page, "Valid")).toHaveText("6");
  await expect(summaryCount(page, "With errors")).toHaveText("0");
  await page.getByRole("button", { name: "Import 6 incidents" }).click();
  const done = page.getByRole("status").filter({ hasText: "Imported 6 incidents from incidents-fixed.csv" });
  await expect(done).toBeVisible();
  await expect(done).toContainText("6 rows read. No row was left out.");
  await expectAxeClean(page);
  await page.screenshot({ path: screenshotPath("import-5-done"), fullPage: true });

  // The incidents are in the list.
  await page.getByRole("link", { name: "Open the incidents" }).click();
  await expect(page).toHaveURL(/\/incidents$/);
  await gotoReady(page, "/incidents?search=Zerbanite");
  await expect(page.getByRole("link", { name: /Qalandarabad-E2E/ })).toHaveCount(6);
  await expect(page.getByRole("link", { name: "Rocket / grenade attack in Qalandarabad-E2E Chowk" })).toBeVisible();
});

test("an editor imports published figures from a CSV", async ({ page }) => {
  await gotoReady(page, "/admin/import");
  await page.getByRole("radio", { name: "Figures (statistics)" }).check({ force: true });
  await chooseFile(page, "figures.csv");
  const form = page.getByRole("form", { name: "Columns" });
  await expect(form.getByLabel("Metric (required)")).toHaveValue("metric");
  await expect(form.getByLabel("Value (required)")).toHaveValue("value");
  await expect(form.getByLabel("Period", { exact: true })).toHaveValue("period");
  await expect(form.getByLabel("Locator", { exact: true })).toHaveValue("page");
  await form.getByRole("button", { name: "Check every row" }).click();
  await expect(summaryCount(page, "Rows")).toHaveText("3");
  await expect(summaryCount(page, "Valid")).toHaveText("3");
  await expect(page.getByRole("row").filter({ hasText: "Injuries in Pakistan" })).toContainText("2024-01-01 – 2024-12-31");
  await page.screenshot({ path: screenshotPath("import-6-figures-review"), fullPage: true });
  await page.getByRole("button", { name: "Import 3 figures" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 3 figures from figures.csv" })).toBeVisible();
  await gotoReady(page, "/statistics?search=Xerophane");
  await expect(page.getByText("Terror attacks in Pakistan (E2E figures fixture Xerophane)")).toBeVisible();
});

test("a viewer cannot open the import", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStatePath("viewer") });
  const page = await context.newPage();
  await page.goto("/admin/import");
  await expect(page.getByRole("heading", { name: "This page needs the editor role" })).toBeVisible();
  await context.close();
});
