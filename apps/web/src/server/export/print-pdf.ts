import "server-only";
import { type Browser, chromium } from "playwright-core";
import { serverEnv } from "~/env";

/**
 * Briefings are printed by the browser's own print engine: headless Chromium (the system's binary,
 * never downloaded) opens the app's print page as the requesting user and prints it to PDF. The PDF is
 * vector, its text selectable, the self-hosted Inter embedded, and it is exactly what the app renders.
 * One browser per server process, launched on first use and closed on exit; one context per export.
 */

const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const globalForBrowser = globalThis as unknown as { monitorPrintBrowser?: Promise<Browser>; monitorPrintExitHook?: boolean };

export class ExportError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "ExportError";
  }
}

function getBrowser(): Promise<Browser> {
  const current = globalForBrowser.monitorPrintBrowser;
  if (current) return current;
  const pending = chromium
    .launch({ executablePath: serverEnv.CHROMIUM_PATH, args: LAUNCH_ARGS, timeout: 30_000 })
    .then((browser) => {
      browser.on("disconnected", () => {
        if (globalForBrowser.monitorPrintBrowser === pending) globalForBrowser.monitorPrintBrowser = undefined;
      });
      return browser;
    })
    .catch((error: unknown) => {
      if (globalForBrowser.monitorPrintBrowser === pending) globalForBrowser.monitorPrintBrowser = undefined;
      const reason = (error instanceof Error ? error.message.split("\n")[0] : undefined) ?? String(error);
      throw new ExportError(
        `The PDF printer (Chromium at ${serverEnv.CHROMIUM_PATH}) could not start: ${reason}. Ask an administrator to install Chromium or set CHROMIUM_PATH.`,
        503,
      );
    });
  globalForBrowser.monitorPrintBrowser = pending;
  if (!globalForBrowser.monitorPrintExitHook) {
    globalForBrowser.monitorPrintExitHook = true;
    const close = () => {
      void globalForBrowser.monitorPrintBrowser?.then((b) => b.close()).catch(() => undefined);
    };
    process.once("beforeExit", close);
    process.once("SIGTERM", close);
    process.once("SIGINT", close);
  }
  return pending;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

export interface PrintOptions {
  /** The print page to open, on the app's own origin. */
  url: string;
  /** The requesting user's Cookie header: the print page renders with their session and permissions. */
  cookie: string;
  /** Shown in every page's header. */
  title: string;
  /** Shown in every page's footer beside the page numbers. */
  footerNote: string;
  /** Stops the export when the user cancels (the request is aborted). */
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** Prints the page at `url` to an A4 PDF once it shows `[data-print-ready]`. Throws ExportError with a message for the user. */
export async function printToPdf({ url, cookie, title, footerNote, signal, timeoutMs = 60_000 }: PrintOptions): Promise<Uint8Array> {
  const browser = await getBrowser();
  if (signal?.aborted) throw new ExportError("The export was cancelled.", 499);
  const context = await browser.newContext({ extraHTTPHeaders: cookie ? { cookie } : {}, javaScriptEnabled: true });
  const abort = () => void context.close().catch(() => undefined);
  signal?.addEventListener("abort", abort, { once: true });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);
    // Only the app's own origin: no CDN, no tracker, nothing from the network at export time.
    const origin = new URL(url).origin;
    await page.route(
      (u) => u.origin !== origin && u.protocol !== "data:" && u.protocol !== "blob:",
      (route) => route.abort(),
    );
    const response = await page.goto(url, { waitUntil: "load", timeout: timeoutMs });
    if (!response) throw new ExportError("The print page did not answer.", 502);
    if (new URL(page.url()).pathname.startsWith("/sign-in"))
      throw new ExportError("Your session was not accepted by the print page. Sign in again, then export.", 401);
    if (response.status() === 404)
      throw new ExportError(
        "What you asked to print was not found: it may have been deleted or renamed. Open it in the app, then export again.",
        404,
      );
    if (!response.ok())
      throw new ExportError(`The print page failed (HTTP ${response.status()}). Try again; if it persists, report it.`, 502);
    await page.locator("[data-print-ready]").waitFor({ state: "attached", timeout: timeoutMs });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const stamp = `<div style="box-sizing:border-box;width:100%;padding:0 14mm;font-size:7.5pt;color:#555;font-family:Inter,sans-serif;display:flex;justify-content:space-between;gap:8mm;">`;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const printing = page.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      margin: { top: "18mm", bottom: "18mm", left: "14mm", right: "14mm" },
      headerTemplate: `${stamp}<span>${escapeHtml(title)}</span><span>Militancy Monitor</span></div>`,
      footerTemplate: `${stamp}<span>${escapeHtml(footerNote)}</span><span style="white-space:nowrap">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
    });
    const overdue = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("Timeout while printing to PDF")), timeoutMs);
    });
    const pdf = await Promise.race([printing, overdue]).finally(() => clearTimeout(timer));
    return new Uint8Array(pdf);
  } catch (error) {
    if (error instanceof ExportError) throw error;
    if (signal?.aborted) throw new ExportError("The export was cancelled.", 499);
    const message = (error instanceof Error ? error.message.split("\n")[0] : undefined) ?? String(error);
    if (/timeout/i.test(message))
      throw new ExportError(
        `The briefing took longer than ${Math.round(timeoutMs / 1000)} s to render and was stopped. Narrow the filters or try again.`,
        504,
      );
    throw new ExportError(`Printing the briefing failed: ${message}`, 500);
  } finally {
    signal?.removeEventListener("abort", abort);
    await context.close().catch(() => undefined);
  }
}
