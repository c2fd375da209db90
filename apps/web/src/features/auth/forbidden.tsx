import type { Role } from "@monitor/domain";
import { ShieldAlert } from "lucide-react";
import Link from "next/link";
import { ROLE_LABELS } from "./user-menu";

/** What a signed-in user sees on a page their role does not open. */
export function Forbidden({ needs, has }: { needs: Role; has: Role }) {
  return (
    <div role="alert" className="mx-auto mt-16 flex max-w-md flex-col items-center gap-3 text-center">
      <ShieldAlert aria-hidden="true" className="size-8 text-subtle" strokeWidth={1.5} />
      <h1 className="text-[17px] font-semibold">This page needs the {ROLE_LABELS[needs].toLowerCase()} role</h1>
      <p className="text-[13px] text-muted-foreground">
        You are signed in as {ROLE_LABELS[has].toLowerCase()}. Ask an admin if you need access.
      </p>
      <Link href="/" className="text-[13px] font-medium text-accent-text hover:underline">
        Back to the overview
      </Link>
    </div>
  );
}
