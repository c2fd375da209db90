import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Wordmark } from "~/components/shell/wordmark";
import { SignInForm } from "~/features/auth/sign-in-form";
import { safeNextPath } from "~/lib/safe-next";
import { getSession } from "~/server/auth";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

/** The only page an anonymous visitor can open. A signed-in visitor goes straight on to where they were headed. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const raw = (await searchParams).next;
  const next = safeNextPath(Array.isArray(raw) ? raw[0] : raw);
  if (await getSession()) redirect(next);
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center bg-surface-2 px-4 py-10">
      <div className="w-full max-w-[380px]">
        <div className="mb-6 flex justify-center">
          <Wordmark />
        </div>
        <div className="rounded-lg border border-border bg-surface p-6 shadow-[0_1px_3px_rgb(0_0_0/0.06)]">
          <h1 className="text-[17px] font-semibold tracking-[-0.01em]">Sign in</h1>
          <p className="mt-1 mb-5 text-[13px] text-muted-foreground">
            Militancy Monitor is for invited analysts. Ask your admin for an account.
          </p>
          <SignInForm next={next} />
        </div>
        <p className="mt-4 text-center text-[12px] text-muted-foreground">Forgot your password? An admin can reset it for you.</p>
      </div>
    </main>
  );
}
