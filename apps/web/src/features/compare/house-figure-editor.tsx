"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { formatFigure, type HouseFigure, HouseFigureInput, QUALIFIER_LABELS, QUALIFIERS, type StatisticView } from "@monitor/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "~/components/ui/button";
import { Dialog, DialogActions } from "~/components/ui/dialog";
import { Field, FormAlert, inputClassName, TextField } from "~/components/ui/form-field";
import { applyServerError, readServerError } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";

const FIELDS = ["value", "qualifier", "basedOn", "rationale"] as const;

/** Editors: record, change or remove the house figure of one comparison (versioned: a stale edit is refused, never applied). */
export function HouseFigureEditor({
  comparisonKey,
  figures,
  house,
}: {
  comparisonKey: string;
  figures: readonly StatisticView[];
  house: HouseFigure | null;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "danger"; text: string } | null>(null);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.dashboard.compare.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.dashboard.headlines.queryKey() }),
    ]);
  const clear = useMutation(trpc.dashboard.clearHouseFigure.mutationOptions());
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        onClick={() => {
          setMessage(null);
          setOpen(true);
        }}
      >
        {house ? "Change house figure" : "Set house figure"}
      </Button>
      {house ? (
        <Button
          variant="ghost"
          disabled={clear.isPending}
          onClick={async () => {
            setMessage(null);
            try {
              await clear.mutateAsync({ comparisonKey, expectedVersion: house.version });
              setMessage({ tone: "success", text: "House figure removed: the overview shows the sources' figures side by side again." });
            } catch (err) {
              setMessage({ tone: "danger", text: readServerError(err).message });
            }
            await refresh();
          }}
        >
          Remove house figure
        </Button>
      ) : null}
      {message ? <FormAlert tone={message.tone}>{message.text}</FormAlert> : null}
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={house ? "Change the house figure" : "Set the house figure"}
        description="The figure the overview uses for this comparison. The sources' own figures stay as they are and are always shown beside it."
      >
        <HouseFigureForm
          comparisonKey={comparisonKey}
          figures={figures}
          house={house}
          onCancel={() => setOpen(false)}
          onDone={async (text) => {
            setOpen(false);
            setMessage({ tone: "success", text });
            await refresh();
          }}
          onStale={refresh}
        />
      </Dialog>
    </div>
  );
}

type FormInput = z.input<typeof HouseFigureInput>;

function HouseFigureForm({
  comparisonKey,
  figures,
  house,
  onDone,
  onCancel,
  onStale,
}: {
  comparisonKey: string;
  figures: readonly StatisticView[];
  house: HouseFigure | null;
  onDone: (message: string) => void;
  onCancel: () => void;
  onStale: () => void;
}) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, HouseFigureInput>({
    resolver: zodResolver(HouseFigureInput),
    defaultValues: {
      comparisonKey,
      value: house?.value ?? figures[0]?.value ?? 0,
      qualifier: house?.qualifier ?? "exact",
      basedOn: house?.basedOn ?? null,
      rationale: house?.rationale ?? "",
      expectedVersion: house?.version ?? null,
    },
  });
  const save = useMutation(trpc.dashboard.setHouseFigure.mutationOptions());
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const saved = await save.mutateAsync(values);
      onDone(`House figure saved (version ${saved.version}): ${formatFigure(saved.value, saved.qualifier)}. The overview now uses it.`);
    } catch (err) {
      const text = applyServerError(err, setError, FIELDS);
      setFormError(text);
      // A conflict means someone else changed it: refresh the page behind so the editor can compare.
      if (/changed this house figure|removed by someone else/.test(text ?? "")) onStale();
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="House figure" className="flex flex-col gap-4">
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <Field label="Adopts" hint="One source's figure, or your own reading of them all." error={errors.basedOn?.message}>
        {(control) => (
          <select
            {...control}
            className={inputClassName}
            defaultValue={house?.basedOn ?? ""}
            onChange={(e) => {
              const f = figures.find((x) => x.key === e.target.value);
              setValue("basedOn", f ? f.key : null);
              if (f) {
                setValue("value", f.value);
                setValue("qualifier", f.qualifier);
              }
            }}
          >
            <option value="">Our own reading</option>
            {figures.map((f) => (
              <option key={f.key} value={f.key}>
                {formatFigure(f.value, f.qualifier, f.unit)} ({f.citations[0]?.sourceShortTitle ?? f.key})
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <TextField
          label="Figure"
          type="number"
          min={0}
          step="any"
          data-autofocus
          error={errors.value?.message}
          {...register("value", { valueAsNumber: true })}
        />
        <Field label="Qualifier" error={errors.qualifier?.message}>
          {(control) => (
            <select {...control} className={inputClassName} {...register("qualifier")}>
              {QUALIFIERS.map((q) => (
                <option key={q} value={q}>
                  {QUALIFIER_LABELS[q] || "exactly"}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field
        label="Rationale"
        hint="Why this figure: which source counts what, and why the house prefers it."
        error={errors.rationale?.message}
      >
        {(control) => <textarea {...control} rows={4} className={`${inputClassName} h-auto py-2`} {...register("rationale")} />}
      </Field>
      <DialogActions>
        <Button type="button" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          Save house figure
        </Button>
      </DialogActions>
    </form>
  );
}
