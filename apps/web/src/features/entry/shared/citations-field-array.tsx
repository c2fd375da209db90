"use client";

/**
 * A record's citations: per citation the source, where in it (locator), the exact words (quote) and,
 * optionally, who first produced the figure the source repeats. "Check quote" asks the server whether the
 * quote is in the source's text (when the Monitor holds it) and shows the words around it.
 */
import type { RouterOutputs } from "@monitor/api";
import { useQueryClient } from "@tanstack/react-query";
import { ArrowDown, ArrowUp, CheckCircle2, CircleHelp, Plus, SearchCheck, Trash2, XCircle } from "lucide-react";
import { useState } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { Button } from "~/components/ui/button";
import { readServerError } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";
import { TextArea, TextInput, useFieldError } from "./fields";
import { SourcePicker } from "./pickers";

type QuoteCheck = RouterOutputs["records"]["checkQuote"];
type CheckState = { state: "idle" } | { state: "checking" } | { state: "done"; result: QuoteCheck } | { state: "error"; message: string };

/** An empty citation, for a new record's first row. */
export const EMPTY_CITATION = { source: "", locator: "", quote: "", originalProducer: null } as const;

export interface CitationsFieldArrayProps {
  /** The array's field name: "citations", or a nested one ("leaders.2.citations"). */
  name?: string;
  title?: string;
  description?: string;
}

export function CitationsFieldArray({
  name = "citations",
  title = "Citations",
  description = "Who says so: every record needs at least one. Copy the quote exactly as the source prints it.",
}: CitationsFieldArrayProps) {
  const { control } = useFormContext();
  const { fields, append, remove, move } = useFieldArray({ control, name });
  const rootError = useFieldError(name);

  return (
    <fieldset className="flex min-w-0 flex-col gap-3 rounded-lg border border-border bg-surface px-4 pt-2 pb-4">
      <legend className="px-1 text-[13px] font-semibold">{title}</legend>
      <p className="-mt-1 text-[12.5px] text-muted-foreground">{description}</p>
      {rootError ? (
        <p role="alert" className="text-[12.5px] font-medium text-danger">
          {rootError}
        </p>
      ) : null}
      <ol className="flex flex-col gap-3">
        {fields.map((f, i) => (
          <li key={f.id} className="rounded-md border border-border bg-surface-2/50 p-3">
            <CitationRow name={`${name}.${i}`} index={i} count={fields.length} onRemove={() => remove(i)} onMove={(to) => move(i, to)} />
          </li>
        ))}
      </ol>
      <div>
        <Button variant="secondary" size="sm" onClick={() => append({ ...EMPTY_CITATION })}>
          <Plus aria-hidden="true" />
          Add a citation
        </Button>
      </div>
    </fieldset>
  );
}

function CitationRow({
  name,
  index,
  count,
  onRemove,
  onMove,
}: {
  name: string;
  index: number;
  count: number;
  onRemove: () => void;
  onMove: (to: number) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { getValues, setError, clearErrors, control } = useFormContext();
  // The citation's source in its buttons' names, so a screen-reader user knows which one moves.
  const source = useWatch({ control, name: `${name}.source` }) as string | null | undefined;
  const itemName = `citation ${index + 1}${source ? ` (${source})` : ""}`;
  const [check, setCheck] = useState<CheckState>({ state: "idle" });

  async function checkQuote() {
    const source = getValues(`${name}.source`) as string | null;
    const quote = ((getValues(`${name}.quote`) as string | null) ?? "").trim();
    if (!source) {
      setError(`${name}.source`, { type: "manual", message: "Choose the source first, then check the quote." });
      return;
    }
    if (!quote) {
      setError(`${name}.quote`, { type: "manual", message: "Paste the quote first, then check it." });
      return;
    }
    setCheck({ state: "checking" });
    try {
      const result = await queryClient.fetchQuery(trpc.records.checkQuote.queryOptions({ source, quote }));
      setCheck({ state: "done", result });
      if (result.found === true) clearErrors(`${name}.quote`);
    } catch (err) {
      setCheck({ state: "error", message: readServerError(err).message });
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-center justify-between gap-2">
        <span className="text-[12.5px] font-medium text-muted-foreground">Citation {index + 1}</span>
        <div className="flex items-center gap-1">
          <Button
            variant="ghost"
            size="icon-sm"
            aria-label={`Move ${itemName} up`}
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
          >
            <ArrowUp aria-hidden="true" />
          </Button>
          <Button
            variant="ghost"
            size="icon-sm"
            aria-label={`Move ${itemName} down`}
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
          >
            <ArrowDown aria-hidden="true" />
          </Button>
          <Button variant="ghost" size="sm" onClick={onRemove} aria-label={`Remove ${itemName}`}>
            <Trash2 aria-hidden="true" />
            Remove
          </Button>
        </div>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <SourcePicker name={`${name}.source`} label="Source" />
        <TextInput name={`${name}.locator`} label="Locator" hint="Where in the source: section, table or page." />
      </div>
      <TextArea name={`${name}.quote`} label="Quote" rows={3} hint="The exact words, as printed." />
      <div className="flex flex-wrap items-start gap-3">
        <Button variant="secondary" size="sm" onClick={() => void checkQuote()} disabled={check.state === "checking"}>
          <SearchCheck aria-hidden="true" />
          {check.state === "checking" ? "Checking…" : "Check quote"}
        </Button>
        <QuoteCheckResult check={check} />
      </div>
      <TextInput
        name={`${name}.originalProducer`}
        label="Original producer (optional)"
        hint="Who first produced a figure the source repeats, e.g. “CRSS annual security report 2024”."
        nullable
      />
    </div>
  );
}

function QuoteCheckResult({ check }: { check: CheckState }) {
  if (check.state === "idle" || check.state === "checking") return <div aria-live="polite" />;
  if (check.state === "error") {
    return (
      <p aria-live="polite" className="text-[12.5px] text-danger">
        Could not check the quote: {check.message}
      </p>
    );
  }
  const r = check.result;
  if (r.source === null) {
    return (
      <p aria-live="polite" className="flex items-center gap-1.5 text-[12.5px] text-danger">
        <XCircle aria-hidden="true" className="size-4" /> This source is not in the database. Choose another.
      </p>
    );
  }
  if (!r.held) {
    return (
      <p aria-live="polite" className="flex items-center gap-1.5 text-[12.5px] text-muted-foreground">
        <CircleHelp aria-hidden="true" className="size-4" /> Source text not held for {r.source}: the quote cannot be checked here. Check it
        against the document.
      </p>
    );
  }
  if (!r.found) {
    return (
      <p aria-live="polite" className="flex items-center gap-1.5 text-[12.5px] font-medium text-danger">
        <XCircle aria-hidden="true" className="size-4" /> Not found in {r.source}. Copy the words exactly as printed; the save will be
        refused otherwise.
      </p>
    );
  }
  return (
    <div aria-live="polite" className="flex min-w-0 flex-1 basis-72 flex-col gap-1 text-[12.5px]">
      <p className="flex items-center gap-1.5 font-medium text-success">
        <CheckCircle2 aria-hidden="true" className="size-4" /> Found in {r.source}
        {r.context?.approximate ? " (ignoring typography and line breaks)" : ""}
      </p>
      {r.context ? (
        <blockquote className="rounded-md border-l-2 border-success/60 bg-surface px-3 py-2 leading-relaxed text-muted-foreground">
          {r.context.before}
          <mark className="bg-success-soft px-0.5 text-foreground">{r.context.quote}</mark>
          {r.context.after}
        </blockquote>
      ) : null}
    </div>
  );
}
