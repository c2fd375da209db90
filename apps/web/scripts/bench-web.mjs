/**
 * The front-end benchmark: first-load JavaScript and page timings of the main pages, measured in headless
 * Chromium against an already running server (`pnpm start`, not `next dev`).
 *
 *   pnpm --filter @monitor/web bench:web --url http://127.0.0.1:3000 --email you@example.org --password ...
 *       [--pages /,/map,/trends,/groups/ttp,/recommendations] [--runs 10] [--width 1440 --height 900]
 *       [--browser-cache] [--files] [--chromium /usr/bin/chromium] [--json FILE]
 *
 * The URL, email and password can also come from BENCH_WEB_URL, BENCH_WEB_EMAIL and BENCH_WEB_PASSWORD.
 * It signs in once through the sign-in form, then loads each page once to warm the server (discarded)
 * and --runs more times, each in a new tab with the browser cache off (a first visit's download on a warm
 * server; --browser-cache keeps the cache for repeat-visit timings). Per page it reports:
 *
 *   - JS gzip: the JavaScript the page downloads, as the sum over its script responses of the body
 *     gzipped with zlib at level 6 (the level `next start`'s compression uses; it sends JS gzipped),
 *     so the figure does not depend on HTTP headers or chunk framing. "JS wire" is what Chromium
 *     counted on the network for those responses (headers included). "JS raw" is the unzipped size.
 *   - JS before load: the same, only scripts requested before the load event (the rest are lazy chunks).
 *   - files: how many script responses.
 *   - TTFB, DOMContentLoaded and load (Navigation Timing, from the start of navigation) and LCP (the last
 *     'largest-contentful-paint' entry, read once the network has been idle for 500 ms), p50 and p95
 *     over the runs (nearest rank: every figure is a measured one), and the worst cumulative layout shift
 *     seen by then (CLS, the sum of 'layout-shift' entries without recent input).
 *
 * Needs Chromium (/usr/bin/chromium, or --chromium / CHROMIUM_PATH). Figures depend on the machine:
 * say which when quoting them.
 */
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
const flag = (name) => process.argv.includes(name);
function positive(name, fallback) {
  const v = arg(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} takes a positive whole number (got ${v}).`);
  return n;
}

const baseUrl = (arg("--url") ?? process.env.BENCH_WEB_URL ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const email = arg("--email") ?? process.env.BENCH_WEB_EMAIL;
const password = arg("--password") ?? process.env.BENCH_WEB_PASSWORD;
const pages = (arg("--pages") ?? "/,/map,/trends,/groups/ttp,/recommendations").split(",").filter(Boolean);
const runs = positive("--runs", 10);
const width = positive("--width", 1440);
const height = positive("--height", 900);
const browserCache = flag("--browser-cache");
const listFiles = flag("--files");
const jsonFile = arg("--json");
const executablePath = arg("--chromium") ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

if (!email || !password) {
  console.error("Sign-in needed: pass --email and --password (or BENCH_WEB_EMAIL and BENCH_WEB_PASSWORD).");
  process.exit(2);
}

/** Nearest-rank percentile (the smallest sample with at least p % of samples at or below it). */
function percentile(samples, p) {
  const sorted = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.max(Math.ceil((p / 100) * sorted.length), 1) - 1];
}
const kb = (bytes) => (bytes === null || bytes === undefined ? "–" : (bytes / 1024).toFixed(1));
const ms = (v) => (v === null || v === undefined ? "–" : v < 100 ? v.toFixed(1) : v.toFixed(0));
function textTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});

/** Sizes of gzipped bodies, by URL (a chunk's bytes never change within one build). */
const gzipCache = new Map();

/**
 * One load of `path` in a new tab: every script response (URL, wire bytes, raw and gzip size, whether it
 * was requested before the load event) and the page's timings.
 */
async function loadOnce(context, path) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Page.enable");
  if (!browserCache) await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const requests = new Map();
  let loadAt = null;
  cdp.on("Network.requestWillBeSent", (e) => {
    requests.set(e.requestId, { url: e.request.url, sentAt: e.timestamp, type: e.type, wire: 0, done: false, encoding: null });
  });
  cdp.on("Network.responseReceived", (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.type = e.type;
    r.status = e.response.status;
    r.fromCache = e.response.fromDiskCache || e.response.fromPrefetchCache || false;
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    r.encoding = headers["content-encoding"] ?? null;
  });
  cdp.on("Network.loadingFinished", (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.wire = e.encodedDataLength;
    r.done = true;
  });
  cdp.on("Page.loadEventFired", (e) => {
    loadAt ??= e.timestamp;
  });

  const response = await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle", timeout: 60_000 });
  if (!response || response.status() >= 400) throw new Error(`${path} answered ${response?.status() ?? "nothing"}`);
  if (new URL(page.url()).pathname.startsWith("/sign-in")) throw new Error(`${path} sent the browser to sign-in: the session is not valid`);
  const timings = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const nav = performance.getEntriesByType("navigation")[0];
        let lcp = null;
        let lcpElement = null;
        const po = new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1);
          if (last) {
            lcp = last.startTime;
            const el = last.element;
            lcpElement = el
              ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.dataset?.testid ? `[data-testid=${el.dataset.testid}]` : ""}`
              : null;
          }
        });
        po.observe({ type: "largest-contentful-paint", buffered: true });
        let cls = 0;
        const shifts = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) cls += e.value;
        });
        shifts.observe({ type: "layout-shift", buffered: true });
        // Buffered entries are delivered in a task after observe(); one more frame is enough.
        setTimeout(() => {
          po.disconnect();
          shifts.disconnect();
          resolve({
            cls,
            ttfb: nav.responseStart,
            dcl: nav.domContentLoadedEventEnd,
            load: nav.loadEventEnd,
            lcp,
            lcpElement,
          });
        }, 50);
      }),
  );

  const scripts = [];
  for (const [requestId, r] of requests) {
    if (r.type !== "Script" || !r.done) continue;
    let raw = null;
    let gzip = gzipCache.get(r.url) ?? null;
    try {
      const body = await cdp.send("Network.getResponseBody", { requestId });
      const buf = Buffer.from(body.body, body.base64Encoded ? "base64" : "utf8");
      raw = buf.length;
      if (gzip === null) {
        gzip = gzipSync(buf, { level: 6 }).length;
        gzipCache.set(r.url, gzip);
      }
    } catch {
      // The body is no longer buffered (rare): count the wire bytes only.
    }
    scripts.push({
      url: r.url,
      wire: r.wire,
      raw,
      gzip,
      encoding: r.encoding,
      fromCache: r.fromCache,
      beforeLoad: loadAt === null || r.sentAt <= loadAt,
    });
  }
  await page.close();
  return { timings, scripts };
}

const sum = (xs) => xs.reduce((a, b) => a + (b ?? 0), 0);
const spread = (xs) => ({ p50: percentile(xs, 50), p95: percentile(xs, 95), max: percentile(xs, 100) });

const context = await browser.newContext({ viewport: { width, height }, colorScheme: "light" });
try {
  // Sign in through the form, as a person does; the session cookie then serves every tab of the context.
  const signIn = await context.newPage();
  await signIn.goto(`${baseUrl}/sign-in`, { waitUntil: "load" });
  await signIn.getByLabel("Email").fill(email);
  await signIn.getByLabel("Password").fill(password);
  await signIn.getByRole("button", { name: "Sign in" }).click();
  await signIn.waitForURL((url) => url.pathname === "/", { timeout: 30_000 });
  await signIn.close();

  const results = [];
  for (const path of pages) {
    await loadOnce(context, path); // warm the server (and, with --browser-cache, the browser's cache)
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await loadOnce(context, path));
    const first = samples[0];
    const scripts = first.scripts;
    const encodings = [...new Set(scripts.filter((s) => !s.fromCache).map((s) => s.encoding ?? "none"))];
    const row = {
      path,
      runs,
      jsFiles: scripts.length,
      jsFilesBeforeLoad: scripts.filter((s) => s.beforeLoad).length,
      jsGzip: sum(scripts.map((s) => s.gzip)),
      jsGzipBeforeLoad: sum(scripts.filter((s) => s.beforeLoad).map((s) => s.gzip)),
      jsRaw: sum(scripts.map((s) => s.raw)),
      jsWire: percentile(
        samples.map((s) => sum(s.scripts.map((x) => x.wire))),
        50,
      ),
      contentEncoding: encodings,
      ttfb: spread(samples.map((s) => s.timings.ttfb)),
      dcl: spread(samples.map((s) => s.timings.dcl)),
      load: spread(samples.map((s) => s.timings.load)),
      lcp: spread(samples.map((s) => s.timings.lcp)),
      cls: spread(samples.map((s) => s.timings.cls)),
      lcpElement: first.timings.lcpElement,
      files: scripts
        .map((s) => ({ file: new URL(s.url).pathname, gzip: s.gzip, raw: s.raw, beforeLoad: s.beforeLoad }))
        .sort((a, b) => (b.gzip ?? 0) - (a.gzip ?? 0)),
    };
    results.push(row);
    console.error(`measured ${path} (${runs} runs)`);
  }

  console.log(
    `\nFront-end benchmark: ${baseUrl}, ${runs} runs per page after one discarded load, ${width}x${height}, ` +
      `browser cache ${browserCache ? "on" : "off"}, Chromium ${browser.version()}, ${cpus().length} CPU(s)`,
  );
  console.log("JS sizes in kB (1 kB = 1024 bytes); gzip = bodies gzipped at level 6; times in ms from navigation start.\n");
  console.log(
    textTable(
      [
        "page",
        "JS gzip",
        "before load",
        "JS wire",
        "JS raw",
        "files",
        "TTFB p50",
        "TTFB p95",
        "DCL p50",
        "load p50",
        "LCP p50",
        "LCP p95",
        "CLS max",
      ],
      results.map((r) => [
        r.path,
        kb(r.jsGzip),
        kb(r.jsGzipBeforeLoad),
        kb(r.jsWire),
        kb(r.jsRaw),
        `${r.jsFiles}`,
        ms(r.ttfb.p50),
        ms(r.ttfb.p95),
        ms(r.dcl.p50),
        ms(r.load.p50),
        ms(r.lcp.p50),
        ms(r.lcp.p95),
        r.cls.max === null ? "–" : r.cls.max.toFixed(3),
      ]),
    ),
  );
  console.log(`\nJS content-encoding seen: ${[...new Set(results.flatMap((r) => r.contentEncoding))].join(", ") || "–"}`);
  console.log(`LCP element: ${results.map((r) => `${r.path} ${r.lcpElement ?? "–"}`).join("; ")}`);
  if (listFiles) {
    for (const r of results) {
      console.log(
        `\n${r.path}: script files, largest first (gzip kB, raw kB${r.files.some((f) => !f.beforeLoad) ? ", * = after load" : ""})`,
      );
      for (const f of r.files) console.log(`  ${kb(f.gzip).padStart(7)}  ${kb(f.raw).padStart(7)}  ${f.beforeLoad ? " " : "*"} ${f.file}`);
    }
  }
  if (jsonFile) {
    writeFileSync(
      jsonFile,
      `${JSON.stringify({ url: baseUrl, runs, viewport: { width, height }, browserCache, chromium: browser.version(), cpus: cpus().length, at: new Date().toISOString(), pages: results }, null, 2)}\n`,
    );
    console.log(`\nWrote ${jsonFile}`);
  }
} finally {
  await context.close();
  await browser.close();
}
