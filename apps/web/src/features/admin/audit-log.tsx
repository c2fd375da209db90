"use client";

import {
  AUDIT_ENTITY_LABELS,
  AUDIT_ENTITY_TYPES,
  type AuditEntryView,
  type AuditListInput,
  formatCount,
  formatDate,
  type UserView,
} from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { ChevronRight, ScrollText } from "lucide-react";
import Link from "next/link";
import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { Pagination } from "~/components/ui/pagination";
import { SelectField } from "~/components/ui/select";
import { Skeleton } from "~/components/ui/skeleton";
import { Table, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { EnumSelect } from "~/features/filters/enum-select";
import type { IgnoredFilter } from "~/features/filters/ignored-filters";
import { ActionLink } from "~/features/filters/list-empty-state";
import { DateField, IgnoredFilters, UrlFilterForm } from "~/features/filters/url-filter-form";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";
import { auditActionLabel, auditActorLabel, auditFieldLabel, formatAuditValue } from "./audit-format";
import { formatTime } from "./format-time";
import { QueryBoundary } from "./query-boundary";

const PATH = "/admin/audit";
const FILTER_LABELS: Record<string, string> = {
  actorId: "User",
  entityType: "Record type",
  entityId: "Record",
  from: "From",
  to: "To",
  offset: "Page",
};
/** Changes listed in a row before the rest fold into "and N more". */
const SHOWN_CHANGES = 4;

export type AuditFilter = Pick<AuditListInput, "actorId" | "entityType" | "entityId" | "from" | "to">;

function userLabel(u: UserView): string {
  return u.name && u.name !== u.email ? `${u.name} (${u.email})` : u.email;
}

function describeFilter(f: AuditFilter, actor: string | undefined): string[] {
  const parts: string[] = [];
  if (f.actorId) parts.push(`made by ${actor ?? "an unknown user"}`);
  if (f.entityType) parts.push(`to ${AUDIT_ENTITY_LABELS[f.entityType].toLowerCase()} records`);
  if (f.from && f.from === f.to) parts.push(`on ${formatDate(f.from)}`);
  else if (f.from && f.to) parts.push(`from ${formatDate(f.from)} to ${formatDate(f.to)}`);
  else if (f.from) parts.push(`on or after ${formatDate(f.from)}`);
  else if (f.to) parts.push(`on or before ${formatDate(f.to)}`);
  return parts;
}

export interface AuditLogProps {
  filter: AuditFilter;
  input: AuditListInput;
  ignored: readonly IgnoredFilter[];
}

/** The audit log: every change, newest first, filtered by user, record type and dates (UTC days). */
export function AuditLog({ filter, input, ignored }: AuditLogProps) {
  return (
    <div className="flex flex-col gap-4">
      <QueryBoundary
        loading={<Skeleton className="h-[52px] w-full max-w-3xl" />}
        errorTitle="The audit log filters could not be loaded"
        errorHint="The filters need the list of users. Try again; if it keeps failing, check that the server is running."
      >
        <AuditFilters filter={filter} />
      </QueryBoundary>
      <IgnoredFilters ignored={ignored} labels={FILTER_LABELS} />
      <QueryBoundary
        loading={<AuditSkeleton />}
        errorTitle="The audit log could not be loaded"
        errorHint="The log itself is safe. Try again; if it keeps failing, check that the server is running."
      >
        <AuditEntries filter={filter} input={input} />
      </QueryBoundary>
    </div>
  );
}

function AuditFilters({ filter }: { filter: AuditFilter }) {
  const trpc = useTRPC();
  const { data: users } = useSuspenseQuery(trpc.users.list.queryOptions({}));
  const known = !filter.actorId || users.some((u) => u.id === filter.actorId);
  const active = Object.values(filter).some((v) => v !== undefined && v !== "");
  return (
    <UrlFilterForm action={PATH} label="Filter the audit log" active={active}>
      <SelectField label="User" name="actorId" defaultValue={filter.actorId ?? ""} wrapperClassName="w-72">
        <option value="">All users</option>
        {known ? null : <option value={filter.actorId}>Unknown user ({filter.actorId})</option>}
        {users.map((u) => (
          <option key={u.id} value={u.id}>
            {userLabel(u)}
            {u.active ? "" : " — deactivated"}
          </option>
        ))}
      </SelectField>
      <EnumSelect
        label="Record type"
        name="entityType"
        values={AUDIT_ENTITY_TYPES}
        labels={AUDIT_ENTITY_LABELS}
        defaultValue={filter.entityType}
        emptyLabel="All records"
        className="w-44"
      />
      <DateField label="From" name="from" defaultValue={filter.from ?? ""} />
      <DateField label="To" name="to" defaultValue={filter.to ?? ""} />
      {filter.entityId ? <input type="hidden" name="entityId" value={filter.entityId} /> : null}
    </UrlFilterForm>
  );
}

function AuditEntries({ filter, input }: { filter: AuditFilter; input: AuditListInput }) {
  const trpc = useTRPC();
  const { data: log } = useSuspenseQuery(trpc.audit.list.queryOptions(input));
  const { data: users } = useSuspenseQuery(trpc.users.list.queryOptions({}));
  const actor = filter.actorId ? users.find((u) => u.id === filter.actorId) : undefined;
  const active = Object.values(filter).some((v) => v !== undefined && v !== "");
  const described = describeFilter(filter, actor ? userLabel(actor) : undefined);
  const { limit, offset } = input;
  return (
    <>
      {filter.entityId ? (
        <p className="flex flex-wrap items-center gap-x-2 rounded-md border border-border bg-surface-2 px-3 py-2 text-[12.5px]">
          <span>
            Showing the history of one record
            {log.items[0] ? (
              <>
                : <span className="font-medium">{log.items[0].entityLabel}</span>
              </>
            ) : null}
            .
          </span>
          <Link href={hrefWith(PATH, { ...filter, entityId: undefined })} className="font-medium text-accent-text hover:underline">
            Show all records
          </Link>
        </p>
      ) : null}
      <p aria-live="polite" className="text-[12.5px] text-muted-foreground">
        <span className="font-medium text-foreground tabular-nums">{formatCount(log.total)}</span> {log.total === 1 ? "change" : "changes"}
        {described.length ? ` ${described.join(", ")}` : " recorded"}, newest first. Times and dates are in UTC.
      </p>
      {log.items.length === 0 ? (
        <AuditEmpty total={log.total} offset={offset} active={active} firstPageHref={hrefWith(PATH, { ...filter })} />
      ) : (
        <div>
          <AuditTable items={log.items} />
          <Pagination
            offset={offset}
            count={log.items.length}
            total={log.total}
            noun="changes"
            prevHref={offset > 0 ? hrefWith(PATH, { ...filter, offset: Math.max(0, offset - limit) || undefined }) : null}
            nextHref={offset + log.items.length < log.total ? hrefWith(PATH, { ...filter, offset: offset + limit }) : null}
            className="mt-1 border-t border-border"
          />
        </div>
      )}
    </>
  );
}

function AuditEmpty({ total, offset, active, firstPageHref }: { total: number; offset: number; active: boolean; firstPageHref: string }) {
  if (offset > 0 && total > 0) {
    return (
      <EmptyState
        icon={ScrollText}
        title="This page is past the last change"
        description={`${formatCount(total)} changes match; the link asks for rows after ${formatCount(offset)}.`}
        action={<ActionLink href={firstPageHref}>Go to the first page</ActionLink>}
      />
    );
  }
  if (active) {
    return (
      <EmptyState
        icon={ScrollText}
        title="No changes match these filters"
        description="Nothing was changed by this user, to this kind of record, in these dates. Widen the dates, pick another user or record type, or clear the filters."
        action={<ActionLink href={PATH}>Clear filters</ActionLink>}
      />
    );
  }
  return (
    <EmptyState
      icon={ScrollText}
      title="No changes recorded yet"
      description="Every change made in the app or on the command line (users, data entry, imports) appears here, with who made it and the values before and after."
    />
  );
}

function AuditTable({ items }: { items: AuditEntryView[] }) {
  return (
    <Table>
      <caption className="sr-only">Audit log, newest first. Expand “Full record” in a row for the values before and after.</caption>
      <THead>
        <Tr className="hover:bg-transparent">
          <Th>When</Th>
          <Th>Who</Th>
          <Th>Action</Th>
          <Th>Record</Th>
          <Th>Changes</Th>
        </Tr>
      </THead>
      <TBody>
        {items.map((e) => (
          <AuditRow key={e.id} entry={e} />
        ))}
      </TBody>
    </Table>
  );
}

function AuditRow({ entry: e }: { entry: AuditEntryView }) {
  const created = e.before === null;
  const removed = e.after === null;
  const shown = e.changes.slice(0, SHOWN_CHANGES);
  const more = e.changes.length - shown.length;
  return (
    <Tr>
      <Td className="whitespace-nowrap">
        <time dateTime={e.at}>
          <div>{formatDate(e.at.slice(0, 10))}</div>
          <div className="text-[12px] text-muted-foreground">{formatTime(e.at)}</div>
        </time>
      </Td>
      <Td className="max-w-[13rem] min-w-[11rem] break-words">{auditActorLabel(e.actorId, e.actorLabel)}</Td>
      <Td className="min-w-[7rem] font-medium">{auditActionLabel(e.action)}</Td>
      <Td className="max-w-[14rem] min-w-[12rem]">
        <div className="flex flex-col items-start gap-1">
          <Badge variant="outline">{AUDIT_ENTITY_LABELS[e.entityType] ?? e.entityType}</Badge>
          <Link
            href={hrefWith(PATH, { entityType: e.entityType, entityId: e.entityId })}
            className="break-words hover:underline"
            title="Every change to this record"
          >
            {e.entityLabel}
          </Link>
        </div>
      </Td>
      <Td className="min-w-[18rem]">
        {shown.length ? (
          <ul className="flex flex-col gap-0.5 text-[12.5px]">
            {shown.map((c) => (
              <li key={c.field} className="break-words">
                <span className="text-muted-foreground">{auditFieldLabel(c.field)}:</span>{" "}
                {created ? (
                  <span className="font-medium">{formatAuditValue(c.field, c.after)}</span>
                ) : removed ? (
                  <del className="text-muted-foreground">{formatAuditValue(c.field, c.before)}</del>
                ) : (
                  <>
                    <del className="text-muted-foreground decoration-muted-foreground/60">{formatAuditValue(c.field, c.before)}</del>
                    <span aria-hidden="true" className="px-1 text-subtle">
                      →
                    </span>
                    <span className="sr-only"> changed to </span>
                    <ins className="font-medium no-underline">{formatAuditValue(c.field, c.after)}</ins>
                  </>
                )}
              </li>
            ))}
            {more > 0 ? <li className="text-muted-foreground">and {more} more (see the full record)</li> : null}
          </ul>
        ) : (
          <span className="text-[12.5px] text-subtle">No field changed</span>
        )}
        <details className="group mt-1">
          <summary className="inline-flex cursor-pointer list-none items-center gap-1 text-[12px] font-medium text-accent-text marker:hidden hover:underline [&::-webkit-details-marker]:hidden">
            <ChevronRight aria-hidden="true" className="size-3 transition-transform group-open:rotate-90" strokeWidth={2} />
            Full record
          </summary>
          <div className="mt-1.5 grid max-w-[40rem] gap-2">
            <Snapshot label="Before" value={e.before} />
            <Snapshot label="After" value={e.after} />
          </div>
        </details>
      </Td>
    </Tr>
  );
}

function Snapshot({ label, value }: { label: string; value: Record<string, unknown> | null }) {
  return (
    <figure className="flex min-w-0 flex-col gap-1">
      <figcaption className="text-[11.5px] font-medium text-muted-foreground">{label}</figcaption>
      <pre className="max-h-64 overflow-auto rounded-md border border-border bg-surface-2 px-2.5 py-2 font-mono text-[11.5px] leading-relaxed whitespace-pre-wrap text-foreground [overflow-wrap:anywhere]">
        {value === null ? "(none: the record did not exist)" : JSON.stringify(value, null, 2)}
      </pre>
    </figure>
  );
}

function AuditSkeleton() {
  return (
    <div aria-busy="true" className="flex flex-col gap-2">
      <span role="status" className="sr-only">
        Loading the audit log…
      </span>
      <Skeleton className="h-4 w-64" />
      {["a", "b", "c", "d", "e", "f"].map((k) => (
        <Skeleton key={k} className="h-12 w-full" />
      ))}
    </div>
  );
}
