"use client";

/**
 * An incident: what happened, when, where, who (groups with how each is tied to it), how many were killed
 * and injured as the sources state it, and who says so. Before a new incident is saved (or an edit that
 * moves its date, district or groups), incidents already held on the same day (±1), in the same district
 * and with a group in common are shown side by side, and the editor links, merges or confirms it is distinct.
 */
import type { RouterOutputs } from "@monitor/api";
import {
  ATTRIBUTIONS,
  type DuplicateDecision,
  INCIDENT_TYPE_LABELS,
  INCIDENT_TYPES,
  Incident,
  newRecordKey,
  QUALIFIER_LABELS,
  QUALIFIERS,
  TARGET_LABELS,
  TARGETS,
} from "@monitor/domain";
import { useQueryClient } from "@tanstack/react-query";
import { Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { useFieldArray, useForm, useFormContext } from "react-hook-form";
import type { z } from "zod";
import { Button } from "~/components/ui/button";
import { readServerError } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";
import { DuplicateReview } from "./duplicate-review";
import { CitationsFieldArray, EMPTY_CITATION } from "./shared/citations-field-array";
import { FormSection, NumberInput, SelectInput, TextArea, TextInput, useFieldError } from "./shared/fields";
import { FuzzyDateField, GroupPicker, PlacePicker } from "./shared/pickers";
import { RecordFormShell } from "./shared/record-form-shell";
import { recordResolver } from "./shared/resolver";
import type { RecordFormProps } from "./shared/types";
import { useSaveRecord } from "./shared/use-save-record";
import { useSuggestedKey } from "./shared/use-suggested-key";

type IncidentInput = z.input<typeof Incident>;
export type DuplicateCandidate = RouterOutputs["records"]["incidentDuplicates"][number];

const ATTRIBUTION_LABELS = { claimed: "Claimed it", attributed: "Attributed by a source", suspected: "Suspected", denied: "Denied it" };
const QUALIFIER_OPTIONS = QUALIFIERS.map((q) => [q, q === "exact" ? "exactly" : QUALIFIER_LABELS[q]] as const);

function emptyIncident(today: string): IncidentInput {
  return {
    key: "",
    title: "",
    date: today,
    datePrecision: "day",
    country: "PK",
    province: null,
    district: null,
    place: null,
    type: "other",
    target: "other",
    killed: null,
    killedQualifier: "exact",
    injured: null,
    injuredQualifier: "exact",
    perpetrators: [],
    description: null,
    citations: [{ ...EMPTY_CITATION }],
  };
}

/** Whether an edit touches what the duplicate rule looks at (date, district, groups). */
function movesDuplicateFields(before: Incident | null, after: Incident): boolean {
  if (!before) return true;
  const groups = (i: Incident) =>
    i.perpetrators
      .map((p) => p.group)
      .sort()
      .join(",");
  return (
    before.date !== after.date ||
    before.datePrecision !== after.datePrecision ||
    before.district !== after.district ||
    groups(before) !== groups(after)
  );
}

export function IncidentForm({ mode, initial, version }: RecordFormProps<"incident">) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [today] = useState(() => new Date().toISOString().slice(0, 10));
  const form = useForm<IncidentInput, unknown, Incident>({
    resolver: recordResolver(Incident),
    defaultValues: initial ?? emptyIncident(today),
  });
  const save = useSaveRecord("incident", { form, version });
  const [checking, setChecking] = useState(false);
  const [review, setReview] = useState<{ record: Incident; candidates: DuplicateCandidate[]; note: string | null } | null>(null);

  useSuggestedKey(form, {
    enabled: mode === "create",
    watch: ["title", "date"],
    make: (v, random) => newRecordKey("entry", v.date || "undated", v.title ?? "", random),
  });

  async function findDuplicates(record: Incident): Promise<DuplicateCandidate[] | null> {
    setChecking(true);
    try {
      return await queryClient.fetchQuery({ ...trpc.records.incidentDuplicates.queryOptions({ record }), staleTime: 0 });
    } catch (err) {
      save.setFormError(`Could not check for duplicates: ${readServerError(err).message}`);
      return null;
    } finally {
      setChecking(false);
    }
  }

  async function saveWith(record: Incident, duplicates: DuplicateDecision[]) {
    const out = await save.submit(record, { duplicates });
    if (out.status === "duplicates") {
      // Someone entered a likely duplicate meanwhile (or the check was skipped): decide about it too.
      const candidates = await findDuplicates(record);
      if (candidates && candidates.length > 0) {
        const decided = new Map(duplicates.map((d) => [d.key, d.decision]));
        setReview({ record, candidates: candidates.filter((c) => !decided.has(c.key)), note: out.message });
      } else save.setFormError(out.message);
      return;
    }
    setReview(null);
  }

  const onSubmit = form.handleSubmit(async (record) => {
    if (movesDuplicateFields(initial, record)) {
      const candidates = await findDuplicates(record);
      if (candidates === null) return;
      if (candidates.length > 0) {
        setReview({ record, candidates, note: null });
        return;
      }
    }
    await saveWith(record, []);
  });

  return (
    <>
      <RecordFormShell
        form={form}
        save={save}
        onSubmit={onSubmit}
        label={mode === "create" ? "New incident" : "Edit incident"}
        cancelHref={initial ? `/incidents/${encodeURIComponent(initial.key)}` : "/admin"}
        submitLabel={mode === "create" ? "Save incident" : "Save changes"}
        busy={checking || review !== null}
        footerNote={checking ? "Checking for likely duplicates…" : null}
      >
        <FormSection title="What happened">
          <TextInput
            name="title"
            label="Title"
            hint="A short factual headline, e.g. “Suicide bombing of a police post in Bannu”."
            autoFocus
          />
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectInput name="type" label="Type" options={INCIDENT_TYPES.map((t) => [t, INCIDENT_TYPE_LABELS[t]] as const)} />
            <SelectInput name="target" label="Target" options={TARGETS.map((t) => [t, TARGET_LABELS[t]] as const)} />
          </div>
          <TextArea
            name="description"
            label="Description (optional)"
            nullable
            rows={4}
            hint="What the sources say happened, in our words."
          />
          <TextInput
            name="key"
            label="Key"
            readOnly={mode === "edit"}
            hint={
              mode === "edit"
                ? "The key identifies the incident in the dataset; it cannot change."
                : "Made from the date and title; change it only to follow another scheme. Lower-case letters, digits, “-”, “.”, “_”, “/”."
            }
          />
        </FormSection>

        <FormSection title="When and where">
          <FuzzyDateField names={{ date: "date", precision: "datePrecision" }} label="Date" />
          <PlacePicker names={{ country: "country", province: "province", district: "district" }} />
          <TextInput name="place" label="Place (optional)" nullable hint="A town, village or site, as the source names it." />
        </FormSection>

        <FormSection title="Casualties" description="As the sources state them: leave a figure empty when no source gives one (not 0).">
          <div className="grid gap-3 sm:grid-cols-[10rem_minmax(0,10rem)_10rem_minmax(0,10rem)]">
            <SelectInput name="killedQualifier" label="Killed: qualifier" options={QUALIFIER_OPTIONS} />
            <NumberInput name="killed" label="Killed" nullable min={0} />
            <SelectInput name="injuredQualifier" label="Injured: qualifier" options={QUALIFIER_OPTIONS} />
            <NumberInput name="injured" label="Injured" nullable min={0} />
          </div>
        </FormSection>

        <PerpetratorsFieldArray />
        <CitationsFieldArray />
      </RecordFormShell>

      {review ? (
        <DuplicateReview
          record={review.record}
          candidates={review.candidates}
          note={review.note}
          saving={save.saving}
          error={save.formError}
          onCancel={() => setReview(null)}
          onSave={(decisions) => saveWith(review.record, decisions)}
        />
      ) : null}
    </>
  );
}

/** The groups tied to the incident, each with how: claimed, attributed by a source, suspected, or denied. */
function PerpetratorsFieldArray() {
  const { control } = useFormContext<IncidentInput>();
  const { fields, append, remove } = useFieldArray({ control, name: "perpetrators" });
  const error = useFieldError("perpetrators");
  return (
    <FormSection title="Groups" description="Which groups the sources tie to the incident, and how. Leave empty when no group is named.">
      {error ? (
        <p role="alert" className="text-[12.5px] font-medium text-danger">
          {error}
        </p>
      ) : null}
      {fields.length === 0 ? <p className="text-[12.5px] text-muted-foreground">No group named.</p> : null}
      <ol className="flex flex-col gap-2">
        {fields.map((f, i) => (
          <li key={f.id} className="grid items-end gap-3 sm:grid-cols-[minmax(0,1fr)_12rem_auto]">
            <GroupPicker name={`perpetrators.${i}.group`} label={`Group ${i + 1}`} />
            <SelectInput
              name={`perpetrators.${i}.attribution`}
              label={`Group ${i + 1}: tie`}
              options={ATTRIBUTIONS.map((a) => [a, ATTRIBUTION_LABELS[a]] as const)}
            />
            <Button variant="ghost" size="md" onClick={() => remove(i)} aria-label={`Remove group ${i + 1}`}>
              <Trash2 aria-hidden="true" />
            </Button>
          </li>
        ))}
      </ol>
      <div>
        <Button variant="secondary" size="sm" onClick={() => append({ group: "", attribution: "attributed" })}>
          <Plus aria-hidden="true" />
          Add a group
        </Button>
      </div>
    </FormSection>
  );
}
