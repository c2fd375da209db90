"use client";

import { ThemeProvider } from "next-themes";
import { type ReactNode, useEffect } from "react";
import { TRPCReactProvider } from "~/trpc/react";

/**
 * Client-side providers for the whole app.
 *
 * Order matters: the theme provider is outermost so every other provider (and its error UI) is themed.
 */
export function Providers({ children }: { children: ReactNode }) {
  // Marks the page interactive (hover tooltips, client navigation): end-to-end tests wait for it
  // instead of racing hydration.
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange>
      <TRPCReactProvider>{children}</TRPCReactProvider>
    </ThemeProvider>
  );
}
