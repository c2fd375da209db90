"use client";

/**
 * A group with everything cited about it: its identity (name, slug, kind, founding), its leaders over
 * time, the strength estimates of each source, the profile claims and, for groups whose role changed,
 * the dated roles. Each child item carries its own citations; new ones get keys in the seed's pattern
 * (`<slug>/leader/<name>`) when saved.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import {
  CLAIM_TOPIC_LABELS,
  GROUP_CLAIM_TOPICS,
  GROUP_KINDS,
  Group,
  type GroupClaimTopic,
  type GroupKind,
  STRENGTH_QUALIFIERS,
} from "@monitor/domain";
import { type Resolver, useForm, useFormContext } from "react-hook-form";
import { z } from "zod";
import { Field, inputClassName } from "~/components/ui/form-field";
import { GROUP_KIND_LABELS } from "~/features/groups/group-kind-badge";
import { AreasField, fillKeys, fuzzyOrNull, fuzzyRequired, ItemList, LinesField, slugify, withFriendlyMessages } from "./group-form-parts";
import { CitationsFieldArray, EMPTY_CITATION } from "./shared/citations-field-array";
import { FormSection, NumberInput, SelectInput, TextArea, TextInput, useFieldError } from "./shared/fields";
import { FuzzyDateField } from "./shared/pickers";
import { RecordFormShell } from "./shared/record-form-shell";
import type { RecordFormProps } from "./shared/types";
import { useSaveRecord } from "./shared/use-save-record";

type FormValues = z.input<typeof Group>;

const KIND_OPTIONS = GROUP_KINDS.map((k) => [k, GROUP_KIND_LABELS[k as GroupKind]] as const);
const TOPIC_OPTIONS = GROUP_CLAIM_TOPICS.map((t) => [t, CLAIM_TOPIC_LABELS[t as GroupClaimTopic]] as const);
const QUALIFIER_LABELS: Record<(typeof STRENGTH_QUALIFIERS)[number], string> = {
  exact: "Exactly",
  about: "About",
  at_least: "At least",
  over: "Over",
  up_to: "Up to",
  between: "Between (a range)",
};
const QUALIFIER_OPTIONS = STRENGTH_QUALIFIERS.map((q) => [q, QUALIFIER_LABELS[q]] as const);

const EMPTY_DATE = { date: null, precision: "day" } as const;

const newLeader = () => ({
  key: "",
  name: "",
  role: "Emir",
  start: { ...EMPTY_DATE },
  end: { ...EMPTY_DATE },
  citations: [{ ...EMPTY_CITATION }],
});
const newStrength = () => ({
  key: "",
  low: Number.NaN,
  high: Number.NaN,
  qualifier: "about",
  asOf: { date: "", precision: "month" },
  citations: [{ ...EMPTY_CITATION }],
});
const newClaim = () => ({ key: "", topic: "ideology", text: "", citations: [{ ...EMPTY_CITATION }] });
const newRole = () => ({
  key: "",
  kind: "religious_jihadist",
  label: "",
  start: { ...EMPTY_DATE },
  end: { ...EMPTY_DATE },
  citations: [{ ...EMPTY_CITATION }],
});

const EMPTY_GROUP = {
  slug: "",
  name: "",
  abbreviation: null,
  aliases: [],
  kind: "religious_jihadist",
  ideology: null,
  founded: { ...EMPTY_DATE },
  foundedPlace: null,
  dissolved: { ...EMPTY_DATE },
  areas: [],
  mediaWings: [],
  summary: null,
  claims: [],
  leaders: [],
  strength: [],
  roles: [],
} as unknown as FormValues;

type Loose = Record<string, unknown>;
const year = (d: unknown) => (d && typeof d === "object" ? String((d as { date?: unknown }).date ?? "").slice(0, 4) : "");

/**
 * The form's values as the record: dates left empty become null (not known), and new child items get
 * their keys from the group's slug and what they say.
 */
function toRecord(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const g = raw as Loose;
  const slug = typeof g.slug === "string" ? g.slug.trim() : "";
  const leaders = fillKeys(
    ((g.leaders as Loose[] | undefined) ?? []).map((l): Loose => ({ ...l, start: fuzzyOrNull(l.start), end: fuzzyOrNull(l.end) })),
    `${slug}/leader`,
    (l) => String(l.name ?? ""),
  );
  const strength = fillKeys(
    ((g.strength as Loose[] | undefined) ?? []).map((s): Loose => ({ ...s, asOf: fuzzyRequired(s.asOf) })),
    `${slug}/strength`,
    (s) => {
      const source = ((s.citations as Loose[] | undefined)?.[0]?.source as string | undefined) ?? "entry";
      const asOf = (s.asOf as { date?: string } | undefined)?.date ?? "";
      return `${source}-${asOf.slice(0, 7)}`;
    },
  );
  const claims = fillKeys(
    (g.claims as Loose[] | undefined) ?? [],
    `${slug}/claim`,
    (c) => `${String(c.topic ?? "")}-${slugify(String(c.text ?? ""), 40)}`,
  );
  const roles = fillKeys(
    ((g.roles as Loose[] | undefined) ?? []).map((r): Loose => ({ ...r, start: fuzzyOrNull(r.start), end: fuzzyOrNull(r.end) })),
    `${slug}/role`,
    (r) => `${slugify(String(r.label ?? ""), 40)}-${year(r.start)}`,
  );
  return {
    ...g,
    founded: fuzzyOrNull(g.founded),
    dissolved: fuzzyOrNull(g.dissolved),
    leaders,
    strength,
    claims,
    roles,
  };
}

const GroupFormSchema = z.preprocess(toRecord, Group) as unknown as z.ZodType<Group, FormValues>;

/** A saved record as the form edits it: unknown dates as empty date fields. */
function toValues(g: Group): FormValues {
  const d = (v: { date: string; precision: string } | null) => v ?? { ...EMPTY_DATE };
  return {
    ...g,
    founded: d(g.founded),
    dissolved: d(g.dissolved),
    leaders: g.leaders.map((l): Loose => ({ ...l, start: d(l.start), end: d(l.end) })),
    roles: (g.roles ?? []).map((r) => ({ ...r, start: d(r.start), end: d(r.end) })),
  } as unknown as FormValues;
}

export function GroupForm({ mode, initial, version }: RecordFormProps<"group">) {
  const form = useForm<FormValues, unknown, Group>({
    resolver: withFriendlyMessages(zodResolver(GroupFormSchema) as unknown as Resolver<FormValues, unknown, Group>),
    defaultValues: initial ? toValues(initial) : EMPTY_GROUP,
  });
  const save = useSaveRecord("group", { form, version, toValues });

  return (
    <RecordFormShell
      form={form}
      save={save}
      label={mode === "create" ? "New group" : "Edit group"}
      cancelHref={initial ? `/groups/${initial.slug}` : "/groups"}
      submitLabel={mode === "create" ? "Create group" : "Save group"}
      onSubmit={form.handleSubmit(async (record) => {
        await save.submit(record);
      })}
    >
      <IdentitySection mode={mode} />

      <ItemList
        name="leaders"
        title="Leaders"
        noun="leader"
        description="Who led the group and when, oldest first. Leave a date empty when the sources do not give it."
        emptyText="No leaders yet."
        newItem={newLeader}
        summary={(l) => (typeof l.name === "string" && l.name.trim() ? l.name : null)}
      >
        {(p) => (
          <>
            <div className="grid gap-3 sm:grid-cols-2">
              <TextInput name={`${p}.name`} label="Name" />
              <TextInput name={`${p}.role`} label="Role" hint="As the sources put it: Emir, deputy, spokesman…" />
            </div>
            <div className="grid gap-3 lg:grid-cols-2">
              <FuzzyDateField names={{ date: `${p}.start.date`, precision: `${p}.start.precision` }} label="Start" nullable />
              <FuzzyDateField
                names={{ date: `${p}.end.date`, precision: `${p}.end.precision` }}
                label="End"
                nullable
                hint="Empty while in office."
              />
            </div>
            <CitationsFieldArray name={`${p}.citations`} title="Citations for this leader" />
          </>
        )}
      </ItemList>

      <ItemList
        name="strength"
        title="Strength estimates"
        noun="estimate"
        description="Fighters or members at a date, one estimate per source: where sources disagree, add each. A single figure has the same low and high."
        emptyText="No strength estimates yet."
        newItem={newStrength}
        summary={(s) => strengthSummary(s)}
      >
        {(p) => <StrengthFields prefix={p} />}
      </ItemList>

      <ItemList
        name="claims"
        title="What the sources say"
        noun="claim"
        description="Profile statements about the group (ideology, founding, tactics…), each cited on its own."
        emptyText="No claims yet."
        newItem={newClaim}
        summary={(c) => (typeof c.topic === "string" ? (CLAIM_TOPIC_LABELS[c.topic as GroupClaimTopic] ?? null) : null)}
      >
        {(p) => (
          <>
            <SelectInput name={`${p}.topic`} label="Topic" options={TOPIC_OPTIONS} className="sm:max-w-xs" />
            <TextArea name={`${p}.text`} label="Claim" rows={3} hint="In our words; the source’s exact words go in the quote." />
            <CitationsFieldArray name={`${p}.citations`} title="Citations for this claim" />
          </>
        )}
      </ItemList>

      <ItemList
        name="roles"
        title="Role over time"
        noun="role"
        description="Only for groups whose role changed (an insurgency that became a government): each period, oldest first."
        emptyText="No dated roles: the group keeps its kind throughout."
        newItem={newRole}
        summary={(r) => (typeof r.label === "string" && r.label.trim() ? r.label : null)}
      >
        {(p) => (
          <>
            <div className="grid gap-3 sm:grid-cols-2">
              <SelectInput name={`${p}.kind`} label="Kind" options={KIND_OPTIONS} />
              <TextInput name={`${p}.label`} label="Label" hint="In the sources’ terms: “de facto government”." />
            </div>
            <div className="grid gap-3 lg:grid-cols-2">
              <FuzzyDateField names={{ date: `${p}.start.date`, precision: `${p}.start.precision` }} label="Start" nullable />
              <FuzzyDateField
                names={{ date: `${p}.end.date`, precision: `${p}.end.precision` }}
                label="End"
                nullable
                hint="Empty if it still holds."
              />
            </div>
            <CitationsFieldArray name={`${p}.citations`} title="Citations for this role" />
          </>
        )}
      </ItemList>
    </RecordFormShell>
  );
}

function strengthSummary(s: Record<string, unknown>): string | null {
  const low = typeof s.low === "number" && Number.isFinite(s.low) ? s.low : null;
  const high = typeof s.high === "number" && Number.isFinite(s.high) ? s.high : null;
  if (low === null && high === null) return null;
  const f = (n: number | null) => (n === null ? "?" : n.toLocaleString("en"));
  return low === high ? f(low) : `${f(low)}–${f(high)}`;
}

function StrengthFields({ prefix }: { prefix: string }) {
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-3">
        <NumberInput name={`${prefix}.low`} label="Low" min={0} hint="The smaller figure (or the only one)." />
        <NumberInput name={`${prefix}.high`} label="High" min={0} hint="Same as low for a single figure." />
        <SelectInput name={`${prefix}.qualifier`} label="Qualifier" options={QUALIFIER_OPTIONS} hint="How the source words it." />
      </div>
      <FuzzyDateField
        names={{ date: `${prefix}.asOf.date`, precision: `${prefix}.asOf.precision` }}
        label="As of"
        className="sm:max-w-md"
      />
      <CitationsFieldArray name={`${prefix}.citations`} title="Citations for this estimate" />
    </>
  );
}

function IdentitySection({ mode }: { mode: "create" | "edit" }) {
  const { getValues, setValue, register } = useFormContext<FormValues>();
  const nameError = useFieldError("name");
  return (
    <>
      <FormSection title="The group">
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Name" hint="The name the sources use most, spelled out." error={nameError}>
            {(c) => (
              <input
                {...c}
                className={inputClassName}
                data-autofocus={mode === "create" ? true : undefined}
                {...register("name", {
                  // Suggest a slug from the name, once: the editor may change it before saving.
                  onBlur: () => {
                    if (mode === "create" && !getValues("slug") && getValues("name")) {
                      setValue("slug", slugify(String(getValues("name")), 80), { shouldDirty: true });
                    }
                  },
                })}
              />
            )}
          </Field>
          <TextInput
            name="slug"
            label="Slug"
            readOnly={mode === "edit"}
            hint={
              mode === "edit"
                ? "The group’s address and the key other records cite it by: it cannot change."
                : "The group’s address (/groups/<slug>): lower-case words joined by hyphens. Suggested from the name."
            }
          />
        </div>
        <div className="grid gap-3 sm:grid-cols-3">
          <TextInput name="abbreviation" label="Abbreviation" nullable hint="TTP, ISKP… Leave empty if none." />
          <SelectInput name="kind" label="Kind" options={KIND_OPTIONS} />
          <TextInput name="ideology" label="Ideology" nullable hint="Deobandi, Salafi-jihadist, Baloch nationalist…" />
        </div>
        <LinesField name="aliases" label="Other names" hint="Spellings and names the sources also use, one per line." />
        <TextArea name="summary" label="Summary" nullable rows={4} hint="A short profile in our words (optional)." />
      </FormSection>

      <FormSection title="Founding and reach">
        <div className="grid gap-3 lg:grid-cols-2">
          <FuzzyDateField
            names={{ date: "founded.date", precision: "founded.precision" }}
            label="Founded"
            nullable
            hint="Empty if not known."
          />
          <TextInput name="foundedPlace" label="Founded in" nullable hint="A place, e.g. South Waziristan." />
        </div>
        <FuzzyDateField
          names={{ date: "dissolved.date", precision: "dissolved.precision" }}
          label="Dissolved"
          nullable
          hint="Empty while the group exists."
          className="lg:max-w-[calc(50%-0.375rem)]"
        />
        <LinesField name="mediaWings" label="Media wings" hint="One per line, e.g. Umar Media." rows={2} />
        <AreasField name="areas" />
      </FormSection>
    </>
  );
}
