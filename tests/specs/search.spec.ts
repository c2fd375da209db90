import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { screenshotPath } from "../e2e-users";
import { gotoReady } from "../support";

/**
 * The search box and the results page on the seed reports: the shortcut opens it from any page, aliases
 * and spelling variants find the group (ISIS-K → Islamic State Khorasan Province, Tehreek-e-Taliban →
 * TTP, LeJ → Lashkar-e-Jhangvi), the keyboard picks a result and Enter opens it, and /search lists
 * everything ranked, by kind.
 */

async function expectNoSeriousAxeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

/** Axe and a screenshot in the light and in the dark theme. */
async function checkBothSchemes(page: Page, name: string, include?: string) {
  await expectNoSeriousAxeViolations(page, include);
  await page.screenshot({ path: screenshotPath(`${name}-light`), fullPage: !include });
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousAxeViolations(page, include);
  await page.screenshot({ path: screenshotPath(`${name}-dark`), fullPage: !include });
  await page.emulateMedia({ colorScheme: "light" });
}

const dialog = (page: Page) => page.getByRole("dialog", { name: "Search" });
const box = (page: Page) => page.getByRole("combobox", { name: /Search groups, incidents/ });
const options = (page: Page) => page.getByRole("listbox", { name: "Search results" }).getByRole("option");

/** The option the combobox points at (aria-activedescendant), checked against aria-selected. */
async function expectActive(page: Page, text: RegExp | string) {
  const id = await box(page).getAttribute("aria-activedescendant");
  expect(id).toBeTruthy();
  const active = page.locator(`[id="${id}"]`);
  await expect(active).toHaveAttribute("aria-selected", "true");
  await expect(active).toContainText(text);
}

test("press /, type an alias, pick the group with the keyboard and land on its profile", async ({ page }) => {
  await gotoReady(page, "/");
  await page.keyboard.press("/");
  await expect(dialog(page)).toBeVisible();
  await expect(box(page)).toBeFocused();
  await page.keyboard.type("ISIS-K");
  await expect(options(page).first()).toContainText("Islamic State Khorasan Province");
  await expect(options(page).first()).toContainText("Matched “ISIS-K”");
  await expect(options(page).first()).toContainText("Group");
  await expect(box(page)).toHaveAttribute("aria-expanded", "true");
  await expectActive(page, "Islamic State Khorasan Province");
  // Down to the next result and back up, then open.
  await page.keyboard.press("ArrowDown");
  await expectActive(page, /IS-K/);
  await page.keyboard.press("ArrowUp");
  await expectActive(page, "Islamic State Khorasan Province");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/groups\/iskp$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Islamic State Khorasan Province");
  await expect(dialog(page)).toBeHidden();
});

test("Ctrl+K opens search where the page's own filter box has /, and a spelling variant finds the TTP", async ({ page }) => {
  await gotoReady(page, "/incidents");
  // "/" belongs to the incidents filter box on this page (once the list and its filters are there).
  const filterBox = page.getByRole("main").getByRole("searchbox");
  await expect(filterBox).toBeVisible();
  // The list streams in after the shell hydrates: press again until the box's own shortcut is live.
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(filterBox).toBeFocused({ timeout: 1000 });
  }).toPass();
  await expect(dialog(page)).toBeHidden();
  // Ctrl+K works even while typing in that box.
  await page.keyboard.press("Control+k");
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.type("Tehreek-i-Taliban Pakistan");
  await expect(options(page).first()).toContainText("Tehrik-e-Taliban Pakistan");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/groups\/ttp$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tehrik-e-Taliban Pakistan");
});

test("LeJ lists Lashkar-e-Jhangvi before its Al-Alami splinter; Escape closes; the last option opens every result", async ({ page }) => {
  await gotoReady(page, "/");
  const trigger = page.getByRole("button", { name: "Search" });
  await trigger.click();
  await page.keyboard.type("LeJ");
  await expect(options(page).nth(0)).toContainText("Lashkar-e-Jhangvi");
  await expect(options(page).nth(1)).toContainText("Lashkar-e-Jhangvi Al-Alami");
  await expect(options(page).nth(1)).toContainText("Matched “LeJ-A”");
  await page.keyboard.press("Escape");
  await expect(dialog(page)).toBeHidden();
  await expect(trigger).toBeFocused();

  // Reopened, it starts empty; ArrowUp from the first result wraps to "All … results".
  await page.keyboard.press("Control+k");
  await expect(box(page)).toHaveValue("");
  await page.keyboard.type("mosque Peshawar");
  await expect(options(page).first()).toContainText(/mosque/i);
  await page.keyboard.press("ArrowUp");
  await expectActive(page, /All \d+ results for “mosque Peshawar”/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=mosque\+Peshawar$/);
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
});

test("the open search box passes axe, light and dark", async ({ page }) => {
  await gotoReady(page, "/");
  await page.keyboard.press("Control+k");
  await page.keyboard.type("Taliban");
  await expect(options(page).first()).toContainText("Afghan Taliban");
  await expect(page.getByRole("status").filter({ hasText: /results? for “Taliban”/ })).toHaveCount(1);
  await checkBothSchemes(page, "search-dialog", "dialog");
});

test("/search ranks every kind, filters by kind, marks near spellings and opens a result", async ({ page }) => {
  await page.goto("/search?q=Lashkar-e-Jhanvi");
  const results = page.getByRole("list", { name: "Results" }).getByRole("listitem");
  await expect(results.first()).toContainText("Lashkar-e-Jhangvi");
  await expect(results.first()).toContainText("Similar spelling");

  await page.goto("/search?q=Pakistani%20Taliban");
  await expect(results.first()).toContainText("Tehrik-e-Taliban Pakistan");
  await expect(results.first()).toContainText("Matched “Pakistani Taliban”");
  const kinds = page.getByRole("navigation", { name: "Kind of record" });
  await expect(kinds.getByRole("link", { name: /^All \(\d+\)$/ })).toHaveAttribute("aria-current", "page");
  await kinds.getByRole("link", { name: /^Incidents \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/type=incident/);
  await expect(results.first()).toContainText("Incident");
  // Incidents titled by the group's abbreviation follow from its alias.
  await expect(results.filter({ hasText: /^Incident\s*TTP / }).first()).toBeVisible();
  await checkBothSchemes(page, "search-page");

  await results.filter({ hasText: "TTP attack on the Army Public School" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/incidents\/akbar-taliban-2%2Fincident%2Farmy-public-school-peshawar-2014$/);

  await page.goto("/search?q=zzqxv");
  await expect(page.getByText("No record matches “zzqxv”")).toBeVisible();
  await page.goto("/search");
  await expect(page.getByText("Search the monitor")).toBeVisible();
  await checkBothSchemes(page, "search-page-empty");
});
