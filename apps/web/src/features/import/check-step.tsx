"use client";

import { formatCount } from "@monitor/domain";
import { LoaderCircle, RotateCcw, X } from "lucide-react";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "~/components/ui/card";
import { formatBytes } from "./import-outcomes";
import type { StreamProgress } from "./read-csv";
import { StepTitle } from "./step-title";

export interface CheckFailure {
  message: string;
  /** The server answered with a refusal (retrying the same rows will not help unless it was temporary). */
  answered: boolean;
  firstRowNumber: number;
  rows: number;
}

export interface CheckStepProps {
  fileName: string;
  fileSize: number;
  progress: StreamProgress;
  /** Rows with errors among those checked so far. */
  invalidSoFar: number;
  elapsedMs: number;
  failure: CheckFailure | null;
  onRetry: () => void;
  onCancel: () => void;
  cancelling: boolean;
}

function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** Step 3: the whole file is read and checked, run by run, with a progress bar and a way out. */
export function CheckStep({
  fileName,
  fileSize,
  progress,
  invalidSoFar,
  elapsedMs,
  failure,
  onRetry,
  onCancel,
  cancelling,
}: CheckStepProps) {
  const fraction = fileSize > 0 ? Math.min(1, progress.bytesRead / fileSize) : 0;
  // The bar follows the rows checked, so it does not race ahead of the server: read × checked share.
  const checkedShare = progress.rowsRead > 0 ? progress.rowsChecked / progress.rowsRead : 0;
  const percent = Math.floor(fraction * checkedShare * 100);
  const rate = elapsedMs > 2000 ? Math.round(progress.rowsChecked / (elapsedMs / 1000)) : null;

  return (
    <Card aria-busy={!failure}>
      <CardHeader>
        <StepTitle>Checking {fileName}</StepTitle>
        <CardDescription>
          Every row is read in your browser and checked on the server, 2,000 at a time: dates, places (through the province and district
          names and their aliases), groups, figures, the citation, and likely duplicates of incidents already in the Monitor. Nothing is
          imported yet.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <div
          role="progressbar"
          aria-label="Checking the file"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${percent}%: ${formatCount(progress.rowsChecked)} rows checked`}
          className="h-2.5 w-full overflow-hidden rounded-full bg-surface-3"
        >
          <div className="h-full rounded-full bg-accent transition-[width] duration-300" style={{ width: `${percent}%` }} />
        </div>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-[13px] sm:grid-cols-4" aria-live="polite" data-testid="check-progress">
          <div>
            <dt className="text-[12px] text-muted-foreground">Read</dt>
            <dd className="tabular-nums">
              {formatBytes(Math.min(progress.bytesRead, fileSize))} of {formatBytes(fileSize)}
            </dd>
          </div>
          <div>
            <dt className="text-[12px] text-muted-foreground">Rows checked</dt>
            <dd className="tabular-nums">
              {formatCount(progress.rowsChecked)}
              {progress.rowsRead > progress.rowsChecked ? ` of ${formatCount(progress.rowsRead)} read` : ""}
            </dd>
          </div>
          <div>
            <dt className="text-[12px] text-muted-foreground">With errors so far</dt>
            <dd className="tabular-nums">{formatCount(invalidSoFar)}</dd>
          </div>
          <div>
            <dt className="text-[12px] text-muted-foreground">Time</dt>
            <dd className="tabular-nums">
              {formatDuration(elapsedMs)}
              {rate ? ` · ${formatCount(rate)} rows/s` : ""}
            </dd>
          </div>
        </dl>

        {failure ? (
          <div role="alert" className="flex flex-col gap-2 rounded-lg border border-danger/30 bg-danger-soft/60 px-4 py-3">
            <p className="text-[13px] font-medium">
              Rows {formatCount(failure.firstRowNumber)}–{formatCount(failure.firstRowNumber + failure.rows - 1)} could not be checked.
            </p>
            <p className="text-[12.5px] leading-relaxed text-muted-foreground">
              {failure.message}{" "}
              {failure.answered
                ? "Retry these rows; if the same message comes back, cancel, fix the file and upload it again."
                : "Check the connection, then retry these rows: the rows checked before are kept."}
            </p>
            <div className="flex gap-2">
              <Button size="sm" variant="primary" onClick={onRetry}>
                <RotateCcw aria-hidden="true" />
                Retry these rows
              </Button>
              <Button size="sm" onClick={onCancel} disabled={cancelling}>
                Cancel the import
              </Button>
            </div>
          </div>
        ) : (
          <div className="flex items-center justify-between gap-3">
            <p className="flex items-center gap-2 text-[12.5px] text-muted-foreground">
              <LoaderCircle aria-hidden="true" className="size-4 animate-spin" />
              Keep this page open until the check finishes.
            </p>
            <Button onClick={onCancel} disabled={cancelling}>
              <X aria-hidden="true" />
              {cancelling ? "Cancelling…" : "Cancel"}
            </Button>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
