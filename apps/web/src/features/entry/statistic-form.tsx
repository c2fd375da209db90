"use client";

/** A published figure exactly as a source states it: what is counted, the value with its qualifier, the period, the place, the group. */
import { DATE_PRECISIONS, METRIC_LABELS, METRICS, newRecordKey, QUALIFIER_LABELS, QUALIFIERS, Statistic, UNITS } from "@monitor/domain";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { CitationsFieldArray, EMPTY_CITATION } from "./shared/citations-field-array";
import { FormSection, NumberInput, SelectInput, TextArea, TextInput } from "./shared/fields";
import { GroupPicker, PlacePicker } from "./shared/pickers";
import { RecordFormShell } from "./shared/record-form-shell";
import { recordResolver } from "./shared/resolver";
import type { RecordFormProps } from "./shared/types";
import { useSaveRecord } from "./shared/use-save-record";
import { useSuggestedKey } from "./shared/use-suggested-key";

type StatisticInput = z.input<typeof Statistic>;

const UNIT_LABELS = { count: "Count", percent: "Percent", people: "People" } as const;
const PRECISION_LABELS = { day: "Exact days", month: "Whole months", year: "Whole years" } as const;

const EMPTY: StatisticInput = {
  key: "",
  metric: "fatalities",
  label: null,
  value: Number.NaN,
  unit: "count",
  qualifier: "exact",
  periodStart: "",
  periodEnd: "",
  periodPrecision: "year",
  geography: { country: "PK", province: null, district: null, areas: [] },
  group: null,
  note: null,
  citations: [{ ...EMPTY_CITATION }],
};

export function StatisticForm({ mode, initial, version }: RecordFormProps<"statistic">) {
  const form = useForm<StatisticInput, unknown, Statistic>({ resolver: recordResolver(Statistic), defaultValues: initial ?? EMPTY });
  const save = useSaveRecord("statistic", { form, version });
  useSuggestedKey(form, {
    enabled: mode === "create",
    watch: ["periodStart", "label", "metric"],
    make: (v, random) => newRecordKey("entry/stat", v.periodStart || "undated", v.label || v.metric || "figure", random),
  });

  return (
    <RecordFormShell
      form={form}
      save={save}
      onSubmit={form.handleSubmit(async (record) => {
        await save.submit(record);
      })}
      label={mode === "create" ? "New figure" : "Edit figure"}
      cancelHref={initial ? `/statistics?key=${encodeURIComponent(initial.key)}` : "/admin"}
      submitLabel={mode === "create" ? "Save figure" : "Save changes"}
    >
      <FormSection title="What is counted">
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectInput name="metric" label="Metric" options={METRICS.map((m) => [m, METRIC_LABELS[m]] as const)} />
          <SelectInput name="unit" label="Unit" options={UNITS.map((u) => [u, UNIT_LABELS[u]] as const)} />
        </div>
        <TextInput
          name="label"
          label="Label (optional)"
          nullable
          autoFocus
          hint="In the source's words where the metric is coarse, e.g. “Security personnel martyred in KP”."
        />
        <div className="grid gap-3 sm:grid-cols-[10rem_minmax(0,14rem)]">
          <SelectInput
            name="qualifier"
            label="Qualifier"
            options={QUALIFIERS.map((q) => [q, q === "exact" ? "exactly" : QUALIFIER_LABELS[q]] as const)}
          />
          <NumberInput name="value" label="Value" step="any" hint="As printed; percentages as numbers (12.5)." />
        </div>
        <TextInput
          name="key"
          label="Key"
          readOnly={mode === "edit"}
          hint={
            mode === "edit" ? "The key identifies the figure in the dataset; it cannot change." : "Suggested from the period and label."
          }
        />
      </FormSection>

      <FormSection title="Period" description="The period the figure covers, as the source states it.">
        <div className="grid gap-3 sm:grid-cols-3">
          <TextInput name="periodStart" label="Period start" type="date" />
          <TextInput name="periodEnd" label="Period end" type="date" hint="On or after the start." />
          <SelectInput
            name="periodPrecision"
            label="Period known to"
            options={DATE_PRECISIONS.map((p) => [p, PRECISION_LABELS[p]] as const)}
          />
        </div>
      </FormSection>

      <FormSection title="Where and who">
        <PlacePicker
          names={{ country: "geography.country", province: "geography.province", district: "geography.district" }}
          countryNullable
        />
        <GroupPicker name="group" label="Group (optional)" empty="No particular group" />
        <TextArea name="note" label="Note (optional)" nullable rows={3} hint="How to read the figure; where other sources differ." />
      </FormSection>

      <CitationsFieldArray />
    </RecordFormShell>
  );
}
