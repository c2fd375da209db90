"use client";

/**
 * A typed, dated tie between two groups: `from` shelters / splintered from / is allied to `to`, with
 * its citations. A new tie's key follows the seed's pattern (`<source>/rel/<from>-<to>-<type>`).
 */
import { zodResolver } from "@hookform/resolvers/zod";
import { GroupRelationship, RELATIONSHIP_TYPES, type RelationshipType } from "@monitor/domain";
import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type Resolver, useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { RELATIONSHIP_LABELS } from "~/features/groups/group-profile";
import { useTRPC } from "~/trpc/react";
import { fuzzyOrNull, slugify, withFriendlyMessages } from "./group-form-parts";
import { CitationsFieldArray, EMPTY_CITATION } from "./shared/citations-field-array";
import { FormSection, SelectInput, TextArea, TextInput } from "./shared/fields";
import { FuzzyDateField, GroupPicker } from "./shared/pickers";
import { RecordFormShell } from "./shared/record-form-shell";
import type { RecordFormProps } from "./shared/types";
import { useSaveRecord } from "./shared/use-save-record";

type FormValues = z.input<typeof GroupRelationship>;

/** How each type reads, so the editor puts the groups the right way round. */
const TYPE_SENTENCES: Record<RelationshipType, (from: string, to: string) => string> = {
  alliance: (a, b) => `${a} is allied to ${b}.`,
  cooperation: (a, b) => `${a} cooperates with ${b}.`,
  rivalry: (a, b) => `${a} is a rival of ${b}.`,
  merger: (a, b) => `${a} merged into ${b}.`,
  splinter: (a, b) => `${a} split off from ${b}.`,
  affiliate: (a, b) => `${a} is an affiliate of ${b}.`,
  sanctuary: (a, b) => `${a} shelters or sponsors ${b}.`,
  defection: (a, b) => `Members of ${a} defected to ${b}.`,
};
const TYPE_OPTIONS = RELATIONSHIP_TYPES.map((t) => [t, RELATIONSHIP_LABELS[t]] as const);
const EMPTY_DATE = { date: null, precision: "year" } as const;

/** The key of a new tie, from its first source, the two groups and the type. */
export function relationshipKey(r: { from?: unknown; to?: unknown; type?: unknown; citations?: unknown }): string {
  const source = (Array.isArray(r.citations) ? (r.citations[0] as { source?: unknown } | undefined)?.source : null) || "entry";
  return `${String(source)}/rel/${slugify([r.from, r.to, r.type].filter(Boolean).join("-"), 150) || "tie"}`;
}

function toRecord(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const r = raw as Record<string, unknown>;
  const key = typeof r.key === "string" && r.key.trim() ? r.key.trim() : relationshipKey(r);
  return { ...r, key, start: fuzzyOrNull(r.start), end: fuzzyOrNull(r.end) };
}

const RelationshipFormSchema = z.preprocess(toRecord, GroupRelationship) as unknown as z.ZodType<GroupRelationship, FormValues>;

function toValues(r: GroupRelationship): FormValues {
  return { ...r, start: r.start ?? { ...EMPTY_DATE }, end: r.end ?? { ...EMPTY_DATE } } as unknown as FormValues;
}

const EMPTY: FormValues = {
  key: "",
  from: "",
  to: "",
  type: "alliance",
  start: { ...EMPTY_DATE },
  end: { ...EMPTY_DATE },
  description: "",
  citations: [{ ...EMPTY_CITATION }],
} as unknown as FormValues;

export function RelationshipForm({ mode, initial, version }: RecordFormProps<"relationship">) {
  const router = useRouter();
  const form = useForm<FormValues, unknown, GroupRelationship>({
    resolver: withFriendlyMessages(zodResolver(RelationshipFormSchema) as unknown as Resolver<FormValues, unknown, GroupRelationship>),
    defaultValues: initial ? toValues(initial) : EMPTY,
  });
  // Saved: back to the first group's page, where the tie is listed (the network view is elsewhere).
  const save = useSaveRecord("relationship", {
    form,
    version,
    toValues,
    onSaved: (_result, record) => {
      router.push(`/groups/${encodeURIComponent(record.from)}#relationships`);
    },
  });
  const [from, to, type] = useWatch({ control: form.control, name: ["from", "to", "type"] });

  return (
    <RecordFormShell
      form={form}
      save={save}
      label={mode === "create" ? "New relationship" : "Edit relationship"}
      cancelHref={initial ? `/groups/${initial.from}#relationships` : "/network"}
      submitLabel={mode === "create" ? "Create relationship" : "Save relationship"}
      onSubmit={form.handleSubmit(async (record) => {
        await save.submit(record);
      })}
    >
      <FormSection title="The tie" description="Which group does what to which: read the sentence under the fields to check the direction.">
        <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem_minmax(0,1fr)]">
          <GroupPicker name="from" label="From (group)" />
          <SelectInput name="type" label="Type" options={TYPE_OPTIONS} />
          <GroupPicker name="to" label="To (group)" hint="A different group from the first." />
        </div>
        <TieSentence from={from} to={to} type={type as RelationshipType} />
        <div className="grid gap-3 lg:grid-cols-2">
          <FuzzyDateField names={{ date: "start.date", precision: "start.precision" }} label="Start" nullable hint="Empty if not known." />
          <FuzzyDateField names={{ date: "end.date", precision: "end.precision" }} label="End" nullable hint="Empty if it still holds." />
        </div>
        <TextArea
          name="description"
          label="Description"
          rows={3}
          hint="What the tie is, in our words: who gives what to whom, since when."
        />
        {mode === "edit" ? (
          <TextInput name="key" label="Key" readOnly hint="The tie’s key: it cannot change." />
        ) : (
          <TextInput
            name="key"
            label="Key (optional)"
            hint="Leave empty to make one from the first source, the groups and the type, e.g. crss-2025/rel/afghan-taliban-ttp-sanctuary."
          />
        )}
      </FormSection>
      <CitationsFieldArray />
    </RecordFormShell>
  );
}

function TieSentence({ from, to, type }: { from: unknown; to: unknown; type: RelationshipType }) {
  const trpc = useTRPC();
  const groups = useQuery(trpc.groups.list.queryOptions({}));
  const name = (slug: unknown, fallback: string) =>
    (typeof slug === "string" && slug ? (groups.data?.find((g) => g.slug === slug)?.name ?? slug) : null) ?? fallback;
  return (
    <p aria-live="polite" className="rounded-md bg-surface-2 px-3 py-2 text-[13px]">
      <span className="text-muted-foreground">Reads: </span>
      {TYPE_SENTENCES[type]?.(name(from, "the first group"), name(to, "the second group")) ?? ""}
    </p>
  );
}
