import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import "./globals.css";
import { Providers } from "./providers";

// Inter is served from the installed @fontsource package: no font CDN at build or run time.
const inter = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  weight: "100 900",
  display: "swap",
});

// Urdu, Pashto and Arabic names: Vazirmatn from the installed @expo-google-fonts package, the same TTF
// the chart PDFs embed (features/export/fonts/NOTES.md says why this font). The unicode-range keeps
// Latin text on Inter and means the file is fetched only by a page that shows Arabic script, so it is
// not preloaded; the briefing PDFs, printed from these pages, embed it the same way.
const arabic = localFont({
  src: [
    { path: "../../node_modules/@expo-google-fonts/vazirmatn/400Regular/Vazirmatn_400Regular.ttf", weight: "400" },
    { path: "../../node_modules/@expo-google-fonts/vazirmatn/700Bold/Vazirmatn_700Bold.ttf", weight: "700" },
  ],
  variable: "--font-arabic",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: "unicode-range", value: "U+0600-06FF, U+0750-077F, U+0870-08FF, U+FB50-FDFF, U+FE70-FEFF" }],
});

export const metadata: Metadata = {
  title: { template: "%s · Militancy Monitor", default: "Militancy Monitor" },
  description: "Cited attack statistics, group profiles and recommendation tracking for Pakistan and Afghanistan.",
  applicationName: "Militancy Monitor",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fcfcfd" },
    { media: "(prefers-color-scheme: dark)", color: "#16181d" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The request's CSP nonce (proxy.ts): next-themes' inline script needs it. Reading the headers also
  // renders every page per request, which a per-request nonce requires.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning className={`${inter.variable} ${arabic.variable}`}>
      <body className="min-h-dvh bg-background text-foreground">
        <Providers nonce={nonce}>{children}</Providers>
      </body>
    </html>
  );
}
