import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { screenshotPath } from "../e2e-users";

/**
 * The incidents explorer, an incident's page and the timeline, as an analyst uses them on the seed
 * reports: filters and order live in the URL (a reload or a shared link reopens the same list), every
 * incident opens on its place, its groups and every source's exact words, and the timeline lists the
 * events analysts date things by.
 */

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

/** Axe in the light and in the dark theme (the dark palette has its own contrasts). */
async function expectAxeCleanInBothSchemes(page: Page) {
  await expectNoSeriousAxeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousAxeViolations(page);
  await page.emulateMedia({ colorScheme: "light" });
}

/** Light and dark screenshots of the current page, for a human look. */
async function shots(page: Page, name: string) {
  await page.screenshot({ path: screenshotPath(`${name}-light`), fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: screenshotPath(`${name}-dark`), fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });
}

const rows = (page: Page) => page.locator("main tbody > tr");

test("filter incidents by province and district: the URL carries the filters and a reload keeps them", async ({ page }) => {
  await page.goto("/incidents");
  const form = page.getByRole("form", { name: "Filter incidents" });
  await form.getByLabel("Province").selectOption("PK-KP");
  // The district list follows the province chosen, before it is applied.
  const district = form.getByLabel("District");
  await expect(district.locator("option", { hasText: "Peshawar" })).toHaveCount(1);
  await expect(district.locator("option", { hasText: "Quetta" })).toHaveCount(0);
  await district.selectOption("pk-kp-peshawar");
  await form.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/province=PK-KP/);
  await expect(page).toHaveURL(/district=pk-kp-peshawar/);

  const check = async () => {
    await expect(page.getByText(/incidents? in Peshawar district, in Khyber Pakhtunkhwa/)).toBeVisible();
    await expect(form.getByLabel("Province")).toHaveValue("PK-KP");
    await expect(form.getByLabel("District")).toHaveValue("pk-kp-peshawar");
    const count = await rows(page).count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) await expect(rows(page).nth(i)).toContainText("Peshawar");
  };
  await check();
  await page.reload();
  await check();
});

test("sort by a column with the mouse and the keyboard; the order survives a new filter", async ({ page }) => {
  await page.goto("/incidents?province=PK-KP");
  const killed = page.getByRole("columnheader", { name: /Killed/ });
  await expect(page.getByRole("columnheader", { name: /Date/ })).toHaveAttribute("aria-sort", "descending");
  await expect(killed).toHaveAttribute("aria-sort", "none");
  await killed.getByRole("link").click();
  await expect(page).toHaveURL(/sort=killed/);
  await expect(killed).toHaveAttribute("aria-sort", "descending");
  // The deadliest KP incident in the seed: the Peshawar school massacre, 149 killed.
  await expect(rows(page).first().getByRole("cell").nth(3)).toHaveText("149");

  await killed.getByRole("link").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=killed&dir=asc/);
  await expect(killed).toHaveAttribute("aria-sort", "ascending");

  const form = page.getByRole("form", { name: "Filter incidents" });
  await form.getByLabel("Type").selectOption("suicide_bombing");
  await form.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/type=suicide_bombing/);
  await expect(page).toHaveURL(/sort=killed/);
  await expect(killed).toHaveAttribute("aria-sort", "ascending");
});

test("an empty result offers to drop each filter on its own", async ({ page }) => {
  await page.goto("/incidents?province=PK-BA&group=ttp&certainty=claimed&from=2023-06-01");
  await expect(page.getByText("No incident matches these filters")).toBeVisible();
  await shots(page, "incidents-empty");
  await page.getByRole("link", { name: "Drop From: 1 Jun 2023" }).click();
  await expect(page).not.toHaveURL(/from=/);
  await expect(page).toHaveURL(/certainty=claimed/);
  // TTP's attack on soldiers in Kech (1 Apr 2023) is only attributed, not claimed: still nothing.
  await expect(page.getByText("No incident matches these filters")).toBeVisible();
  await page.getByRole("link", { name: "Drop Certainty: Claimed only" }).click();
  await expect(rows(page).filter({ hasText: "TTP attack on Pakistani soldiers in Kech" })).toHaveCount(1);
});

test("an incident's page: place on the map, groups with certainty, casualties and every citation's exact words", async ({ page }) => {
  await page.goto("/incidents?province=PK-KP&search=mosque");
  await page.getByRole("link", { name: /Suicide bombing at a mosque in a security compound in Peshawar/ }).click();
  await expect(page).toHaveURL(/\/incidents\/akbar-taliban-2%2Fincident%2F/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Suicide bombing at a mosque in a security compound in Peshawar");
  await expect(page.getByRole("img", { name: /is in Peshawar district, highlighted/ })).toBeVisible();
  await expect(page.getByText("Boundaries © OpenStreetMap contributors").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Tehrik-e-Taliban Pakistan (TTP)" })).toHaveAttribute("href", "/groups/ttp");
  await expect(page.getByText("(claimed)")).toBeVisible();
  const quotes = page.getByRole("region", { name: "In the sources’ words" }).locator("blockquote");
  await expect(quotes).toHaveCount(3);
  await expect(quotes.first()).toContainText("On 30 January 2023, a suicide bomber attacked a mosque in Peshawar");
  await expect(page.getByRole("link", { name: "Taliban 2.0: Implications for National Security of Pakistan" }).first()).toHaveAttribute(
    "href",
    "/sources/akbar-taliban-2",
  );
  await expectAxeCleanInBothSchemes(page);
  await shots(page, "incident");

  // Back to the list as it was left.
  await page.getByRole("link", { name: "Back to the list" }).click();
  await expect(page).toHaveURL(/\/incidents\?province=PK-KP&search=mosque$/);
});

test("a qualified figure reads as the source gives it, and an unknown incident says so", async ({ page }) => {
  await page.goto(`/incidents/${encodeURIComponent("crss-2025/incident/kabul-airport-bombing-2021-08")}`);
  await expect(page.getByText("Aug 2021 (known only to the month)")).toBeVisible();
  await expect(page.getByText("over 170", { exact: true })).toBeVisible();
  await page.goto("/incidents/no-such-incident");
  await expect(page.getByText("No such incident")).toBeVisible();
  await expect(page.getByRole("link", { name: "Search the incident list" })).toBeVisible();
});

test("the incidents list passes axe checks", async ({ page }) => {
  await page.goto("/incidents?province=PK-KP&sort=killed");
  await expect(rows(page).first()).toBeVisible();
  await expectAxeCleanInBothSchemes(page);
  await shots(page, "incidents");
});

test("the timeline lists the events analysts date things by, filtered in the URL", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Timeline" }).click();
  await expect(page.getByRole("heading", { name: "Timeline", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Fall of Kabul: President Ghani flees and the Taliban enter the capital" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Doha Agreement between the United States and the Taliban" }).first()).toBeVisible();
  await expectAxeCleanInBothSchemes(page);

  const form = page.getByRole("form", { name: "Filter the timeline" });
  await form.getByLabel("Category").selectOption("agreement");
  await form.getByLabel("From").fill("2021-01-01");
  await form.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/kind=agreement/);
  await expect(page).toHaveURL(/from=2021-01-01/);
  const check = async () => {
    await expect(page.getByRole("heading", { name: "TTP ends its 'indefinite' ceasefire (as reported by PIPS)" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Fall of Kabul/ })).toHaveCount(0);
    await expect(form.getByLabel("Category")).toHaveValue("agreement");
  };
  await check();
  await page.reload();
  await check();
  await shots(page, "timeline");

  await page.goto("/timeline?kind=legal&from=2023-01-01");
  await expect(page.getByText("No event matches these filters")).toBeVisible();
});
