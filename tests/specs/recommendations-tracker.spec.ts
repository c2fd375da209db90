import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { E2E_USERS, screenshotPath, storageStatePath } from "../e2e-users";
import { gotoReady } from "../support";

/**
 * The recommendation tracker's table, CSV export, scoreboard and overdue reviews, as an analyst uses
 * them: filters and order live in the URL, the export holds every row of the current view, the
 * scoreboard's rows add up, and a review date that has passed shows up as overdue.
 *
 * Only "ullah-bano-2025/rec/conclusion-counter-financing" is ever changed here (and put back), so
 * other specs that change other recommendations are not disturbed.
 */

const TRACKED_KEY = "ullah-bano-2025/rec/conclusion-counter-financing";

/** The columns of the CSV export, written out here so the test checks the file, not the code that writes it. */
const CSV_HEADER = [
  "status_as_of",
  "key",
  "source",
  "number",
  "title",
  "theme",
  "addressed_to",
  "priority",
  "status",
  "status_since",
  "other_assessments",
  "owner",
  "next_review_on",
  "days_overdue",
  "family",
  "text",
  "quote",
  "locator",
];

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (c !== "\r") field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

async function total(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? "";
  return Number(text.replace(/[^\d]/g, ""));
}

/** Exports the current view and returns the file's name and rows (header first). */
async function exportCsv(page: Page): Promise<{ fileName: string; rows: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  const path = await download.path();
  const text = await readFile(path, "utf8");
  // A byte-order mark, so spreadsheet programs read the quotes as UTF-8.
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return { fileName: download.suggestedFilename(), rows: parseCsv(text.slice(1)) };
}

function bodyRows(table: Locator): Locator {
  return table.locator("tbody > tr");
}

test("filter the table to a theme with the form, then sort by a column from the keyboard", async ({ page }) => {
  await gotoReady(page, "/recommendations");
  const all = await total(page, "tracker-total");
  const filters = page.getByRole("form", { name: "Filter recommendations" });
  await filters.getByLabel("Theme").selectOption({ label: "Border management" });
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/recommendations\?theme=border_management$/);
  await expect(page.getByText(/recommendations? on the theme “Border management”, sorted by source document/)).toBeVisible();

  const table = page.getByTestId("recommendations-table");
  const rows = bodyRows(table);
  const n = await total(page, "tracker-total");
  expect(n).toBeGreaterThan(1);
  expect(n).toBeLessThan(all);
  await expect(rows).toHaveCount(n);
  // The theme column (the third) says the same on every row.
  for (const theme of await rows.locator("td:nth-child(3)").allTextContents()) expect(theme).toBe("Border management");

  // Sort by title with the keyboard: the header is a link that says how it sorts.
  const titleHeader = table.getByRole("columnheader", { name: /^Recommendation/ });
  await expect(titleHeader).toHaveAttribute("aria-sort", "none");
  await titleHeader.getByRole("link").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/recommendations\?theme=border_management&sort=title$/);
  await expect(titleHeader).toHaveAttribute("aria-sort", "ascending");
  const ascending = await rows.locator("td:first-child a").allTextContents();
  await titleHeader.getByRole("link").click();
  await expect(page).toHaveURL(/\/recommendations\?theme=border_management&sort=title&dir=desc$/);
  await expect(titleHeader).toHaveAttribute("aria-sort", "descending");
  await expect(rows.locator("td:first-child a")).toHaveText([...ascending].reverse());
  // The filter survives the sort, and the sort survives a reload.
  await page.reload();
  await expect(page.getByRole("form", { name: "Filter recommendations" }).getByLabel("Theme")).toHaveValue("border_management");
  await expect(titleHeader).toHaveAttribute("aria-sort", "descending");
  await page.screenshot({ path: screenshotPath("tracker-table-border-management"), fullPage: true });
});

test("the CSV export holds every row of the current view, in its order, stamped with the status date", async ({ page }) => {
  // Unfiltered: more rows than one page shows.
  await gotoReady(page, "/recommendations");
  const all = await total(page, "tracker-total");
  const pageRows = await bodyRows(page.getByTestId("recommendations-table")).count();
  expect(all).toBeGreaterThan(pageRows);
  const asOf = await page.getByTestId("status-as-of").locator("time").getAttribute("datetime");
  expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  const full = await exportCsv(page);
  expect(full.fileName).toBe(`recommendations-status-as-of-${asOf}.csv`);
  expect(full.rows[0]).toEqual(CSV_HEADER);
  expect(full.rows.length - 1).toBe(all);
  for (const row of full.rows.slice(1)) {
    expect(row).toHaveLength(CSV_HEADER.length);
    expect(row[0]).toBe(asOf);
  }
  await expect(page.getByText(`Saved ${all} rows as`)).toBeVisible();

  // Filtered and sorted: the same rows, in the same order, as the table.
  await gotoReady(page, "/recommendations?theme=border_management&sort=title&dir=desc");
  const n = await total(page, "tracker-total");
  const titles = await bodyRows(page.getByTestId("recommendations-table")).locator("td:first-child a").allTextContents();
  const filtered = await exportCsv(page);
  expect(filtered.rows[0]).toEqual(CSV_HEADER);
  expect(filtered.rows.length - 1).toBe(n);
  const col = (name: string) => CSV_HEADER.indexOf(name);
  expect(filtered.rows.slice(1).map((r) => r[col("title")])).toEqual(titles);
  for (const row of filtered.rows.slice(1)) {
    expect(row[col("theme")]).toBe("Border management");
    expect(row[col("status_as_of")]).toBe(asOf);
    // Says who: each row carries the source's exact words.
    expect(row[col("quote")]?.length).toBeGreaterThan(10);
  }
});

/** Checks a scoreboard table: each row's status counts add up to its total; returns the row totals and the overall total. */
async function readScoreboard(page: Page): Promise<{ rows: number[]; overall: number }> {
  const table = page.getByTestId("scoreboard-table");
  const rows = bodyRows(table);
  await expect(rows.first()).toBeVisible();
  const totals: number[] = [];
  for (const row of await rows.all()) {
    const rowTotal = Number(await row.getAttribute("data-total"));
    const counts = await row.locator("td[data-count]").evaluateAll((cells) => cells.map((c) => Number(c.getAttribute("data-count"))));
    expect(counts).toHaveLength(4);
    const other = Number(await row.getAttribute("data-other"));
    expect(counts.reduce((a, b) => a + b, 0) + other).toBe(rowTotal);
    totals.push(rowTotal);
  }
  const overall = Number(await table.locator("tfoot > tr").getAttribute("data-total"));
  return { rows: totals, overall };
}

test("the scoreboard by theme and by actor: rows add up, the overall row counts each recommendation once", async ({ page }) => {
  await gotoReady(page, "/recommendations");
  const all = await total(page, "tracker-total");

  await gotoReady(page, "/recommendations/scoreboard");
  await expect(page.getByRole("heading", { name: "Implementation by theme" })).toBeVisible();
  expect(await total(page, "scoreboard-total")).toBe(all);
  const byTheme = await readScoreboard(page);
  expect(byTheme.overall).toBe(all);
  // Each recommendation has one theme: the themes' rows add up to the total.
  expect(byTheme.rows.reduce((a, b) => a + b, 0)).toBe(all);
  await expect(page.getByTestId("scoreboard-note")).toHaveCount(0);
  await page.screenshot({ path: screenshotPath("tracker-scoreboard-theme"), fullPage: true });

  // A row's total opens the table filtered to that theme, with as many rows.
  const first = bodyRows(page.getByTestId("scoreboard-table")).first();
  const firstTotal = Number(await first.getAttribute("data-total"));
  await first.locator("td").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/recommendations\?theme=[a-z_]+$/);
  await expect(page.getByTestId("tracker-total")).toHaveText(String(firstTotal));

  await gotoReady(page, "/recommendations/scoreboard");
  await page.getByRole("navigation", { name: "Count by" }).getByRole("link", { name: "By actor addressed" }).click();
  await expect(page).toHaveURL(/\/recommendations\/scoreboard\?by=actor$/);
  await expect(page.getByRole("heading", { name: "Implementation by actor" })).toBeVisible();
  const byActor = await readScoreboard(page);
  expect(byActor.overall).toBe(all);
  // Recommendations addressed to several actors count once for each, and the page says so.
  expect(byActor.rows.reduce((a, b) => a + b, 0)).toBeGreaterThan(all);
  await expect(page.getByTestId("scoreboard-note")).toContainText("counts once for each");
  await page.screenshot({ path: screenshotPath("tracker-scoreboard-actor"), fullPage: true });

  // The filters apply (status aside): one source's recommendations only.
  const filters = page.getByRole("form", { name: "Filter the scoreboard" });
  await expect(filters.getByLabel("Status")).toHaveCount(0);
  await filters.getByLabel("Source").selectOption("crss-2025");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/recommendations\/scoreboard\?by=actor&source=crss-2025$/);
  const crss = await readScoreboard(page);
  expect(crss.overall).toBeLessThan(all);
  expect(crss.overall).toBe(await total(page, "scoreboard-total"));
});

test("tracker views pass axe (no serious or critical violations), light and dark", async ({ page }) => {
  const views = [
    { url: "/recommendations", ready: page.getByTestId("recommendations-table") },
    { url: "/recommendations/scoreboard?by=actor", ready: page.getByTestId("scoreboard-table") },
    { url: "/recommendations/reviews", ready: page.getByTestId("overdue-total") },
    // An empty table: which filters emptied it, and a link that drops each.
    { url: "/recommendations?theme=refugees&targetActor=media&overdue=true", ready: page.getByRole("list", { name: "Drop one filter" }) },
  ];
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const v of views) {
      await gotoReady(page, v.url);
      await expect(v.ready).toBeVisible();
      await expectNoSeriousAxeViolations(page);
    }
  }
  await page.screenshot({ path: screenshotPath("tracker-empty-dark"), fullPage: true });
});

test.describe("as an editor", () => {
  test.use({ storageState: storageStatePath("editor") });

  test("a review date in the past: listed as overdue with its owner, and in the table under “Review overdue”", async ({ page }) => {
    const get = async () => {
      const input = encodeURIComponent(JSON.stringify({ json: { key: TRACKED_KEY } }));
      const res = await page.request.get(`/api/trpc/recommendations.get?input=${input}`);
      expect(res.ok()).toBe(true);
      return (await res.json()).result.data.json;
    };
    const edit = async (changes: { ownerId: string | null; nextReviewOn: string | null }) => {
      const rec = await get();
      const res = await page.request.post("/api/trpc/recommendations.edit", {
        data: {
          json: {
            key: rec.key,
            expectedVersion: rec.version,
            title: rec.title,
            text: rec.text,
            theme: rec.theme,
            targetActors: rec.targetActors,
            priority: rec.priority,
            provinces: rec.provinces,
            indicator: rec.indicator,
            ...changes,
          },
        },
      });
      expect(res.ok(), await res.text()).toBe(true);
    };
    const ownersRes = await page.request.get("/api/trpc/recommendations.owners");
    expect(ownersRes.ok()).toBe(true);
    const owners: { id: string; name: string; email: string }[] = (await ownersRes.json()).result.data.json;
    const editor = owners.find((o) => o.email === E2E_USERS.editor.email);
    expect(editor).toBeDefined();

    const before = await get();
    const reviewsOfIt = "/recommendations/reviews?search=conclusion-counter-financing";

    // Not overdue yet: the filtered list is empty and says which filter emptied it.
    await gotoReady(page, reviewsOfIt);
    await expect(page.getByText("No overdue review among these recommendations")).toBeVisible();
    await expect(page.getByRole("list", { name: "Drop one filter" })).toContainText("Search: “conclusion-counter-financing”");

    try {
      await edit({ ownerId: editor?.id ?? null, nextReviewOn: "2025-01-15" });
      const after = await get();
      expect(after.daysOverdue).toBeGreaterThan(0);
      const overdueText = `${after.daysOverdue.toLocaleString("en-GB")} days overdue`;

      await gotoReady(page, "/recommendations/reviews");
      const row = page.getByTestId("overdue-table").locator(`tr[data-key="${TRACKED_KEY}"]`);
      await expect(row).toContainText(overdueText);
      await expect(row).toContainText(editor?.name ?? "");
      await expect(row).toContainText("15 Jan 2025");
      await expect(row.getByRole("link", { name: after.title })).toBeVisible();
      // Most overdue first: the days never increase down the list.
      const days = await page
        .getByTestId("overdue-table")
        .locator("tbody > tr td:first-child")
        .evaluateAll((cells) => cells.map((c) => Number((c.textContent ?? "").replace(/[^\d]/g, ""))));
      expect(days).toEqual([...days].sort((a, b) => b - a));
      await page.screenshot({ path: screenshotPath("tracker-reviews"), fullPage: true });
      await expectNoSeriousAxeViolations(page);
      await page.emulateMedia({ colorScheme: "dark" });
      await gotoReady(page, "/recommendations/reviews");
      await expect(row).toBeVisible();
      await expectNoSeriousAxeViolations(page);
      await page.screenshot({ path: screenshotPath("tracker-reviews-dark"), fullPage: true });
      await page.emulateMedia({ colorScheme: "light" });

      // The table's "Review overdue" filter, through the form.
      await gotoReady(page, "/recommendations");
      const filters = page.getByRole("form", { name: "Filter recommendations" });
      await filters.getByLabel("Review overdue").check();
      await filters.getByRole("button", { name: "Apply" }).click();
      await expect(page).toHaveURL(/\/recommendations\?overdue=true$/);
      const tableRow = page.getByTestId("recommendations-table").locator("tbody > tr").filter({ hasText: after.title });
      await expect(tableRow).toContainText(overdueText);
      await expect(tableRow).toContainText(editor?.name ?? "");
      expect(await total(page, "tracker-total")).toBeGreaterThanOrEqual(1);
      // Sorted by review date, the most overdue first.
      await page
        .getByRole("columnheader", { name: /^Next review/ })
        .getByRole("link")
        .click();
      await expect(page).toHaveURL(/\/recommendations\?overdue=true&sort=review$/);
      await expect(page.getByRole("columnheader", { name: /^Next review/ })).toHaveAttribute("aria-sort", "ascending");
    } finally {
      // Put it back as it was, so no other spec sees an overdue review it did not make.
      await edit({ ownerId: before.ownerId, nextReviewOn: before.nextReviewOn });
    }
    const restored = await get();
    expect(restored.nextReviewOn).toBe(before.nextReviewOn);
  });
});
