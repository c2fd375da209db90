import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "~/components/ui/page-header";
import { AccountView } from "~/features/account/account-view";
import { signInHref } from "~/lib/safe-next";
import { getSession } from "~/server/auth";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your account" };

/** The signed-in user's own account: profile, role, password and sign-out. Every role may open it. */
export default async function AccountPage() {
  const session = await getSession();
  // The layout already sends anonymous visitors to sign-in; this keeps the page safe on its own.
  if (!session) redirect(signInHref("/account"));
  return (
    <>
      <PageHeader title="Your account" description="Who you are signed in as, what your role allows, and your password." />
      <AccountView user={session.user} />
    </>
  );
}
