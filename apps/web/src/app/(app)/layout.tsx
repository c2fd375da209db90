import { Info, UserRound } from "lucide-react";
import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { Suspense } from "react";
import { SidebarNav } from "~/components/shell/sidebar-nav";
import { ThemeToggle } from "~/components/shell/theme-toggle";
import { Wordmark } from "~/components/shell/wordmark";
import { SessionUserProvider } from "~/features/auth/session-context";
import { UserMenu } from "~/features/auth/user-menu";
import { SaveViewButton } from "~/features/saved-views/save-view-button";
import { SearchTrigger } from "~/features/search/search-trigger";
import { signInHref } from "~/lib/safe-next";
import { getSession, requestedPath } from "~/server/auth";

/**
 * The signed-in app shell: a fixed left sidebar from 900 px up, a top bar with a scrolling nav strip below
 * that. Navigation and the theme switch do not print. Every page under it needs a valid session (checked
 * against the database here, not only the cookie the proxy saw); an anonymous visitor is sent to sign-in
 * and comes back to the page they asked for.
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const session = await getSession();
  if (!session) redirect(signInHref(await requestedPath()));
  const { user } = session;
  return (
    <SessionUserProvider user={user}>
      <div data-app-shell className="min-h-dvh shell:grid shell:grid-cols-[224px_minmax(0,1fr)]">
        <a
          href="#main"
          data-print="hide"
          className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:shadow-md"
        >
          Skip to content
        </a>

        <aside
          data-print="hide"
          className="sticky top-0 z-30 flex flex-col border-b border-border bg-surface-2/95 backdrop-blur supports-[backdrop-filter]:bg-surface-2/85 shell:h-dvh shell:border-r shell:border-b-0 shell:bg-surface-2"
        >
          <div className="flex h-12 items-center justify-between gap-3 px-4 shell:h-14">
            <Wordmark />
            <div className="flex items-center gap-2 shell:hidden">
              <Link
                href="/account"
                className="flex size-7 items-center justify-center rounded-md text-subtle hover:text-foreground"
                title={`Your account (${user.email})`}
              >
                <UserRound aria-hidden="true" className="size-4" strokeWidth={1.75} />
                <span className="sr-only">Your account</span>
              </Link>
              <Link
                href="/about"
                className="flex size-7 items-center justify-center rounded-md text-subtle hover:text-foreground"
                title="About & credits"
              >
                <Info aria-hidden="true" className="size-4" strokeWidth={1.75} />
                <span className="sr-only">About &amp; credits</span>
              </Link>
              <ThemeToggle />
            </div>
          </div>

          <SearchTrigger />
          <SidebarNav role={user.role} />
          <Suspense fallback={null}>
            <SaveViewButton />
          </Suspense>

          <div className="mt-auto hidden flex-col gap-3 border-t border-border px-4 py-3 shell:flex">
            <UserMenu user={user} />
            <Link href="/about" className="flex items-center gap-2 text-[12.5px] text-muted-foreground hover:text-foreground">
              <Info aria-hidden="true" className="size-3.5" strokeWidth={1.75} />
              About &amp; credits
            </Link>
            <ThemeToggle className="self-start" />
          </div>
        </aside>

        <main id="main" tabIndex={-1} className="min-w-0 px-4 py-5 focus:outline-none sm:px-6 shell:px-8 shell:py-7">
          <div className="mx-auto w-full max-w-[1440px]">{children}</div>
        </main>
      </div>
    </SessionUserProvider>
  );
}
