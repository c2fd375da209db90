import { expect, test as setup } from "@playwright/test";
import { E2E_USERS, type E2ERole, storageStatePath } from "../e2e-users";

const ROLES: E2ERole[] = ["viewer", "analyst", "editor", "admin"];

for (const role of ROLES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const user = E2E_USERS[role];
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await expect(page.getByTestId("user-menu")).toContainText(user.email);
    await page.context().storageState({ path: storageStatePath(role) });
  });
}
