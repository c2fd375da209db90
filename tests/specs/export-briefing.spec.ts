import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { E2E_OUTPUT, screenshotPath, storageStatePath } from "../e2e-users";
import { gotoReady } from "../support";

/**
 * An analyst exports the overview for Khyber Pakhtunkhwa, 2021–2022, as a briefing PDF (printed on the
 * server by headless Chromium), and the file says what it is, for which filters, who says so, and how
 * many pages it has. A signed-out request gets a 401 with a JSON error.
 */

const OUT = join(E2E_OUTPUT, "export-briefing");

test("the KP 2021–2022 overview exports as a briefing PDF with its title, filters, sources and page numbers", async ({ page }) => {
  test.setTimeout(120_000);
  mkdirSync(OUT, { recursive: true });
  await gotoReady(page, "/?province=PK-KP&from=2021-01-01&to=2022-12-31");
  await expect(page.getByTestId("filter-words")).toContainText("Khyber Pakhtunkhwa · 2021–2022");
  const button = page.getByRole("button", { name: "Export briefing (PDF)" });
  await expect(button).toBeVisible();
  const results = await new AxeBuilder({ page }).include("header").analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  const started = Date.now();
  const downloading = page.waitForEvent("download", { timeout: 90_000 });
  await button.click();
  await expect(page.getByRole("button", { name: "Cancel" })).toBeVisible();
  const download = await downloading;
  const seconds = (Date.now() - started) / 1000;
  expect(download.suggestedFilename()).toMatch(/^briefing-overview-PK-KP-2021-01-01-2022-12-31-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = join(OUT, "briefing.pdf");
  await download.saveAs(pdf);
  await expect(page.getByRole("status").filter({ hasText: "Downloaded briefing-overview-PK-KP" })).toBeVisible();
  await page.screenshot({ path: screenshotPath("export-briefing-overview") });

  const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
  const flat = text.replace(/\s+/g, " ");
  expect(flat).toContain("Militancy Monitor briefing: Overview");
  expect(flat).toContain("Khyber Pakhtunkhwa, 2021–2022");
  expect(flat).toContain("1 Jan 2021 – 31 Dec 2022");
  expect(flat).toContain("Sources appendix");
  expect(flat).toContain("Source: Militancy Monitor, data from");
  expect(flat).toContain("OpenStreetMap contributors");
  // A quote from the data the KP 2021–2022 view shows (an incident's citation), in the appendix.
  expect(flat).toContain(QUOTE);
  const pages = Number(/Page 1 of (\d+)/.exec(flat)?.[1]);
  expect(pages).toBeGreaterThanOrEqual(2);
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(pages);
  expect(flat).toContain(`Page ${pages} of ${pages}`);
  // Fonts are embedded (pdffonts: "emb" column yes for every font).
  const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts) expect(line).toMatch(/\syes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);

  execFileSync("pdftoppm", ["-png", "-r", "50", pdf, join(OUT, "page")]);
  const pngs = readdirSync(OUT).filter((f) => f.startsWith("page") && f.endsWith(".png"));
  expect(pngs).toHaveLength(pages);
  for (const f of pngs) expect(statSync(join(OUT, f)).size).toBeGreaterThan(2000);
  console.log(`briefing export: ${pages} pages in ${seconds.toFixed(1)} s`);
});

test("a signed-out request for a briefing gets 401 with a JSON error", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const res = await anonymous.get("/api/export/briefing?view=overview&province=PK-KP&from=2021-01-01&to=2022-12-31", {
    maxRedirects: 0,
  });
  expect(res.status()).toBe(401);
  expect(res.headers()["content-type"]).toContain("application/json");
  expect((await res.json()).error).toContain("Sign in again");
  await anonymous.dispose();
});

test("the print page is the briefing as the app renders it: no navigation, and accessible", async ({ page }) => {
  await gotoReady(page, "/print/overview?province=PK-KP&from=2021-01-01&to=2022-12-31");
  await expect(page.locator("[data-print-ready]")).toBeAttached();
  await expect(page.getByRole("heading", { name: "Militancy Monitor briefing: Overview", level: 1 })).toBeVisible();
  await expect(page.getByTestId("briefing-filters")).toHaveText("Khyber Pakhtunkhwa, 2021–2022");
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(page.getByTestId("attribution")).toContainText("Source: Militancy Monitor, data from");
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
  await page.screenshot({ path: screenshotPath("print-overview"), fullPage: true });
});

for (const [name, path, heading] of [
  ["province", "/print/province?province=PK-KP&from=2021-01-01&to=2022-12-31", "Militancy Monitor briefing: Khyber Pakhtunkhwa"],
  ["group", "/print/group/ttp", "Militancy Monitor briefing: Tehrik-e-Taliban Pakistan (TTP)"],
  ["recommendations", "/print/recommendations?by=actor", "Militancy Monitor briefing: Recommendation scoreboard"],
] as const) {
  test(`the ${name} briefing's print page has its cover, a sources appendix and an attribution, and is accessible`, async ({ page }) => {
    await gotoReady(page, path);
    await expect(page.locator("[data-print-ready]")).toBeAttached();
    await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Sources appendix", level: 2 })).toBeVisible();
    await expect(page.getByTestId("attribution")).toContainText("Source: Militancy Monitor, data from");
    // Every citation number in the body points to a quote in the appendix.
    const { cited, missing } = await page.locator(".cite a").evaluateAll((as) => {
      const hrefs = [...new Set(as.map((a) => a.getAttribute("href") ?? ""))];
      return { cited: hrefs.length, missing: hrefs.filter((h) => !h.startsWith("#q") || document.querySelectorAll(`li${h}`).length !== 1) };
    });
    expect(cited).toBeGreaterThan(0);
    expect(missing).toEqual([]);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
    await page.screenshot({ path: screenshotPath(`print-${name}`), fullPage: true });
  });
}

test("a long export can be cancelled, and nothing is downloaded", async ({ page }) => {
  await gotoReady(page, "/?province=PK-KP&from=2021-01-01&to=2022-12-31");
  // Hold the request so the export is still running when the analyst cancels it.
  await page.route("**/api/export/briefing**", async (route) => {
    await new Promise((r) => setTimeout(r, 4000));
    await route.continue().catch(() => undefined);
  });
  let downloaded = false;
  page.on("download", () => {
    downloaded = true;
  });
  await page.getByRole("button", { name: "Export briefing (PDF)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Printing the overview briefing with its sources to PDF" })).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("button", { name: "Export briefing (PDF)" })).toBeEnabled();
  await expect(page.getByRole("alert").filter({ hasText: "briefing" })).toHaveCount(0);
  await page.waitForTimeout(5000);
  expect(downloaded).toBe(false);
});

test("a viewer cannot export briefings: no button, and the route answers 403 saying which role is needed", async ({
  playwright,
  baseURL,
  browser,
}) => {
  const context = await browser.newContext({ storageState: storageStatePath("viewer") });
  const page = await context.newPage();
  await gotoReady(page, "/?province=PK-KP&from=2021-01-01&to=2022-12-31");
  await expect(page.getByTestId("filter-words")).toBeVisible();
  await expect(page.getByRole("button", { name: "Export briefing (PDF)" })).toHaveCount(0);
  await context.close();
  const viewer = await playwright.request.newContext({ baseURL, storageState: storageStatePath("viewer") });
  const res = await viewer.get("/api/export/briefing?view=overview", { maxRedirects: 0 });
  expect(res.status()).toBe(403);
  expect((await res.json()).error).toContain("analyst role");
  await viewer.dispose();
});

/**
 * Clicks a briefing button, saves the download, and reads it: its text (whitespace folded), page count
 * (pdfinfo, and the same as the footer's "Page 1 of N"), and whether every font is embedded; renders the
 * pages with pdftoppm for a look.
 */
async function exportBriefing(page: Page, button: string, name: string) {
  const downloading = page.waitForEvent("download", { timeout: 90_000 });
  await page.getByRole("button", { name: button, exact: true }).click();
  const download = await downloading;
  const dir = join(OUT, name);
  mkdirSync(dir, { recursive: true });
  const pdf = join(dir, "briefing.pdf");
  await download.saveAs(pdf);
  const flat = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
  expect(flat).toContain(`Page 1 of ${pages}`);
  expect(flat).toContain(`Page ${pages} of ${pages}`);
  const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
  for (const line of fonts) expect(line).toMatch(/\syes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
  execFileSync("pdftoppm", ["-png", "-r", "40", "-l", "4", pdf, join(dir, "page")]);
  return { file: download.suggestedFilename(), flat, pages };
}

test("a province exports from the map as a briefing: its figures, districts, groups and recommendations, each sourced", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await gotoReady(page, "/map?province=PK-KP&layer=incidents&from=2021-01-01&to=2022-12-31");
  const { file, flat, pages } = await exportBriefing(page, "Province briefing (PDF)", "province");
  expect(file).toMatch(/^briefing-province-PK-KP-2021-01-01-2022-12-31-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(flat).toContain("Militancy Monitor briefing: Khyber Pakhtunkhwa");
  expect(flat).toContain("province: Khyber Pakhtunkhwa (PK-KP); dates: 1 Jan 2021 – 31 Dec 2022");
  expect(flat).toContain("Incidents recorded by district, 2021–2022");
  expect(flat).toContain("Peshawar");
  expect(flat).toContain("Groups named in the incident log, 2021–2022");
  expect(flat).toContain("Recommendations tracked in Khyber Pakhtunkhwa");
  expect(flat).toContain(QUOTE);
  expect(flat).toContain("Map boundaries © OpenStreetMap contributors");
  // The cover gives the address that reopens the view (the overview filtered to the province and period).
  expect(flat).toMatch(/View http:\/\/[^ ]+\/\?province=PK-KP&from=2021-01-01&to=2022-12-31 /);
  expect(pages).toBeGreaterThanOrEqual(4);
});

test("a group profile exports as a briefing: claims, strength side by side, ties and areas, each with its quote", async ({ page }) => {
  test.setTimeout(120_000);
  await gotoReady(page, "/groups/ttp");
  const { file, flat, pages } = await exportBriefing(page, "Export briefing (PDF)", "group");
  expect(file).toMatch(/^briefing-group-ttp-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(flat).toContain("Militancy Monitor briefing: Tehrik-e-Taliban Pakistan (TTP)");
  expect(flat).toContain("group: Tehrik-e-Taliban Pakistan (TTP) (ttp)");
  for (const heading of [
    "What the sources say",
    "Leaders",
    "Strength estimates",
    "Alliances, rivalries and splits",
    "Where it operates: Pakistan",
  ])
    expect(flat).toContain(heading);
  expect(flat).toContain("The TTP, deeply rooted in Deobandi ideology, aims to establish an Islamic state in Pakistan.");
  expect(flat).toContain("Map boundaries © OpenStreetMap contributors");
  expect(flat).toMatch(/View: http:\/\/[^ ]+\/groups\/ttp /);
  expect(pages).toBeGreaterThanOrEqual(10);
});

test("the recommendation scoreboard exports by actor with its filters, shares and each recommendation's source", async ({ page }) => {
  test.setTimeout(120_000);
  await gotoReady(page, "/recommendations/scoreboard?by=actor&source=efsas-ttp-resurgence");
  const { file, flat } = await exportBriefing(page, "Export briefing (PDF)", "recommendations");
  expect(file).toMatch(/^briefing-recommendations-by-actor-efsas-ttp-resurgence-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(flat).toContain("Militancy Monitor briefing: Recommendation scoreboard");
  expect(flat).toContain("Scoreboard by: actor addressed; from EFSAS");
  expect(flat).toContain("Implementation by actor addressed");
  expect(flat).toContain("All recommendations");
  expect(flat).toContain("Do not rely on pressuring the Taliban to rein in the TTP");
  expect(flat).toContain("In short, exerting pressure on the Taliban to contain the cross-border activities");
  // Only that source's recommendations: a PIPS one is not there.
  expect(flat).not.toContain("Repatriate the IDPs of the merged districts");
});

test("a briefing for an unknown view, a missing province or a group that does not exist is refused with what to do", async ({
  request,
}) => {
  const none = await request.get("/api/export/briefing?view=province");
  expect(none.status()).toBe(400);
  expect((await none.json()).error).toContain("province=PK-KP");
  const view = await request.get("/api/export/briefing?view=timeline");
  expect(view.status()).toBe(400);
  expect((await view.json()).error).toContain("Choose one of: overview, province, group, recommendations");
  const group = await request.get("/api/export/briefing?view=group&group=no-such-group");
  expect(group.status()).toBe(404);
  expect((await group.json()).error).toContain("not found");
});

/** Akbar, Taliban 2.0 ("Growing TTP Threats"), cited by the 5 Aug 2022 attack on an MPA in Dir, one of the view's incidents. */
const QUOTE = "Liaqat Ali Khan, a member of the provincial assembly of Khyber Pakhtunkhwa, was attacked by unidentified militants";
