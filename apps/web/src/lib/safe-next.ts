/**
 * Where to go after sign-in. Only a path on this site is accepted (never `//evil.example` or
 * `https://…`), so the sign-in page cannot be used as an open redirect.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || next.length > 2000) return "/";
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if ([...next].some((c) => c.charCodeAt(0) < 0x20)) return "/";
  if (next === "/sign-in" || next.startsWith("/sign-in?") || next.startsWith("/api/")) return "/";
  return next;
}

/** The sign-in URL that returns to `path` afterwards. */
export function signInHref(path: string): string {
  const next = safeNextPath(path);
  return next === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(next)}`;
}
