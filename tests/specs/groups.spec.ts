import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { screenshotPath } from "../e2e-users";
import { gotoReady } from "../support";

/**
 * The groups list and a group's profile on the seed reports: filters and sort live in the URL, a cited
 * claim opens its quote, the leaders' tenure timeline and the strength ranges come with their sources,
 * and the profile leads to the dashboard filtered to the group. Axe on both pages, light and dark.
 */

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

test("the groups list filters by kind, area and active year, and keeps the sort in the URL", async ({ page }) => {
  await gotoReady(page, "/groups");
  const filters = page.getByRole("form", { name: "Filter groups" });
  await filters.getByLabel("Area").selectOption("PK-BA");
  await filters.getByLabel("Kind").selectOption("sectarian");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/area=PK-BA/);
  await expect(page).toHaveURL(/kind=sectarian/);
  const rows = page.locator("main tbody > tr");
  await expect(rows.filter({ hasText: "Lashkar-e-Jhangvi" }).first()).toBeVisible();
  await expect(rows.filter({ hasText: "Tehrik-e-Taliban Pakistan" })).toHaveCount(0);

  // ISKP was founded in January 2015: listed as active in 2015, not in 2014.
  await gotoReady(page, "/groups?active=2015");
  await expect(page.getByRole("link", { name: "Islamic State Khorasan Province" })).toBeVisible();
  await gotoReady(page, "/groups?active=2014");
  await expect(page.getByText(/groups? active in 2014/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Islamic State Khorasan Province" })).toHaveCount(0);

  // Sorting by incidents puts the group with the most attributed incidents first and writes the order into the URL.
  await gotoReady(page, "/groups");
  await page.getByRole("button", { name: "Incidents", exact: true }).click();
  await expect(page).toHaveURL(/sort=incidents&dir=desc/);
  await expect(page.locator("main tbody > tr").first()).toContainText("Tehrik-e-Taliban Pakistan");
  await page.reload();
  await expect(page.locator("main tbody > tr").first()).toContainText("Tehrik-e-Taliban Pakistan");
  await page.screenshot({ path: screenshotPath("groups-list"), fullPage: true });
});

test("a profile: a cited claim's quote, the leaders' tenure timeline and the strength ranges with their sources", async ({ page }) => {
  await gotoReady(page, "/groups/ttp");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tehrik-e-Taliban Pakistan");

  // A claim with its citation: the badge opens the source's exact words.
  const claims = page.locator("#claims");
  const claim = claims.getByRole("listitem").filter({ hasText: "Seeks to overthrow the Pakistani state" });
  await claim.getByRole("button", { name: /^Source: EFSAS/ }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByText("Says who?")).toBeVisible();
  await expect(dialog).toContainText("the TTP seeks to overthrow the Pakistani State and replace it with a Sharia-governed polity");
  await page.keyboard.press("Escape");

  // Leaders over time: the timeline's table gives each tenure with its dates and source.
  const leaders = page.locator("#leaders");
  const fazlullah = leaders.getByRole("row").filter({ hasText: "Maulana Fazlullah" });
  await expect(fazlullah).toContainText("2013");
  await expect(fazlullah).toContainText("2018");
  await expect(leaders.getByRole("row").filter({ hasText: "Noor Wali Mehsud" })).toContainText("No end recorded");
  // Who led in a chosen year, from the tenures' dates.
  await leaders.getByLabel("Who led TTP in").selectOption("2015");
  await expect(leaders.locator("output")).toContainText("Maulana Fazlullah");
  await expect(leaders.locator("output")).not.toContainText("Noor Wali Mehsud");

  // Strength estimates over time as ranges, each with its source.
  const strength = page.locator("#strength");
  await expect(strength.locator(".recharts-surface")).toBeVisible();
  await expect(strength.locator("svg text").filter({ hasText: "PIPS 2022" })).toBeVisible();
  const pips = strength.getByRole("row").filter({ hasText: "between 4,000 and 5,000" });
  await expect(pips.getByRole("button", { name: /^Source: PIPS 2022/ })).toBeVisible();
  await expect(
    strength
      .getByRole("row")
      .filter({ hasText: "up to 6,500" })
      .getByRole("button", { name: /^Source: CRSS 2025/ }),
  ).toBeVisible();

  // Areas of operation on the map, with the OpenStreetMap attribution.
  const areas = page.locator("#areas");
  await expect(areas.getByRole("img", { name: /Map of Pakistan by districts/ })).toBeVisible();
  await expect(areas.getByRole("link", { name: "OpenStreetMap contributors (ODbL)" })).toBeVisible();
  await page.screenshot({ path: screenshotPath("group-profile-ttp"), fullPage: true });
});

test("the profile leads to the dashboard filtered to the group, and to its incidents by province", async ({ page }) => {
  await gotoReady(page, "/groups/ttp");
  const activity = page.locator("#activity");
  const kp = activity.getByRole("link", { name: "Khyber Pakhtunkhwa: incidents attributed to TTP" });
  await expect(kp).toHaveAttribute("href", "/incidents?group=ttp&province=PK-KP");

  await page.getByRole("link", { name: "Overview for TTP" }).click();
  await expect(page).toHaveURL(/\/\?group=ttp$/);
  await expect(page.getByTestId("filter-words")).toContainText("group: Tehrik-e-Taliban Pakistan");
  await expect(page.getByRole("form", { name: "Filter the overview" }).getByLabel("Group")).toHaveValue("ttp");

  await gotoReady(page, "/groups/ttp");
  await page.locator("#relationships").getByRole("link", { name: "See TTP in the network" }).click();
  await expect(page).toHaveURL(/\/network\?group=ttp$/);
});

test("axe: no serious or critical violation on the groups list and a profile, light and dark", async ({ page }) => {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await gotoReady(page, "/groups?area=PK-KP");
    await expect(page.getByRole("heading", { name: "Groups", level: 1 })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await gotoReady(page, "/groups/iskp");
    await expect(page.locator("#strength .recharts-surface")).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    if (scheme === "dark") await page.screenshot({ path: screenshotPath("group-profile-iskp-dark"), fullPage: true });
  }
});
