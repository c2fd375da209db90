"use client";

import {
  type AuditEntryView,
  formatCount,
  formatDate,
  RECORD_TYPE_LABELS,
  RECORD_TYPES,
  type RecordType,
  recordHref,
} from "@monitor/domain";
import { useQueryClient, useSuspenseQueries, useSuspenseQuery } from "@tanstack/react-query";
import { Download, History, LoaderCircle } from "lucide-react";
import Link from "next/link";
import Papa from "papaparse";
import { useState } from "react";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { Pagination } from "~/components/ui/pagination";
import { Skeleton } from "~/components/ui/skeleton";
import { Table, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { auditActorLabel } from "~/features/admin/audit-format";
import { formatTime } from "~/features/admin/format-time";
import { QueryBoundary } from "~/features/admin/query-boundary";
import { EnumSelect } from "~/features/filters/enum-select";
import type { IgnoredFilter } from "~/features/filters/ignored-filters";
import { ActionLink } from "~/features/filters/list-empty-state";
import { DateField, IgnoredFilters, UrlFilterForm } from "~/features/filters/url-filter-form";
import { downloadText } from "~/lib/download";
import { readServerError } from "~/lib/form-errors";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";
import { changedFieldsInWords, describeChange, historyHref } from "./history-format";

const PATH = "/changes";
const FILTER_LABELS: Record<string, string> = { since: "Since", type: "Record type", offset: "Page" };
/** The CSV holds at most this many changes (the API hands them over 500 at a time). */
const CSV_MAX = 20_000;

export interface ChangesSinceProps {
  since: string;
  type: RecordType | undefined;
  input: { since: string; type: RecordType | undefined; limit: number; offset: number };
  defaultSince: string;
  ignored: readonly IgnoredFilter[];
}

/** "What changed since <date>": per-type totals, then the changes newest first, grouped by day. */
export function ChangesSince({ since, type, input, defaultSince, ignored }: ChangesSinceProps) {
  return (
    <div className="flex flex-col gap-4">
      <UrlFilterForm action={PATH} label="Choose the changes to list" active={since !== defaultSince || type !== undefined}>
        <DateField label="Changed since" name="since" defaultValue={since} required aria-describedby="since-hint" />
        <EnumSelect
          label="Record type"
          name="type"
          values={RECORD_TYPES}
          labels={RECORD_TYPE_LABELS}
          defaultValue={type}
          emptyLabel="All records"
          className="w-44"
        />
      </UrlFilterForm>
      <p id="since-hint" className="-mt-2 text-[12px] text-muted-foreground">
        Counted from the start of that day in the app’s time zone (Pakistan time unless the app is set otherwise); times below are in UTC.
      </p>
      <IgnoredFilters ignored={ignored} labels={FILTER_LABELS} />
      <QueryBoundary
        loading={<ChangesSkeleton />}
        errorTitle="The changes could not be loaded"
        errorHint="The data is safe. Try again; if it keeps failing, check that the server is running."
      >
        <TypeTotals since={since} type={type} />
        <ChangeList since={since} type={type} input={input} />
      </QueryBoundary>
    </div>
  );
}

function TypeTotals({ since, type }: { since: string; type: RecordType | undefined }) {
  const trpc = useTRPC();
  const results = useSuspenseQueries({
    queries: RECORD_TYPES.map((t) => trpc.records.changesSince.queryOptions({ since, type: t, limit: 1, offset: 0 })),
  });
  const totals = RECORD_TYPES.map((t, i) => ({ t, n: results[i]?.data.total ?? 0 }));
  const all = totals.reduce((s, x) => s + x.n, 0);
  return (
    <nav aria-label="Changes per record type">
      <ul className="flex flex-wrap gap-2">
        <li>
          <TotalLink href={hrefWith(PATH, { since })} active={type === undefined} label="All records" n={all} />
        </li>
        {totals.map(({ t, n }) => (
          <li key={t}>
            <TotalLink href={hrefWith(PATH, { since, type: t })} active={type === t} label={RECORD_TYPE_LABELS[t]} n={n} />
          </li>
        ))}
      </ul>
    </nav>
  );
}

function TotalLink({ href, active, label, n }: { href: string; active: boolean; label: string; n: number }) {
  return (
    <Link
      href={href}
      scroll={false}
      aria-current={active ? "true" : undefined}
      className={
        active
          ? "flex items-baseline gap-1.5 rounded-md border border-accent/40 bg-accent-soft px-2.5 py-1 text-[12.5px] font-medium text-accent-text"
          : "flex items-baseline gap-1.5 rounded-md border border-border bg-surface px-2.5 py-1 text-[12.5px] text-foreground hover:bg-surface-2"
      }
    >
      <span>{label}</span>
      <span className="font-semibold tabular-nums">{formatCount(n)}</span>
    </Link>
  );
}

function ChangeList({ since, type, input }: Omit<ChangesSinceProps, "defaultSince" | "ignored">) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.records.changesSince.queryOptions(input));
  const { limit, offset } = input;
  const filter = { since, type };
  const what = type ? `${RECORD_TYPE_LABELS[type].toLowerCase()} records` : "the data";
  if (data.items.length === 0) {
    if (offset > 0 && data.total > 0) {
      return (
        <EmptyState
          icon={History}
          title="This page is past the last change"
          description={`${formatCount(data.total)} changes match; the link asks for rows after ${formatCount(offset)}.`}
          action={<ActionLink href={hrefWith(PATH, filter)}>Go to the first page</ActionLink>}
        />
      );
    }
    return (
      <EmptyState
        icon={History}
        title={`Nothing changed in ${what} since ${formatDate(since)}`}
        description="No record was created, edited, imported, deleted or restored since the start of that day. Pick an earlier date or another record type."
      />
    );
  }
  const days = groupByDay(data.items);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p aria-live="polite" className="text-[12.5px] text-muted-foreground">
          <span className="font-medium text-foreground tabular-nums">{formatCount(data.total)}</span>{" "}
          {data.total === 1 ? "change" : "changes"} to {what} since {formatDate(since)} (from {data.since.slice(0, 16).replace("T", " ")}{" "}
          UTC, the day’s start in {data.timeZone}), newest first.
        </p>
        <CsvButton since={since} type={type} total={data.total} />
      </div>
      <Table>
        <caption className="sr-only">Changes since {formatDate(since)}, newest first, grouped by day (UTC).</caption>
        <THead>
          <Tr className="hover:bg-transparent">
            <Th>Time</Th>
            <Th>Record</Th>
            <Th>Change</Th>
            <Th>Who</Th>
          </Tr>
        </THead>
        {days.map(([day, items]) => (
          <TBody key={day}>
            <Tr className="hover:bg-transparent">
              <Th scope="colgroup" colSpan={4} className="bg-surface-2 text-[12px] font-semibold text-foreground">
                {formatDate(day)} <span className="font-normal text-muted-foreground">({items.length} on this page)</span>
              </Th>
            </Tr>
            {items.map((e) => (
              <ChangeRow key={e.id} entry={e} />
            ))}
          </TBody>
        ))}
      </Table>
      <Pagination
        offset={offset}
        count={data.items.length}
        total={data.total}
        noun="changes"
        prevHref={offset > 0 ? hrefWith(PATH, { ...filter, offset: Math.max(0, offset - limit) || undefined }) : null}
        nextHref={offset + data.items.length < data.total ? hrefWith(PATH, { ...filter, offset: offset + limit }) : null}
        className="border-t border-border"
      />
    </div>
  );
}

function groupByDay(items: readonly AuditEntryView[]): [string, AuditEntryView[]][] {
  const days = new Map<string, AuditEntryView[]>();
  for (const e of items) {
    const d = e.at.slice(0, 10);
    days.set(d, [...(days.get(d) ?? []), e]);
  }
  return [...days];
}

function ChangeRow({ entry: e }: { entry: AuditEntryView }) {
  const type = e.entityType as RecordType;
  const what = describeChange(e);
  const fields = what.kind === "edited" || what.kind === "merged" ? changedFieldsInWords(e.changes) : "";
  const href = what.kind === "deleted" ? null : recordHref(type, e.entityId);
  const label = e.entityLabel.replace(/ \(from [^)]+\)$/, "");
  return (
    <Tr>
      <Td className="align-top whitespace-nowrap tabular-nums">
        <time dateTime={e.at}>{formatTime(e.at)}</time>
      </Td>
      <Td className="max-w-[28rem] min-w-[14rem] align-top">
        <div className="flex flex-col items-start gap-1">
          <Badge variant="outline">{RECORD_TYPE_LABELS[type] ?? e.entityType}</Badge>
          {href ? (
            <Link href={href} className="font-medium break-words hover:underline">
              {label}
            </Link>
          ) : (
            <span className="font-medium break-words">{label}</span>
          )}
          <Link href={historyHref(type, e.entityId)} className="text-[12px] font-medium text-accent-text hover:underline">
            History<span className="sr-only"> of {label}</span>
          </Link>
        </div>
      </Td>
      <Td className="min-w-[14rem] align-top">
        <div className="font-medium">{what.label}</div>
        {fields ? <div className="text-[12.5px] text-muted-foreground">Changed {fields}</div> : null}
        {what.note ? <div className="text-[12.5px] text-muted-foreground">{what.note}</div> : null}
      </Td>
      <Td className="max-w-[14rem] align-top break-words">{auditActorLabel(e.actorId, e.actorLabel)}</Td>
    </Tr>
  );
}

const CSV_COLUMNS = ["time_utc", "record_type", "record_key", "record", "change", "changed_fields", "by", "history_url"] as const;

function csvOf(items: readonly AuditEntryView[], origin: string): string {
  const rows = items.map((e) => {
    const type = e.entityType as RecordType;
    const what = describeChange(e);
    return [
      e.at,
      RECORD_TYPE_LABELS[type] ?? e.entityType,
      e.entityId,
      e.entityLabel,
      what.label,
      changedFieldsInWords(e.changes, 100),
      auditActorLabel(e.actorId, e.actorLabel),
      `${origin}${historyHref(type, e.entityId)}`,
    ];
  });
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: true, newline: "\r\n" })}\r\n`;
}

/** Downloads every change listed (all pages, not only this one) as a CSV file. */
function CsvButton({ since, type, total }: { since: string; type: RecordType | undefined; total: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function download() {
    setBusy(true);
    setProblem(null);
    try {
      const items: AuditEntryView[] = [];
      for (let offset = 0; offset < Math.min(total, CSV_MAX); offset += 500) {
        const page = await queryClient.fetchQuery(trpc.records.changesSince.queryOptions({ since, type, limit: 500, offset }));
        items.push(...page.items);
        if (page.items.length < 500) break;
      }
      downloadText(csvOf(items, window.location.origin), `changes-since-${since}${type ? `-${type}` : ""}.csv`);
    } catch (err) {
      setProblem(`The file could not be made: ${readServerError(err).message}`);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="flex flex-col items-end gap-1">
      <Button size="sm" onClick={download} disabled={busy}>
        {busy ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : <Download aria-hidden="true" />}
        {busy ? "Preparing the CSV…" : `Download CSV (${formatCount(Math.min(total, CSV_MAX))})`}
      </Button>
      {total > CSV_MAX ? (
        <p className="text-[12px] text-muted-foreground">
          The file holds the latest {formatCount(CSV_MAX)}; pick a later date for the rest.
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="text-[12px] text-danger">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

function ChangesSkeleton() {
  return (
    <div aria-busy="true" className="flex flex-col gap-2">
      <span role="status" className="sr-only">
        Loading the changes…
      </span>
      <Skeleton className="h-7 w-full max-w-2xl" />
      <Skeleton className="h-4 w-72" />
      {["a", "b", "c", "d", "e", "f"].map((k) => (
        <Skeleton key={k} className="h-12 w-full" />
      ))}
    </div>
  );
}
