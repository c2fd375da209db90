"use client";

import { formatCount, RECORD_TYPE_LABELS, RECORD_TYPES, type RecordType, recordHref, type TrashListInput } from "@monitor/domain";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { ArchiveRestore, CircleCheck, LoaderCircle, Trash2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { Pagination } from "~/components/ui/pagination";
import { Skeleton } from "~/components/ui/skeleton";
import { Table, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { QueryBoundary } from "~/features/admin/query-boundary";
import { EnumSelect } from "~/features/filters/enum-select";
import type { IgnoredFilter } from "~/features/filters/ignored-filters";
import { ActionLink } from "~/features/filters/list-empty-state";
import { IgnoredFilters, UrlFilterForm } from "~/features/filters/url-filter-form";
import { readServerError } from "~/lib/form-errors";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";
import { historyHref } from "./history-format";
import { formatWhen } from "./record-history";

const PATH = "/admin/trash";

interface TrashItem {
  type: RecordType;
  key: string;
  label: string;
  version: number;
  reason: string | null;
  deletedBy: string;
  deletedAt: string;
}

interface Restored {
  type: RecordType;
  key: string;
  label: string;
  version: number;
}

/** Deleted records with who deleted them, when and why, and a Restore button on each. */
export function TrashList({ input, ignored }: { input: TrashListInput; ignored: readonly IgnoredFilter[] }) {
  const [restored, setRestored] = useState<Restored[]>([]);
  return (
    <div className="flex flex-col gap-4">
      <UrlFilterForm action={PATH} label="Filter the trash" active={input.type !== undefined}>
        <EnumSelect
          label="Record type"
          name="type"
          values={RECORD_TYPES}
          labels={RECORD_TYPE_LABELS}
          defaultValue={input.type}
          emptyLabel="All records"
          className="w-44"
        />
      </UrlFilterForm>
      <IgnoredFilters ignored={ignored} labels={{ type: "Record type", offset: "Page" }} />
      <div aria-live="polite" className="flex flex-col gap-2">
        {restored.map((r) => (
          <RestoredNotice key={`${r.type}:${r.key}`} item={r} />
        ))}
      </div>
      <QueryBoundary
        loading={<TrashSkeleton />}
        errorTitle="The trash could not be loaded"
        errorHint="Deleted records are kept safely. Try again; if it keeps failing, check that the server is running."
      >
        <TrashEntries
          input={input}
          onRestored={(r) => setRestored((list) => [r, ...list.filter((x) => x.key !== r.key || x.type !== r.type)])}
        />
      </QueryBoundary>
    </div>
  );
}

function RestoredNotice({ item }: { item: Restored }) {
  const href = recordHref(item.type, item.key);
  return (
    <p
      role="status"
      className="flex flex-wrap items-center gap-x-2 gap-y-1 rounded-md border border-success/30 bg-success-soft/60 px-3 py-2 text-[12.5px]"
    >
      <CircleCheck aria-hidden="true" className="size-3.5 shrink-0 text-success" strokeWidth={2} />
      <span>
        Restored {RECORD_TYPE_LABELS[item.type].toLowerCase()} “<span className="font-medium">{item.label}</span>” as version {item.version}
        .
      </span>
      {href ? (
        <Link href={href} className="font-medium text-accent-text hover:underline">
          Open it
        </Link>
      ) : null}
      <Link href={historyHref(item.type, item.key)} className="font-medium text-accent-text hover:underline">
        See its history
      </Link>
    </p>
  );
}

function TrashEntries({ input, onRestored }: { input: TrashListInput; onRestored: (r: Restored) => void }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.records.trash.queryOptions(input));
  const { limit, offset, type } = input;
  if (data.items.length === 0) {
    if (offset > 0 && data.total > 0) {
      return (
        <EmptyState
          icon={Trash2}
          title="This page is past the last deleted record"
          description={`${formatCount(data.total)} deleted records match; the link asks for rows after ${formatCount(offset)}.`}
          action={<ActionLink href={hrefWith(PATH, { type })}>Go to the first page</ActionLink>}
        />
      );
    }
    return (
      <EmptyState
        icon={Trash2}
        title={type ? `No deleted ${RECORD_TYPE_LABELS[type].toLowerCase()} records` : "The trash is empty"}
        description="Records an editor deletes land here with who deleted them, when and why, until someone restores them."
        action={type ? <ActionLink href={PATH}>Show every type</ActionLink> : undefined}
      />
    );
  }
  return (
    <div>
      <p className="mb-2 text-[12.5px] text-muted-foreground">
        <span className="font-medium text-foreground tabular-nums">{formatCount(data.total)}</span> deleted{" "}
        {data.total === 1 ? "record" : "records"}, most recently deleted first. Times are in UTC.
      </p>
      <Table>
        <caption className="sr-only">Deleted records, most recently deleted first.</caption>
        <THead>
          <Tr className="hover:bg-transparent">
            <Th>Record</Th>
            <Th>Deleted</Th>
            <Th>Reason</Th>
            <Th>
              <span className="sr-only">Restore</span>
            </Th>
          </Tr>
        </THead>
        <TBody>
          {data.items.map((item) => (
            <TrashRow key={`${item.type}:${item.key}`} item={item} onRestored={onRestored} />
          ))}
        </TBody>
      </Table>
      <Pagination
        offset={offset}
        count={data.items.length}
        total={data.total}
        noun="deleted records"
        prevHref={offset > 0 ? hrefWith(PATH, { type, offset: Math.max(0, offset - limit) || undefined }) : null}
        nextHref={offset + data.items.length < data.total ? hrefWith(PATH, { type, offset: offset + limit }) : null}
        className="mt-1 border-t border-border"
      />
    </div>
  );
}

function TrashRow({ item, onRestored }: { item: TrashItem; onRestored: (r: Restored) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const restore = useMutation(
    trpc.records.restore.mutationOptions({
      onMutate: () => setProblem(null),
      onSuccess: async (r) => {
        onRestored({ type: r.type, key: r.key, label: r.label, version: r.version });
        await Promise.all([
          queryClient.invalidateQueries(trpc.records.trash.pathFilter()),
          queryClient.invalidateQueries(trpc.records.get.pathFilter()),
          queryClient.invalidateQueries(trpc.records.history.pathFilter()),
          queryClient.invalidateQueries(trpc.records.changesSince.pathFilter()),
        ]);
      },
      onError: (err) => setProblem(readServerError(err).message),
    }),
  );
  const problemId = `restore-problem-${item.type}-${item.key}`.replace(/[^a-zA-Z0-9_-]/g, "-");
  return (
    <Tr>
      <Td className="max-w-[26rem] min-w-[14rem]">
        <div className="flex flex-col items-start gap-1">
          <Badge variant="outline">{RECORD_TYPE_LABELS[item.type]}</Badge>
          <span className="font-medium break-words">{item.label}</span>
          <span className="font-mono text-[11.5px] break-all text-muted-foreground">{item.key}</span>
          <Link href={historyHref(item.type, item.key)} className="text-[12px] font-medium text-accent-text hover:underline">
            History<span className="sr-only"> of {item.label}</span>
          </Link>
        </div>
      </Td>
      <Td className="min-w-[11rem]">
        <div>{formatWhen(item.deletedAt)}</div>
        <div className="text-[12.5px] break-words text-muted-foreground">by {item.deletedBy}</div>
        <div className="text-[12px] text-subtle">version {item.version}</div>
      </Td>
      <Td className="max-w-[20rem] text-[12.5px] break-words">{item.reason ?? <span className="text-subtle">No reason given</span>}</Td>
      <Td className="min-w-[9rem] text-right">
        <Button
          size="sm"
          onClick={() => restore.mutate({ type: item.type, key: item.key })}
          disabled={restore.isPending}
          aria-describedby={problem ? problemId : undefined}
          aria-label={`Restore ${item.label}`}
        >
          {restore.isPending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : <ArchiveRestore aria-hidden="true" />}
          {restore.isPending ? "Restoring…" : "Restore"}
        </Button>
        {problem ? (
          <p id={problemId} role="alert" className="mt-1.5 max-w-[22rem] text-left text-[12px] text-danger">
            {problem}
          </p>
        ) : null}
      </Td>
    </Tr>
  );
}

function TrashSkeleton() {
  return (
    <div aria-busy="true" className="flex flex-col gap-2">
      <span role="status" className="sr-only">
        Loading the trash…
      </span>
      <Skeleton className="h-4 w-64" />
      {["a", "b", "c", "d"].map((k) => (
        <Skeleton key={k} className="h-14 w-full" />
      ))}
    </div>
  );
}
