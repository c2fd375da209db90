import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./src/lib/security-headers";

const nextConfig: NextConfig = {
  // One build folder per checkout by default; NEXT_DIST_DIR lets parallel builds (helpers, CI
  // experiments) keep their own without overwriting each other.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // Workspace packages export TypeScript source; Next compiles them.
  transpilePackages: ["@monitor/api", "@monitor/db", "@monitor/domain"],
  // PGlite loads its wasm/data files from disk at run time: keep it out of the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pino"],
  typedRoutes: false,
  poweredByHeader: false,
  // Every response, static files included; the per-request Content-Security-Policy is set in src/proxy.ts.
  headers: async () => [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }],
  // Keep the dev-mode indicator away from the sidebar footer (theme switch, About link).
  devIndicators: { position: "bottom-right" },
};

export default nextConfig;
