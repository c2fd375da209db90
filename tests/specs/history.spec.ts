import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { screenshotPath, storageStatePath } from "../e2e-users";
import { gotoReady } from "../support";

/**
 * Revision history, "what changed since", and the trash. An editor creates a timeline event of its own
 * (a unique key, citing a seeded event's quote), edits it, deletes it and restores it through the
 * records API the forms use (called from the page, with the session cookie and the page's origin); the
 * history page shows each revision with the values before and after, /changes lists the change, and the
 * trash restores the record with its button. Axe on the three pages.
 */
test.use({ storageState: storageStatePath("editor") });

const SEEDED_EVENT = "akbar-taliban-2/event/ttp-active-in-swat-2008";

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

/** Calls a tRPC procedure over HTTP from the page (superjson wire format: `{ json: input }`), as the signed-in user. */
async function api<T = unknown>(page: Page, kind: "query" | "mutation", path: string, input: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ({ kind, path, input }) => {
      const body = JSON.stringify({ json: input });
      const res =
        kind === "query"
          ? await fetch(`/api/trpc/${path}?input=${encodeURIComponent(body)}`)
          : await fetch(`/api/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body });
      return { status: res.status, body: (await res.json()) as { result?: { data?: { json?: unknown } }; error?: unknown } };
    },
    { kind, path, input },
  );
  if (answer.status !== 200 || !answer.body.result) throw new Error(`${path} failed (${answer.status}): ${JSON.stringify(answer.body)}`);
  return answer.body.result.data?.json as T;
}

const historyUrl = (type: string, key: string) => `/history/${type}/${key.split("/").map(encodeURIComponent).join("/")}`;

test("an edit, a deletion and a restore show in the history, in what changed, and in the trash", async ({ page }) => {
  const stamp = Date.now().toString(36);
  const key = `e2e-history/event/${stamp}`;
  const title = `E2E history check ${stamp}`;
  const today = new Date().toISOString().slice(0, 10);

  await gotoReady(page, "/changes");
  await expect(page.getByRole("heading", { name: "What changed", level: 1 })).toBeVisible();

  // Create an event of our own, then edit its title, kind and description.
  const seeded = await api<{ record: Record<string, unknown> }>(page, "query", "records.get", { type: "event", key: SEEDED_EVENT });
  const original = {
    ...seeded.record,
    key,
    title,
    kind: "political",
    marker: false,
    description: `${"A long description so the history shows the change compactly, with the unchanged words around it. ".repeat(3)}Forty fighters were reported.`,
  };
  const citations = seeded.record.citations as { locator: string }[];
  const created = await api<{ version: number }>(page, "mutation", "records.save", {
    type: "event",
    record: original,
    expectedVersion: null,
  });
  const edited = await api<{ version: number }>(page, "mutation", "records.save", {
    type: "event",
    record: {
      ...original,
      title: `${title} (corrected)`,
      kind: "military",
      description: original.description.replace("Forty fighters", "Sixty fighters"),
      citations: citations.map((c, i) => (i === 0 ? { ...c, locator: "p. 999 (e2e)" } : c)),
    },
    expectedVersion: created.version,
  });

  // The history: the edit with the values before and after, then the creation.
  await gotoReady(page, historyUrl("event", key));
  await expect(page.getByRole("heading", { name: `${title} (corrected)`, level: 1 })).toBeVisible();
  await expect(page.locator("main dl").filter({ hasText: "Current version" }).first()).toContainText(`Current version${edited.version}`);
  const revisions = page.getByRole("list", { name: "Revisions, newest first" }).getByRole("article");
  await expect(revisions).toHaveCount(2);
  const edit = revisions.nth(0);
  await expect(edit.getByRole("heading", { name: "Edited" })).toBeVisible();
  await expect(edit).toContainText("editor@e2e.test");
  await expect(edit.locator("del", { hasText: title }).first()).toBeVisible();
  await expect(edit.locator("ins", { hasText: `${title} (corrected)` })).toBeVisible();
  await expect(edit.locator("del", { hasText: "political" })).toBeVisible();
  await expect(edit.locator("ins", { hasText: "military" })).toBeVisible();
  // The long description: only the changed word, with a little context.
  await expect(edit.locator("del", { hasText: "Forty" })).toBeVisible();
  await expect(edit.locator("ins", { hasText: "Sixty" })).toBeVisible();
  // A list of objects: the citation whose locator changed, with the field that changed inside it.
  await expect(edit).toContainText("1 changed (1 → 1 item)");
  await expect(edit.locator("ins", { hasText: "p. 999 (e2e)" })).toBeVisible();
  await expect(revisions.nth(1).getByRole("heading", { name: "Created" })).toBeVisible();
  // Compare any two versions.
  await expect(page.getByRole("heading", { name: "Compare two versions" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: screenshotPath("history-record"), fullPage: true });

  // What changed since today: the edit and the creation, linked to the record's history.
  await gotoReady(page, `/changes?since=${today}&type=event`);
  const rows = page.getByRole("row").filter({ hasText: `${title} (corrected)` });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Edited");
  await expect(rows.first()).toContainText("Changed citations, description, kind and title");
  await expect(page.getByRole("row").filter({ hasText: title }).filter({ hasText: "Created" })).toHaveCount(1);
  await expect(
    page.getByRole("navigation", { name: "Changes per record type" }).getByRole("link", { name: /Timeline event/ }),
  ).toBeVisible();
  await expect(page.getByText("Counted from the start of that day")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: screenshotPath("history-changes"), fullPage: true });
  await rows
    .first()
    .getByRole("link", { name: `History of ${title} (corrected)` })
    .click();
  await expect(page).toHaveURL(new RegExp(`/history/event/e2e-history/event/${stamp}$`));

  // Delete through the API: the history says so and points to the trash.
  await api(page, "mutation", "records.delete", { type: "event", key, expectedVersion: edited.version, reason: "E2E: checking the trash" });
  await gotoReady(page, historyUrl("event", key));
  await expect(page.getByText("This record is in the trash")).toBeVisible();
  await expect(page.getByRole("link", { name: "Restore it from the trash" })).toBeVisible();
  await page.screenshot({ path: screenshotPath("history-deleted"), fullPage: true });

  // The trash: the record with who, why; restore it with its button.
  await gotoReady(page, "/admin/trash?type=event");
  await expect(page.getByRole("heading", { name: "Trash", level: 1 })).toBeVisible();
  const trashRow = page.getByRole("row").filter({ hasText: key });
  await expect(trashRow).toContainText("E2E: checking the trash");
  await expect(trashRow).toContainText("editor@e2e.test");
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: screenshotPath("history-trash"), fullPage: true });
  await trashRow.getByRole("button", { name: `Restore ${title} (corrected)` }).click();
  const restored = page.getByRole("status").filter({ hasText: `Restored timeline event “${title} (corrected)”` });
  await expect(restored).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: key })).toHaveCount(0);
  await restored.getByRole("link", { name: "See its history" }).click();

  // The history now reads: restored, deleted (with the reason), edited, created.
  await expect(page.getByRole("heading", { name: `${title} (corrected)`, level: 1 })).toBeVisible();
  await expect(revisions).toHaveCount(4);
  await expect(revisions.nth(0).getByRole("heading", { name: "Restored from the trash" })).toBeVisible();
  await expect(revisions.nth(1).getByRole("heading", { name: "Deleted (moved to the trash)" })).toBeVisible();
  await expect(revisions.nth(1)).toContainText("Reason: E2E: checking the trash");
  await expect(page.getByText("This record is in the trash")).toHaveCount(0);
  await page.screenshot({ path: screenshotPath("history-restored"), fullPage: true });

  // The sidebar offers an editor the changes, the import and the trash.
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Changes" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Trash" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Import CSV" })).toBeVisible();
});

test("an analyst reads what changed but is not shown the trash", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStatePath("analyst") });
  const page = await context.newPage();
  await gotoReady(page, "/changes");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Changes" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Trash" })).toHaveCount(0);
  await gotoReady(page, "/admin/trash");
  await expect(page.getByRole("heading", { name: "This page needs the editor role" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Restore/ })).toHaveCount(0);
  await gotoReady(page, "/history/event/no-such/record");
  await expect(page.getByText("Not found")).toBeVisible();
  await context.close();
});
