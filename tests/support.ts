import type { Page } from "@playwright/test";

/**
 * Opens a page and waits until React has hydrated it (the app sets `data-hydrated` on <html>), so hover
 * and focus handlers are attached before a test uses them. Links and filter forms work without it.
 */
export async function gotoReady(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}
