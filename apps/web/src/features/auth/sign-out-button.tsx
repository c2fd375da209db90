"use client";

import { LogOut } from "lucide-react";
import { useState } from "react";
import { Button } from "~/components/ui/button";

export function SignOutButton({ className }: { className?: string }) {
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <div className="flex flex-col gap-1">
      <Button
        variant="ghost"
        size="sm"
        className={className}
        disabled={pending}
        onClick={async () => {
          setPending(true);
          setFailed(false);
          try {
            // Better Auth's client is only needed here (and on sign-in): loaded on the click, not with every page.
            const { authClient } = await import("~/lib/auth-client");
            const { error } = await authClient.signOut();
            if (error) throw new Error(error.message);
            window.location.assign("/sign-in");
          } catch {
            setFailed(true);
            setPending(false);
          }
        }}
      >
        <LogOut aria-hidden="true" strokeWidth={1.75} />
        {pending ? "Signing out…" : "Sign out"}
      </Button>
      {failed ? (
        <p role="alert" className="text-[11.5px] text-danger">
          Could not sign out. Try again.
        </p>
      ) : null}
    </div>
  );
}
