"use client";

import { ThemeProvider } from "next-themes";
import { type ReactNode, useEffect } from "react";
import { z } from "zod";
import { TRPCReactProvider } from "~/trpc/react";

// zod compiles fast parsers with `new Function` unless told not to; the Content-Security-Policy allows
// no eval, so in the browser it would probe, be refused (a CSP violation report) and fall back anyway.
z.config({ jitless: true });

/**
 * Client-side providers for the whole app.
 *
 * Order matters: the theme provider is outermost so every other provider (and its error UI) is themed.
 */
export function Providers({ children, nonce }: { children: ReactNode; nonce?: string }) {
  // Marks the page interactive (hover tooltips, client navigation): end-to-end tests wait for it
  // instead of racing hydration.
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
      <TRPCReactProvider>{children}</TRPCReactProvider>
    </ThemeProvider>
  );
}
