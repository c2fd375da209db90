import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { screenshotPath, storageStatePath } from "../e2e-users";
import { gotoReady } from "../support";

/**
 * Repeated recommendations: the families list says how often and since when each was made, a
 * family's page lists every original with its quote, oldest report first; editors review likely
 * repeats (dismiss one, link another into a new family, then dissolve it); viewers never see, nor
 * request, the suggestions. And the outcome indicator chart on a recommendation's page.
 */

const KABUL = "Engage Kabul diplomatically to deny the TTP Afghan soil";
const KABUL_MEMBERS = [
  "pips-2022/rec/5-1-bilateral-engagement-with-kabul",
  "crss-2025/rec/es-quiet-forceful-diplomacy-with-kabul",
  "akbar-taliban-2/rec/1-diplomacy-taliban-cut-ties",
  "akbar-taliban-2/rec/abstract-diplomatic-engagement",
];
/** Recommendations other specs change: never linked or dismissed here. */
const TOUCHED_ELSEWHERE = new Set([
  "pips-2022/rec/5-2-implementation-plans-nsp-nap",
  "pips-2022/rec/5-2-balochistan-comprehensive-policy",
  "crss-2025/rec/es-strategic-clarity-on-ttp",
  "efsas-ttp-resurgence/rec/maintain-ties-with-united-states",
  "ullah-bano-2025/rec/conclusion-counter-financing",
]);
const BALOCHISTAN_POLICY = "/recommendations/pips-2022%2Frec%2F5-2-balochistan-comprehensive-policy";

async function expectNoSeriousAxeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

/** Axe in the light and in the dark theme (the dark palette has its own contrasts), with a screenshot of each. */
async function axeAndShots(page: Page, name: string, include?: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoSeriousAxeViolations(page, include);
    await page.screenshot({ path: screenshotPath(`${name}-${scheme}`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

const familyRow = (page: Page, title: string) => page.getByTestId("families-table").getByRole("row").filter({ hasText: title });

/** The pair a suggestion card shows, from its `data-suggestion` ("a|b"). */
async function pairOf(card: Locator): Promise<string[]> {
  return ((await card.getAttribute("data-suggestion")) ?? "").split("|");
}

/** The first suggestion on the page whose recommendations no other spec changes (and that matches `linked`). */
async function pickSuggestion(page: Page, linked: "yes" | "no" | "any", skip: ReadonlySet<string> = new Set()): Promise<Locator> {
  const cards = page.getByTestId("likely-repeats").locator("article[data-suggestion]");
  const n = await cards.count();
  for (let i = 0; i < n; i++) {
    const card = cards.nth(i);
    const id = (await card.getAttribute("data-suggestion")) ?? "";
    const pair = await pairOf(card);
    if (skip.has(id) || pair.some((k) => TOUCHED_ELSEWHERE.has(k) || KABUL_MEMBERS.includes(k))) continue;
    if (linked !== "any" && (await card.getAttribute("data-linked")) !== linked) continue;
    return page.locator(`article[data-suggestion="${id}"]`);
  }
  throw new Error(`No suggestion (linked: ${linked}) outside the recommendations other specs change`);
}

test("the families list says how often each recommendation was made; a family lists its originals oldest first", async ({ page }) => {
  await gotoReady(page, "/recommendations/families");
  await expect(page.getByRole("heading", { name: "Recommendations made more than once" })).toBeVisible();
  const row = familyRow(page, KABUL);
  await expect(row).toHaveCount(1);
  // Times made, sources, first made (year and source), most recently.
  await expect(row.getByRole("cell").nth(0)).toHaveText("4");
  await expect(row.getByRole("cell").nth(1)).toHaveText("3");
  await expect(row.getByRole("cell").nth(2)).toContainText("2022");
  await expect(row.getByRole("cell").nth(2)).toContainText("PIPS 2022");
  // An analyst is not an editor: no likely repeats.
  await expect(page.getByRole("heading", { name: /Likely repeats/ })).toHaveCount(0);

  await row.getByRole("link", { name: KABUL }).click();
  await expect(page).toHaveURL(/\/recommendations\/families\/family%2Fdiplomatic-engagement-with-kabul-on-the-ttp$/);
  await expect(page.getByRole("heading", { name: KABUL, level: 1 })).toBeVisible();
  await expect(page.getByTestId("family-summary")).toHaveText("Made 4 times by 3 sources since 2022");
  const members = page.locator("[data-member]");
  await expect(members).toHaveCount(4);
  expect(await members.evaluateAll((els) => els.map((e) => e.getAttribute("data-member")))).toEqual(KABUL_MEMBERS);
  // Each original with its exact quote and locator, and a link to its own page.
  const first = members.first();
  await expect(first.locator("blockquote")).toContainText(
    "Pakistan needs to enhance bilateral engagement and cooperation with Kabul on countering terrorism",
  );
  await expect(first).toContainText("5.1 Dealing with the Afghanistan situation, bullet 1");
  await expect(members.nth(1).locator("blockquote")).toContainText("It also needs a quiet but forceful diplomacy with Kabul.");
  await expect(page.getByRole("button", { name: /Remove .* from this family/ })).toHaveCount(0);
  await first.getByRole("link", { name: "Enhance bilateral counter-terrorism, trade and border cooperation with Kabul" }).click();
  await expect(page).toHaveURL(/\/recommendations\/pips-2022%2Frec%2F5-1-bilateral-engagement-with-kabul$/);
});

test("a family that does not exist is the not-found page", async ({ page }) => {
  // With a loading.tsx the response is already streaming, so the status is 200; the page says it.
  await page.goto("/recommendations/families/family%2Fno-such-family");
  await expect(page.getByText("Not found", { exact: true })).toBeVisible();
  await expect(page.getByText(/does not exist/)).toBeVisible();
});

test("axe: no serious or critical violation on the families list and a family page, light and dark", async ({ page }) => {
  await gotoReady(page, "/recommendations/families");
  await expect(familyRow(page, KABUL)).toHaveCount(1);
  await axeAndShots(page, "recommendation-families");
  await gotoReady(page, "/recommendations/families/family%2Fdiplomatic-engagement-with-kabul-on-the-ttp");
  await expect(page.locator("[data-member]")).toHaveCount(4);
  await axeAndShots(page, "recommendation-family-kabul");
});

test.describe("as an editor", () => {
  test.use({ storageState: storageStatePath("editor") });

  test("likely repeats: dismiss one pair, link another into a new family, then dissolve it", async ({ page }) => {
    await gotoReady(page, "/recommendations/families");
    const repeats = page.getByTestId("likely-repeats");
    await expect(repeats.getByRole("heading", { name: /Likely repeats/ })).toBeVisible();
    const cards = repeats.locator("article[data-suggestion]");
    await expect(cards.first()).toBeVisible();
    expect(await cards.count()).toBeGreaterThan(1);
    // Each suggestion shows both recommendations, the score and the shared words.
    const sample = cards.first();
    await expect(sample).toContainText(/\d+%\s*similar/);
    await expect(sample.getByRole("list", { name: "Shared words" }).getByRole("listitem").first()).toBeVisible();
    await expect(sample.locator("blockquote")).not.toHaveCount(0);
    await axeAndShots(page, "recommendation-families-editor");

    // "Not the same": confirmed, gone, and still gone after a reload.
    const toDismiss = await pickSuggestion(page, "any");
    const dismissedId = (await toDismiss.getAttribute("data-suggestion")) ?? "";
    await toDismiss.getByRole("button", { name: "Not the same" }).click();
    const confirmDismiss = page.getByRole("dialog", { name: "Not the same recommendation?" });
    await expect(confirmDismiss).toBeVisible();
    await confirmDismiss.getByRole("button", { name: "Not the same: dismiss" }).click();
    await expect(confirmDismiss).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: "not suggested again" })).toBeVisible();
    await expect(page.locator(`article[data-suggestion="${dismissedId}"]`)).toHaveCount(0);
    await page.reload();
    await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
    await expect(cards.first()).toBeVisible();
    await expect(page.locator(`article[data-suggestion="${dismissedId}"]`)).toHaveCount(0);

    // "Same recommendation: link" for two recommendations in no family: a new family, named by the editor.
    const toLink = await pickSuggestion(page, "no", new Set([dismissedId]));
    const linkedId = (await toLink.getAttribute("data-suggestion")) ?? "";
    await toLink.getByRole("button", { name: "Same recommendation: link" }).click();
    const confirmLink = page.getByRole("dialog", { name: "Link as the same recommendation?" });
    const titleField = confirmLink.getByLabel("Family title");
    await expect(titleField).not.toHaveValue("");
    // Cancel changes nothing.
    await confirmLink.getByRole("button", { name: "Cancel" }).click();
    await expect(confirmLink).toBeHidden();
    await expect(page.locator(`article[data-suggestion="${linkedId}"]`)).toHaveCount(1);
    await toLink.getByRole("button", { name: "Same recommendation: link" }).click();
    const title = "E2E family: the same recommendation twice";
    await titleField.fill(title);
    await confirmLink.getByRole("button", { name: "Create the family and link" }).click();
    await expect(confirmLink).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: `Linked as one recommendation in the family “${title}”` })).toBeVisible();
    await expect(page.locator(`article[data-suggestion="${linkedId}"]`)).toHaveCount(0);
    const newRow = familyRow(page, title);
    await expect(newRow).toHaveCount(1);
    await expect(newRow.getByRole("cell").nth(0)).toHaveText("2");

    // Remove a member: a family of two is dissolved, and the list says so.
    await newRow.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    await expect(page.getByTestId("family-summary")).toContainText("Made 2 times");
    expect((await page.locator("[data-member]").evaluateAll((els) => els.map((e) => e.getAttribute("data-member")))).sort()).toEqual(
      linkedId.split("|").sort(),
    );
    await page
      .getByRole("button", { name: /Remove .* from this family/ })
      .first()
      .click();
    const confirmRemove = page.getByRole("dialog", { name: "Remove from this family?" });
    await expect(confirmRemove).toContainText("The family will be dissolved");
    await confirmRemove.getByRole("button", { name: "Remove from family" }).click();
    await expect(page).toHaveURL(/\/recommendations\/families\?dissolved=/);
    await expect(page.getByRole("status").filter({ hasText: `The family “${title}” was dissolved` })).toBeVisible();
    await expect(familyRow(page, title)).toHaveCount(0);
    await expect(familyRow(page, KABUL)).toHaveCount(1);
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("no likely repeats, and the suggestions are never requested", async ({ page }) => {
    const asked: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("duplicateSuggestions")) asked.push(r.url());
    });
    await gotoReady(page, "/recommendations/families");
    await expect(familyRow(page, KABUL)).toHaveCount(1);
    await expect(page.getByRole("heading", { name: /Likely repeats/ })).toHaveCount(0);
    await expect(page.getByTestId("likely-repeats")).toHaveCount(0);
    await gotoReady(page, "/recommendations/families/family%2Fdiplomatic-engagement-with-kabul-on-the-ttp");
    await expect(page.locator("[data-member]")).toHaveCount(4);
    await expect(page.getByRole("button", { name: /Remove .* from this family/ })).toHaveCount(0);
    expect(asked).toEqual([]);
  });
});

test("the outcome indicator: Balochistan fatalities, published and logged, with the status changes marked", async ({ page }) => {
  await gotoReady(page, BALOCHISTAN_POLICY);
  const card = page.getByTestId("outcome-indicator");
  await expect(card.getByRole("heading", { name: "Fatalities, Balochistan" })).toBeVisible();
  await expect(card).toContainText("incident log: incidents recorded by Militancy Monitor");
  // The drawing: PIPS's two published figures as points, the log as bars.
  await expect(card.locator("[data-published-point]")).toHaveCount(2);
  await expect(card.locator("[data-log-bar]").first()).toBeAttached();
  // The table holds the same numbers, each published figure with its source.
  const figures = card.getByTestId("outcome-figures");
  const row2021 = figures.getByRole("row").filter({ hasText: "15 Aug 2020 – 14 Aug 2021" });
  await expect(row2021).toContainText("PIPS 2022");
  await expect(row2021).toContainText("113");
  await expect(figures.getByRole("row").filter({ hasText: "15 Aug 2021 – 14 Aug 2022" })).toContainText("127");
  await expect(figures.getByRole("row").filter({ hasText: "Incident log" }).first()).toContainText("not a published total");
  await row2021.getByRole("button", { name: /^Source: PIPS 2022/ }).click();
  await expect(page.getByRole("dialog").getByText("Says who?")).toBeVisible();
  await page.keyboard.press("Escape");
  // Every status change listed is marked on the chart (other specs may record some on this recommendation).
  const marked = await card.locator("[data-mark-line]").count();
  if (marked === 0) await expect(card).toContainText("No status change recorded yet");
  else await expect(card.getByTestId("outcome-marks").locator("tbody tr")).toHaveCount(marked);
  await card.scrollIntoViewIfNeeded();
  await axeAndShots(page, "recommendation-outcome-indicator", '[data-testid="outcome-indicator"]');
});
