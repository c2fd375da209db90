"use client";

import { type AuditEntryView, diffSnapshots, formatDate, RECORD_TYPE_LABELS, type RecordType, recordHref } from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { ArchiveRestore, ChevronRight, FilePlus2, FileUp, GitMerge, History, type LucideIcon, PencilLine, Trash2 } from "lucide-react";
import Link from "next/link";
import { useId, useState } from "react";
import { Badge } from "~/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { SelectField } from "~/components/ui/select";
import { Skeleton } from "~/components/ui/skeleton";
import { auditActorLabel } from "~/features/admin/audit-format";
import { formatTime } from "~/features/admin/format-time";
import { QueryBoundary } from "~/features/admin/query-boundary";
import { RoleGate } from "~/features/auth/session-context";
import { cn } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";
import { FieldDiffList } from "./field-diff";
import { type ChangeKind, describeChange, recordChanges } from "./history-format";
import { EditRecordLink } from "./history-link";

const KIND_ICONS: Record<ChangeKind, LucideIcon> = {
  created: FilePlus2,
  edited: PencilLine,
  imported: FileUp,
  merged: GitMerge,
  deleted: Trash2,
  restored: ArchiveRestore,
  other: History,
};

const KIND_TONES: Record<ChangeKind, string> = {
  created: "bg-success-soft text-success",
  edited: "bg-accent-soft text-accent-text",
  imported: "bg-info-soft text-info",
  merged: "bg-info-soft text-info",
  deleted: "bg-danger-soft text-danger",
  restored: "bg-success-soft text-success",
  other: "bg-surface-3 text-muted-foreground",
};

/** "1 May 2026, 14:05 UTC". */
export function formatWhen(iso: string): string {
  return `${formatDate(iso.slice(0, 10))}, ${formatTime(iso)}`;
}

export interface RecordHistoryProps {
  type: RecordType;
  recordKey: string;
  /** False when the record is neither in the database nor in the trash, but changes to it were logged. */
  known: boolean;
}

/** A record's revisions, newest first, each with who, when, what kind of change and a diff of the fields. */
export function RecordHistory(props: RecordHistoryProps) {
  return (
    <QueryBoundary
      loading={<HistorySkeleton />}
      errorTitle="The history could not be loaded"
      errorHint="The record and its history are safe. Try again; if it keeps failing, check that the server is running."
    >
      <HistoryBody {...props} />
    </QueryBoundary>
  );
}

function HistoryBody({ type, recordKey, known }: RecordHistoryProps) {
  const trpc = useTRPC();
  const { data: history } = useSuspenseQuery(trpc.records.history.queryOptions({ type, key: recordKey }));
  const entries = history.entries;
  const latestLabel = entries[0]?.entityLabel.replace(/ \(from [^)]+\)$/, "") ?? recordKey;
  return (
    <>
      {known ? <Header type={type} recordKey={recordKey} version={history.version} /> : <GoneHeader type={type} label={latestLabel} />}
      {entries.length === 0 ? (
        <EmptyState
          icon={History}
          title="No change recorded for this record yet"
          description="Records loaded with the seed reports or the dataset file before the history was kept have no revisions. The next edit, import, deletion or restore will appear here."
        />
      ) : (
        <div className="flex flex-col gap-6">
          <p className="text-[12.5px] text-muted-foreground">
            {entries.length} {entries.length === 1 ? "revision" : "revisions"}, newest first. Times are in UTC.
            {entries.length >= 200 ? " Only the latest 200 are shown." : ""}
          </p>
          <ol aria-label="Revisions, newest first" className="relative flex flex-col gap-4 border-l border-border pl-5">
            {entries.map((e, i) => (
              <Revision key={e.id} entry={e} number={entries.length - i} />
            ))}
          </ol>
          {entries.length >= 2 ? <CompareVersions entries={entries} /> : null}
        </div>
      )}
    </>
  );
}

function Header({ type, recordKey, version }: { type: RecordType; recordKey: string; version: number | null }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.records.get.queryOptions({ type, key: recordKey }));
  const href = recordHref(type, recordKey);
  const deleted = data.deleted;
  const label = deleted ? deleted.label : (recordTitle(data.record, recordKey) ?? recordKey);
  return (
    <>
      <PageHeader
        eyebrow={`${RECORD_TYPE_LABELS[type]} · revision history`}
        title={label}
        description={
          deleted
            ? "This record is in the trash: it is shown nowhere else in the app until an editor restores it."
            : `Every saved change to this ${RECORD_TYPE_LABELS[type].toLowerCase()}: who made it, when, and what changed.`
        }
        actions={
          deleted ? null : (
            <>
              {href ? (
                <Link href={href} className="text-[13px] font-medium text-accent-text hover:underline">
                  Open the {RECORD_TYPE_LABELS[type].toLowerCase()}
                </Link>
              ) : null}
              <EditRecordLink type={type} recordKey={recordKey} />
            </>
          )
        }
      />
      <dl className="mb-5 flex flex-wrap gap-x-6 gap-y-1 text-[12.5px]">
        <div className="flex gap-1.5">
          <dt className="text-muted-foreground">Key</dt>
          <dd className="font-mono text-[12px] break-all">{recordKey}</dd>
        </div>
        <div className="flex gap-1.5">
          <dt className="text-muted-foreground">Current version</dt>
          <dd className="font-medium tabular-nums">{deleted ? `${deleted.version} (deleted)` : (version ?? "—")}</dd>
        </div>
      </dl>
      {deleted ? (
        <div
          role="status"
          className="mb-5 flex items-start gap-2 rounded-md border border-danger/30 bg-danger-soft/60 px-3 py-2 text-[12.5px]"
        >
          <Trash2 aria-hidden="true" className="mt-0.5 size-3.5 shrink-0 text-danger" strokeWidth={2} />
          <p>
            <span className="font-medium">Deleted</span> by {deleted.deletedBy} on {formatWhen(deleted.deletedAt)}
            {deleted.reason ? ` (reason: ${deleted.reason})` : ""}.{" "}
            <RoleGate min="editor" fallback={<span>An editor can restore it from the trash.</span>}>
              <Link href="/admin/trash" className="font-medium text-accent-text hover:underline">
                Restore it from the trash
              </Link>
            </RoleGate>
          </p>
        </div>
      ) : null}
    </>
  );
}

function recordTitle(record: unknown, fallback: string): string | null {
  if (typeof record !== "object" || record === null) return null;
  const r = record as Record<string, unknown>;
  for (const k of ["title", "shortTitle", "name", "label"]) if (typeof r[k] === "string" && r[k]) return r[k] as string;
  if (typeof r.from === "string" && typeof r.to === "string") return `${r.from} ${String(r.type ?? "")} ${r.to}`;
  return fallback;
}

function GoneHeader({ type, label }: { type: RecordType; label: string }) {
  return (
    <PageHeader
      eyebrow={`${RECORD_TYPE_LABELS[type]} · revision history`}
      title={label}
      description="This record is no longer in the database or the trash (it may have been renamed or loaded over by a dataset file). Its recorded changes are kept."
    />
  );
}

function Revision({ entry: e, number }: { entry: AuditEntryView; number: number }) {
  const what = describeChange(e);
  const Icon = KIND_ICONS[what.kind];
  const changes = recordChanges(e.changes);
  const headingId = useId();
  return (
    <li className="relative">
      <span
        aria-hidden="true"
        className={cn(
          "absolute top-0.5 -left-[31px] flex size-5 items-center justify-center rounded-full ring-4 ring-background",
          KIND_TONES[what.kind],
        )}
      >
        <Icon className="size-3" strokeWidth={2} />
      </span>
      <article aria-labelledby={headingId} className="rounded-lg border border-border bg-card px-4 py-3">
        <header className="mb-2 flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <h2 id={headingId} className="text-[13.5px] font-semibold">
            {what.label}
          </h2>
          <span className="text-[12.5px] text-muted-foreground">
            by <span className="font-medium text-foreground">{auditActorLabel(e.actorId, e.actorLabel)}</span>
          </span>
          <time dateTime={e.at} className="text-[12.5px] text-muted-foreground tabular-nums">
            {formatWhen(e.at)}
          </time>
          <Badge variant="outline" className="ml-auto">
            Revision {number}
          </Badge>
        </header>
        {what.note ? <p className="mb-2 text-[12.5px] text-muted-foreground">{what.note}</p> : null}
        {what.kind === "edited" || what.kind === "merged" || what.kind === "other" ? (
          <FieldDiffList changes={changes} />
        ) : what.kind === "deleted" ? (
          <Folded summary={`Values when it was deleted (${changes.length} fields)`}>
            <FieldDiffList changes={changes} mode="deleted" />
          </Folded>
        ) : (
          <Folded summary={`Values it ${what.kind === "restored" ? "came back" : "was saved"} with (${changes.length} fields)`}>
            <FieldDiffList changes={changes} mode="created" />
          </Folded>
        )}
      </article>
    </li>
  );
}

function Folded({ summary, children }: { summary: string; children: React.ReactNode }) {
  return (
    <details className="group">
      <summary className="inline-flex cursor-pointer list-none items-center gap-1 text-[12.5px] font-medium text-accent-text marker:hidden hover:underline [&::-webkit-details-marker]:hidden">
        <ChevronRight aria-hidden="true" className="size-3.5 transition-transform group-open:rotate-90" strokeWidth={2} />
        {summary}
      </summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}

/** The record as it stood after a revision (null after a deletion), without the change's bookkeeping. */
function stateAfter(e: AuditEntryView): Record<string, unknown> | null {
  if (!e.after) return null;
  const { mergedFrom: _m, ...rest } = e.after;
  return rest;
}

function CompareVersions({ entries }: { entries: AuditEntryView[] }) {
  // Oldest first in the pickers, numbered as in the timeline.
  const options = entries.map((e, i) => ({ n: entries.length - i, e })).reverse();
  const [from, setFrom] = useState(1);
  const [to, setTo] = useState(entries.length);
  const a = options.find((o) => o.n === from)?.e;
  const b = options.find((o) => o.n === to)?.e;
  const left = a ? stateAfter(a) : null;
  const right = b ? stateAfter(b) : null;
  const changes = recordChanges(diffSnapshots(left, right));
  const optionLabel = (o: { n: number; e: AuditEntryView }) => `Revision ${o.n} — ${describeChange(o.e).label}, ${formatWhen(o.e.at)}`;
  return (
    <Card>
      <CardHeader>
        <h2 className="text-[13.5px] leading-5 font-semibold tracking-[-0.005em] text-foreground">Compare two versions</h2>
        <CardDescription>The record as it stood after each revision; pick any two.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <div className="flex flex-wrap gap-3">
          <SelectField
            label="From"
            value={String(from)}
            onChange={(e) => setFrom(Number(e.target.value))}
            wrapperClassName="w-full max-w-md"
          >
            {options.map((o) => (
              <option key={o.n} value={o.n}>
                {optionLabel(o)}
              </option>
            ))}
          </SelectField>
          <SelectField label="To" value={String(to)} onChange={(e) => setTo(Number(e.target.value))} wrapperClassName="w-full max-w-md">
            {options.map((o) => (
              <option key={o.n} value={o.n}>
                {optionLabel(o)}
              </option>
            ))}
          </SelectField>
        </div>
        <div aria-live="polite">
          {from === to ? (
            <p className="text-[12.5px] text-muted-foreground">Pick two different revisions.</p>
          ) : left === null || right === null ? (
            <p className="text-[12.5px] text-muted-foreground">
              The record did not exist after revision {left === null ? from : to} (it was deleted), so every field{" "}
              {left === null ? "is new" : "was removed"}:
            </p>
          ) : null}
          {from !== to ? (
            <div className="mt-2">
              <FieldDiffList changes={changes} mode={left === null ? "created" : right === null ? "deleted" : "edit"} />
            </div>
          ) : null}
        </div>
      </CardContent>
    </Card>
  );
}

export function HistorySkeleton() {
  return (
    <div aria-busy="true" className="flex flex-col gap-3">
      <span role="status" className="sr-only">
        Loading the history…
      </span>
      <Skeleton className="h-7 w-96 max-w-full" />
      <Skeleton className="h-4 w-64" />
      {["a", "b", "c"].map((k) => (
        <Skeleton key={k} className="h-28 w-full" />
      ))}
    </div>
  );
}
