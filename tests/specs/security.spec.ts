import { expect, test } from "@playwright/test";
import { storageStatePath } from "../e2e-users";
import { gotoReady } from "../support";

/**
 * The web app's own defences, as a browser sees them: security headers with a per-request
 * Content-Security-Policy nonce and no violations while pages are used and charts exported; the
 * session cookie out of scripts' reach; errors without stack traces or SQL; briefing exports rate limited.
 */

test("every page carries a fresh CSP nonce on its scripts, and the other security headers", async ({ request, page }) => {
  const a = await request.get("/");
  const b = await request.get("/");
  const csp = a.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  const nonceA = /'nonce-([^']+)'/.exec(csp)?.[1];
  const nonceB = /'nonce-([^']+)'/.exec(b.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonceA).toBeTruthy();
  expect(nonceA).not.toBe(nonceB);
  for (const res of [a, await request.get("/api/health"), await request.get("/geo/pakistan-provinces.topo.json")]) {
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(res.headers()["x-frame-options"]).toBe("DENY");
    expect(res.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  }
  // Every script the page has carries the nonce of the response it came with.
  const html = await a.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonceA}"`);
  await gotoReady(page, "/");
  expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBe("true");
});

test("using the app and exporting charts raises no Content-Security-Policy violation", async ({ page }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  for (const path of ["/?province=PK-KP&from=2021-01-01&to=2022-12-31", "/map", "/groups/ttp", "/trends", "/compare", "/network"]) {
    await gotoReady(page, path);
    await page.waitForLoadState("networkidle");
  }
  // A chart's PDF and PNG (fonts fetched, an image drawn from a blob: URL, a download).
  await gotoReady(page, "/trends");
  const menu = page.getByRole("button", { name: /^Export/ }).first();
  for (const format of ["PDF", "PNG"]) {
    await menu.click();
    const downloading = page.waitForEvent("download");
    await page.getByRole("menuitem", { name: new RegExp(`^${format}`) }).click();
    await downloading;
  }
  expect(violations).toEqual([]);
});

test("every response carries a request id for the logs: a well-formed one from the caller is kept, anything else replaced", async ({
  request,
}) => {
  const page = await request.get("/");
  expect(page.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const api = await request.get("/api/trpc/dataset.coverage", { headers: { "x-request-id": "lb-7f3a.42" } });
  expect(api.status()).toBe(200);
  expect(api.headers()["x-request-id"]).toBe("lb-7f3a.42");
  const forged = await request.get("/api/health", { headers: { "x-request-id": "x y z" } });
  expect(forged.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  expect(await forged.json()).toMatchObject({ ok: true });
});

test("the session cookie is out of scripts' reach and not sent cross-site", async ({ page, context }) => {
  await gotoReady(page, "/");
  const session = (await context.cookies()).find((c) => c.name.includes("session_token"));
  expect(session).toBeDefined();
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  expect(await page.evaluate(() => document.cookie)).not.toContain("session_token");
});

test("errors say what went wrong without stack traces or SQL", async ({ request }) => {
  const bad = await request.get(
    `/api/trpc/groups.get?input=${encodeURIComponent(JSON.stringify({ json: { slug: "'; drop table groups; --" } }))}`,
  );
  expect(bad.status()).toBe(400);
  const missing = await request.get(
    `/api/trpc/incidents.get?input=${encodeURIComponent(JSON.stringify({ json: { key: "no/such/incident" } }))}`,
  );
  expect(missing.status()).toBe(404);
  for (const body of [await bad.text(), await missing.text()]) {
    expect(body).not.toMatch(/\n\s+at\s|\bat [\w.]+ \(|node_modules|\.ts:\d+/);
    expect(body).not.toMatch(/\b(select|insert into|update \w+ set|delete from)\b/i);
  }
  // A cross-site form post to the API is refused (CSRF): the Origin is not the app's.
  const csrf = await request.post("/api/trpc/dashboard.saveView", {
    headers: { origin: "https://evil.example", "content-type": "application/json" },
    data: { json: { name: "x", path: "/", query: "" } },
  });
  expect(csrf.status()).toBe(403);
});

test("briefing exports are rate limited per user, with Retry-After", async ({ playwright, baseURL }) => {
  // As the admin, so the analyst's own export tests keep their quota.
  const admin = await playwright.request.newContext({ baseURL, storageState: storageStatePath("admin") });
  const statuses: number[] = [];
  let refused: { status: number; retryAfter?: string; error?: string } | undefined;
  for (let i = 0; i < 11; i++) {
    const res = await admin.get("/api/export/briefing?view=group&group=no-such-group");
    statuses.push(res.status());
    if (res.status() === 429) refused = { status: 429, retryAfter: res.headers()["retry-after"], error: (await res.json()).error };
  }
  expect(statuses.slice(0, 10)).toEqual(Array(10).fill(404));
  expect(refused?.status).toBe(429);
  expect(Number(refused?.retryAfter)).toBeGreaterThan(0);
  expect(refused?.error).toMatch(/in the last minute.*Try again in \d+ s/);
  await admin.dispose();
});
