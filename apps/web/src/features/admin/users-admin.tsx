"use client";

import { formatCount, formatDate, ROLES, type Role, USER_STATUSES, type UserListInput, type UserView } from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { UserPlus, Users } from "lucide-react";
import Link from "next/link";
import { useRef, useState } from "react";
import { Badge, type BadgeVariant } from "~/components/ui/badge";
import { Button, buttonVariants } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { Skeleton } from "~/components/ui/skeleton";
import { Table, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { useSessionUser } from "~/features/auth/session-context";
import { ROLE_LABELS } from "~/features/auth/user-menu";
import { EnumSelect } from "~/features/filters/enum-select";
import type { IgnoredFilter } from "~/features/filters/ignored-filters";
import { ActionLink } from "~/features/filters/list-empty-state";
import { IgnoredFilters, SearchField, UrlFilterForm } from "~/features/filters/url-filter-form";
import { readServerError } from "~/lib/form-errors";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";
import { ChangeRoleForm } from "./change-role-form";
import { CreateUserForm } from "./create-user-form";
import { formatTime } from "./format-time";
import { QueryBoundary } from "./query-boundary";
import { ResetPasswordForm } from "./reset-password-form";
import { SetActiveForm } from "./set-active-form";
import { StatusMessage } from "./status-message";

const PATH = "/admin/users";
const FILTER_LABELS: Record<string, string> = { q: "Search", role: "Role", status: "Status" };
const STATUS_LABELS: Record<(typeof USER_STATUSES)[number], string> = { active: "Active", deactivated: "Deactivated" };
const ROLE_BADGE: Record<Role, BadgeVariant> = { viewer: "outline", analyst: "neutral", editor: "info", admin: "accent" };

type RowAction = { kind: "role" | "active" | "password"; user: UserView };
type Action = { kind: "create" } | RowAction;

function dialogTitle(a: RowAction): string {
  if (a.kind === "role") return `Change the role of ${a.user.name}`;
  if (a.kind === "password") return `Reset the password of ${a.user.name}`;
  return a.user.active ? `Deactivate ${a.user.name}?` : `Reactivate ${a.user.name}?`;
}

function describeFilter(f: UserListInput): string[] {
  const parts: string[] = [];
  if (f.role) parts.push(`with the ${ROLE_LABELS[f.role].toLowerCase()} role`);
  if (f.status) parts.push(f.status === "active" ? "who can sign in" : "who are deactivated");
  if (f.q) parts.push(`whose name or email contains “${f.q}”`);
  return parts;
}

export interface UsersAdminProps {
  filter: UserListInput;
  ignored: readonly IgnoredFilter[];
}

/** User management: the filtered list, and dialogs to create a user, change a role, (de)activate and reset a password. */
export function UsersAdmin({ filter, ignored }: UsersAdminProps) {
  const me = useSessionUser();
  const [action, setAction] = useState<Action | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const active = Object.values(filter).some((v) => v !== undefined && v !== "");
  // One dialog element for the row actions, always mounted, so closing it returns focus to the row's button.
  const rowAction = action && action.kind !== "create" ? action : null;
  const close = () => setAction(null);
  const done = (message: string) => {
    setStatus(message);
    setAction(null);
  };
  const open = (next: Action) => {
    setStatus(null);
    setAction(next);
  };

  return (
    <>
      <PageHeader
        title="Users"
        description="Who can sign in, and with which role. Every change here is recorded in the audit log with who made it."
        actions={
          <Button variant="primary" onClick={() => open({ kind: "create" })}>
            <UserPlus aria-hidden="true" />
            New user
          </Button>
        }
      />

      <div className="flex flex-col gap-4">
        <UrlFilterForm action={PATH} label="Filter users" active={active}>
          <SearchField name="q" defaultValue={filter.q ?? ""} placeholder="Name or email" wrapperClassName="w-64" />
          <EnumSelect
            label="Role"
            name="role"
            values={ROLES}
            labels={ROLE_LABELS}
            defaultValue={filter.role}
            emptyLabel="All roles"
            className="w-36"
          />
          <EnumSelect
            label="Status"
            name="status"
            values={USER_STATUSES}
            labels={STATUS_LABELS}
            defaultValue={filter.status}
            emptyLabel="Any status"
            className="w-36"
          />
        </UrlFilterForm>

        <IgnoredFilters ignored={ignored} labels={FILTER_LABELS} />
        <StatusMessage ref={statusRef} message={status} onDismiss={() => setStatus(null)} />

        <QueryBoundary
          loading={<UsersSkeleton />}
          errorTitle="The user list could not be loaded"
          errorHint="Nothing was changed. Try again; if it keeps failing, check that the server is running."
        >
          <UsersList filter={filter} active={active} meId={me.id} onAction={open} />
        </QueryBoundary>
      </div>

      <Dialog
        open={action?.kind === "create"}
        onClose={close}
        fallbackFocus={statusRef}
        title="New user"
        description="They can sign in as soon as you save, with the password you set here."
      >
        <CreateUserForm onDone={done} onCancel={close} />
      </Dialog>
      <Dialog
        open={rowAction !== null}
        onClose={close}
        fallbackFocus={statusRef}
        title={rowAction ? dialogTitle(rowAction) : ""}
        description={
          rowAction?.kind === "role"
            ? `${rowAction.user.email} is ${ROLE_LABELS[rowAction.user.role].toLowerCase()} now. Each role can do everything the one before it can: viewer, analyst, editor, admin.`
            : undefined
        }
      >
        {rowAction?.kind === "role" ? (
          <ChangeRoleForm user={rowAction.user} isSelf={rowAction.user.id === me.id} onDone={done} onCancel={close} />
        ) : rowAction?.kind === "active" ? (
          <SetActiveForm user={rowAction.user} onDone={done} onCancel={close} />
        ) : rowAction?.kind === "password" ? (
          <ResetPasswordForm user={rowAction.user} onDone={done} onCancel={close} />
        ) : null}
      </Dialog>
    </>
  );
}

function UsersList({
  filter,
  active,
  meId,
  onAction,
}: {
  filter: UserListInput;
  active: boolean;
  meId: string;
  onAction: (a: Action) => void;
}) {
  const trpc = useTRPC();
  const { data: users, isRefetchError, error } = useSuspenseQuery(trpc.users.list.queryOptions(filter));
  const described = describeFilter(filter);
  return (
    <>
      {isRefetchError ? (
        <p role="alert" className="text-[12.5px] text-warning">
          The list below may be out of date: {readServerError(error).message}
        </p>
      ) : null}
      <p aria-live="polite" className="text-[12.5px] text-muted-foreground">
        <span className="font-medium text-foreground tabular-nums">{formatCount(users.length)}</span>{" "}
        {users.length === 1 ? "user" : "users"}
        {described.length ? ` ${described.join(", ")}` : " in total"}. Times are in UTC.
      </p>
      {users.length === 0 ? (
        active ? (
          <EmptyState
            icon={Users}
            title="No user matches these filters"
            description="Search for part of a name or an email, pick another role or status, or clear the filters."
            action={<ActionLink href={PATH}>Clear filters</ActionLink>}
          />
        ) : (
          <EmptyState
            icon={Users}
            title="No users yet"
            description="Create the first account with “New user”, or on the server with `pnpm user:create`."
          />
        )
      ) : (
        <UsersTable users={users} meId={meId} onAction={onAction} />
      )}
    </>
  );
}

function UsersTable({ users, meId, onAction }: { users: UserView[]; meId: string; onAction: (a: Action) => void }) {
  return (
    <Table>
      <caption className="sr-only">Users, by email, with the actions for each.</caption>
      <THead>
        <Tr className="hover:bg-transparent">
          <Th>Name · email</Th>
          <Th>Role</Th>
          <Th>Status</Th>
          <Th>Created</Th>
          <Th>Last sign-in</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </Tr>
      </THead>
      <TBody>
        {users.map((u) => {
          const isMe = u.id === meId;
          return (
            <Tr key={u.id}>
              <Td className="max-w-[16rem]">
                <div className="flex items-center gap-1.5 font-medium">
                  <span className="truncate">{u.name}</span>
                  {isMe ? <Badge variant="outline">You</Badge> : null}
                </div>
                <div className="flex min-w-0 items-baseline gap-1.5 text-[12px] text-muted-foreground">
                  <span className="truncate" title={u.email}>
                    {u.email}
                  </span>
                  <span aria-hidden="true">·</span>
                  <Link
                    href={hrefWith("/admin/audit", { entityType: "user", entityId: u.id })}
                    className="shrink-0 font-medium text-accent-text hover:underline"
                    title={`Every change to ${u.email}, in the audit log`}
                  >
                    History<span className="sr-only"> of {u.name}</span>
                  </Link>
                </div>
              </Td>
              <Td>
                <Badge variant={ROLE_BADGE[u.role]}>{ROLE_LABELS[u.role]}</Badge>
              </Td>
              <Td className="whitespace-nowrap">
                {u.active ? (
                  <Badge variant="success">Active</Badge>
                ) : (
                  <>
                    <Badge variant="neutral">Deactivated</Badge>
                    {u.deactivatedAt ? (
                      <div className="mt-0.5 text-[12px] text-muted-foreground" title="Deactivated on this day (UTC)">
                        <span className="sr-only">since </span>
                        {formatDate(u.deactivatedAt.slice(0, 10))}
                      </div>
                    ) : null}
                  </>
                )}
              </Td>
              <Td className="whitespace-nowrap">{formatDate(u.createdAt.slice(0, 10))}</Td>
              <Td className="whitespace-nowrap">
                {u.lastSignInAt ? (
                  <time dateTime={u.lastSignInAt}>
                    <div>{formatDate(u.lastSignInAt.slice(0, 10))}</div>
                    <div className="text-[12px] text-muted-foreground">{formatTime(u.lastSignInAt)}</div>
                  </time>
                ) : (
                  <span className="text-subtle">Never</span>
                )}
              </Td>
              <Td className="py-1.5">
                <div className="flex items-center justify-end gap-0.5">
                  <Button size="sm" variant="ghost" onClick={() => onAction({ kind: "role", user: u })}>
                    Change role<span className="sr-only"> of {u.name}</span>
                  </Button>
                  {isMe ? (
                    <span
                      className={buttonVariants({
                        size: "sm",
                        variant: "ghost",
                        className: "cursor-not-allowed opacity-50 hover:bg-transparent",
                      })}
                      title="You cannot deactivate your own account; another admin can."
                    >
                      Deactivate<span className="sr-only">: not possible for your own account; another admin can.</span>
                    </span>
                  ) : (
                    <Button
                      size="sm"
                      variant="ghost"
                      className={u.active ? "hover:text-danger" : undefined}
                      onClick={() => onAction({ kind: "active", user: u })}
                    >
                      {u.active ? "Deactivate" : "Reactivate"}
                      <span className="sr-only"> {u.name}</span>
                    </Button>
                  )}
                  <Button size="sm" variant="ghost" onClick={() => onAction({ kind: "password", user: u })}>
                    Reset password<span className="sr-only"> of {u.name}</span>
                  </Button>
                </div>
              </Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}

function UsersSkeleton() {
  return (
    <div aria-busy="true" className="flex flex-col gap-2">
      <span role="status" className="sr-only">
        Loading users…
      </span>
      <Skeleton className="h-4 w-48" />
      {["a", "b", "c", "d", "e"].map((k) => (
        <Skeleton key={k} className="h-9 w-full" />
      ))}
    </div>
  );
}
