"use client";

import { type DateOrder, detectDateOrder, formatCount, type ImportKind, suggestMapping } from "@monitor/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { buttonVariants } from "~/components/ui/button";
import { Card, CardContent } from "~/components/ui/card";
import { ErrorState } from "~/components/ui/error-state";
import { cn } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";
import { type CheckFailure, CheckStep } from "./check-step";
import { FileStep, KIND_LABELS } from "./file-step";
import { type ImportCommitResult, type ImportReview, OutcomeStore } from "./import-outcomes";
import { type ImportSettings, MappingStep } from "./mapping-step";
import { type CsvHead, readCsvHead, type StreamProgress, streamCsv } from "./read-csv";
import { type CommitChoice, ReviewStep } from "./review-step";
import { serverProblem } from "./server-problem";

/** Rows per request: the API takes up to 5,000; 2,000 keeps each request well under a second or two. */
const BATCH_ROWS = 2000;

type Step = "file" | "mapping" | "checking" | "review" | "done";

const STEPS: { id: Step; label: string }[] = [
  { id: "file", label: "File" },
  { id: "mapping", label: "Columns" },
  { id: "checking", label: "Check" },
  { id: "review", label: "Review and import" },
];

const NO_PROGRESS: StreamProgress = { bytesRead: 0, rowsRead: 0, rowsChecked: 0 };

const sameHeaders = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((h, i) => h === b[i]);

/** The date-like columns whose sample values tell the date order. */
function dateSamples(kind: ImportKind, settings: ImportSettings, head: CsvHead): string[] {
  const fields = kind === "incidents" ? ["date"] : ["period", "periodStart", "periodEnd"];
  return fields.flatMap((f) => {
    const header = settings.mapping[f];
    return header ? head.sample.map((r) => r[header] ?? "") : [];
  });
}

function initialSettings(kind: ImportKind, head: CsvHead): { settings: ImportSettings; detected: DateOrder | null } {
  const mapping = suggestMapping(kind, head.headers).mapping as Record<string, string | null>;
  const base: ImportSettings = { mapping, source: "", locator: "", dateOrder: "day-first" };
  const detected = detectDateOrder(dateSamples(kind, base, head));
  return { settings: { ...base, dateOrder: detected ?? "day-first" }, detected };
}

/**
 * The CSV import: choose the file, confirm the columns, check every row on the server (streamed,
 * 2,000 rows at a time), review each row's result, then import the accepted rows in one transaction.
 * Nothing is written before the last step; a cancelled or abandoned upload is discarded.
 */
export function ImportWizard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>("file");
  const [kind, setKind] = useState<ImportKind>("incidents");
  const [file, setFile] = useState<File | null>(null);
  const [head, setHead] = useState<CsvHead | null>(null);
  const [reading, setReading] = useState(false);
  const [settings, setSettings] = useState<ImportSettings | null>(null);
  const [detectedOrder, setDetectedOrder] = useState<DateOrder | null>(null);
  const [batchId, setBatchId] = useState<string | null>(null);
  const [progress, setProgress] = useState<StreamProgress>(NO_PROGRESS);
  const [failure, setFailure] = useState<CheckFailure | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [elapsedMs, setElapsedMs] = useState(0);
  const [invalidSoFar, setInvalidSoFar] = useState(0);
  const [review, setReview] = useState<ImportReview | null>(null);
  const [reviewProblem, setReviewProblem] = useState<string | null>(null);
  const [rowsSent, setRowsSent] = useState(0);
  const [result, setResult] = useState<ImportCommitResult | null>(null);
  const [commitProblem, setCommitProblem] = useState<string | null>(null);

  const store = useRef(new OutcomeStore());
  const abort = useRef<AbortController | null>(null);
  const decide = useRef<((choice: "retry" | "cancel") => void) | null>(null);
  const startedAt = useRef(0);
  const stepRegion = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);
  const previous = useRef<{ kind: ImportKind; headers: string[]; settings: ImportSettings; detected: DateOrder | null } | null>(null);

  const start = useMutation(trpc.imports.start.mutationOptions());
  const check = useMutation(trpc.imports.check.mutationOptions());
  const commit = useMutation(trpc.imports.commit.mutationOptions());
  const discard = useMutation(trpc.imports.discard.mutationOptions());

  // A new step takes the focus, so keyboard and screen-reader users start at its top.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    stepRegion.current?.focus();
  }, [step]);

  // Leaving the page while rows are being checked or imported loses the work: ask first.
  useEffect(() => {
    if (step !== "checking" && !commit.isPending) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [step, commit.isPending]);

  useEffect(() => {
    if (step !== "checking") return;
    const timer = window.setInterval(() => setElapsedMs(performance.now() - startedAt.current), 500);
    return () => window.clearInterval(timer);
  }, [step]);

  const chooseFile = async (f: File) => {
    setFile(f);
    setHead(null);
    setSettings(null);
    setReading(true);
    const read = await readCsvHead(f);
    setReading(false);
    setHead(read);
    if (read.problem) return;
    // A corrected file with the same columns keeps the editor's choices.
    const sameColumns = previous.current && previous.current.kind === kind && sameHeaders(previous.current.headers, read.headers);
    if (sameColumns && previous.current) {
      setSettings(previous.current.settings);
      setDetectedOrder(previous.current.detected);
      return;
    }
    const initial = initialSettings(kind, read);
    setSettings(initial.settings);
    setDetectedOrder(initial.detected);
  };

  const changeKind = (k: ImportKind) => {
    setKind(k);
    if (head && !head.problem) {
      const initial = initialSettings(k, head);
      setSettings(initial.settings);
      setDetectedOrder(initial.detected);
    }
  };

  const forgetBatch = useCallback(() => {
    if (batchId) discard.mutate({ batchId });
    setBatchId(null);
    setReview(null);
    setReviewProblem(null);
    setCommitProblem(null);
    store.current = new OutcomeStore();
  }, [batchId, discard]);

  const loadReview = async (id: string) => {
    setReviewProblem(null);
    try {
      const r = await queryClient.fetchQuery({ ...trpc.imports.review.queryOptions({ batchId: id }), staleTime: 0 });
      setReview(r);
      setStep("review");
    } catch (err) {
      const p = serverProblem(err);
      setReviewProblem(`${p.message} ${p.answered ? "Upload the file again." : "Check the connection and try again."}`);
    }
  };

  const runCheck = async () => {
    if (!file || !settings) return;
    start.reset();
    let id: string;
    try {
      const started = await start.mutateAsync({
        fileName: file.name,
        mapping: { kind, mapping: settings.mapping } as Parameters<typeof start.mutateAsync>[0]["mapping"],
        options: {
          defaultSource: settings.source ? { source: settings.source, locator: settings.locator.trim() } : null,
          dateOrder: settings.dateOrder,
        },
      });
      id = started.batchId;
    } catch {
      return; // shown from start.error
    }
    setBatchId(id);
    store.current = new OutcomeStore();
    setProgress(NO_PROGRESS);
    setFailure(null);
    setInvalidSoFar(0);
    setCancelling(false);
    setElapsedMs(0);
    startedAt.current = performance.now();
    const controller = new AbortController();
    abort.current = controller;
    setStep("checking");

    const outcome = await streamCsv(file, {
      batchSize: BATCH_ROWS,
      signal: controller.signal,
      send: async (firstRowNumber, rows) => {
        const checked = await check.mutateAsync({ batchId: id, firstRowNumber, rows });
        store.current.dropFrom(firstRowNumber);
        store.current.add(checked);
        setFailure(null);
        setInvalidSoFar((n) => n + checked.filter((c) => !c.ok).length);
      },
      onFailure: (err, firstRowNumber, rows) =>
        new Promise((resolve) => {
          const p = serverProblem(err);
          setFailure({ message: p.message, answered: p.answered, firstRowNumber, rows });
          decide.current = resolve;
        }),
      onProgress: setProgress,
    });
    decide.current = null;
    abort.current = null;
    setElapsedMs(performance.now() - startedAt.current);
    if (outcome.status === "done") {
      setRowsSent(outcome.rowsSent);
      if (outcome.rowsSent === 0) {
        discard.mutate({ batchId: id });
        setBatchId(null);
        setStep("mapping");
        setReviewProblem(null);
        return;
      }
      await loadReview(id);
      return;
    }
    discard.mutate({ batchId: id });
    setBatchId(null);
    setStep("mapping");
    if (outcome.status === "failed") setReviewProblem(`The check stopped: ${outcome.message}`);
  };

  const cancelCheck = () => {
    setCancelling(true);
    abort.current?.abort();
    decide.current?.("cancel");
    decide.current = null;
  };

  const retryChunk = () => {
    setFailure(null);
    decide.current?.("retry");
    decide.current = null;
  };

  const runCommit = (choice: CommitChoice) => {
    if (!batchId) return;
    setCommitProblem(null);
    commit.mutate(
      { batchId, expectedRows: rowsSent, ...choice },
      {
        onSuccess: (r) => {
          setResult(r);
          setBatchId(null);
          setStep("done");
          // Lists, counts and charts read the new rows.
          void queryClient.invalidateQueries();
        },
        onError: (err) => {
          const p = serverProblem(err);
          setCommitProblem(
            p.answered
              ? `Nothing was imported. ${p.message}`
              : "The connection failed before the server answered. An import is written all at once or not at all: open the list to see whether it went through; importing the same file again never adds a row twice.",
          );
        },
      },
    );
  };

  /** Back to the first step; with `keepChoices`, a file with the same columns reuses the mapping and source. */
  const startOver = (keepChoices: boolean) => {
    forgetBatch();
    previous.current = keepChoices && head && settings ? { kind, headers: head.headers, settings, detected: detectedOrder } : null;
    setFile(null);
    setHead(null);
    setSettings(null);
    setResult(null);
    setStep("file");
  };

  const stepIndex = step === "done" ? STEPS.length : STEPS.findIndex((s) => s.id === step);

  return (
    <div className="flex flex-col gap-5">
      <ol aria-label="Import steps" className="flex flex-wrap items-center gap-x-2 gap-y-1 text-[12.5px]">
        {STEPS.map((s, i) => (
          <li
            key={s.id}
            aria-current={i === stepIndex ? "step" : undefined}
            className={cn(
              "flex items-center gap-1.5 rounded-full border px-2.5 py-1",
              i === stepIndex
                ? "border-accent bg-accent-soft font-medium text-accent-text"
                : i < stepIndex
                  ? "border-border text-foreground"
                  : "border-border text-muted-foreground",
            )}
          >
            <span className="tabular-nums">{i + 1}.</span> {s.label}
            {i < stepIndex ? <span className="sr-only"> (done)</span> : null}
          </li>
        ))}
      </ol>

      <div ref={stepRegion} tabIndex={-1} className="flex flex-col gap-5 outline-none" data-step={step}>
        {step === "file" ? (
          <FileStep
            kind={kind}
            onKindChange={changeKind}
            file={file}
            problem={head?.problem ?? null}
            reading={reading}
            onFile={(f) => void chooseFile(f)}
            onContinue={() => setStep("mapping")}
            canContinue={!!file && !!head && !head.problem && !!settings}
          />
        ) : null}

        {step === "mapping" && file && head && settings ? (
          <>
            {reviewProblem ? <ErrorState title="The check did not finish" message={reviewProblem} /> : null}
            <MappingStep
              kind={kind}
              fileName={file.name}
              headers={head.headers}
              sample={head.sample}
              settings={settings}
              onSettingsChange={setSettings}
              detectedOrder={detectedOrder}
              onBack={() => setStep("file")}
              onContinue={() => void runCheck()}
              starting={start.isPending}
              startProblem={start.error ? `The import could not start. ${serverProblem(start.error).message}` : null}
            />
          </>
        ) : null}

        {step === "checking" && file ? (
          <>
            <CheckStep
              fileName={file.name}
              fileSize={file.size}
              progress={progress}
              invalidSoFar={invalidSoFar}
              elapsedMs={elapsedMs}
              failure={failure}
              onRetry={retryChunk}
              onCancel={cancelCheck}
              cancelling={cancelling}
            />
            {reviewProblem && batchId ? (
              <ErrorState
                title="The rows were checked, but the summary could not be loaded"
                message={reviewProblem}
                onRetry={() => void loadReview(batchId)}
              />
            ) : null}
          </>
        ) : null}

        {step === "review" && file && review ? (
          <ReviewStep
            kind={kind}
            fileName={file.name}
            rows={store.current.rows}
            review={review}
            onCommit={runCommit}
            committing={commit.isPending}
            commitProblem={commitProblem}
            onChangeColumns={() => {
              forgetBatch();
              setStep("mapping");
            }}
            onChooseFile={() => startOver(true)}
          />
        ) : null}

        {step === "done" && result ? <Done result={result} onAgain={() => startOver(false)} /> : null}
      </div>
    </div>
  );
}

function Done({ result, onAgain }: { result: ImportCommitResult; onAgain: () => void }) {
  const labels = KIND_LABELS[result.kind];
  const leftOut = [
    result.leftOutInvalid ? `${formatCount(result.leftOutInvalid)} with errors` : null,
    result.leftOutDuplicates ? `${formatCount(result.leftOutDuplicates)} likely duplicates` : null,
    result.alreadyImported ? `${formatCount(result.alreadyImported)} already in the Monitor` : null,
  ].filter(Boolean);
  return (
    <Card>
      <CardContent className="flex flex-col gap-3 pt-4">
        <div role="status" className="flex items-start gap-3">
          <CircleCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-success" strokeWidth={1.75} />
          <div className="flex flex-col gap-1">
            <h2 className="text-[15px] font-semibold">
              Imported {formatCount(result.imported)} {result.imported === 1 ? labels.one : labels.noun} from {result.file}
            </h2>
            <p className="text-[13px] text-muted-foreground">
              {formatCount(result.rows)} rows read. {leftOut.length ? `Left out: ${leftOut.join(", ")}.` : "No row was left out."} The
              import is in the audit log.
            </p>
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href={labels.href} className={buttonVariants({ variant: "primary", size: "sm" })}>
            Open the {labels.noun}
          </Link>
          <Link href="/" className={buttonVariants({ size: "sm" })}>
            Go to the overview
          </Link>
          <button type="button" onClick={onAgain} className={buttonVariants({ size: "sm", variant: "ghost" })}>
            Import another file
          </button>
        </div>
      </CardContent>
    </Card>
  );
}
