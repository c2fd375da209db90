import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { E2E_OUTPUT, screenshotPath, storageStatePath } from "../e2e-users";
import { gotoReady } from "../support";

/**
 * Urdu and Pashto names (issue #9: "Urdu/Pashto place or group names render correctly", fonts embedded).
 * The seed has no Arabic-script text, so an editor enters a group named in Urdu, with a Pashto other
 * name, and an incident attributed to it. Its profile draws the name with the bundled Vazirmatn
 * (Latin stays on Inter); the chart PDFs that name it (the areas map, whose key is SVG text, and the
 * incident log by group, whose filter line and legend are jsPDF text) embed every font and give the
 * Urdu name back in their text layer. A second group is named in Pashto. Every record is new and
 * carries this run's suffix.
 */

test.use({ storageState: storageStatePath("editor") });
test.describe.configure({ mode: "serial" });

const RUN = Date.now()
  .toString(36)
  .replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)] ?? "x");
const URDU = "تحریک طالبان پاکستان";
const PASHTO = "د پاکستان طالبان تحریک";
const GROUP_NAME = `${URDU} ${RUN}`;
/** Pashto with the letters Unicode has no joined forms for (ځ, ښ): the PDF draws them from the font's own glyphs. */
const PASHTO_GROUP = "د ځوانانو لښکر";
const GROUP_SLUG = `urdu-name-${RUN}`;
/** A quote that is in the seed document "akbar-taliban-2" (the server checks quotes against held texts). */
const QUOTE = "a suicide bomber attacked a political rally in the Bajaur District of KPK, killing over 50 people";
const dir = path.join(E2E_OUTPUT, "export-scripts");

/** Text as a reader's copy gives it: bidi controls dropped, presentation forms folded (NFKC). */
const plain = (s: string) => s.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "").normalize("NFKC");

/** Opens a chart's Export menu, saves its PDF and returns the path. */
async function exportPdf(page: Page, scope: Locator, name: string): Promise<string> {
  await scope
    .getByRole("button", { name: /^Export chart:/ })
    .first()
    .click();
  const download = page.waitForEvent("download");
  await page.getByRole("menu").getByRole("menuitem", { name: /^PDF/ }).click();
  mkdirSync(dir, { recursive: true });
  const pdf = path.join(dir, name);
  await (await download).saveAs(pdf);
  return pdf;
}

/** pdffonts' table: every font must be embedded ("emb" yes); returns the font names. */
function embeddedFonts(pdf: string): string[] {
  const lines = execFileSync("pdffonts", [pdf], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
  console.log(`pdffonts ${path.basename(pdf)}:\n${lines.join("\n")}`);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line).toMatch(/\syes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
  return lines.map((l) => l.split(/\s+/)[0] ?? "");
}

/**
 * The PDF's text layer as a reader's copy gives it. The glyphs are presentation forms (how the PDF shows joined
 * letters), which NFKC folds back to the letters typed. Poppler reads a line with Arabic script as right-to-left, so
 * the Latin around it may move, but the Urdu words come out in reading order.
 */
const pdfText = (pdf: string) => plain(execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }));

function pdfPreview(pdf: string, name: string) {
  mkdirSync(path.dirname(screenshotPath(name)), { recursive: true });
  execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, screenshotPath(name).replace(/\.png$/, "")]);
}

/** The fonts Chromium actually drew an element's own text with (family names from the font files, with glyph counts). */
async function renderedFonts(page: Page, selector: string): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  await cdp.detach();
  return fonts;
}

test("a group named in Urdu, with a Pashto other name: the profile draws it with the bundled Arabic-script font; the areas map's PDF embeds it", async ({
  page,
}) => {
  await gotoReady(page, "/admin/records/new/group");
  const form = page.getByRole("form", { name: "New group" });
  await form.getByLabel("Name", { exact: true }).fill(GROUP_NAME);
  await form.getByLabel("Name", { exact: true }).press("Tab");
  // The slug suggested from the name keeps only its Latin letters; give it a readable one.
  await expect(form.getByLabel("Slug")).toHaveValue(RUN);
  await form.getByLabel("Slug").fill(GROUP_SLUG);
  await form.getByLabel("Kind").first().selectOption("religious_jihadist");
  await form.getByLabel("Other names").fill(`${PASHTO}\nTTP ${RUN}`);
  await form.getByRole("checkbox", { name: "Khyber Pakhtunkhwa", exact: true }).check();
  await form.getByRole("button", { name: "Create group" }).click();

  await expect(page).toHaveURL(new RegExp(`/groups/${GROUP_SLUG}$`));
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(URDU);
  await expect(page.getByText(PASHTO).first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);

  // The heading's Urdu letters come from Vazirmatn (a web font the app serves), its Latin suffix from Inter;
  // no system font stands in (the machine has only DejaVu and Liberation). CDP reports the fonts of an element's own
  // text nodes, so the element inside the heading that holds the name is marked first.
  await heading.evaluate((h, name) => {
    const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeValue?.includes(name)) n.parentElement?.setAttribute("data-e2e-urdu", "");
    }
  }, URDU);
  const fonts = await renderedFonts(page, "[data-e2e-urdu]");
  const families = fonts.map((f) => f.familyName);
  expect(families).toContain("Vazirmatn");
  expect(families).toContain("Inter");
  for (const f of fonts) expect(f.isCustomFont, `${f.familyName} drew ${f.glyphCount} glyphs`).toBe(true);
  // The face the app declares for Arabic script (unicode-range from U+0600) is the one the page loaded.
  const arabicFaces = await page.evaluate(() =>
    [...document.fonts].filter((f) => /U\+0?6(00|\?\?)/i.test(f.unicodeRange)).map((f) => `${f.family} ${f.weight} ${f.status}`),
  );
  expect(arabicFaces.some((f) => f.endsWith("loaded"))).toBe(true);
  await page.screenshot({ path: screenshotPath("export-scripts-group"), fullPage: false });

  // The areas map's PDF: the name is in the PDF's own title and in the map key drawn inside the SVG (through svg2pdf).
  const pdf = await exportPdf(page, page.locator("#areas"), "areas-urdu.pdf");
  expect(embeddedFonts(pdf)).toContain("Vazirmatn");
  const text = pdfText(pdf);
  expect(text).toContain(URDU);
  const keyLine = text.split("\n").find((l) => l.includes("Areas of operation:"));
  expect(keyLine, "the map key (SVG text) is in the text layer").toContain(URDU);
  expect(text).not.toMatch(/\?{2,}/);
  pdfPreview(pdf, "export-scripts-areas-pdf");
});

test("a group named in Pashto: its areas map's PDF embeds the font and gives the Pashto name back", async ({ page }) => {
  await gotoReady(page, "/admin/records/new/group");
  const form = page.getByRole("form", { name: "New group" });
  await form.getByLabel("Name", { exact: true }).fill(`${PASHTO_GROUP} ${RUN}`);
  await form.getByLabel("Name", { exact: true }).press("Tab");
  await expect(form.getByLabel("Slug")).toHaveValue(RUN);
  await form.getByLabel("Slug").fill(`pashto-name-${RUN}`);
  await form.getByLabel("Kind").first().selectOption("religious_jihadist");
  await form.getByRole("checkbox", { name: "Khyber Pakhtunkhwa", exact: true }).check();
  await form.getByRole("button", { name: "Create group" }).click();
  await expect(page).toHaveURL(new RegExp(`/groups/pashto-name-${RUN}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(PASHTO_GROUP);

  const pdf = await exportPdf(page, page.locator("#areas"), "areas-pashto.pdf");
  expect(embeddedFonts(pdf)).toContain("Vazirmatn");
  const text = pdfText(pdf);
  expect(text).toContain(PASHTO_GROUP);
  expect(text.split("\n").find((l) => l.includes("Areas of operation:"))).toContain(PASHTO_GROUP);
  expect(text).not.toMatch(/[\ufdd0-\ufdef]/);
  pdfPreview(pdf, "export-scripts-pashto-pdf");
});

test("an incident attributed to the Urdu-named group; the incident-log chart's PDF embeds every font and gives the Urdu name back", async ({
  page,
}) => {
  await gotoReady(page, "/admin/records/new/incident");
  const form = page.getByRole("form", { name: "New incident" });
  await form.getByLabel("Title", { exact: true }).fill(`Attack claimed in Urdu ${RUN}`);
  await form.getByLabel("Date", { exact: true }).fill("2023-05-10");
  await form.getByLabel("Province", { exact: true }).selectOption("PK-KP");
  await form.getByRole("button", { name: "Add a group" }).click();
  await form.getByLabel("Group 1", { exact: true }).selectOption(GROUP_SLUG);
  await form.getByLabel("Group 1: tie", { exact: true }).selectOption("claimed");
  await form.getByLabel("Killed", { exact: true }).fill("2");
  await form.getByLabel("Source", { exact: true }).selectOption("akbar-taliban-2");
  await form.getByLabel("Locator", { exact: true }).fill("Introduction");
  await form.getByLabel("Quote", { exact: true }).fill(QUOTE);
  await form.getByRole("button", { name: "Save incident" }).click();
  await page.waitForURL(/\/incidents\/entry/);

  // The log broken down by group, filtered to the new one: the filter line and the legend carry the Urdu name.
  await gotoReady(page, `/trends?group=${GROUP_SLUG}&breakdown=group`);
  const log = page.locator("#incident-log");
  await expect(log.locator(".recharts-surface").first()).toBeVisible();
  const pdf = await exportPdf(page, log, "incident-log-urdu.pdf");

  // Every font in the PDF is embedded: Inter for Latin, Vazirmatn for the Urdu.
  const names = embeddedFonts(pdf);
  expect(names).toContain("Inter");
  expect(names).toContain("Vazirmatn");
  const text = pdfText(pdf);
  expect(text).toContain(URDU);
  expect(text).toContain(RUN);
  expect(text).toContain("Incident log:");
  expect(text).not.toMatch(/\?{2,}/);
  pdfPreview(pdf, "export-scripts-incident-log-pdf");
});
