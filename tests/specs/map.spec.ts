import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { screenshotPath } from "../e2e-users";
import { gotoReady } from "../support";

/**
 * The map page against the seeded dataset: drill-down with its own series, tooltips with source and
 * quote, the Karachi inset, the all-Pakistan district ranking ("which districts had the most security
 * operations in 2022"), the Afghanistan group-presence map, and axe on each state, light and dark.
 */

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

/** A map area by id: on the main map, or its magnified twin in the Karachi inset. */
const area = (page: Page, id: string, where: "main" | "inset" = "main") => page.locator(`path[data-area="${id}"][data-where="${where}"]`);

test("click a province: its districts, its own series; click a district (mouse and keyboard): its figures with sources", async ({
  page,
}) => {
  await gotoReady(page, "/map?metric=counter_terror_operations");
  await expect(page.getByRole("heading", { name: "Pakistan", level: 1 })).toBeVisible();
  await area(page, "PK-KP").click();
  await expect(page).toHaveURL(/province=PK-KP/);
  await expect(page.getByRole("heading", { name: "Khyber Pakhtunkhwa: districts", level: 1 })).toBeVisible();
  await expect(area(page, "pk-kp-north-waziristan")).toHaveAttribute(
    "aria-label",
    /^North Waziristan: 20 counter-terror operations\. Source: PIPS 2022/,
  );
  // The drill-down's own series: published figures by source and the incident log, in separate charts.
  const series = page.getByRole("region", { name: "Khyber Pakhtunkhwa over time" });
  await expect(series).toBeVisible();
  await expect(series.getByText("Published figures: counter-terror operations")).toBeVisible();
  await expect(series.getByText("Incident log: incidents per year")).toBeVisible();
  await expect(series.getByRole("cell", { name: "1 Jan – 20 Aug 2022" })).toBeVisible();

  await area(page, "pk-kp-north-waziristan").click();
  await expect(page).toHaveURL(/district=pk-kp-north-waziristan/);
  const panel = page.getByTestId("district-panel");
  await expect(panel).toContainText("North Waziristan");
  await expect(panel.getByRole("row", { name: /Counter-terror operations/ }).first()).toContainText("20");
  await expect(panel.getByRole("button", { name: /^Source: PIPS 2022/ }).first()).toBeVisible();
  await expect(area(page, "pk-kp-north-waziristan")).toHaveAttribute("aria-current", "true");

  // The keyboard does the same: focus Bannu, press Enter.
  await area(page, "pk-kp-bannu").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/district=pk-kp-bannu/);
  await expect(panel).toContainText("Bannu");
  // A copied link reopens the same view.
  await page.reload();
  await expect(page.getByTestId("district-panel")).toContainText("Bannu");
  await expect(page.getByLabel("Metric")).toHaveValue("counter_terror_operations");
  await page.screenshot({ path: screenshotPath("map-drilldown"), fullPage: true });
});

test("hover or focus an area: the tooltip shows value, qualifier, period, source and the exact quote", async ({ page }) => {
  await gotoReady(page, "/map?province=PK-KP&metric=counter_terror_operations");
  await area(page, "pk-kp-north-waziristan").hover();
  const tip = page.getByRole("tooltip");
  await expect(tip).toContainText("North Waziristan");
  await expect(tip).toContainText("20 (exact figure)");
  await expect(tip).toContainText("1 Jan – 20 Aug 2022");
  await expect(tip).toContainText("PIPS 2022");
  await expect(tip).toContainText("Table 6");
  await expect(tip).toContainText("“North Waziristan 20 57 4”");

  // Keyboard focus opens the same tooltip and ties it to the area for screen readers.
  await page.mouse.move(0, 0);
  await area(page, "pk-kp-dera-ismail-khan").focus();
  await expect(tip).toContainText("Dera Ismail Khan");
  await expect(area(page, "pk-kp-dera-ismail-khan")).toHaveAttribute("aria-describedby", (await tip.getAttribute("id")) ?? "missing");
  await page.keyboard.press("Escape");
  await expect(tip).toBeHidden();
});

test("Sindh's districts come with the Karachi inset: same colours, tooltips, focus and links, and the attribution", async ({ page }) => {
  await gotoReady(page, "/map?province=PK-SD&layer=incidents");
  await expect(page.getByRole("heading", { name: "Sindh: districts", level: 1 })).toBeVisible();
  const inset = page.getByRole("group", { name: "Karachi (inset)" });
  await expect(inset).toBeVisible();
  await expect(inset.getByText("© OpenStreetMap contributors")).toBeVisible();
  // Every Karachi district is in the inset, focusable and labelled; its tiny twin on the main map is for pointers only.
  for (const id of [
    "pk-sd-karachi-south",
    "pk-sd-karachi-central",
    "pk-sd-karachi-east",
    "pk-sd-karachi-west",
    "pk-sd-korangi",
    "pk-sd-keamari",
    "pk-sd-malir",
  ]) {
    await expect(area(page, id, "inset")).toHaveAttribute("tabindex", "0");
    await expect(area(page, id, "main")).toHaveAttribute("aria-hidden", "true");
  }
  await expect(area(page, "pk-sd-karachi-south", "inset")).toHaveAttribute("aria-label", /^Karachi South \(Karachi inset\): /);
  // Same colour in the inset as on the main map.
  const fill = (where: "main" | "inset") => area(page, "pk-sd-karachi-south", where).evaluate((el) => getComputedStyle(el).fill);
  expect(await fill("inset")).toBe(await fill("main"));
  await area(page, "pk-sd-karachi-central", "inset").hover();
  await expect(page.getByRole("tooltip")).toContainText("Karachi Central");
  await area(page, "pk-sd-korangi", "inset").click();
  await expect(page).toHaveURL(/district=pk-sd-korangi/);
  await expect(page.getByTestId("district-panel")).toContainText("Korangi");
  await expect(page.getByText("Boundaries © OpenStreetMap contributors (ODbL)")).toBeVisible();
  await page.screenshot({ path: screenshotPath("map-sindh-inset"), fullPage: true });

  // The all-Pakistan district map has the inset too.
  await gotoReady(page, "/map?level=district");
  await expect(page.getByRole("group", { name: "Karachi (inset)" })).toBeVisible();
});

test("which districts had the most security operations in 2022: PIPS ranks North Waziristan first with 20", async ({ page }) => {
  await gotoReady(page, "/map");
  await page.getByRole("link", { name: "All districts" }).click();
  await expect(page).toHaveURL(/level=district/);
  await page.getByLabel("Metric").selectOption("counter_terror_operations");
  await expect(page).toHaveURL(/metric=counter_terror_operations/);
  await expect(page.getByRole("heading", { name: "Pakistan: all districts", level: 1 })).toBeVisible();
  const table = page.getByTestId("ranking-table");
  await expect(table).toContainText("ranked by counter-terror operations, 1 Jan – 20 Aug 2022");
  const first = table.locator("tbody tr").first();
  await expect(first.getByRole("cell").nth(0)).toHaveText("1");
  await expect(first).toContainText("North Waziristan");
  await expect(first).toContainText("Khyber Pakhtunkhwa");
  await expect(first.getByRole("cell").nth(3)).toHaveText("20");
  await expect(first.getByRole("button", { name: /^Source: PIPS 2022/ })).toBeVisible();
  await expect(table.locator("tbody tr").nth(1)).toContainText("Kech");
  // Ties share a rank.
  await expect(table.getByRole("row", { name: /Bannu/ }).getByRole("cell").first()).toContainText("4");
  await expect(
    table
      .getByRole("row", { name: /Peshawar/ })
      .getByRole("cell")
      .first(),
  ).toContainText("4");
  await page.screenshot({ path: screenshotPath("map-districts-ranked"), fullPage: true });

  // Sorting by keyboard, kept in the URL.
  const byName = table.getByRole("button", { name: /^District/ });
  await byName.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=name/);
  await expect(table.locator("tbody tr").first()).toContainText("Awaran");
  await expect(table.getByRole("columnheader", { name: /District/ })).toHaveAttribute("aria-sort", "ascending");
  await page.reload();
  await expect(page.getByTestId("ranking-table").locator("tbody tr").first()).toContainText("Awaran");

  // The incident log answers from its own counts, never mixed with the published figures.
  await gotoReady(page, "/map?layer=incidents&level=district&type=counter_terror_operation&from=2022-01-01&to=2022-12-31");
  await expect(page.getByLabel("Year")).toHaveValue("2022");
  await expect(page.getByLabel("Incident type")).toHaveValue("counter_terror_operation");
  const log = page.getByTestId("ranking-table");
  await expect(log).toContainText("ranked by counter-terror operations in the incident log, 2022");
  await expect(log.locator("tbody tr").first()).toContainText("Swat");
  await expect(log.getByRole("link", { name: "1 cited incident" })).toHaveAttribute(
    "href",
    /\/incidents\?district=pk-kp-swat&type=counter_terror_operation/,
  );
});

test("Afghanistan: where a group operates, each painted province citing its source, with the attribution", async ({ page }) => {
  await gotoReady(page, "/map?country=AF");
  await expect(page.getByRole("heading", { name: "Afghanistan", level: 1 })).toBeVisible();
  // Afghanistan opens on group presence.
  await expect(page.getByRole("link", { name: "Group presence" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Boundaries © OpenStreetMap contributors (ODbL)")).toBeVisible();
  await page.getByLabel("Group").selectOption("ttp");
  await expect(page).toHaveURL(/group=ttp/);
  await expect(page.getByText("Where Tehrik-e-Taliban Pakistan (TTP) operates: Afghanistan")).toBeVisible();
  await expect(area(page, "AF-KNR")).toHaveAttribute("aria-label", /^Kunar: Named as an area of operation\. Source: /);
  const kunar = page.getByRole("row", { name: /^Kunar/ });
  // One badge per source: Kunar is named by three reports.
  await expect(kunar.getByRole("button", { name: /^Source: / })).toHaveCount(3);
  await expect(kunar.getByRole("button", { name: /^Source: PIPS 2022/ })).toBeVisible();
  await area(page, "AF-KNR").hover();
  await expect(page.getByRole("tooltip")).toContainText("Kunar");
  await expect(page.getByRole("tooltip")).toContainText("“");
  await page.screenshot({ path: screenshotPath("map-afghanistan-groups"), fullPage: true });

  // A group the data model lists no areas for says so.
  await gotoReady(page, "/map?country=AF&group=let");
  await expect(page.getByText(/No areas of operation in Afghanistan/)).toBeVisible();
  await expect(page.getByText(/this group's list is empty/)).toBeVisible();
});

test("pre-2018 boundaries: by the period automatically, and by hand", async ({ page }) => {
  await gotoReady(page, "/map?layer=incidents&from=2014-01-01&to=2014-12-31");
  await expect(page.getByText("Showing pre-2018 boundaries (FATA separate), chosen by the period.")).toBeVisible();
  await expect(area(page, "PK-TA")).toBeVisible();
  await page.getByLabel("Boundaries").selectOption("post2018");
  await expect(page).toHaveURL(/boundary=post2018/);
  await expect(page.getByText("Showing post-2018 boundaries, chosen by hand.")).toBeVisible();
  await expect(area(page, "PK-TA")).toHaveCount(0);
});

test("axe: no serious or critical violation on the map's states, light and dark", async ({ page }) => {
  const states: [string, string][] = [
    ["provinces", "/map"],
    ["kp-districts", "/map?province=PK-KP&metric=counter_terror_operations&district=pk-kp-north-waziristan"],
    ["sindh-incidents", "/map?province=PK-SD&layer=incidents"],
    ["all-districts", "/map?level=district&metric=counter_terror_operations"],
    ["afghanistan", "/map?country=AF"],
  ];
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [name, url] of states) {
      await gotoReady(page, url);
      await expect(page.locator("svg[aria-label^='Map:']")).toBeVisible();
      await expectNoSeriousAxeViolations(page);
      await page.screenshot({ path: screenshotPath(`map-${name}-${scheme}`), fullPage: true });
    }
  }
});
