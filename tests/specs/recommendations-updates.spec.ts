import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { screenshotPath, storageStatePath } from "../e2e-users";
import { gotoReady } from "../support";

/**
 * The recommendation tracker's writes as analysts and editors use them: a status changes only through a
 * dated update with evidence (the form says what is missing, the server's field errors land on the
 * fields), tracks per province and per assessor stay side by side, the board never moves a card without a
 * recorded update, and editors change owner and review date. Each test mutates only its own
 * recommendation, so the other specs' expectations about the seed data hold.
 */

const NAP_PLANS = "pips-2022/rec/5-2-implementation-plans-nsp-nap";
const BALOCHISTAN_POLICY = "pips-2022/rec/5-2-balochistan-comprehensive-policy";
const TTP_CLARITY = "crss-2025/rec/es-strategic-clarity-on-ttp";
const US_TIES = "efsas-ttp-resurgence/rec/maintain-ties-with-united-states";

const detailUrl = (key: string) => `/recommendations/${encodeURIComponent(key)}`;

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

function updateDialog(page: Page): Locator {
  return page.getByRole("dialog", { name: "Record a status update" });
}

/** The dialog has loaded the recommendation when its note field is there. */
async function openedForm(page: Page): Promise<Locator> {
  const dialog = updateDialog(page);
  await expect(dialog.getByLabel("Note")).toBeVisible();
  return dialog;
}

function boardCard(page: Page, key: string, status?: string): Locator {
  return page.locator(`${status ? `[data-column="${status}"] ` : ""}[data-key="${key}"]`);
}

test("an update to “implemented” needs evidence: the form says so, the server checks quotes, then it is on the timeline and the scoreboard", async ({
  page,
}) => {
  // The scoreboard before: implemented counter-terrorism recommendations.
  await gotoReady(page, "/recommendations/scoreboard");
  const implemented = page.locator('[data-row="counter_terrorism"] [data-status="implemented"]');
  const before = Number(await implemented.getAttribute("data-count"));

  await gotoReady(page, detailUrl(NAP_PLANS));
  await expect(page.getByTestId("headline-status")).toContainText("Proposed");
  await page.getByRole("button", { name: "Record update" }).click();
  const dialog = await openedForm(page);
  await dialog.getByRole("radio", { name: /^Implemented/ }).check();
  // Explained before submitting.
  await expect(dialog.getByText("“Implemented” needs evidence that outsiders can check")).toBeVisible();
  await dialog.getByLabel("Note").fill("Parliament approved the implementation plan for the NAP with quarterly reviews.");
  await dialog.getByRole("button", { name: "Record update" }).click();
  await expect(dialog.getByText("“Implemented” needs evidence: add a citation into a source or a dated link.")).toBeVisible();

  // A quote that is not in the source: refused by the server, the message on that piece of evidence.
  await dialog.getByRole("button", { name: "Add citation" }).click();
  await dialog.getByLabel("Source", { exact: true }).selectOption({ label: "PIPS 2022: Fallout of Afghan situation" });
  await dialog.getByLabel("Where in the source").fill("p. 1");
  await dialog.getByLabel("Exact quote").fill("Parliament approved every plan on time.");
  await dialog.getByRole("button", { name: "Add this citation" }).click();
  await dialog.getByRole("button", { name: "Record update" }).click();
  await expect(dialog.getByText("Not found in the source's text.")).toBeVisible();
  await expect(dialog.getByRole("alert")).toContainText("the quote is not in");
  await page.screenshot({ path: screenshotPath("recommendation-update-error") });
  // Nothing was lost: the note and status are still there.
  await expect(dialog.getByLabel("Note")).toHaveValue(/implementation plan for the NAP/);
  await expect(dialog.getByRole("radio", { name: /^Implemented/ })).toBeChecked();

  // Replace it with a dated link.
  await dialog.getByRole("button", { name: "Remove evidence 1" }).click();
  await dialog.getByRole("button", { name: "Add link" }).click();
  await dialog.getByLabel("Web address").fill("https://example.org/senate/nap-implementation-plan");
  await dialog.getByLabel("Title", { exact: true }).fill("Senate approves the NAP implementation plan");
  await dialog.getByLabel("Dated").fill("2025-03-01");
  await dialog.getByRole("button", { name: "Add this link" }).click();
  await dialog.getByRole("button", { name: "Record update" }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByTestId("headline-status")).toContainText("Implemented");
  const latest = page.getByTestId("history").getByRole("listitem").first();
  await expect(latest).toContainText("Our analysts, national");
  await expect(latest).toContainText("Parliament approved the implementation plan");
  await expect(latest.getByRole("link", { name: /Senate approves the NAP implementation plan/ })).toHaveAttribute(
    "href",
    "https://example.org/senate/nap-implementation-plan",
  );
  await expect(latest).toContainText("1 Mar 2025");
  await page.screenshot({ path: screenshotPath("recommendation-after-update"), fullPage: true });

  // The scoreboard counts it.
  await gotoReady(page, "/recommendations/scoreboard");
  await expect(implemented).toHaveAttribute("data-count", String(before + 1));
});

test("a Balochistan assessment and the government's claim sit beside the national one; a stale form gets a conflict it can reload", async ({
  page,
  browser,
}) => {
  // A second analyst opens the form before the first records anything.
  const other = await browser.newPage({ storageState: storageStatePath("analyst") });
  await gotoReady(other, detailUrl(BALOCHISTAN_POLICY));
  await other.getByRole("button", { name: "Record update" }).click();
  const stale = await openedForm(other);

  await gotoReady(page, detailUrl(BALOCHISTAN_POLICY));
  const tracks = page.getByTestId("assessments");
  await expect(tracks.locator('[data-track="main"]')).toContainText("Proposed");

  // The province track from its own row.
  await page.getByRole("button", { name: "Record an update on “Our analysts, Balochistan”" }).click();
  let dialog = await openedForm(page);
  await expect(dialog.getByLabel("Where")).toHaveValue("PK-BA");
  await dialog.getByRole("radio", { name: /^Stalled/ }).check();
  await dialog.getByLabel("Note").fill("No policy framework for Balochistan; the dialogue committee has not met.");
  await dialog.getByRole("button", { name: "Record update" }).click();
  await expect(dialog).toBeHidden();

  // The government's claim, from the header button.
  await page.getByRole("button", { name: "Record update" }).click();
  dialog = await openedForm(page);
  await dialog.getByRole("radio", { name: "Government claim" }).check();
  await dialog.getByRole("button", { name: "Record update" }).click();
  await expect(dialog.getByText("Name the assessor")).toBeVisible();
  await dialog.getByLabel("Which part of government").fill("Government of Balochistan");
  await dialog.getByLabel("Where").selectOption("PK-BA");
  await dialog.getByRole("radio", { name: /^In progress/ }).check();
  await dialog.getByLabel("Note").fill("The provincial government says a reconciliation policy is being drafted.");
  await dialog.getByRole("button", { name: "Record update" }).click();
  await expect(dialog).toBeHidden();

  await expect(tracks.locator('[data-track="main"]')).toContainText("Proposed");
  await expect(tracks.getByRole("row", { name: /Our analysts, Balochistan/ })).toContainText("Stalled");
  await expect(tracks.getByRole("row", { name: /Government claim \(Government of Balochistan\), Balochistan/ })).toContainText(
    "In progress",
  );
  await expect(page.getByTestId("disagreement")).toContainText("Assessments disagree");
  await expect(page.getByTestId("history").getByRole("listitem")).toHaveCount(2);
  // The outcome chart marks both changes (dashed: neither is the national track) and lists them.
  await expect(page.locator('[data-mark-line="other"]')).toHaveCount(2);
  await expect(page.locator('[data-mark-line="main"]')).toHaveCount(0);
  await page.screenshot({ path: screenshotPath("recommendation-tracks"), fullPage: true });

  // The stale form: refused with what changed, nothing lost; Reload, then it records.
  await stale.getByRole("radio", { name: /^Under consideration/ }).check();
  await stale.getByLabel("Note").fill("The federal cabinet has put a Balochistan policy on its agenda.");
  await stale.getByRole("button", { name: "Record update" }).click();
  const banner = stale.getByRole("alert").filter({ hasText: "Someone else changed this recommendation" });
  await expect(banner).toContainText(/you had version \d+, it is now version \d+/);
  await expect(stale.getByLabel("Note")).toHaveValue(/federal cabinet/);
  await other.screenshot({ path: screenshotPath("recommendation-update-conflict") });
  await banner.getByRole("button", { name: "Reload" }).click();
  await expect(stale.getByText(/^Reloaded: the recommendation is now at version/)).toBeVisible();
  await stale.getByRole("button", { name: "Record update" }).click();
  await expect(stale).toBeHidden();
  await expect(other.getByTestId("headline-status")).toContainText("Under consideration");
  await other.close();
});

test("the board: Move… opens the form with the status filled in; cancel leaves the card; recording moves it; a mouse drag opens the same form", async ({
  page,
}) => {
  await gotoReady(page, "/recommendations/board");
  const card = boardCard(page, TTP_CLARITY, "proposed");
  await expect(card).toBeVisible();
  await page.screenshot({ path: screenshotPath("recommendations-board") });

  // Keyboard only: Move… → the list of statuses → the form, prefilled.
  const move = card.getByRole("button", { name: /^Move…/ });
  await move.focus();
  await page.keyboard.press("Enter");
  await expect(card.getByRole("list", { name: /^Move “Gain strategic clarity/ })).toBeVisible();
  await expect(card.getByRole("button", { name: "Under consideration" })).toBeFocused();
  await page.keyboard.press("Enter");
  let dialog = await openedForm(page);
  await expect(dialog.getByRole("radio", { name: /^Under consideration/ })).toBeChecked();
  await expect(dialog.getByLabel("Note")).toBeFocused();
  // Cancel: nothing changes, focus returns to Move….
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(move).toBeFocused();
  await expect(boardCard(page, TTP_CLARITY, "proposed")).toBeVisible();

  // With something typed, Escape asks first: "keep editing" keeps the form and its text.
  await move.click();
  await card.getByRole("button", { name: "Under consideration" }).click();
  dialog = await openedForm(page);
  await dialog.getByLabel("Note").fill("Half-written note");
  page.once("dialog", (d) => void d.dismiss());
  await page.keyboard.press("Escape");
  await expect(dialog.getByLabel("Note")).toHaveValue("Half-written note");
  page.once("dialog", (d) => void d.accept());
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  // Focus goes back to Move… once the dialog has closed; wait for it before taking the drag handle.
  await expect(move).toBeFocused();

  // The drag handle with the keyboard: Space, an arrow to the next column, Space.
  const handle = card.getByRole("button", { name: /^Drag “Gain strategic clarity/ });
  await handle.focus();
  await expect(handle).toBeFocused();
  // Each key waits for the card to be lifted, then for the board's announcement of the column it is over,
  // so a busy machine cannot drop it before it has moved.
  await page.keyboard.press("Space");
  await expect(handle).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByText(/^Over Under consideration\.$/)).toBeAttached();
  await page.keyboard.press("Space");
  dialog = await openedForm(page);
  await expect(dialog.getByRole("radio", { name: /^Under consideration/ })).toBeChecked();
  await dialog.getByLabel("Note").fill("The NSC has asked for a threat assessment of the TTP.");
  await dialog.getByRole("button", { name: "Record update" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "moved from Proposed to Under consideration" })).toBeVisible();
  const moved = boardCard(page, TTP_CLARITY, "under_consideration");
  await expect(moved).toBeVisible();
  await expect(boardCard(page, TTP_CLARITY, "proposed")).toHaveCount(0);

  // A real mouse drag to "In progress" opens the form prefilled; cancelling leaves the card where it was.
  const from = await moved.getByRole("button", { name: /^Drag/ }).boundingBox();
  const to = await page.locator('[data-column="in_progress"]').boundingBox();
  if (!from || !to) throw new Error("The card or the column is not on screen.");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 15 });
  await page.mouse.up();
  dialog = await openedForm(page);
  await expect(dialog.getByRole("radio", { name: /^In progress/ })).toBeChecked();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(boardCard(page, TTP_CLARITY, "under_consideration")).toBeVisible();
  await expect(boardCard(page, TTP_CLARITY, "in_progress")).toHaveCount(0);
});

test("board and detail page pass axe, the status dialog open too, light and dark", async ({ page }) => {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await gotoReady(page, "/recommendations/board");
    await expect(page.getByTestId("status-board")).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: screenshotPath(`recommendations-board-${scheme}`) });

    await gotoReady(page, detailUrl(BALOCHISTAN_POLICY));
    await expect(page.getByTestId("assessments")).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole("button", { name: "Record update" }).click();
    const dialog = await openedForm(page);
    await dialog.getByRole("radio", { name: /^Rejected/ }).check();
    await dialog.getByRole("button", { name: "Record update" }).click();
    await expect(dialog.getByText("“Rejected” needs evidence: add a citation into a source or a dated link.")).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: screenshotPath(`recommendation-dialog-${scheme}`) });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
  }
});

test.describe("as an editor", () => {
  test.use({ storageState: storageStatePath("editor") });

  test("changes the owner and the review date; an overdue review shows in red with its days", async ({ page }) => {
    await gotoReady(page, detailUrl(US_TIES));
    await expect(page.getByTestId("owner")).toContainText("Nobody");
    await page.getByRole("button", { name: "Edit" }).click();
    const dialog = page.getByRole("dialog", { name: "Edit the recommendation" });
    await expect(dialog.getByLabel("Owner")).toBeVisible();
    await dialog.getByLabel("Owner").selectOption({ label: "analyst" });
    await dialog.getByLabel("Next review").fill("2025-01-15");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("Saved: changed the owner and next review.")).toBeVisible();
    await expect(page.getByTestId("owner")).toHaveText("analyst");
    await expect(page.getByTestId("next-review")).toContainText("15 Jan 2025");
    await expect(page.getByTestId("next-review")).toContainText(/\d+ days overdue/);
    await page.screenshot({ path: screenshotPath("recommendation-edited"), fullPage: true });

    // The board flags it too.
    await gotoReady(page, "/recommendations/board");
    await expect(boardCard(page, US_TIES)).toContainText(/Review \d+ days overdue/);
    await expect(boardCard(page, US_TIES)).toContainText("analyst");
  });
});

test.describe("as the owner, after the editor set an overdue review", () => {
  test.use({ storageState: storageStatePath("analyst") });

  test("records a review without changing the status; the next review date moves on and it is no longer overdue", async ({ page }) => {
    await gotoReady(page, detailUrl(US_TIES));
    await expect(page.getByTestId("next-review")).toContainText(/\d+ days overdue/);
    await page.getByRole("button", { name: "Record update" }).click();
    const dialog = await openedForm(page);
    await dialog.getByRole("radio", { name: /current status: no change, record a review/ }).check();
    await dialog.getByLabel("Note").fill("Reviewed: no sign of a change in policy towards the United States.");
    const next = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await dialog.getByLabel("Next review (optional)").fill(next);
    await dialog.getByRole("button", { name: "Record update" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("history").getByRole("listitem").first()).toContainText("Reviewed, no change");
    await expect(page.getByTestId("headline-status")).toContainText("Proposed");
    await expect(page.getByTestId("next-review")).not.toContainText("overdue");
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("sees no edit or record buttons, and a read-only board", async ({ page }) => {
    await gotoReady(page, detailUrl(US_TIES));
    await expect(page.getByRole("heading", { name: "Assessments" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Record update" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Edit" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Record an update on/ })).toHaveCount(0);

    await gotoReady(page, "/recommendations/board");
    await expect(page.getByText("Read only: analysts and editors record status updates.")).toBeVisible();
    await expect(boardCard(page, US_TIES)).toBeVisible();
    await expect(page.getByRole("button", { name: /^Move…/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Drag “/ })).toHaveCount(0);
  });
});
