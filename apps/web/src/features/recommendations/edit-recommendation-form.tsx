"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { RouterOutputs } from "@monitor/api";
import {
  type Indicator,
  listAdminUnits,
  METRIC_LABELS,
  METRICS,
  type Metric,
  PRIORITIES,
  PRIORITY_LABELS,
  RecommendationEditInput,
  TARGET_ACTOR_LABELS,
  TARGET_ACTORS,
  THEME_LABELS,
  THEMES,
} from "@monitor/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { isTRPCClientError } from "@trpc/client";
import { RotateCw, TriangleAlert } from "lucide-react";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "~/components/ui/button";
import { Dialog, DialogActions, useDialogCloseGuard } from "~/components/ui/dialog";
import { Field, FormAlert, inputClassName, TextField } from "~/components/ui/form-field";
import { readServerError } from "~/lib/form-errors";
import { cn } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";
import { DialogLoadState } from "./dialog-load-state";
import { applyServerIssues } from "./status-update-form";

type RecommendationDetailData = RouterOutputs["recommendations"]["get"];
export type EditResult = RouterOutputs["recommendations"]["edit"];
type FormInput = z.input<typeof RecommendationEditInput>;

const FIELDS = ["title", "text", "theme", "targetActors", "priority", "ownerId", "nextReviewOn", "provinces", "indicator"] as const;

const PK_PROVINCES = listAdminUnits({ level: "province", parent: "PK" }).sort((a, b) => a.name.localeCompare(b.name, "en"));
const AF_PROVINCES = listAdminUnits({ level: "province", parent: "AF" }).sort((a, b) => a.name.localeCompare(b.name, "en"));

export interface EditRecommendationDialogProps {
  open: boolean;
  rec: RecommendationDetailData;
  onClose: () => void;
  onSaved: (result: EditResult) => void;
}

/** Editors: what a recommendation says and how it is tracked (its status changes only through updates). */
/** The fields of the form that the other editor's change may have touched, with their names in messages. */
const EDITABLE_FIELDS = [
  "title",
  "text",
  "theme",
  "targetActors",
  "priority",
  "ownerId",
  "nextReviewOn",
  "provinces",
  "indicator",
] as const;
const EDITABLE_FIELD_LABELS: Record<(typeof EDITABLE_FIELDS)[number], string> = {
  title: "title",
  text: "text",
  theme: "theme",
  targetActors: "addressed to",
  priority: "priority",
  ownerId: "owner",
  nextReviewOn: "next review",
  provinces: "provinces",
  indicator: "outcome indicator",
};

export function EditRecommendationDialog({ open, rec, onClose, onSaved }: EditRecommendationDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Edit the recommendation"
      description="Title, wording, theme, who it is addressed to, and how it is followed up. Its status changes only through dated updates; the source’s quote is never edited here."
      size="lg"
    >
      <EditLoader rec={rec} onCancel={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

function EditLoader({ rec, onCancel, onSaved }: { rec: RecommendationDetailData; onCancel: () => void; onSaved: (r: EditResult) => void }) {
  const trpc = useTRPC();
  const owners = useQuery(trpc.recommendations.owners.queryOptions());
  const groups = useQuery(trpc.groups.list.queryOptions({}));
  if (!owners.data || !groups.data) {
    return <DialogLoadState queries={[owners, groups]} label="Loading the form…" onCancel={onCancel} />;
  }
  return (
    <EditForm
      rec={rec}
      owners={owners.data}
      groups={groups.data.map((g) => ({ slug: g.slug, name: g.name }))}
      onCancel={onCancel}
      onSaved={onSaved}
    />
  );
}

function EditForm({
  rec,
  owners,
  groups,
  onCancel,
  onSaved,
}: {
  rec: RecommendationDetailData;
  owners: readonly { id: string; name: string; email: string }[];
  groups: readonly { slug: string; name: string }[];
  onCancel: () => void;
  onSaved: (r: EditResult) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [reloaded, setReloaded] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    getValues,
    formState: { errors, isSubmitting, dirtyFields, isDirty },
  } = useForm<FormInput, unknown, RecommendationEditInput>({
    resolver: zodResolver(RecommendationEditInput),
    defaultValues: {
      key: rec.key,
      expectedVersion: rec.version,
      title: rec.title,
      text: rec.text,
      theme: rec.theme,
      targetActors: rec.targetActors,
      priority: rec.priority,
      ownerId: rec.ownerId,
      nextReviewOn: rec.nextReviewOn,
      provinces: rec.provinces,
      indicator: rec.indicator,
    },
  });
  const save = useMutation(trpc.recommendations.edit.mutationOptions());
  useDialogCloseGuard(isDirty, "Discard your changes to this recommendation? They have not been saved.");

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("[data-autofocus]")?.focus();
  }, []);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setConflict(null);
    setReloaded(null);
    try {
      const result = await save.mutateAsync(values);
      await queryClient.invalidateQueries(trpc.recommendations.pathFilter());
      onSaved(result);
    } catch (err) {
      if (isTRPCClientError(err) && (err.data as { code?: string } | undefined)?.code === "CONFLICT") {
        setConflict(err.message);
        return;
      }
      setFormError(applyServerIssues(err, setError, FIELDS));
    }
  });

  async function reload() {
    setReloading(true);
    try {
      await queryClient.invalidateQueries(trpc.recommendations.pathFilter());
      const fresh = await queryClient.fetchQuery(trpc.recommendations.get.queryOptions({ key: rec.key }));
      // Fields this editor has not touched take the saved values, so saving again never undoes the
      // other change; fields both changed keep this editor's entry and are named for a check.
      const both: string[] = [];
      for (const field of EDITABLE_FIELDS) {
        const theirs = fresh[field];
        const changedByThem = JSON.stringify(theirs) !== JSON.stringify(rec[field]);
        if (!dirtyFields[field]) setValue(field, theirs as never, { shouldDirty: false });
        else if (changedByThem && JSON.stringify(getValues(field)) !== JSON.stringify(theirs)) both.push(EDITABLE_FIELD_LABELS[field]);
      }
      setValue("expectedVersion", fresh.version);
      setConflict(null);
      setReloaded(
        both.length
          ? `Reloaded version ${fresh.version}. The fields you did not touch now show the other change. You and they both changed: ${both.join(", ")}; your entries are kept there, so check them before saving.`
          : `Reloaded version ${fresh.version}. The fields you did not touch now show the other change; your own changes are kept. Save again.`,
      );
    } catch (err) {
      setFormError(readServerError(err).message);
    } finally {
      setReloading(false);
    }
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Edit recommendation" className="flex flex-col gap-4">
      {conflict ? (
        <div role="alert" className="flex flex-col gap-2 rounded-md border border-warning/40 bg-warning-soft px-3 py-2.5 text-[13px]">
          <p className="flex items-start gap-2">
            <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-warning" strokeWidth={2} />
            <span>{conflict}</span>
          </p>
          <div>
            <Button variant="secondary" size="sm" onClick={reload} disabled={reloading}>
              <RotateCw aria-hidden="true" />
              Reload
            </Button>
          </div>
        </div>
      ) : null}
      {reloaded ? <FormAlert tone="success">{reloaded}</FormAlert> : null}
      {formError ? <FormAlert>{formError}</FormAlert> : null}

      <TextField label="Title" data-autofocus error={errors.title?.message} {...register("title")} />
      <Field label="Text" hint="The recommendation in our words; the source’s exact quote stays as cited." error={errors.text?.message}>
        {(c) => <textarea {...c} rows={4} className={`${inputClassName} h-auto py-2`} {...register("text")} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Theme" error={errors.theme?.message}>
          {(c) => (
            <select {...c} className={inputClassName} {...register("theme")}>
              {THEMES.map((t) => (
                <option key={t} value={t}>
                  {THEME_LABELS[t]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Priority" error={errors.priority?.message}>
          {(c) => (
            <select {...c} className={inputClassName} {...register("priority")}>
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {PRIORITY_LABELS[p]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <CheckboxGroup label="Addressed to" error={errors.targetActors?.message ?? errors.targetActors?.root?.message} columns={3}>
        {TARGET_ACTORS.map((a) => (
          <label key={a} className="flex items-start gap-2 text-[12.5px]">
            <input type="checkbox" value={a} className="mt-0.5 size-3.5 accent-accent" {...register("targetActors")} />
            {TARGET_ACTOR_LABELS[a]}
          </label>
        ))}
      </CheckboxGroup>

      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Owner" hint="Who follows it up: an analyst, editor or admin." error={errors.ownerId?.message}>
          {(c) => (
            <select {...c} className={inputClassName} {...register("ownerId", { setValueAs: (v) => (v ? v : null) })}>
              <option value="">Nobody</option>
              {owners.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name || o.email}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label="Next review"
          type="date"
          hint="Leave empty for no review date."
          error={errors.nextReviewOn?.message}
          {...register("nextReviewOn", { setValueAs: (v) => (v ? v : null) })}
        />
      </div>

      <CheckboxGroup
        label="Provinces tracked separately"
        hint="Where implementation differs by province, each gets its own assessment beside the national one."
        error={errors.provinces?.message ?? errors.provinces?.root?.message}
        columns={4}
      >
        {PK_PROVINCES.map((p) => (
          <label key={p.id} className="flex items-start gap-2 text-[12.5px]">
            <input type="checkbox" value={p.id} className="mt-0.5 size-3.5 accent-accent" {...register("provinces")} />
            {p.name}
            {p.formerFata ? " (until 2018)" : ""}
          </label>
        ))}
      </CheckboxGroup>
      <details className="-mt-2 text-[12.5px]" open={rec.provinces.some((p) => p.startsWith("AF-"))}>
        <summary className="cursor-pointer text-muted-foreground hover:text-foreground">Afghan provinces</summary>
        <div className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1.5 sm:grid-cols-4">
          {AF_PROVINCES.map((p) => (
            <label key={p.id} className="flex items-start gap-2">
              <input type="checkbox" value={p.id} className="mt-0.5 size-3.5 accent-accent" {...register("provinces")} />
              {p.name}
            </label>
          ))}
        </div>
      </details>

      <Controller
        control={control}
        name="indicator"
        render={({ field }) => (
          <IndicatorPicker
            value={(field.value ?? null) as Indicator | null}
            onChange={field.onChange}
            groups={groups}
            errors={{
              metric: errors.indicator?.metric?.message ?? errors.indicator?.message,
              province: errors.indicator?.province?.message,
              group: errors.indicator?.group?.message,
            }}
          />
        )}
      />

      <DialogActions>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save changes"}
        </Button>
      </DialogActions>
    </form>
  );
}

function CheckboxGroup({
  label,
  hint,
  error,
  columns,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  columns: 3 | 4;
  children: ReactNode;
}) {
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} className="flex flex-col gap-1.5">
      <legend className="mb-1.5 text-[12.5px] font-medium">{label}</legend>
      <div className={cn("grid grid-cols-2 gap-x-3 gap-y-1.5", columns === 3 ? "sm:grid-cols-3" : "sm:grid-cols-4")}>{children}</div>
      {hint ? (
        <p id={hintId} className="text-[12px] text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-[12px] font-medium text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The outcome indicator: a metric, optionally one province and one group; or none. */
function IndicatorPicker({
  value,
  onChange,
  groups,
  errors,
}: {
  value: Indicator | null;
  onChange: (v: Indicator | null) => void;
  groups: readonly { slug: string; name: string }[];
  errors: { metric?: string; province?: string; group?: string };
}) {
  const set = (patch: Partial<Indicator>) => {
    if (!value) return;
    onChange({ ...value, ...patch });
  };
  return (
    <fieldset className="flex flex-col gap-1.5">
      <legend className="mb-1.5 text-[12.5px] font-medium">Outcome indicator</legend>
      <p className="-mt-1 mb-1 text-[12px] text-muted-foreground">
        The figure this recommendation should move; its page charts it with the status changes marked.
      </p>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Metric" error={errors.metric}>
          {(c) => (
            <select
              {...c}
              className={inputClassName}
              value={value?.metric ?? ""}
              onChange={(e) =>
                onChange(
                  e.target.value
                    ? { metric: e.target.value as Metric, province: value?.province ?? null, group: value?.group ?? null }
                    : null,
                )
              }
            >
              <option value="">None</option>
              {METRICS.map((m) => (
                <option key={m} value={m}>
                  {METRIC_LABELS[m]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Where" error={errors.province}>
          {(c) => (
            <select
              {...c}
              className={inputClassName}
              disabled={!value}
              value={value?.province ?? ""}
              onChange={(e) => set({ province: e.target.value || null })}
            >
              <option value="">All of Pakistan</option>
              {PK_PROVINCES.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                  {p.formerFata ? " (until 2018)" : ""}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Group" error={errors.group}>
          {(c) => (
            <select
              {...c}
              className={inputClassName}
              disabled={!value}
              value={value?.group ?? ""}
              onChange={(e) => set({ group: e.target.value || null })}
            >
              <option value="">Any group</option>
              {groups.map((g) => (
                <option key={g.slug} value={g.slug}>
                  {g.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </fieldset>
  );
}
