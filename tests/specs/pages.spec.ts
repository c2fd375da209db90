import { expect, type Page, test } from "@playwright/test";
import { screenshotPath, storageStatePath } from "../e2e-users";

/**
 * Every page of the app, in Chromium, against the built app on a freshly seeded embedded database, signed
 * in as an analyst (the setup project's saved session) unless a block says otherwise.
 * Each check reads content that can only come from the database (the seed reports' figures, groups,
 * quotes), and each page is screenshotted to test-results/pages/ for a human look.
 */
async function shot(page: Page, name: string) {
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

test("overview shows headline figures with sources, the map and where sources disagree", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
  await expect(page.getByTestId("coverage")).toContainText("Published figures up to");
  await expect(page.getByText("Terrorist attacks, Pakistan")).toBeVisible();
  // The Kabul airport bombing: "over 170" in one report, "more than 180" in another, side by side.
  await expect(page.getByText("more than 180").first()).toBeVisible();
  await expect(page.getByText("over 170").first()).toBeVisible();
  await expect(page.locator('svg [aria-label^="Khyber Pakhtunkhwa"]').first()).toBeVisible();
  await expect(page.getByText("Boundaries © OpenStreetMap contributors").first()).toBeVisible();
  await shot(page, "overview");
});

test("a citation answers 'says who?' with the exact quote", async ({ page }) => {
  await page.goto("/sources/pips-2022");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Fallout of Afghan situation");
  await expect(page.getByText(/citations into this document/)).toBeVisible();
  // Each quote is shown highlighted inside its passage of the document.
  await expect(page.locator("blockquote mark").first()).toBeVisible();
  await shot(page, "source");
});

test("map: province choropleth drills into districts", async ({ page }) => {
  await page.goto("/map?metric=terror_attacks");
  const kp = page.locator('svg [aria-label^="Khyber Pakhtunkhwa"]').first();
  await expect(kp).toBeVisible();
  await expect(page.getByRole("cell", { name: "Khyber Pakhtunkhwa" }).first()).toBeVisible();
  await shot(page, "map");
  await kp.click();
  await expect(page).toHaveURL(/province=PK-KP/);
  await expect(page.getByRole("heading", { name: /Khyber Pakhtunkhwa: districts/ })).toBeVisible();
  await expect(page.locator('svg [aria-label^="North Waziristan"]').first()).toBeVisible();
  // No district figures for this metric: the page offers the metrics that have them.
  await page.getByRole("link", { name: /counter-terror operations \(\d+\)/i }).click();
  await expect(page).toHaveURL(/metric=counter_terror_operations/);
  await expect(page.getByLabel("Metric")).toHaveValue("counter_terror_operations");
  await expect(page.locator("main table").last().locator("tbody tr").first()).toBeVisible();
  await shot(page, "map-kp");
});

test("a bad filter in a shared link is ignored with a message, not an error page", async ({ page }) => {
  await page.goto("/map?metric=bogus&province=PK-KP&layer=incidents&from=2023-02-30");
  await expect(page.getByText("2 filters in the link were ignored")).toBeVisible();
  await expect(page.getByText(/“bogus” is not one of the choices/)).toBeVisible();
  await expect(page.getByRole("heading", { name: /Khyber Pakhtunkhwa: districts/ })).toBeVisible();
});

test("trends: published figures per source and the incident log kept apart", async ({ page }) => {
  await page.goto("/trends?metric=fatalities");
  await expect(page.getByRole("heading", { name: "Trends", level: 1 })).toBeVisible();
  await expect(page.getByText("Published figures: Fatalities")).toBeVisible();
  await expect(page.getByText(/Incident log:/)).toBeVisible();
  await expect(page.getByText("Sources disagree").first()).toBeVisible();
  await shot(page, "trends");
});

test("figures: every published number is findable with its source, and disagreements sit side by side", async ({ page }) => {
  await page.goto("/statistics?search=Kabul%20airport");
  await expect(page.getByRole("heading", { name: "Figures", level: 1 })).toBeVisible();
  const rows = page.locator("main tbody");
  await expect(rows.getByText("over 170", { exact: true })).toBeVisible();
  await expect(rows.getByText("more than 180", { exact: true })).toBeVisible();
  await expect(rows.getByRole("button", { name: /PIPS 2022/ }).first()).toBeVisible();
  await shot(page, "figures");
  await page.goto("/statistics");
  await expect(page.getByText(/Rows 1–50 of \d{3}/)).toBeVisible();
});

test("groups list and a group profile with cited claims", async ({ page }) => {
  await page.goto("/groups");
  await expect(page.getByRole("heading", { name: "Groups", level: 1 })).toBeVisible();
  const ttp = page.getByRole("link", { name: /Tehrik-e-Taliban Pakistan/ }).first();
  await expect(ttp).toBeVisible();
  await shot(page, "groups");
  await ttp.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tehrik-e-Taliban Pakistan");
  // Relationships come from the data: TTP's rivalry with ISKP links to ISKP's profile.
  await expect(page.getByRole("link", { name: "Islamic State Khorasan Province" }).first()).toBeVisible();
  await shot(page, "group-profile");
});

test("incident filters live in the URL and Clear resets the form", async ({ page }) => {
  await page.goto("/incidents?group=iskp");
  await expect(page.getByText(/incidents? linked to ISKP/i).first()).toBeVisible();
  const rows = page.locator("main tbody > tr");
  const filtered = await rows.count();
  expect(filtered).toBeGreaterThan(0);
  await expect(page.locator("main tbody").getByText(/TTP \(/)).toHaveCount(0);
  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL(/\/incidents$/);
  await expect(page.getByLabel("Group")).toHaveValue("");
});

test("incidents list with perpetrator attribution", async ({ page }) => {
  await page.goto("/incidents");
  await expect(page.getByRole("heading", { name: "Incidents", level: 1 })).toBeVisible();
  const rows = page.locator("main tbody");
  await expect(rows.getByText(/Kabul airport/i).first()).toBeVisible();
  await expect(rows.getByText(/\((claimed|attributed|suspected)\)/).first()).toBeVisible();
  await shot(page, "incidents");
});

test("recommendations list and detail", async ({ page }) => {
  await page.goto("/recommendations");
  await expect(page.getByRole("heading", { name: "Recommendations", level: 1 })).toBeVisible();
  await expect(page.getByText("Proposed").first()).toBeVisible();
  await shot(page, "recommendations");
  await page.getByTestId("recommendations-table").locator('a[href^="/recommendations/"]').first().click();
  await expect(page).toHaveURL(/\/recommendations\/.+/);
  await expect(page.getByRole("heading", { name: "In the source’s words" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Status history" })).toBeVisible();
  await expect(page.locator("blockquote").first()).toBeVisible();
  await shot(page, "recommendation");
});

test("sources list shows the five seed reports", async ({ page }) => {
  await page.goto("/sources");
  await expect(page.getByRole("heading", { name: "Sources", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /Complex Terrorism Landscape/i })).toBeVisible();
  await expect(page.getByRole("link", { name: /Good Taliban, Bad Taliban/i })).toBeVisible();
  await expect(page.locator("tbody tr")).toHaveCount(5);
  await shot(page, "sources");
});

test.describe("as an editor", () => {
  test.use({ storageState: storageStatePath("editor") });

  test("admin shows dataset counts and the backup commands", async ({ page }) => {
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("pnpm data:export").first()).toBeVisible();
    // The counts shown are the database's: compare with what the API reports.
    const res = await page.request.get("/api/trpc/dataset.coverage");
    const total: number = (await res.json()).result.data.json.statistics.total;
    expect(total).toBeGreaterThan(100);
    await expect(page.getByText(total.toLocaleString("en-GB")).first()).toBeVisible();
    await shot(page, "admin");
  });
});

test("about credits OpenStreetMap", async ({ page }) => {
  await page.goto("/about");
  await expect(page.getByText(/Open Database License/)).toBeVisible();
  await shot(page, "about");
});

test("an unknown record gives a 404 page that says what to do", async ({ page }) => {
  // With a loading.tsx the response has already started streaming, so Next sends the not-found UI
  // with status 200 (and a noindex tag); the page itself must say what happened.
  await page.goto("/groups/no-such-group");
  await expect(page.getByText(/does not exist/)).toBeVisible();
});

test("dark theme renders", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.locator("html")).toHaveClass(/dark/);
  await shot(page, "overview-dark");
});
