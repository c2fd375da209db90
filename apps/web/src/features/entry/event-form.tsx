"use client";

/** A dated event on the timeline (an agreement, a takeover, a law), optionally a milestone drawn on the trend charts. */
import { EVENT_KIND_LABELS, EVENT_KINDS, newRecordKey, TimelineEvent } from "@monitor/domain";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { CitationsFieldArray, EMPTY_CITATION } from "./shared/citations-field-array";
import { CheckboxInput, FormSection, SelectInput, TextArea, TextInput } from "./shared/fields";
import { FuzzyDateField } from "./shared/pickers";
import { RecordFormShell } from "./shared/record-form-shell";
import { recordResolver } from "./shared/resolver";
import type { RecordFormProps } from "./shared/types";
import { useSaveRecord } from "./shared/use-save-record";
import { useSuggestedKey } from "./shared/use-suggested-key";

type EventInput = z.input<typeof TimelineEvent>;

const EMPTY: EventInput = {
  key: "",
  date: "",
  datePrecision: "day",
  title: "",
  description: null,
  kind: "political",
  marker: false,
  citations: [{ ...EMPTY_CITATION }],
};

export function EventForm({ mode, initial, version }: RecordFormProps<"event">) {
  const form = useForm<EventInput, unknown, TimelineEvent>({ resolver: recordResolver(TimelineEvent), defaultValues: initial ?? EMPTY });
  const save = useSaveRecord("event", { form, version });
  useSuggestedKey(form, {
    enabled: mode === "create",
    watch: ["date", "title"],
    make: (v, random) => newRecordKey("entry/event", v.date || "undated", v.title ?? "", random),
  });

  return (
    <RecordFormShell
      form={form}
      save={save}
      onSubmit={form.handleSubmit(async (record) => {
        await save.submit(record);
      })}
      label={mode === "create" ? "New timeline event" : "Edit timeline event"}
      cancelHref={initial ? `/timeline#${encodeURIComponent(initial.key)}` : "/admin"}
      submitLabel={mode === "create" ? "Save event" : "Save changes"}
    >
      <FormSection title="The event">
        <TextInput name="title" label="Title" autoFocus hint="e.g. “Fall of Kabul”, “Doha Agreement signed”." />
        <div className="grid gap-3 sm:grid-cols-2">
          <FuzzyDateField names={{ date: "date", precision: "datePrecision" }} label="Date" />
          <SelectInput name="kind" label="Kind" options={EVENT_KINDS.map((k) => [k, EVENT_KIND_LABELS[k]] as const)} />
        </div>
        <TextArea name="description" label="Description (optional)" nullable rows={3} />
        <CheckboxInput
          name="marker"
          label="Milestone"
          hint="Drawn on the trend charts: an event analysts date things by (fall of Kabul, a ceasefire)."
        />
        <TextInput
          name="key"
          label="Key"
          readOnly={mode === "edit"}
          hint={mode === "edit" ? "The key identifies the event in the dataset; it cannot change." : "Suggested from the date and title."}
        />
      </FormSection>
      <CitationsFieldArray />
    </RecordFormShell>
  );
}
