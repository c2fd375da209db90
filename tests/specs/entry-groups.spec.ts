import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { screenshotPath, storageStatePath } from "../e2e-users";
import { gotoReady } from "../support";

/**
 * Editors enter a group with a leader and a strength estimate (each cited; a made-up quote is refused on
 * its own field, a real one from the EFSAS report's text is accepted), a relationship between it and the
 * TTP, and a new recommendation; each then shows where analysts read it. Every record here is new and
 * named with this run's suffix, so no other spec's expectations about the seed data change.
 */

test.use({ storageState: storageStatePath("editor") });

const RUN = Date.now()
  .toString(36)
  .replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)] ?? "x");
const GROUP_NAME = `Jaish-e-Entry ${RUN}`;
const GROUP_SLUG = `jaish-e-entry-${RUN}`;
const REC_TITLE = `Publish quarterly NAP scorecards ${RUN}`;

const EFSAS = "efsas-ttp-resurgence";
/** Sentences from the EFSAS report's text (../shared/seeds/002_…txt), which the Monitor holds. */
const REAL_QUOTE = "The TTP is now believed to have up to six thousand fighters under arms (Sayed & Hamming, 2021).";
const REAL_QUOTE_2 = "the TTP seeks to overthrow the Pakistani State and replace it with a Sharia-governed polity";
const MADE_UP_QUOTE = "The group was led by a council of seven elders who met every Friday in Quetta.";

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

async function fillCitation(scope: Locator, quote: string, locator = "Emergence and ideology") {
  await scope.getByLabel("Source", { exact: true }).first().selectOption(EFSAS);
  await scope.getByLabel("Locator").first().fill(locator);
  await scope.getByLabel("Quote").first().fill(quote);
}

test("a new group with a cited leader and strength estimate: a made-up quote is refused on its field, then the profile shows both", async ({
  page,
}) => {
  await gotoReady(page, "/admin/records/new/group");
  const form = page.getByRole("form", { name: "New group" });
  await expect(form.getByLabel("Name", { exact: true })).toBeFocused();
  await form.getByLabel("Name", { exact: true }).fill(GROUP_NAME);
  await form.getByLabel("Name", { exact: true }).press("Tab");
  // The slug is suggested from the name.
  await expect(form.getByLabel("Slug")).toHaveValue(GROUP_SLUG);
  await form.getByLabel("Abbreviation").fill("JEE");
  await form.getByLabel("Kind").first().selectOption("sectarian");
  await form.getByLabel("Other names").fill(`JeE ${RUN}\nEntry Front`);
  await form.getByRole("checkbox", { name: "Khyber Pakhtunkhwa", exact: true }).check();

  // A leader, cited with words the source does not contain.
  await form.getByRole("button", { name: "Add a leader" }).click();
  const leader = form.locator('[data-item="leaders.0"]');
  await leader.getByLabel("Name", { exact: true }).fill("Maulana Test Ullah");
  await leader.getByLabel("Role").fill("Emir");
  await leader.getByLabel("Start", { exact: true }).fill("2019-03-01");
  await leader.getByLabel("Start: precision").selectOption("month");
  await fillCitation(leader, MADE_UP_QUOTE);
  await leader.getByRole("button", { name: "Check quote" }).click();
  await expect(leader.getByText(/Not found in EFSAS/)).toBeVisible();

  // A strength estimate whose range is the wrong way round.
  await form.getByRole("button", { name: "Add an estimate" }).click();
  const estimate = form.locator('[data-item="strength.0"]');
  await estimate.getByLabel("Low").fill("6000");
  await estimate.getByLabel("High").fill("600");
  await estimate.getByLabel("Qualifier").selectOption("up_to");
  await estimate.getByLabel("As of", { exact: true }).fill("2022-06-01");
  await fillCitation(estimate, REAL_QUOTE);

  await form.getByRole("button", { name: "Create group" }).click();
  await expect(estimate.getByText("The low end of the range must not exceed the high end.")).toBeVisible();
  await expect(estimate.getByLabel("High")).toHaveAttribute("aria-invalid", "true");
  await estimate.getByLabel("High").fill("6000");

  // The server checks the quote against the report's text and puts its refusal on the quote field.
  await form.getByRole("button", { name: "Create group" }).click();
  await expect(leader.getByText("Not found in the source's text. Copy the words exactly as printed.")).toBeVisible();
  await expect(leader.getByLabel("Quote")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/admin\/records\/new\/group/);
  await page.screenshot({ path: screenshotPath("entry-group-errors"), fullPage: true });

  await leader.getByLabel("Quote").fill(REAL_QUOTE_2);
  await leader.getByRole("button", { name: "Check quote" }).click();
  await expect(leader.getByText(/Found in EFSAS/)).toBeVisible();
  await form.getByRole("button", { name: "Create group" }).click();

  await expect(page).toHaveURL(new RegExp(`/groups/${GROUP_SLUG}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(GROUP_NAME);
  await expect(page.locator("#leaders")).toContainText("Maulana Test Ullah");
  await expect(page.locator("#strength")).toContainText("6,000");
  await page.screenshot({ path: screenshotPath("entry-group-saved"), fullPage: true });
});

test("a relationship between the new group and the TTP: the same group on both ends is refused, then the tie is on the profile", async ({
  page,
}) => {
  await gotoReady(page, "/admin/records/new/relationship");
  const form = page.getByRole("form", { name: "New relationship" });
  await expectNoSeriousAxeViolations(page);
  await form.getByLabel("From (group)").selectOption({ label: `${GROUP_NAME} (JEE)` });
  await form.getByLabel("To (group)").selectOption({ label: `${GROUP_NAME} (JEE)` });
  await form.getByLabel("Type").selectOption("splinter");
  await form.getByLabel("Start", { exact: true }).fill("2019-01-01");
  await form.getByLabel("Start: precision").selectOption("year");
  await form.getByLabel("Description").fill("Split off from the TTP over the leadership of Noor Wali Mehsud.");
  await fillCitation(form, REAL_QUOTE_2, "Introduction");
  await form.getByRole("button", { name: "Create relationship" }).click();
  await expect(form.getByText("A group cannot have a relationship with itself.")).toBeVisible();

  await form.getByLabel("To (group)").selectOption("ttp");
  await expect(form.getByText(`${GROUP_NAME} split off from Tehrik-e-Taliban Pakistan.`)).toBeVisible();
  await page.screenshot({ path: screenshotPath("entry-relationship"), fullPage: true });
  await form.getByRole("button", { name: "Create relationship" }).click();

  await expect(page).toHaveURL(new RegExp(`/groups/${GROUP_SLUG}#relationships$`));
  const ties = page.locator("#relationships");
  await expect(ties).toContainText("Split off from the TTP over the leadership of Noor Wali Mehsud.");
  await expect(ties.getByRole("link", { name: "Tehrik-e-Taliban Pakistan", exact: true })).toBeVisible();
});

test("a new recommendation from a report: no actor chosen is refused, then it is in the tracker as “Not assessed”", async ({ page }) => {
  await gotoReady(page, "/admin/records/new/recommendation");
  const form = page.getByRole("form", { name: "New recommendation" });
  await expectNoSeriousAxeViolations(page);
  await form.getByLabel("Source (the report)").selectOption(EFSAS);
  await form.getByLabel("Number").fill("7");
  await form.getByLabel("Title").fill(REC_TITLE);
  await form
    .getByLabel("Text", { exact: true })
    .fill("Publish a quarterly scorecard of the National Action Plan's implementation, province by province.");
  await form.getByLabel("Theme").selectOption("counter_terrorism");
  await form.getByLabel("Priority").selectOption("high");
  await form.getByRole("checkbox", { name: "Balochistan", exact: true }).check();
  await fillCitation(form, REAL_QUOTE_2, "Introduction");
  await form.getByRole("button", { name: "Create recommendation" }).click();
  await expect(form.getByText("Name at least one actor the recommendation is addressed to.")).toBeVisible();
  await page.screenshot({ path: screenshotPath("entry-recommendation"), fullPage: true });

  await form.getByRole("checkbox", { name: "Government of Pakistan" }).check();
  await form.getByRole("checkbox", { name: "Parliament" }).check();
  await form.getByRole("button", { name: "Create recommendation" }).click();
  await expect(page).toHaveURL(/\/recommendations\/efsas-ttp-resurgence%2Frec%2F7-publish-quarterly-nap-scorecards/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(REC_TITLE);

  await gotoReady(page, `/recommendations?search=${encodeURIComponent(REC_TITLE)}`);
  const row = page.locator("main tbody > tr").filter({ hasText: REC_TITLE });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Not assessed");
});
