import { getSessionCookie } from "better-auth/cookies";
import { type NextRequest, NextResponse } from "next/server";
import { signInHref } from "~/lib/safe-next";

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
  const isPublic = PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(p));
  if (
    !isPublic &&
    !pathname.startsWith("/api/trpc") &&
    !pathname.startsWith("/api/export/") &&
    !getSessionCookie(req, { cookiePrefix: "monitor" })
  ) {
    return NextResponse.redirect(new URL(signInHref(`${pathname}${search}`), req.url));
  }
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Everything but Next's build assets and files with an extension (fonts, icons, boundary files).
  matcher: ["/((?!_next/static|_next/image|.*\\.[a-z0-9]+$).*)"],
};
