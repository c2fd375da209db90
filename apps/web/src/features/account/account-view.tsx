import { ROLES, type SessionUser } from "@monitor/domain";
import { Check, Minus } from "lucide-react";
import { Badge } from "~/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { SignOutButton } from "~/features/auth/sign-out-button";
import { ROLE_LABELS } from "~/features/auth/user-menu";
import { cn } from "~/lib/utils";
import { ChangePasswordForm } from "./change-password-form";
import { ROLE_ADDS, rolesUpTo } from "./role-capabilities";

/** The signed-in user's account: who they are, what their role can do, their password, and sign-out. */
export function AccountView({ user }: { user: SessionUser }) {
  const included = new Set(rolesUpTo(user.role));
  return (
    <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Profile</CardTitle>
            <CardDescription>Only an admin can change your name, email or role.</CardDescription>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[6rem_minmax(0,1fr)] gap-x-4 gap-y-2.5 text-[13px]">
              <dt className="text-muted-foreground">Name</dt>
              <dd className="font-medium">{user.name ?? <span className="font-normal text-subtle">Not set</span>}</dd>
              <dt className="text-muted-foreground">Email</dt>
              <dd className="break-all">{user.email}</dd>
              <dt className="text-muted-foreground">Role</dt>
              <dd>
                <Badge variant="accent">{ROLE_LABELS[user.role]}</Badge>
              </dd>
            </dl>
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>What your role can do</CardTitle>
            <CardDescription>Each role can do everything the one before it can. Ask an admin if you need more.</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="flex flex-col gap-3">
              {ROLES.map((r) => {
                const has = included.has(r);
                return (
                  <li key={r} className={cn("flex gap-2.5", !has && "text-muted-foreground")}>
                    {has ? (
                      <Check aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-success" strokeWidth={2} />
                    ) : (
                      <Minus aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-subtle" strokeWidth={2} />
                    )}
                    <div className="flex min-w-0 flex-col gap-0.5">
                      <p className="text-[13px]">
                        <span className={cn("font-semibold", has ? "text-foreground" : "text-muted-foreground")}>{ROLE_LABELS[r]}</span>
                        <span className="sr-only">{has ? " (included in your role)" : " (not included in your role)"}</span>
                        <span className="text-muted-foreground"> · {ROLE_ADDS[r].summary}</span>
                      </p>
                      <ul className="flex list-disc flex-col pl-4 text-[12.5px] leading-relaxed text-muted-foreground">
                        {ROLE_ADDS[r].items.map((item) => (
                          <li key={item}>{item}</li>
                        ))}
                      </ul>
                    </div>
                  </li>
                );
              })}
            </ul>
          </CardContent>
        </Card>
      </div>

      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Change password</CardTitle>
            <CardDescription>Type your current password, then the new one twice.</CardDescription>
          </CardHeader>
          <CardContent>
            <ChangePasswordForm email={user.email} />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Sign out</CardTitle>
            <CardDescription>Signs you out in this browser. To sign out everywhere else too, change your password.</CardDescription>
          </CardHeader>
          <CardContent>
            <SignOutButton className="self-start border border-border-strong/70" />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
