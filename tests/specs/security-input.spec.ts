import { expect, test } from "@playwright/test";
import { storageStatePath } from "../e2e-users";
import { gotoReady } from "../support";

/**
 * User-entered text is shown as text: an editor saves a group whose name, other names and summary are
 * script and HTML payloads; its profile, the groups list and search show them literally and nothing runs.
 */

test.use({ storageState: storageStatePath("editor") });

const RUN = Date.now()
  .toString(36)
  .replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)] ?? "x");
const NAME = `Xss ${RUN} <img src=x onerror="window.__xss='name'">`;
const SUMMARY = `<script>window.__xss='summary'</script><b onmouseover="window.__xss='b'">bold?</b> javascript:alert(1)`;

test("script and HTML payloads in names and descriptions are shown as text and never run", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await gotoReady(page, "/admin/records/new/group");
  const form = page.getByRole("form", { name: "New group" });
  await form.getByLabel("Name", { exact: true }).fill(NAME);
  await form.getByLabel("Name", { exact: true }).press("Tab");
  await form.getByLabel("Kind").first().selectOption("sectarian");
  await form.getByLabel("Other names").fill(`<svg/onload=alert(1)> ${RUN}`);
  await form.getByLabel("Summary").fill(SUMMARY);
  await form.getByRole("button", { name: "Create group" }).click();
  // The slug suggested from the name keeps only letters, digits and hyphens.
  await expect(page).toHaveURL(new RegExp(`/groups/xss-${RUN}-[a-z0-9-]+$`));

  await expect(page.getByRole("heading", { level: 1 })).toContainText(NAME);
  await expect(page.getByText(SUMMARY)).toBeVisible();
  await expect(page.getByText(`Also known as “<svg/onload=alert(1)> ${RUN}”.`)).toBeAttached();
  expect(await page.locator("main img[src='x'], main script:not([src]):not([nonce])").count()).toBe(0);

  await gotoReady(page, `/groups?search=${encodeURIComponent(`Xss ${RUN}`)}`);
  await expect(page.getByText(NAME).first()).toBeVisible();
  await gotoReady(page, `/search?q=${encodeURIComponent(`Xss ${RUN}`)}`);
  await expect(page.getByText(NAME).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
