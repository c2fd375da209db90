/**
 * CSRF protection for state-changing requests to the API (tRPC mutations are POSTs). Session cookies
 * are SameSite=Lax, so a cross-site POST carries none; this check refuses such requests outright as
 * well, from the browser's own Fetch-Metadata and Origin headers. Requests without either header come
 * from non-browser clients, which cannot hold a victim's cookie.
 *
 * Returns null when the request may proceed, or the reason it may not.
 */
export function checkMutationOrigin(req: Request, trustedOrigins: readonly string[] = []): string | null {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return null;
  const site = req.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") {
    return `Cross-site request refused (Sec-Fetch-Site: ${site}). Use the app itself to make changes.`;
  }
  const origin = req.headers.get("origin");
  if (!origin) return null;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return "Request refused: its Origin header is not a URL.";
  }
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? new URL(req.url).host;
  if (originHost === host) return null;
  if (trustedOrigins.some((o) => o === origin)) return null;
  return `Cross-origin request refused (Origin: ${origin}). Use the app itself to make changes.`;
}
