"use client";

/**
 * A recommendation as a report makes it: the source and its number there, a title, the text, the theme,
 * who it is addressed to, its priority, the provinces tracked separately, the next review and the
 * citations. A new one starts "not assessed" with no updates; its status then changes only through dated
 * updates on its page. When editing, the status, the updates and the outcome indicator are sent as they
 * were loaded (the server keeps its own).
 */
import { zodResolver } from "@hookform/resolvers/zod";
import {
  PRIORITIES,
  PRIORITY_LABELS,
  Recommendation,
  STATUS_LABELS,
  TARGET_ACTOR_LABELS,
  TARGET_ACTORS,
  THEME_LABELS,
  THEMES,
} from "@monitor/domain";
import { type Resolver, useForm } from "react-hook-form";
import { z } from "zod";
import { CheckboxSet, PROVINCE_OPTIONS, slugify, withFriendlyMessages } from "./group-form-parts";
import { CitationsFieldArray, EMPTY_CITATION } from "./shared/citations-field-array";
import { FormSection, SelectInput, TextArea, TextInput } from "./shared/fields";
import { SourcePicker } from "./shared/pickers";
import { RecordFormShell } from "./shared/record-form-shell";
import type { RecordFormProps } from "./shared/types";
import { useSaveRecord } from "./shared/use-save-record";

type FormValues = z.input<typeof Recommendation>;

const THEME_OPTIONS = THEMES.map((t) => [t, THEME_LABELS[t]] as const);
const PRIORITY_OPTIONS = PRIORITIES.map((p) => [p, PRIORITY_LABELS[p]] as const);
const ACTOR_OPTIONS = TARGET_ACTORS.map((a) => [a, TARGET_ACTOR_LABELS[a]] as const);

/** A new recommendation's key, in the seed's pattern: `pips-2022/rec/5-2-balochistan-comprehensive-policy`. */
export function recommendationKey(r: { source?: unknown; number?: unknown; title?: unknown }): string {
  const source = typeof r.source === "string" && r.source ? r.source : "entry";
  const tail = slugify([r.number, r.title].filter((x) => typeof x === "string" && x.trim()).join(" "), 80);
  return `${source}/rec/${tail || "recommendation"}`;
}

function toRecord(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const r = raw as Record<string, unknown>;
  const key = typeof r.key === "string" && r.key.trim() ? r.key.trim() : recommendationKey(r);
  return { ...r, key };
}

const RecommendationFormSchema = z.preprocess(toRecord, Recommendation) as unknown as z.ZodType<Recommendation, FormValues>;

const EMPTY: FormValues = {
  key: "",
  source: "",
  number: null,
  title: "",
  text: "",
  theme: "counter_terrorism",
  targetActors: [],
  priority: "unspecified",
  status: "not_assessed",
  nextReviewOn: null,
  provinces: [],
  indicator: null,
  citations: [{ ...EMPTY_CITATION }],
  updates: [],
} as unknown as FormValues;

export function RecommendationForm({ mode, initial, version }: RecordFormProps<"recommendation">) {
  const form = useForm<FormValues, unknown, Recommendation>({
    resolver: withFriendlyMessages(zodResolver(RecommendationFormSchema) as unknown as Resolver<FormValues, unknown, Recommendation>),
    defaultValues: initial ?? EMPTY,
  });
  const save = useSaveRecord("recommendation", { form, version });

  return (
    <RecordFormShell
      form={form}
      save={save}
      label={mode === "create" ? "New recommendation" : "Edit recommendation"}
      cancelHref={initial ? `/recommendations/${encodeURIComponent(initial.key)}` : "/recommendations"}
      submitLabel={mode === "create" ? "Create recommendation" : "Save recommendation"}
      onSubmit={form.handleSubmit(async (record) => {
        await save.submit(record);
      })}
    >
      <FormSection
        title="The recommendation"
        description={
          mode === "create"
            ? "As the report makes it. It starts as “Not assessed”; record its progress afterwards with dated updates on its page."
            : `Status: ${STATUS_LABELS[initial?.status ?? "not_assessed"]}. The status changes only through dated updates on the recommendation’s page; this form edits what the report says.`
        }
      >
        <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_10rem]">
          <SourcePicker name="source" label="Source (the report)" />
          <TextInput name="number" label="Number" nullable hint="As in the report: 5.2, iii… Optional." />
        </div>
        <TextInput name="title" label="Title" autoFocus={mode === "create"} hint="A short name for lists and the board." />
        <TextArea
          name="text"
          label="Text"
          rows={4}
          hint="The recommendation in our words; the report’s exact words go in the citation’s quote."
        />
        <div className="grid gap-3 sm:grid-cols-3">
          <SelectInput name="theme" label="Theme" options={THEME_OPTIONS} />
          <SelectInput name="priority" label="Priority" options={PRIORITY_OPTIONS} hint="As the report ranks it." />
          <TextInput name="nextReviewOn" label="Next review" type="date" nullable hint="Leave empty for no review date." />
        </div>
        <CheckboxSet name="targetActors" label="Addressed to" options={ACTOR_OPTIONS} hint="Tick everyone the report asks to act." />
        <CheckboxSet
          name="provinces"
          label="Provinces tracked separately (Pakistan)"
          options={PROVINCE_OPTIONS.PK}
          columns={4}
          hint="Where implementation differs by province, each gets its own assessment beside the national one."
        />
        <details className="text-[12.5px]" open={(initial?.provinces ?? []).some((p) => p.startsWith("AF-"))}>
          <summary className="cursor-pointer text-muted-foreground hover:text-foreground">Afghan provinces</summary>
          <div className="mt-2">
            <CheckboxSet name="provinces" label="Provinces tracked separately (Afghanistan)" options={PROVINCE_OPTIONS.AF} columns={4} />
          </div>
        </details>
        {mode === "edit" ? (
          <TextInput name="key" label="Key" readOnly hint="The recommendation’s key: it cannot change." />
        ) : (
          <TextInput
            name="key"
            label="Key (optional)"
            hint="Leave empty to make one from the source, number and title, e.g. pips-2022/rec/5-2-balochistan-comprehensive-policy."
          />
        )}
      </FormSection>
      <CitationsFieldArray description="Where the report makes it: the section or page, and its exact words. Copy the quote as printed." />
    </RecordFormShell>
  );
}
