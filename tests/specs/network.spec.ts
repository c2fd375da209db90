import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { screenshotPath } from "../e2e-users";
import { gotoReady } from "../support";

/**
 * The relationship network against the seeded database, signed in as an analyst. Seed facts used:
 * CRSS 2025 dates the TTP defectors who formed IS-K and the IMU's switch to IS-K to 2015, and IS-K's
 * pledge to the Islamic State to January 2015; the Taliban's sanctuary for the TTP starts in August
 * 2021 (CRSS, PIPS, Ullah & Bano, Akbar), the Haqqani–Taliban rivalry in March 2022 (PIPS), IS-Pakistan's
 * affiliation on 15 May 2019 (Ullah & Bano). IS-K itself was founded in January 2015.
 */

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** A tie's row in the table: "TTP · Defection · ISKP · since 2015". */
function tieRow(table: Locator, from: string, type: string, to: string, period: string) {
  return table
    .getByRole("row")
    .filter({ has: table.page().getByRole("rowheader", { name: from, exact: true }) })
    .filter({ hasText: type })
    .filter({ hasText: to })
    .filter({ hasText: period });
}

type CyRegistry = {
  _cyreg: {
    cy: {
      $id(id: string): {
        renderedMidpoint(): { x: number; y: number };
        renderedPosition(): { x: number; y: number };
        visible(): boolean;
      };
    };
  };
};

/** Where cytoscape drew an element, in page coordinates (from the registry cytoscape keeps on its container). */
async function drawnAt(canvas: Locator, id: string, kind: "edge" | "node") {
  const box = await canvas.boundingBox();
  if (!box) throw new Error("the graph has no box");
  const p = await canvas.evaluate(
    (el, { id, kind }) => {
      const ele = (el as unknown as CyRegistry)._cyreg.cy.$id(id);
      if (!ele.visible()) return null;
      return kind === "edge" ? ele.renderedMidpoint() : ele.renderedPosition();
    },
    { id, kind },
  );
  if (!p) throw new Error(`${id} is not drawn`);
  return { x: box.x + p.x, y: box.y + p.y };
}

test("moving the network to 2015 shows IS-K's founding ties and none that begin later; the year is in the link", async ({ page }) => {
  await gotoReady(page, "/network");
  await expect(page.getByRole("heading", { name: "Relationship network", level: 1 })).toBeVisible();
  const slider = page.getByLabel("Show the network as of");
  await slider.fill("2015");
  await expect(page).toHaveURL(/[?&]year=2015(&|$)/);
  await expect(page.locator("output")).toHaveText("2015");

  const check = async () => {
    const table = page.getByTestId("network-table");
    await expect(page.getByRole("heading", { name: "Ties as of 2015" })).toBeVisible();
    // IS-K's founding ties (CRSS 2025): TTP commanders and the IMU defect to it, it pledges to the Islamic State.
    await expect(tieRow(table, "TTP", "Defection", "ISKP", "since 2015").first()).toBeVisible();
    await expect(tieRow(table, "IMU", "Defection", "ISKP", "since 2015")).toBeVisible();
    await expect(tieRow(table, "ISKP", "Affiliate", "ISIS", "since Jan 2015")).toBeVisible();
    await expect(tieRow(table, "ISKP", "Rivalry", "IEA", "since Jan 2015")).toBeVisible();
    // Ties that begin later are not there yet.
    await expect(table.getByRole("row").filter({ hasText: "since Aug 2021" })).toHaveCount(0);
    await expect(table.getByRole("row").filter({ hasText: "since Mar 2022" })).toHaveCount(0);
    await expect(table.getByRole("row").filter({ hasText: "since 15 May 2019" })).toHaveCount(0);
    // An ended tie is gone too: the Taliban's sanctuary for al-Qaeda, 1996–2001.
    await expect(table.getByRole("row").filter({ hasText: "1996 – 2001" })).toHaveCount(0);
  };
  await check();
  await page.reload();
  await expect(page.getByLabel("Show the network as of")).toHaveValue("2015");
  await check();

  // A year earlier IS-K did not exist: none of its ties are drawn or listed, even the undated ones.
  await page.getByRole("button", { name: "Previous year" }).click();
  await expect(page).toHaveURL(/[?&]year=2014(&|$)/);
  await expect(page.getByRole("heading", { name: "Ties as of 2014" })).toBeVisible();
  const iskpLink = page.getByRole("link", { name: "ISKP", exact: true });
  await expect(page.getByTestId("network-table").locator("tbody tr").filter({ has: iskpLink })).toHaveCount(0);

  // Later, the sanctuary the Taliban give the TTP after the fall of Kabul appears.
  await slider.fill("2022");
  await expect(tieRow(page.getByTestId("network-table"), "IEA", "Sanctuary", "TTP", "since Aug 2021").first()).toBeVisible();
});

test("a line opens its description and exact quotes; a circle opens the group's profile", async ({ page }) => {
  await gotoReady(page, "/network?year=2015&group=iskp");
  await expect(page.getByLabel("Highlight a group")).toHaveValue("iskp");
  const canvas = page.getByTestId("network-canvas");
  await expect(canvas).toHaveAttribute("data-state", "ready");
  // The TTP → IS-K defection line holds three records in 2015: CRSS's (2015), EFSAS's (from 2013) and
  // Ullah & Bano's (undated; IS-K exists by then).
  const edge = await drawnAt(canvas, "ttp|iskp|defection", "edge");
  await page.mouse.click(edge.x, edge.y);
  const details = page.getByTestId("tie-details");
  await expect(details).toContainText("Members of Tehrik-e-Taliban Pakistan defected to Islamic State Khorasan Province");
  await expect(details).toContainText("3 records holding in 2015");
  await expect(
    details
      .locator("blockquote")
      .filter({ hasText: "The defection of TTP leaders—including Hafiz Saeed Khan, who was appointed as ISKP's first leader" }),
  ).toBeVisible();
  await expect(details.getByRole("link", { name: /^Complex Terrorism Landscape in Pakistan-Afghanistan Region/ }).first()).toBeVisible();
  await page.screenshot({ path: screenshotPath("network-2015-iskp-tie") });

  const node = await drawnAt(canvas, "iskp", "node");
  await page.mouse.click(node.x, node.y);
  await expect(page).toHaveURL(/\/groups\/iskp$/);
});

test("the table works by keyboard: headers sort, Show opens a tie's details, a group narrows the list", async ({ page }) => {
  await gotoReady(page, "/network?year=2015&group=ttp");
  const table = page.getByTestId("network-table");
  await expect(page.getByRole("heading", { name: "Ties as of 2015 — TTP" })).toBeVisible();
  // Every row is a tie of the TTP.
  const rows = table.locator("tbody tr");
  const n = await rows.count();
  expect(n).toBeGreaterThan(3);
  for (let i = 0; i < n; i++) await expect(rows.nth(i)).toContainText("TTP");

  const from = table.getByRole("columnheader", { name: "From" });
  await from.getByRole("button").focus();
  await page.keyboard.press("Enter");
  await expect(from).toHaveAttribute("aria-sort", "ascending");
  await page.keyboard.press("Enter");
  await expect(from).toHaveAttribute("aria-sort", "descending");

  const show = table.getByRole("button", {
    name: "Show defection, Tehrik-e-Taliban Pakistan to Islamic State Khorasan Province, in the graph",
  });
  await show.first().focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("tie-details")).toContainText(
    "Members of Tehrik-e-Taliban Pakistan defected to Islamic State Khorasan Province",
  );
  await expect(page.getByRole("region", { name: "Tie details" })).toBeFocused();

  // The sources of a row answer "says who?" with the quote.
  await table
    .getByRole("button", { name: /^Source: .*Show citation/ })
    .first()
    .click();
  await expect(page.getByRole("dialog").locator("blockquote").first()).toBeVisible();
});

test("a bad year in a link is ignored with a message; all years and undated ties can be switched", async ({ page }) => {
  await gotoReady(page, "/network?year=15.5");
  await expect(page.getByText("One filter in the link was ignored")).toBeVisible();
  await page.getByRole("button", { name: "All years" }).click();
  await expect(page).toHaveURL(/[?&]year=all(&|$)/);
  await expect(page.getByRole("heading", { name: "Ties in any year" })).toBeVisible();
  await expect(page.getByTestId("network-table").getByRole("row").filter({ hasText: "1996 – 2001" }).first()).toBeVisible();
  await page.getByLabel("Include ties with no start date").uncheck();
  await expect(page).toHaveURL(/undated=0/);
  await expect(page.getByTestId("network-table").getByText("Start not stated")).toHaveCount(0);
});

test("the network page has no serious or critical axe violation, light and dark", async ({ page }) => {
  await gotoReady(page, "/network?year=2015");
  await expect(page.getByTestId("network-canvas")).toHaveAttribute("data-state", "ready");
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /^(?!.*dark)/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath(`network-2015-${scheme}`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: "light" });
});
