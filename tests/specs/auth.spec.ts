import { expect, type Page, test } from "@playwright/test";
import { E2E_USERS, screenshotPath, storageStatePath } from "../e2e-users";

/**
 * Sign-in, sign-out, roles and throttling, as a person meets them in the browser. These tests start
 * signed out (empty storage state) unless they say otherwise.
 */
test.use({ storageState: { cookies: [], origins: [] } });

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an anonymous visit goes to sign-in and comes back to the page it asked for", async ({ page }) => {
  await page.goto("/groups?kind=sectarian");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fgroups%3Fkind%3Dsectarian$/);
  await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
  await page.screenshot({ path: screenshotPath("sign-in") });
  await signIn(page, E2E_USERS.analyst.email, E2E_USERS.analyst.password);
  await page.waitForURL((url) => url.pathname === "/groups" && url.search === "?kind=sectarian");
  await expect(page.getByRole("cell", { name: /Lashkar-e-Jhangvi/ }).first()).toBeVisible();
});

test("a wrong password says so, without saying which field was wrong", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, E2E_USERS.viewer.email, "not-the-password");
  await expect(page.getByText("Wrong email or password. Check both and try again.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.screenshot({ path: screenshotPath("sign-in-wrong-password") });
});

test("sign-out ends the session: pages and the API turn the old cookie away", async ({ page, context }) => {
  await page.goto("/sign-in");
  await signIn(page, E2E_USERS.viewer.email, E2E_USERS.viewer.password);
  await page.waitForURL((url) => url.pathname === "/");
  const oldCookies = await context.cookies();
  expect(oldCookies.map((c) => c.name)).toContain("monitor.session_token");
  const sessionCookie = oldCookies.find((c) => c.name === "monitor.session_token");
  expect(sessionCookie?.httpOnly).toBe(true);
  expect(sessionCookie?.sameSite).toBe("Lax");

  await page.getByTestId("user-menu").getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/sign-in");
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);

  // Replaying the old cookie does not bring the session back.
  await context.addCookies(oldCookies);
  const res = await page.request.get("/api/trpc/users.me");
  expect(res.status()).toBe(401);
});

test("sign-in is throttled after repeated failures, even for the right password", async ({ page }) => {
  const { email, password } = E2E_USERS.throttled;
  await page.goto("/sign-in");
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, `wrong-password-${i}`);
    await expect(page.getByText("Wrong email or password.")).toBeVisible();
  }
  await signIn(page, email, `wrong-password-5`);
  await expect(page.getByText(/Too many failed sign-ins\. Try again in 15 minutes/)).toBeVisible();
  await signIn(page, email, password);
  await expect(page.getByText(/Too many failed sign-ins/)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.screenshot({ path: screenshotPath("sign-in-throttled") });
  // Another account from the same browser is not locked by it.
  await signIn(page, E2E_USERS.viewer.email, E2E_USERS.viewer.password);
  await page.waitForURL((url) => url.pathname === "/");
});

test("no page and no procedure answers an anonymous client with data", async ({ page, request }) => {
  for (const path of [
    "/",
    "/map",
    "/trends",
    "/statistics",
    "/groups",
    "/groups/ttp",
    "/incidents",
    "/recommendations",
    "/sources",
    "/admin",
    "/admin/users",
    "/admin/audit",
    "/account",
    "/about",
  ]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(307);
    expect(res.headers().location, path).toMatch(/^\/sign-in/);
  }
  for (const proc of [
    "groups.list",
    "dashboard.headlines",
    "incidents.list",
    "recommendations.list",
    "sources.list",
    "users.list",
    "audit.list",
  ]) {
    const res = await request.get(`/api/trpc/${proc}`);
    expect(res.status(), proc).toBe(401);
    expect(await res.text(), proc).toContain("Sign in to continue.");
  }
  // Only the health check is public.
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect((await health.json()).ok).toBe(true);
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("a viewer sees no admin controls, and the server refuses them anyway", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Overview" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Data admin" })).toHaveCount(0);
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { name: "This page needs the admin role" })).toBeVisible();
    await expect(page.getByRole("button", { name: /new user/i })).toHaveCount(0);
    await page.screenshot({ path: screenshotPath("viewer-forbidden") });
    const res = await page.request.get("/api/trpc/users.list");
    expect(res.status()).toBe(403);
  });
});

test.describe("cross-site requests", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("a mutation from another origin is refused (CSRF)", async ({ page }) => {
    await page.goto("/");
    const res = await page.request.post("/api/trpc/users.setRole", {
      headers: { origin: "https://evil.example", "content-type": "application/json" },
      data: { json: { userId: "x", role: "admin" } },
    });
    expect(res.status()).toBe(403);
    expect(await res.text()).toContain("Cross-origin request refused");
  });
});
