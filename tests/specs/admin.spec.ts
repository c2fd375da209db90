import { expect, test } from "@playwright/test";
import { screenshotPath, storageStatePath } from "../e2e-users";

/**
 * An admin manages a user end to end in the browser, and every change shows in the audit log with who
 * made it and the values before and after. Then the new account signs in with the role it was given.
 */
test.use({ storageState: storageStatePath("admin") });

test("an admin creates a user, changes the role, deactivates it, and the audit log shows each change", async ({ page, browser }) => {
  const email = `new.analyst.${Date.now()}@e2e.test`;
  const password = "first-password-for-e2e";

  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "New user" }).click();
  const create = page.getByRole("form", { name: "New user" });
  // Empty form: each field says what is wrong.
  await create.getByRole("button", { name: "Create user" }).click();
  await expect(create.getByText("Enter the person's name.")).toBeVisible();
  await create.getByLabel("Name").fill("Nadia Khan");
  await create.getByLabel("Email").fill(email);
  await create.getByLabel("Role").selectOption("analyst");
  await create.getByLabel("First password", { exact: true }).fill(password);
  await create.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Created an account for Nadia Khan (${email})` })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row.getByText("Analyst", { exact: true })).toBeVisible();
  await page.screenshot({ path: screenshotPath("admin-users"), fullPage: true });

  // The new account signs in and is an analyst: no admin pages in its navigation.
  const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const otherPage = await other.newPage();
  await otherPage.goto("/sign-in");
  await otherPage.getByLabel("Email").fill(email);
  await otherPage.getByLabel("Password").fill(password);
  await otherPage.getByRole("button", { name: "Sign in" }).click();
  await otherPage.waitForURL((url) => url.pathname === "/");
  await expect(otherPage.getByTestId("user-menu")).toContainText("Analyst");
  await expect(otherPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);

  // Change the role: analyst → editor.
  await row.getByRole("button", { name: /Change role/ }).click();
  const roleForm = page.getByRole("form", { name: "Change the role of Nadia Khan" });
  await roleForm.getByLabel("New role").selectOption("editor");
  await roleForm.getByRole("button", { name: "Make editor" }).click();
  await expect(row.getByText("Editor", { exact: true })).toBeVisible();

  // Deactivate: the other session is signed out at once.
  await row.getByRole("button", { name: /^Deactivate/ }).click();
  await page.getByRole("form", { name: "Deactivate Nadia Khan" }).getByRole("button", { name: "Deactivate and sign out" }).click();
  await expect(row.getByText("Deactivated", { exact: true })).toBeVisible();
  await otherPage.goto("/groups");
  await expect(otherPage).toHaveURL(/\/sign-in\?next=%2Fgroups$/);
  await other.close();

  // The audit log: three entries for this user, newest first, with before → after.
  await page.goto("/admin/audit?entityType=user");
  await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  const entries = page.getByRole("row").filter({ hasText: email });
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText("Deactivated user");
  await expect(entries.nth(0)).toContainText("admin@e2e.test");
  await expect(entries.nth(1)).toContainText("Changed role");
  await expect(entries.nth(1)).toContainText("Role: Analyst→ changed to Editor");
  await expect(entries.nth(2)).toContainText("Created user");
  await page.screenshot({ path: screenshotPath("admin-audit"), fullPage: true });
});
