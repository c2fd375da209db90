import type { SessionUser } from "@monitor/domain";
import { UserRound } from "lucide-react";
import Link from "next/link";
import { SignOutButton } from "./sign-out-button";

export const ROLE_LABELS = { viewer: "Viewer", analyst: "Analyst", editor: "Editor", admin: "Admin" } as const;

/** Who is signed in, with links to their account and to sign out. */
export function UserMenu({ user }: { user: SessionUser }) {
  return (
    <div className="flex flex-col gap-1.5" data-testid="user-menu">
      <Link href="/account" className="group flex min-w-0 items-center gap-2 rounded-md text-[12.5px]" title="Your account">
        <span className="flex size-7 shrink-0 items-center justify-center rounded-full bg-surface-3 text-subtle group-hover:text-foreground">
          <UserRound aria-hidden="true" className="size-3.5" strokeWidth={1.75} />
        </span>
        <span className="flex min-w-0 flex-col leading-tight">
          <span className="truncate font-medium text-foreground group-hover:underline">{user.name ?? user.email}</span>
          <span className="truncate text-[11.5px] text-muted-foreground">
            {ROLE_LABELS[user.role]} · {user.email}
          </span>
        </span>
      </Link>
      <SignOutButton className="self-start" />
    </div>
  );
}
