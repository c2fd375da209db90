import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { screenshotPath, storageStatePath } from "../e2e-users";
import { gotoReady } from "../support";

/**
 * An editor keeps the incident log current in the browser: a new incident with mistakes is refused field
 * by field with what to do, saved once fixed and then found in the list and on its page with its
 * quote; an edit shows; two editors on one version get a conflict that says who changed what; and an
 * incident on the day, district and group of one already held is shown beside it before saving.
 * Every test writes its own incidents (titles carry a run stamp).
 */
test.use({ storageState: storageStatePath("editor") });

const stamp = `${Date.now().toString(36)}`;
/** A quote that is in the seed document "akbar-taliban-2" (the server checks quotes against held texts). */
const BAJAUR_QUOTE = "a suicide bomber attacked a political rally in the Bajaur District of KPK, killing over 50 people";

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

async function fillCitation(form: Locator, quote = BAJAUR_QUOTE) {
  await form.getByLabel("Source", { exact: true }).selectOption("akbar-taliban-2");
  await form.getByLabel("Locator", { exact: true }).fill("Introduction");
  await form.getByLabel("Quote", { exact: true }).fill(quote);
}

/** Opens the new-incident form and fills a valid incident in Punjab (no district, no group: no duplicate check hits). */
async function newIncident(page: Page, title: string) {
  await gotoReady(page, "/admin/records/new/incident");
  const form = page.getByRole("form", { name: "New incident" });
  await form.getByLabel("Title", { exact: true }).fill(title);
  await form.getByLabel("Date", { exact: true }).fill("2024-03-10");
  await form.getByLabel("Province", { exact: true }).selectOption("PK-PB");
  await form.getByLabel("Killed", { exact: true }).fill("3");
  await fillCitation(form);
  return form;
}

test("create an incident with mistakes, fix them, find it in the list and on its page, then edit it", async ({ page }) => {
  const title = `Entry test attack ${stamp}`;
  await gotoReady(page, "/admin/records/new/incident");
  await expect(page.getByRole("heading", { name: "New incident", level: 1 })).toBeVisible();
  const form = page.getByRole("form", { name: "New incident" });
  // The key is suggested from the date and title.
  await form.getByLabel("Title", { exact: true }).fill(title);
  await form.getByLabel("Date", { exact: true }).fill("2024-03-10");
  await expect(form.getByLabel("Key", { exact: true })).toHaveValue(new RegExp(`^entry/2024-03-10/entry-test-attack-${stamp}-[a-z0-9]+$`));

  // Mistakes: a negative count, and an empty citation.
  await form.getByLabel("Killed", { exact: true }).fill("-3");
  await form.getByRole("button", { name: "Save incident" }).click();
  await expect(form.getByText("Enter 0 or more: a count cannot be negative.")).toBeVisible();
  await expect(form.getByText("Choose a source from the list.")).toBeVisible();
  await expect(form.getByText("Some fields need a fix before this can be saved")).toBeVisible();
  await page.screenshot({ path: screenshotPath("entry-incident-errors"), fullPage: true });

  // Fix them; the quote checks against the source's text.
  await form.getByLabel("Killed", { exact: true }).fill("3");
  await form.getByLabel("Province", { exact: true }).selectOption("PK-PB");
  await fillCitation(form);
  await form.getByRole("button", { name: "Check quote" }).click();
  await expect(form.getByText(/Found in/)).toBeVisible();
  await form.getByRole("button", { name: "Save incident" }).click();

  await page.waitForURL(/\/incidents\/entry/);
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByText(BAJAUR_QUOTE, { exact: false }).first()).toBeVisible();

  // In the incident list, by search.
  await gotoReady(page, `/incidents?search=${encodeURIComponent(stamp)}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  // Edit it from its page: the change shows.
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  const edit = page.getByRole("form", { name: "Edit incident" });
  await expect(edit.getByLabel("Key", { exact: true })).toHaveAttribute("readonly", "");
  await edit.getByLabel("Title", { exact: true }).fill(`${title} (revised)`);
  await edit.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(/\/incidents\/entry/);
  await expect(page.getByRole("heading", { name: `${title} (revised)`, level: 1 })).toBeVisible();
});

test("two editors save the same version: the second gets a conflict that says what changed, and can reload", async ({ page, context }) => {
  const title = `Entry conflict ${stamp}`;
  const form = await newIncident(page, title);
  await form.getByRole("button", { name: "Save incident" }).click();
  await page.waitForURL(/\/incidents\/entry/);
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await page.waitForURL(/\/admin\/records\/incident\//);
  const editUrl = page.url();

  const other = await context.newPage();
  await gotoReady(other, editUrl);
  const first = page.getByRole("form", { name: "Edit incident" });
  const second = other.getByRole("form", { name: "Edit incident" });
  await expect(second.getByLabel("Title", { exact: true })).toHaveValue(title);

  await first.getByLabel("Killed", { exact: true }).fill("5");
  await first.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(/\/incidents\/entry/);

  await second.getByLabel("Injured", { exact: true }).fill("2");
  await second.getByRole("button", { name: "Save changes" }).click();
  const alert = other.getByRole("alert").filter({ hasText: "was changed by someone else" });
  await expect(alert).toContainText("changing killed");
  await expect(alert).toContainText("Nothing was saved");
  await other.screenshot({ path: screenshotPath("entry-incident-conflict"), fullPage: true });
  await alert.getByRole("button", { name: "Reload latest" }).click();
  await expect(other.getByText(/Loaded the latest version \(2\)/)).toBeVisible();
  await expect(second.getByLabel("Killed", { exact: true })).toHaveValue("5");
  await other.close();
});

test("an incident on the day, district and group of one held is shown beside it; Distinct saves it", async ({ page }) => {
  const title = `Entry Bajaur rally report ${stamp}`;
  await gotoReady(page, "/admin/records/new/incident");
  const form = page.getByRole("form", { name: "New incident" });
  await form.getByLabel("Title", { exact: true }).fill(title);
  await form.getByLabel("Date", { exact: true }).fill("2023-07-31");
  await form.getByLabel("Province", { exact: true }).selectOption("PK-KP");
  await form.getByLabel("District", { exact: true }).selectOption("pk-kp-bajaur");
  await form.getByRole("button", { name: "Add a group" }).click();
  await form.getByLabel("Group 1", { exact: true }).selectOption("iskp");
  await form.getByLabel("Group 1: tie", { exact: true }).selectOption("claimed");
  await form.getByLabel("Killed", { exact: true }).fill("54");
  await form.getByLabel("Killed: qualifier", { exact: true }).selectOption("over");
  await fillCitation(form);
  await form.getByRole("button", { name: "Save incident" }).click();

  const dialog = page.getByRole("dialog", { name: /This may already be in the log/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("columnheader", { name: `New: ${title}` })).toBeVisible();
  await expect(dialog.getByRole("link", { name: "Held: Suicide bombing of a political rally in Bajaur" })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Save with these decisions" })).toBeDisabled();
  await page.screenshot({ path: screenshotPath("entry-incident-duplicates"), fullPage: true });
  await expectNoSeriousAxeViolations(page);

  await dialog.getByRole("radio", { name: "Distinct" }).check();
  await dialog.getByRole("button", { name: "Save with these decisions" }).click();
  await page.waitForURL(/\/incidents\/entry/);
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
});

test("axe: the new-incident form and the admin page's entry links have no serious violation", async ({ page }) => {
  await gotoReady(page, "/admin");
  await expect(page.getByRole("link", { name: "New incident" })).toHaveAttribute("href", "/admin/records/new/incident");
  await gotoReady(page, "/admin/records/new/incident");
  await expect(page.getByRole("form", { name: "New incident" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousAxeViolations(page);
  await page.emulateMedia({ colorScheme: "light" });
  await page.screenshot({ path: screenshotPath("entry-incident-new"), fullPage: true });
});

test("a figure whose period ends before it starts is refused on the end date; the event and source forms open clean", async ({ page }) => {
  await gotoReady(page, "/admin/records/new/statistic");
  const form = page.getByRole("form", { name: "New figure" });
  await form.getByLabel("Label (optional)", { exact: true }).fill(`Entry test figure ${stamp}`);
  await form.getByLabel("Value", { exact: true }).fill("12");
  await form.getByLabel("Period start", { exact: true }).fill("2024-12-31");
  await form.getByLabel("Period end", { exact: true }).fill("2024-01-01");
  await fillCitation(form);
  await form.getByRole("button", { name: "Save figure" }).click();
  await expect(form.getByText("The period must start on or before its end.")).toBeVisible();
  await page.screenshot({ path: screenshotPath("entry-statistic-errors"), fullPage: true });

  for (const [type, name] of [
    ["event", "New timeline event"],
    ["source", "New source"],
  ] as const) {
    await gotoReady(page, `/admin/records/new/${type}`);
    await expect(page.getByRole("form", { name })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: screenshotPath(`entry-${type}-new`), fullPage: true });
  }
});

test("a new figure is saved through its form (citations reorder) and found on the figures page", async ({ page }) => {
  const label = `Entry new figure ${stamp}`;
  await gotoReady(page, "/admin/records/new/statistic");
  const form = page.getByRole("form", { name: "New figure" });
  await form.getByLabel("Metric", { exact: true }).selectOption("terror_attacks");
  await form.getByLabel("Label (optional)", { exact: true }).fill(label);
  await form.getByLabel("Qualifier", { exact: true }).selectOption("about");
  await form.getByLabel("Value", { exact: true }).fill("42");
  await form.getByLabel("Period start", { exact: true }).fill("2024-01-01");
  await form.getByLabel("Period end", { exact: true }).fill("2024-12-31");
  await form.getByLabel("Province", { exact: true }).selectOption("PK-PB");
  await form.getByLabel("Note (optional)", { exact: true }).fill(`Entered by the e2e run ${stamp}.`);
  await fillCitation(form);

  // A second citation moves above the first with its own, named button, then goes again.
  await form.getByRole("button", { name: "Add a citation" }).click();
  const sources = form.getByLabel("Source", { exact: true });
  await sources.nth(1).selectOption("pips-2022");
  await expect(form.getByRole("button", { name: "Move citation 1 (akbar-taliban-2) up" })).toBeDisabled();
  await expect(form.getByRole("button", { name: "Move citation 2 (pips-2022) down" })).toBeDisabled();
  await form.getByRole("button", { name: "Move citation 2 (pips-2022) up" }).click();
  await expect(sources.nth(0)).toHaveValue("pips-2022");
  await expect(sources.nth(1)).toHaveValue("akbar-taliban-2");
  await expect(form.getByLabel("Quote", { exact: true }).nth(1)).toHaveValue(BAJAUR_QUOTE);
  await page.screenshot({ path: screenshotPath("entry-statistic-citations-moved"), fullPage: true });
  await form.getByRole("button", { name: "Remove citation 1 (pips-2022)" }).click();
  await expect(sources).toHaveCount(1);
  await expect(sources.first()).toHaveValue("akbar-taliban-2");

  await form.getByRole("button", { name: "Save figure" }).click();
  await page.waitForURL(/\/statistics\?key=entry/);
  await gotoReady(page, `/statistics?search=${encodeURIComponent(stamp)}`);
  const row = page.getByRole("row").filter({ hasText: label });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("about 42");
  await expect(row).toContainText(`Entered by the e2e run ${stamp}.`);
});

test("a new timeline event is saved through its form and shown on the timeline", async ({ page }) => {
  const title = `Entry new event ${stamp}`;
  await gotoReady(page, "/admin/records/new/event");
  const form = page.getByRole("form", { name: "New timeline event" });
  await form.getByLabel("Title", { exact: true }).fill(title);
  await form.getByLabel("Date", { exact: true }).fill("2024-05-05");
  await form.getByLabel("Kind", { exact: true }).selectOption("military");
  await form.getByLabel("Description (optional)", { exact: true }).fill(`An event entered by the e2e run ${stamp}.`);
  await fillCitation(form);
  await form.getByRole("button", { name: "Save event" }).click();
  await page.waitForURL(/\/timeline/);
  await gotoReady(page, `/timeline?search=${encodeURIComponent(stamp)}`);
  await expect(page.getByText(title).first()).toBeVisible();
  await expect(page.getByText(`An event entered by the e2e run ${stamp}.`).first()).toBeVisible();
});

test("a new source is saved through its form and has its page; its authors follow 'Reload latest' after a conflict", async ({
  page,
  context,
}) => {
  const shortTitle = `Entry source ${stamp}`;
  const title = `An entry test report on militancy ${stamp}`;
  await gotoReady(page, "/admin/records/new/source");
  const form = page.getByRole("form", { name: "New source" });
  await form.getByLabel("Title", { exact: true }).fill(title);
  await form.getByLabel("Short title", { exact: true }).fill(shortTitle);
  await form.getByLabel("Year (optional)", { exact: true }).fill("2024");
  await expect(form.getByLabel("Slug", { exact: true })).toHaveValue(`entry-source-${stamp}-2024`);
  await form.getByLabel("Kind", { exact: true }).selectOption("policy_paper");
  // Blank lines while typing are kept in the box and dropped from the list.
  const authors = form.getByLabel("Authors (optional)", { exact: true });
  await authors.fill("A. Writer\n\n");
  await expect(authors).toHaveValue("A. Writer\n\n");
  await authors.fill("A. Writer\n\nB. Reviewer");
  await form.getByRole("button", { name: "Save source" }).click();
  const slug = `entry-source-${stamp}-2024`;
  await page.waitForURL(new RegExp(`/sources/${slug}$`));
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByText("A. Writer, B. Reviewer")).toBeVisible();

  // Two editors on one version: the second reloads and sees the first one's authors in the box.
  const editUrl = `/admin/records/source/${slug}`;
  await gotoReady(page, editUrl);
  const other = await context.newPage();
  await gotoReady(other, editUrl);
  const first = page.getByRole("form", { name: "Edit source" });
  const second = other.getByRole("form", { name: "Edit source" });
  await expect(second.getByLabel("Authors (optional)", { exact: true })).toHaveValue("A. Writer\nB. Reviewer");
  await first.getByLabel("Authors (optional)", { exact: true }).fill("A. Writer\nC. Editor");
  await first.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(new RegExp(`/sources/${slug}$`));
  await expect(page.getByText("A. Writer, C. Editor")).toBeVisible();

  await second.getByLabel("Notes (optional)", { exact: true }).fill("A note from the second editor.");
  await second.getByRole("button", { name: "Save changes" }).click();
  const alert = other.getByRole("alert").filter({ hasText: "was changed by someone else" });
  await expect(alert).toBeVisible();
  await alert.getByRole("button", { name: "Reload latest" }).click();
  await expect(other.getByText(/Loaded the latest version \(2\)/)).toBeVisible();
  await expect(second.getByLabel("Authors (optional)", { exact: true })).toHaveValue("A. Writer\nC. Editor");
  await expect(second.getByLabel("Notes (optional)", { exact: true })).toHaveValue("");
  await other.close();
});

test("a group's areas take a district chosen by province, shown ticked and removable", async ({ page }) => {
  await gotoReady(page, "/admin/records/new/group");
  const form = page.getByRole("form", { name: "New group" });
  const add = form.getByRole("group", { name: "Add a district" });
  await expect(add.getByRole("button", { name: "Add district" })).toBeDisabled();
  await add.getByLabel("Province of the district").selectOption("PK-KP");
  await add.getByLabel("District to add").selectOption("pk-kp-bajaur");
  await add.getByRole("button", { name: "Add district" }).click();
  const pakistan = form.getByRole("group", { name: "Areas of operation: Pakistan" });
  await expect(pakistan.getByRole("checkbox", { name: "Bajaur (district)" })).toBeChecked();
  // Once listed, the district is no longer offered.
  await expect(add.getByLabel("District to add").locator("option[value='pk-kp-bajaur']")).toHaveCount(0);
  await add.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("entry-group-add-district") });
  // Unticking removes it from the list (and the box with it).
  await pakistan.getByRole("checkbox", { name: "Bajaur (district)" }).click();
  await expect(pakistan.getByRole("checkbox", { name: "Bajaur (district)" })).toHaveCount(0);
  await expect(add.getByLabel("District to add").locator("option[value='pk-kp-bajaur']")).toHaveCount(1);
});

test("an edit of a seeded figure shows on the figures page and as a labelled diff in its history", async ({ page }) => {
  const key = "pips-2022/stat/t1-sindh-killed-2020-21";
  const note = `Checked against the report by the e2e run ${stamp}.`;
  await gotoReady(page, `/admin/records/statistic/${key}`);
  const form = page.getByRole("form", { name: "Edit figure" });
  await expect(form.getByLabel("Key", { exact: true })).toHaveValue(key);
  await form.getByLabel("Note (optional)", { exact: true }).fill(note);
  await form.getByLabel("Qualifier", { exact: true }).selectOption("about");
  await form.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(/\/statistics\?key=/);

  await gotoReady(page, `/statistics?search=${encodeURIComponent(stamp)}`);
  const row = page.getByRole("row").filter({ hasText: note });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Sindh");

  await gotoReady(page, `/history/statistic/${key}`);
  const revisions = page.getByRole("list", { name: "Revisions, newest first" }).getByRole("article");
  const edit = revisions.first();
  await expect(edit.getByRole("heading", { name: "Edited" })).toBeVisible();
  await expect(edit).toContainText("editor@e2e.test");
  await expect(edit.locator("ins", { hasText: note })).toBeVisible();
  // The qualifier reads as words, the stored value beside it.
  await expect(edit.locator("del [title]", { hasText: "exactly" })).toHaveAttribute("title", "Stored as “exact”");
  await expect(edit.locator("ins", { hasText: "about" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: screenshotPath("entry-statistic-history"), fullPage: true });
});
