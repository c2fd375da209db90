"use client";

import type { ImportKind } from "@monitor/domain";
import { FileSpreadsheet, LoaderCircle, Upload } from "lucide-react";
import { type DragEvent, useId, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "~/components/ui/card";
import { FormAlert } from "~/components/ui/form-field";
import { SegmentedControl } from "~/components/ui/segmented-control";
import { cn } from "~/lib/utils";
import { formatBytes } from "./import-outcomes";
import { StepTitle } from "./step-title";

export const KIND_LABELS: Record<ImportKind, { label: string; noun: string; one: string; href: string }> = {
  incidents: { label: "Incidents", noun: "incidents", one: "incident", href: "/incidents" },
  statistics: { label: "Figures (statistics)", noun: "figures", one: "figure", href: "/statistics" },
};

const looksLikeCsv = (file: File) => /\.(csv|txt)$/i.test(file.name) || file.type === "text/csv";

export interface FileStepProps {
  kind: ImportKind;
  onKindChange: (kind: ImportKind) => void;
  file: File | null;
  /** A problem found while reading the chosen file's first rows. */
  problem: string | null;
  reading: boolean;
  onFile: (file: File) => void;
  onContinue: () => void;
  canContinue: boolean;
}

/** Step 1: what the file holds (incidents or figures) and the file itself, chosen or dropped. */
export function FileStep({ kind, onKindChange, file, problem, reading, onFile, onContinue, canContinue }: FileStepProps) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [typeProblem, setTypeProblem] = useState<string | null>(null);

  const accept = (f: File | undefined) => {
    if (!f) return;
    if (!looksLikeCsv(f)) {
      setTypeProblem(`"${f.name}" is not a CSV file. Save the spreadsheet as CSV (UTF-8) and choose that file.`);
      return;
    }
    setTypeProblem(null);
    onFile(f);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    accept(e.dataTransfer.files[0]);
  };
  const shownProblem = typeProblem ?? problem;

  return (
    <Card>
      <CardHeader>
        <StepTitle>What to import</StepTitle>
        <CardDescription>
          A CSV file with one row per incident or per published figure, with a header row. Exports of ACLED and the Global Terrorism
          Database map their columns themselves.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <div className="flex flex-col gap-1.5">
          <span aria-hidden="true" className="text-[12.5px] font-medium">
            The rows are
          </span>
          <SegmentedControl
            label="The rows are"
            items={[
              { value: "incidents", label: KIND_LABELS.incidents.label },
              { value: "statistics", label: KIND_LABELS.statistics.label },
            ]}
            value={kind}
            onValueChange={(v) => onKindChange(v as ImportKind)}
            className="self-start"
          />
        </div>

        {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop zone is a convenience; the file input inside it is the accessible control. */}
        <div
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="import-drop-zone"
          className={cn(
            "flex flex-col items-center gap-3 rounded-lg border border-dashed border-border-strong/70 px-6 py-8 text-center transition-colors",
            dragging && "border-accent bg-accent-soft/40",
          )}
        >
          <Upload aria-hidden="true" className="size-5 text-subtle" strokeWidth={1.75} />
          <p className="text-[13px] text-muted-foreground">Drop a .csv file here, or</p>
          <label htmlFor={inputId} className="sr-only">
            CSV file
          </label>
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            tabIndex={-1}
            accept=".csv,text/csv"
            className="sr-only"
            aria-describedby={shownProblem ? `${inputId}-problem` : undefined}
            onChange={(e) => {
              accept(e.target.files?.[0]);
              // Choosing the same file again (after fixing it) must fire a change.
              e.target.value = "";
            }}
          />
          <Button onClick={() => inputRef.current?.click()} aria-controls={inputId}>
            <FileSpreadsheet aria-hidden="true" />
            Choose a CSV file
          </Button>
        </div>

        {file ? (
          <div className="flex items-center gap-2 text-[13px]" data-testid="import-file">
            {reading ? <LoaderCircle aria-hidden="true" className="size-4 animate-spin text-subtle" /> : null}
            <FileSpreadsheet aria-hidden="true" className="size-4 text-subtle" strokeWidth={1.75} />
            <span className="font-medium">{file.name}</span>
            <span className="text-muted-foreground">{formatBytes(file.size)}</span>
            {reading ? <span className="text-muted-foreground">Reading the first rows…</span> : null}
          </div>
        ) : null}

        {shownProblem ? (
          <div id={`${inputId}-problem`}>
            <FormAlert>{shownProblem}</FormAlert>
          </div>
        ) : null}

        <div className="flex justify-end">
          <Button variant="primary" onClick={onContinue} disabled={!canContinue}>
            Continue to the columns
          </Button>
        </div>
      </CardContent>
    </Card>
  );
}
