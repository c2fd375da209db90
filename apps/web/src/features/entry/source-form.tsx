"use client";

/**
 * A source document: its bibliographic details and, when the Monitor should hold it, its full text (the
 * quotes of every citation of it are then checked against that text).
 */
import { SOURCE_KIND_LABELS, SOURCE_KINDS, Source } from "@monitor/domain";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormSection, LinesInput, NumberInput, SelectInput, TextArea, TextInput } from "./shared/fields";
import { RecordFormShell } from "./shared/record-form-shell";
import { recordResolver } from "./shared/resolver";
import type { RecordFormProps } from "./shared/types";
import { useSaveRecord } from "./shared/use-save-record";
import { useSuggestedKey } from "./shared/use-suggested-key";

type SourceInput = z.input<typeof Source>;

const EMPTY: SourceInput = {
  slug: "",
  title: "",
  shortTitle: "",
  publisher: null,
  authors: [],
  year: null,
  publishedOn: null,
  kind: "think_tank_report",
  url: null,
  file: null,
  inferred: [],
  notes: null,
  text: null,
};

/** "CRSS Annual Report" + 2025 → "crss-annual-report-2025". */
function slugOf(shortTitle: string, year: unknown): string {
  const base = `${shortTitle} ${typeof year === "number" && Number.isFinite(year) ? year : ""}`
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return base.slice(0, 80).replace(/-+$/g, "");
}

export function SourceForm({ mode, initial, version }: RecordFormProps<"source">) {
  const form = useForm<SourceInput, unknown, Source>({ resolver: recordResolver(Source), defaultValues: initial ?? EMPTY });
  const save = useSaveRecord("source", { form, version });
  useSuggestedKey(form, {
    enabled: mode === "create",
    field: "slug",
    watch: ["shortTitle", "year"],
    make: (v) => slugOf(v.shortTitle ?? "", v.year),
  });

  return (
    <RecordFormShell
      form={form}
      save={save}
      onSubmit={form.handleSubmit(async (record) => {
        await save.submit(record);
      })}
      label={mode === "create" ? "New source" : "Edit source"}
      cancelHref={initial ? `/sources/${initial.slug}` : "/admin"}
      submitLabel={mode === "create" ? "Save source" : "Save changes"}
    >
      <FormSection title="The document">
        <TextInput name="title" label="Title" autoFocus hint="The full title, as on the document." />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextInput name="shortTitle" label="Short title" hint="How pages cite it, e.g. “CRSS 2025”." />
          <TextInput
            name="slug"
            label="Slug"
            readOnly={mode === "edit"}
            hint={
              mode === "edit" ? "Citations refer to the source by its slug; it cannot change." : "Suggested from the short title and year."
            }
          />
        </div>
        <div className="grid gap-3 sm:grid-cols-3">
          <SelectInput
            name="kind"
            label="Kind"
            options={Object.entries(SOURCE_KIND_LABELS).filter(([k]) => (SOURCE_KINDS as readonly string[]).includes(k))}
          />
          <NumberInput name="year" label="Year (optional)" nullable min={1900} />
          <TextInput name="publishedOn" label="Published on (optional)" type="date" nullable />
        </div>
        <TextInput name="publisher" label="Publisher (optional)" nullable />
        <LinesInput name="authors" label="Authors (optional)" hint="One per line, as printed." rows={2} />
        <TextInput name="url" label="Web address (optional)" type="url" nullable placeholder="https://" />
        <TextArea name="notes" label="Notes (optional)" nullable rows={3} hint="What the document covers, how its figures were produced." />
      </FormSection>
      {mode === "create" ? (
        <FormSection
          title="Full text (optional)"
          description="Paste the document's text to let the Monitor show every quote in context and check new quotes against it."
        >
          <TextArea name="text" label="Document text" nullable rows={8} />
        </FormSection>
      ) : null}
    </RecordFormShell>
  );
}
