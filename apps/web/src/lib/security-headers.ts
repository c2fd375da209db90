/**
 * The app's security headers. The Content-Security-Policy allows only the app's own scripts: Next's
 * inline hydration scripts carry a fresh nonce per request (set in proxy.ts; Next adds it to its own
 * scripts, the layout passes it to next-themes), and 'strict-dynamic' lets those load the app's chunks.
 * Everything else comes from the app's origin too: no CDN, no font service, no map tiles. Styles allow
 * inline style attributes (React's `style`, the charts' computed colours), which cannot run code.
 */
export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its debugging aids; the production build does not.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    // Exports draw the chart into an image from a blob: URL; icons and patterns may be data: URLs.
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers every response carries (set in next.config.ts): no sniffing, no framing, no referrer leaks off-site. */
export const STATIC_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** A fresh random nonce: 16 bytes, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
