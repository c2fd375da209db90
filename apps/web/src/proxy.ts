import { getSessionCookie } from "better-auth/cookies";
import { type NextRequest, NextResponse } from "next/server";
import { requestId } from "~/lib/request-id";
import { signInHref } from "~/lib/safe-next";
import { contentSecurityPolicy, newNonce } from "~/lib/security-headers";

/** Reachable without a session: the sign-in page, Better Auth's endpoints and the health check. */
const PUBLIC_PREFIXES = ["/sign-in", "/api/auth/", "/api/health"];

/**
 * An optimistic check: a visitor with no session cookie is sent to sign-in at once, with the page
 * they asked for. The real check is on the server: the app layout validates the session against the
 * database, and every tRPC procedure but the health check requires one. The API answers an
 * anonymous call with 401 itself, so /api/trpc is not redirected; nor is /api/export/ (its routes answer 401 in JSON).
 */
export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const headers = new Headers(req.headers);
  headers.set("x-monitor-path", `${pathname}${search}`);
  // One id per request, in the server's log lines and sent back, so a user's report can be matched to the log.
  const id = requestId(req.headers.get("x-request-id"));
  headers.set("x-request-id", id);
  // A fresh nonce per request: Next reads it from the request's CSP and puts it on its own scripts.
  const nonce = newNonce();
  // biome-ignore lint/style/noProcessEnv: NODE_ENV is inlined at build time; the proxy stays clear of the server-only env module.
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const isPublic = PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(p));
  if (
    !isPublic &&
    !pathname.startsWith("/api/trpc") &&
    !pathname.startsWith("/api/export/") &&
    !getSessionCookie(req, { cookiePrefix: "monitor" })
  ) {
    const redirect = NextResponse.redirect(new URL(signInHref(`${pathname}${search}`), req.url));
    redirect.headers.set("x-request-id", id);
    return redirect;
  }
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("content-security-policy", csp);
  res.headers.set("x-request-id", id);
  return res;
}

export const config = {
  // Everything but Next's build assets and files with an extension (fonts, icons, boundary files).
  matcher: ["/((?!_next/static|_next/image|.*\\.[a-z0-9]+$).*)"],
};
