"use client";

import { formatCount, getAdminUnit, type ImportKind, importErrorReportFileName } from "@monitor/domain";
import { useQuery } from "@tanstack/react-query";
import { ArrowLeft, ChevronLeft, ChevronRight, Download, LoaderCircle } from "lucide-react";
import Link from "next/link";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { Badge, type BadgeVariant } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { FormAlert } from "~/components/ui/form-field";
import { SegmentedControl } from "~/components/ui/segmented-control";
import { Table, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { downloadText } from "~/lib/download";
import { useTRPC } from "~/trpc/react";
import { KIND_LABELS } from "./file-step";
import {
  countOutcomes,
  errorReportCsv,
  errorReportRows,
  type ImportReview,
  localToday,
  matchesFilter,
  type RowFilter,
  type RowOutcome,
  type RowStatus,
  rowStatus,
  rowsToImport,
  type WithinFile,
} from "./import-outcomes";
import { StepTitle } from "./step-title";

const PAGE_SIZE = 50;

const STATUS: Record<RowStatus, { label: string; variant: BadgeVariant }> = {
  error: { label: "Error", variant: "danger" },
  imported: { label: "Already imported", variant: "neutral" },
  repeat: { label: "Repeated row", variant: "warning" },
  duplicate: { label: "Likely duplicate", variant: "warning" },
  valid: { label: "Valid", variant: "success" },
};

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

export interface CommitChoice {
  skipInvalid: boolean;
  includeDuplicates: boolean;
}

export interface ReviewStepProps {
  kind: ImportKind;
  fileName: string;
  rows: readonly RowOutcome[];
  review: ImportReview;
  onCommit: (choice: CommitChoice) => void;
  committing: boolean;
  /** Why the last commit failed, in words that say what happened to the data. */
  commitProblem: string | null;
  onChangeColumns: () => void;
  onChooseFile: () => void;
}

/** Step 4: the counts, every row's result, the error report, and the import itself. */
export function ReviewStep({
  kind,
  fileName,
  rows,
  review,
  onCommit,
  committing,
  commitProblem,
  onChangeColumns,
  onChooseFile,
}: ReviewStepProps) {
  const trpc = useTRPC();
  const groups = useQuery(trpc.groups.list.queryOptions({}));
  const groupNames = useMemo(() => new Map((groups.data ?? []).map((g) => [g.slug, g.name])), [groups.data]);
  const within = useMemo(() => new Map<number, WithinFile>(review.withinFile.map((w) => [w.rowNumber, w])), [review.withinFile]);
  const counts = useMemo(() => countOutcomes(rows, within), [rows, within]);
  const [filter, setFilter] = useState<RowFilter>(counts.error > 0 ? "errors" : "all");
  const [page, setPage] = useState(0);
  const filtered = useMemo(() => {
    if (filter === "all") return rows;
    return rows.filter((r) => matchesFilter(rowStatus(r, within.get(r.rowNumber)), filter));
  }, [rows, within, filter]);
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const shown = filtered.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const labels = KIND_LABELS[kind];

  const [withWarnings, setWithWarnings] = useState(false);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [includeDuplicates, setIncludeDuplicates] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const skipRef = useRef<HTMLInputElement>(null);
  const ids = useId();

  const duplicates = counts.duplicate;
  const neverImported = counts.imported + counts.repeat;
  const toImport = rowsToImport(counts, includeDuplicates);
  const mustChoose = counts.error > 0 && !skipInvalid;
  const reportLines = counts.error + counts.duplicate + counts.imported + counts.repeat + (withWarnings ? counts.withWarnings : 0);

  useEffect(() => {
    if (!mustChoose) setBlocked(false);
  }, [mustChoose]);

  const downloadReport = () => {
    const lines = errorReportRows(rows, within, withWarnings);
    downloadText(errorReportCsv(lines), importErrorReportFileName(kind, localToday()));
  };

  const commit = () => {
    if (mustChoose) {
      setBlocked(true);
      skipRef.current?.focus();
      return;
    }
    onCommit({ skipInvalid, includeDuplicates });
  };

  const filterItems: { value: RowFilter; label: string }[] = [
    { value: "all", label: `All (${formatCount(counts.rows)})` },
    { value: "errors", label: `Errors (${formatCount(counts.error)})` },
    { value: "duplicates", label: `Duplicates (${formatCount(counts.duplicate + counts.imported + counts.repeat)})` },
    { value: "valid", label: `Valid (${formatCount(counts.valid)})` },
  ];

  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby={`${ids}-summary`} className="flex flex-col gap-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h2 id={`${ids}-summary`} className="text-[15px] font-semibold tracking-[-0.01em]">
              Checked {fileName}
            </h2>
            <p className="text-[12.5px] text-muted-foreground">Nothing is imported until you choose Import below.</p>
          </div>
          <div className="flex gap-2">
            <Button size="sm" variant="ghost" onClick={onChangeColumns}>
              <ArrowLeft aria-hidden="true" />
              Change the columns
            </Button>
            <Button size="sm" onClick={onChooseFile}>
              Upload a fixed file
            </Button>
          </div>
        </div>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-6" data-testid="import-summary">
          <Count label="Rows" value={review.rows} />
          <Count label="Valid" value={review.valid} tone="success" />
          <Count label="With errors" value={review.invalid} tone={review.invalid ? "danger" : undefined} />
          <Count
            label={kind === "incidents" ? "Likely duplicates of existing incidents" : "Likely duplicates of existing figures"}
            value={review.duplicatesOfRecords}
            tone={review.duplicatesOfRecords ? "warning" : undefined}
          />
          <Count label="Already imported" value={review.alreadyImported} />
          <Count
            label="Repeated within the file"
            value={review.withinFile.length}
            tone={review.withinFile.length ? "warning" : undefined}
          />
        </dl>
        {review.rows !== rows.length ? (
          <FormAlert>
            The server holds {formatCount(review.rows)} rows of this file but the browser checked {formatCount(rows.length)}. Upload the
            file again before importing.
          </FormAlert>
        ) : null}
      </section>

      <Card>
        <CardHeader className="flex-row flex-wrap items-center justify-between gap-3">
          <div className="flex flex-col gap-0.5">
            <StepTitle>Every row</StepTitle>
            <CardDescription>Row numbers are the spreadsheet’s: the header is row 1.</CardDescription>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <label className="flex items-center gap-1.5 text-[12.5px] text-muted-foreground">
              <input type="checkbox" checked={withWarnings} onChange={(e) => setWithWarnings(e.target.checked)} />
              Include warnings
            </label>
            <Button size="sm" onClick={downloadReport} disabled={reportLines === 0}>
              <Download aria-hidden="true" />
              Download error report
            </Button>
          </div>
        </CardHeader>
        <CardContent className="flex flex-col gap-3">
          <SegmentedControl
            label="Show rows"
            items={filterItems}
            value={filter}
            onValueChange={(v) => {
              setFilter(v);
              setPage(0);
            }}
            className="self-start"
          />
          {shown.length === 0 ? (
            <EmptyState
              title={filter === "errors" ? "No rows with errors" : filter === "duplicates" ? "No duplicates" : "No rows here"}
              description="Choose another filter to see the other rows."
            />
          ) : (
            <Table aria-label="Rows of the file">
              <THead>
                <Tr className="hover:bg-transparent">
                  <Th numeric>Row</Th>
                  <Th>Status</Th>
                  <Th>{kind === "incidents" ? "Date" : "Period"}</Th>
                  <Th>Place</Th>
                  <Th>{kind === "incidents" ? "Incident" : "Figure"}</Th>
                  <Th>{kind === "incidents" ? "Casualties" : "Value"}</Th>
                  <Th>Problems</Th>
                </Tr>
              </THead>
              <TBody>
                {shown.map((r) => (
                  <RowLine key={r.rowNumber} row={r} within={within.get(r.rowNumber)} kind={kind} groupNames={groupNames} />
                ))}
              </TBody>
            </Table>
          )}
          <nav aria-label="Pages of rows" className="flex items-center justify-between gap-3 text-[12.5px] text-muted-foreground">
            <p aria-live="polite" className="tabular-nums">
              {filtered.length === 0
                ? "No rows"
                : `Rows ${formatCount(page * PAGE_SIZE + 1)}–${formatCount(page * PAGE_SIZE + shown.length)} of ${formatCount(filtered.length)}`}
            </p>
            <div className="flex items-center gap-1.5">
              <Button size="sm" onClick={() => setPage((p) => Math.max(0, p - 1))} disabled={page === 0}>
                <ChevronLeft aria-hidden="true" />
                Previous
              </Button>
              <span className="tabular-nums">
                Page {formatCount(page + 1)} of {formatCount(pages)}
              </span>
              <Button size="sm" onClick={() => setPage((p) => Math.min(pages - 1, p + 1))} disabled={page >= pages - 1}>
                Next
                <ChevronRight aria-hidden="true" />
              </Button>
            </div>
          </nav>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <StepTitle>Import</StepTitle>
          <CardDescription>
            All the rows below are written in one transaction: either every one of them is imported, or none is.
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-3 text-[13px]">
          {counts.error > 0 ? (
            <div className="flex flex-col gap-1.5">
              <p>
                {plural(counts.error, "row has errors", "rows have errors")}. Fix {counts.error === 1 ? "it" : "them"} in the file (the
                error report lists each one) and upload it again, or leave {counts.error === 1 ? "it" : "them"} out.
              </p>
              <label className="flex items-center gap-2 font-medium">
                <input
                  ref={skipRef}
                  type="checkbox"
                  checked={skipInvalid}
                  aria-describedby={blocked ? `${ids}-blocked` : undefined}
                  onChange={(e) => setSkipInvalid(e.target.checked)}
                />
                Leave out the {plural(counts.error, "row", "rows")} with errors
              </label>
            </div>
          ) : null}
          {duplicates > 0 ? (
            <label className="flex items-center gap-2">
              <input type="checkbox" checked={includeDuplicates} onChange={(e) => setIncludeDuplicates(e.target.checked)} />
              Also import the {plural(duplicates, "row", "rows")} flagged as likely duplicates (check them first in the table)
            </label>
          ) : null}
          {neverImported > 0 ? (
            <p className="text-muted-foreground">
              {plural(neverImported, "row is", "rows are")} already in the Monitor or identical to an earlier row, and will not be imported
              again.
            </p>
          ) : null}
          {blocked && mustChoose ? (
            <div id={`${ids}-blocked`}>
              <FormAlert>
                Nothing was imported: {plural(counts.error, "row has errors", "rows have errors")}. Upload a fixed file, or tick “Leave out
                the {plural(counts.error, "row", "rows")} with errors”.
              </FormAlert>
            </div>
          ) : null}
          {commitProblem ? <FormAlert>{commitProblem}</FormAlert> : null}
          <div className="flex items-center gap-3">
            <Button
              variant="primary"
              onClick={commit}
              disabled={committing || (!mustChoose && toImport === 0)}
              aria-describedby={blocked && mustChoose ? `${ids}-blocked` : undefined}
            >
              {committing ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
              {committing
                ? "Importing…"
                : mustChoose
                  ? `Can't import yet: ${plural(counts.error, "row has errors", "rows have errors")}`
                  : toImport === 0
                    ? "Nothing to import"
                    : `Import ${plural(toImport, labels.one, labels.noun)}`}
            </Button>
          </div>
        </CardContent>
      </Card>
    </div>
  );
}

function Count({ label, value, tone }: { label: string; value: number; tone?: "success" | "danger" | "warning" }) {
  const color = tone === "danger" ? "text-danger" : tone === "warning" ? "text-warning" : tone === "success" ? "text-success" : "";
  return (
    <div className="flex flex-col rounded-lg border border-border bg-surface px-3 py-2.5">
      <dt className="text-[12px] leading-tight text-muted-foreground">{label}</dt>
      <dd className={`mt-1 text-[20px] font-semibold tabular-nums ${color}`}>{formatCount(value)}</dd>
    </div>
  );
}

/** The preview's place id as a name (pk-kp-bannu → Bannu). */
const placeName = (id: string) => getAdminUnit(id)?.name ?? id;

/** "Title · ttp, bla" with the groups' names instead of their slugs. */
function whatWithNames(what: string, groupNames: ReadonlyMap<string, string>): string {
  const at = what.lastIndexOf(" · ");
  if (at < 0) return what;
  const slugs = what.slice(at + 3).split(", ");
  if (!slugs.every((s) => groupNames.has(s))) return what;
  return `${what.slice(0, at)} · ${slugs.map((s) => groupNames.get(s)).join(", ")}`;
}

function RowLine({
  row,
  within,
  kind,
  groupNames,
}: {
  row: RowOutcome;
  within: WithinFile | undefined;
  kind: ImportKind;
  groupNames: ReadonlyMap<string, string>;
}) {
  const status = rowStatus(row, within);
  const s = STATUS[status];
  return (
    <Tr data-row={row.rowNumber}>
      <Td numeric className="text-muted-foreground">
        {row.rowNumber}
      </Td>
      <Td>
        <Badge variant={s.variant}>{s.label}</Badge>
        {row.warnings.length ? (
          <span className="mt-1 block text-[11.5px] text-muted-foreground">
            {row.warnings.length === 1 ? "1 warning" : `${row.warnings.length} warnings`}
          </span>
        ) : null}
      </Td>
      <Td className="whitespace-nowrap">{row.preview?.date ?? "—"}</Td>
      <Td>{row.preview?.place ? placeName(row.preview.place) : "—"}</Td>
      <Td className="max-w-[18rem]">{row.preview ? whatWithNames(row.preview.what, groupNames) : "—"}</Td>
      <Td className="whitespace-nowrap">{row.preview?.figures ?? "—"}</Td>
      <Td className="min-w-[18rem] text-[12.5px]">
        <ul className="flex flex-col gap-1">
          {row.errors.map((e, i) => (
            <li key={i} className="text-danger">
              <span className="font-medium">{e.column ?? e.field}</span>
              {e.value ? <span className="font-mono text-[11.5px]"> “{e.value}”</span> : null}: {e.message}
            </li>
          ))}
          {row.alreadyImported ? <li>Already in the Monitor: it will not be imported again.</li> : null}
          {within ? (
            <li>
              {within.reason === "same-key" ? "Identical to " : "Looks like the same incident as "}
              {within.duplicateOf.length === 1 ? "row " : "rows "}
              {within.duplicateOf.join(", ")}.
            </li>
          ) : null}
          {row.duplicateOf.map((d) => (
            <li key={d.key}>
              Likely the same as{" "}
              {kind === "incidents" ? (
                <Link href={`/incidents/${encodeURIComponent(d.key)}`} className="font-medium text-accent-text hover:underline">
                  {d.title}
                </Link>
              ) : (
                <span className="font-medium">{d.title}</span>
              )}{" "}
              ({d.date})
            </li>
          ))}
          {row.warnings.map((w) => (
            <li key={w} className="text-muted-foreground">
              {w}
            </li>
          ))}
        </ul>
      </Td>
    </Tr>
  );
}
