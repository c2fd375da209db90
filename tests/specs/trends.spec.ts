import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { screenshotPath } from "../e2e-users";
import { gotoReady } from "../support";

/**
 * The Trends page against the seeded database, signed in as an analyst: filters live in the URL and
 * survive a reload, the incident log breaks down by group with its table, published figures name
 * their source in the tooltip and the table, the tables sort by keyboard, and axe finds no serious
 * or critical violation with or without a breakdown.
 */

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function shots(page: Page, name: string) {
  await page.emulateMedia({ colorScheme: "light" });
  await page.screenshot({ path: screenshotPath(`${name}-light`), fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: screenshotPath(`${name}-dark`), fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });
}

test("a filter and a breakdown go into the URL, and a reload reopens the same view", async ({ page }) => {
  await gotoReady(page, "/trends");
  await expect(page.getByRole("heading", { name: "Trends", level: 1 })).toBeVisible();
  const filters = page.getByRole("form", { name: "Trend filters" });

  await filters.getByLabel("Province").selectOption("PK-KP");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]province=PK-KP(&|$)/);
  await expect(page.getByText("Incident log: incidents per year", { exact: true })).toBeVisible();

  await page.getByRole("navigation", { name: "Break down by" }).getByRole("link", { name: "Group" }).click();
  await expect(page).toHaveURL(/breakdown=group/);
  await expect(page).toHaveURL(/province=PK-KP/);

  const check = async () => {
    await expect(page.getByRole("form", { name: "Trend filters" }).getByLabel("Province")).toHaveValue("PK-KP");
    await expect(page.getByRole("navigation", { name: "Break down by" }).getByRole("link", { name: "Group" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(page.getByText("Incident log: incidents per year, by group")).toBeVisible();
    const table = page.getByTestId("incident-table");
    await expect(table.getByRole("columnheader", { name: /TTP/ })).toBeVisible();
    // Khyber Pakhtunkhwa in the seeded log: 8 incidents linked to the TTP, 2 to IS-K, 3 with no group; 13 in the stacks.
    await expect(table.locator("tfoot tr")).toHaveText(/Total\s*8\s*2\s*3\s*13/);
    // The multi-group note from the breakdown is shown with the chart.
    await expect(page.getByText(/counts once under each/)).toBeVisible();
  };
  await check();
  await page.reload();
  await check();

  // Month view keeps the breakdown and places the events at their month.
  await page.getByRole("navigation", { name: "Per" }).getByRole("link", { name: "Month" }).click();
  await expect(page).toHaveURL(/granularity=month/);
  await expect(page).toHaveURL(/breakdown=group/);
  await expect(page.getByTestId("incident-table").getByRole("rowheader", { name: "Aug 2022" })).toBeVisible();
  await expect(page.getByTestId("incident-chart").locator("[data-annotations] text").first()).toBeVisible();
  await shots(page, "trends-kp-by-group-month");
});

test("published figures name their source in the tooltip and the table, and the tables sort by keyboard", async ({ page }) => {
  await gotoReady(page, "/trends?metric=terror_attacks&group=iskp");
  const table = page.getByTestId("published-table");
  // One line per source and country, never blended: PIPS gives IS-K attacks in Afghanistan for 2020 and 2021.
  const row2021 = table.getByRole("row").filter({ hasText: "IS-K attacks in Afghanistan" }).filter({ hasText: "2021" });
  await expect(row2021).toContainText("339");
  await expect(row2021).toContainText("+313.4%");
  await expect(row2021.getByRole("button", { name: /Source: PIPS 2022/ })).toBeVisible();

  // Hover the last year of the chart: the tooltip names the source and quotes it.
  const figure = page.getByTestId("published-chart");
  const chart = figure.locator(".recharts-surface");
  const box = await chart.boundingBox();
  if (!box) throw new Error("the published chart did not render");
  await page.mouse.move(box.x + box.width - 40, box.y + box.height / 2);
  const tooltip = figure.locator(".recharts-tooltip-wrapper");
  await expect(tooltip).toContainText("PIPS 2022: Fallout of Afghan situation (Afghanistan)");
  await expect(tooltip).toContainText("339");
  await expect(tooltip).toContainText("“");

  // Sort by figure with the keyboard: largest first, and the header says so.
  const figureHeader = table.getByRole("columnheader", { name: /Figure/ });
  await figureHeader.getByRole("button").focus();
  await page.keyboard.press("Enter");
  await expect(figureHeader).toHaveAttribute("aria-sort", "descending");
  await expect(table.locator("tbody tr").first()).toContainText("339");
  await page.keyboard.press("Enter");
  await expect(figureHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(table.locator("tbody tr").first()).toContainText("8");

  // Figures for 15 Aug–14 Aug years are listed apart, named as such, with the change on the previous such year.
  await gotoReady(page, "/trends?metric=fatalities");
  const other = page.getByTestId("other-periods-table");
  const augRow = other.getByRole("row").filter({ hasText: "15 Aug 2021 – 14 Aug 2022" }).filter({ hasText: "Pakistan" }).first();
  await expect(augRow).toContainText("15 Aug–14 Aug year (not a calendar year)");
  await expect(augRow).toContainText("+47.3%");
  await expect(page.getByText("Sources disagree").first()).toBeVisible();
  await shots(page, "trends-fatalities");
});

test("invalid values in a shared link are ignored with a note", async ({ page }) => {
  await gotoReady(page, "/trends?metric=bogus&breakdown=district&granularity=week");
  await expect(page.getByText("3 filters in the link were ignored")).toBeVisible();
  await expect(page.getByText(/Districts are broken down within one province/)).toBeVisible();
  await expect(page.getByText("Incident log: incidents per year", { exact: true })).toBeVisible();
});

test("an empty selection says what would fill it", async ({ page }) => {
  await gotoReady(page, "/trends?group=ttp&from=2015-01-01&to=2016-12-31");
  await expect(page.getByText(/No incidents in the log for TTP in 2015–2016/)).toBeVisible();
  await expect(page.getByText(/Widen the period/)).toBeVisible();
  await shots(page, "trends-empty");
  await page.getByRole("link", { name: "Show every year" }).click();
  await expect(page).not.toHaveURL(/from=/);
  await expect(page).toHaveURL(/group=ttp/);
  await expect(page.getByTestId("incident-table")).toBeVisible();
});

test("axe: no serious or critical violation, with and without a breakdown", async ({ page }) => {
  await gotoReady(page, "/trends");
  await expect(page.getByTestId("incident-table")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await shots(page, "trends");

  await gotoReady(page, "/trends?breakdown=type&measure=killed");
  await expect(page.getByText("Incident log: people killed per year, by incident type")).toBeVisible();
  await page.getByText(/Totals by incident type/).click();
  await expect(page.getByTestId("breakdown-totals-table")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "light" });
  await shots(page, "trends-by-type");
});
