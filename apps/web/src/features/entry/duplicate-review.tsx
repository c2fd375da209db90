"use client";

/**
 * The incident being entered beside each incident already held that it likely duplicates (same district,
 * a day apart at most, a group in common). Per candidate the editor says: the same event (link both),
 * a distinct event (never flag the pair again), or merge the new report into the held one (the new
 * incident is then not saved; the held one gains its groups and citations).
 */
import {
  type DuplicateDecision,
  formatDate,
  getAdminUnit,
  INCIDENT_TYPE_LABELS,
  type Incident,
  QUALIFIER_LABELS,
  type Qualifier,
  recordHref,
} from "@monitor/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { GitMerge } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type ReactNode, useState } from "react";
import { Button } from "~/components/ui/button";
import { Dialog, DialogActions } from "~/components/ui/dialog";
import { FormAlert } from "~/components/ui/form-field";
import { readServerError } from "~/lib/form-errors";
import { cn } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";
import type { DuplicateCandidate } from "./incident-form";

export interface DuplicateReviewProps {
  record: Incident;
  candidates: DuplicateCandidate[];
  /** The server's message when it refused a save for undecided duplicates. */
  note: string | null;
  saving: boolean;
  error: string | null;
  onCancel: () => void;
  onSave: (decisions: DuplicateDecision[]) => void | Promise<void>;
}

type Choice = DuplicateDecision["decision"];

export function DuplicateReview({ record, candidates, note, saving, error, onCancel, onSave }: DuplicateReviewProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const groups = useQuery(trpc.groups.list.queryOptions({}));
  const sources = useQuery(trpc.sources.list.queryOptions({}));
  const merge = useMutation(trpc.records.mergeIncident.mutationOptions());
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [mergeError, setMergeError] = useState<string | null>(null);
  const undecided = candidates.filter((c) => !choices[c.key]).length;
  const groupName = (slug: string) => {
    const g = groups.data?.find((x) => x.slug === slug);
    return g ? (g.abbreviation ? `${g.name} (${g.abbreviation})` : g.name) : slug;
  };
  const sourceName = (slug: string) => sources.data?.find((s) => s.slug === slug)?.shortTitle ?? slug;
  const busy = saving || merge.isPending;

  async function mergeInto(c: DuplicateCandidate) {
    if (c.version === null) return;
    setMergeError(null);
    try {
      const result = await merge.mutateAsync({ record, into: c.key, expectedVersion: c.version });
      await queryClient.invalidateQueries();
      router.push(recordHref("incident", result.key) ?? "/incidents");
    } catch (err) {
      setMergeError(readServerError(err).message);
    }
  }

  return (
    <Dialog
      open
      onClose={onCancel}
      size="lg"
      className="w-[min(72rem,calc(100vw-2rem))]"
      title={candidates.length === 1 ? "This may already be in the log" : `This may already be in the log (${candidates.length} incidents)`}
      description="Incidents held for the same district, a day apart at most, with a group in common. Compare them, then say for each whether it is the same event. Nothing has been saved yet."
    >
      {note ? <FormAlert>{note}</FormAlert> : null}
      {error ? <FormAlert>{error}</FormAlert> : null}
      {mergeError ? <FormAlert>{mergeError}</FormAlert> : null}
      <div className="flex max-h-[65dvh] flex-col gap-5 overflow-y-auto pr-1">
        {candidates.map((c, n) => {
          const held = c.record as Incident | null;
          if (!held) return null;
          const name = `dup-${n}`;
          return (
            <section key={c.key} aria-labelledby={`${name}-title`} className="flex flex-col gap-3 rounded-lg border border-border p-3">
              <h3 id={`${name}-title`} className="text-[13.5px] font-semibold">
                Candidate {n + 1}: “{held.title}”
                <span className="ml-2 font-normal text-muted-foreground">
                  {c.dayDifference === 0 ? "same day" : `${Math.abs(c.dayDifference)} day ${c.dayDifference > 0 ? "after" : "before"}`} ·
                  shares {c.sharedGroups.map(groupName).join(", ")}
                </span>
              </h3>
              <div className="overflow-x-auto">
                <table className="w-full table-fixed border-collapse text-[12.5px]">
                  <caption className="sr-only">The new incident beside “{held.title}”</caption>
                  <thead>
                    <tr className="border-b border-border text-left">
                      <th scope="col" className="w-28 py-1.5 pr-2 font-medium text-muted-foreground">
                        <span className="sr-only">Field</span>
                      </th>
                      <th scope="col" className="py-1.5 pr-3 font-semibold">
                        New: {record.title}
                      </th>
                      <th scope="col" className="py-1.5 font-semibold">
                        <Link href={recordHref("incident", held.key) ?? "#"} target="_blank" className="text-accent-text hover:underline">
                          Held: {held.title}
                        </Link>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    <Row label="Date" a={dateLine(record)} b={dateLine(held)} />
                    <Row label="Place" a={placeLine(record)} b={placeLine(held)} />
                    <Row label="Type" a={INCIDENT_TYPE_LABELS[record.type]} b={INCIDENT_TYPE_LABELS[held.type]} />
                    <Row
                      label="Groups"
                      a={record.perpetrators.map((p) => `${groupName(p.group)} (${p.attribution})`).join(", ") || "none"}
                      b={held.perpetrators.map((p) => `${groupName(p.group)} (${p.attribution})`).join(", ") || "none"}
                    />
                    <Row label="Killed" a={count(record.killed, record.killedQualifier)} b={count(held.killed, held.killedQualifier)} />
                    <Row
                      label="Injured"
                      a={count(record.injured, record.injuredQualifier)}
                      b={count(held.injured, held.injuredQualifier)}
                    />
                    <Row
                      label="Citations"
                      a={<Citations items={record.citations} sourceName={sourceName} />}
                      b={<Citations items={held.citations} sourceName={sourceName} />}
                    />
                  </tbody>
                </table>
              </div>
              <fieldset className="flex flex-wrap items-center gap-x-5 gap-y-2 border-t border-border pt-3">
                <legend className="sr-only">What is “{held.title}” to the new incident?</legend>
                <label className="flex items-center gap-2 text-[13px]">
                  <input
                    type="radio"
                    name={name}
                    className="size-3.5 accent-accent"
                    checked={choices[c.key] === "link"}
                    onChange={() => setChoices((s) => ({ ...s, [c.key]: "link" }))}
                    disabled={busy}
                  />
                  Same event — link
                </label>
                <label className="flex items-center gap-2 text-[13px]">
                  <input
                    type="radio"
                    name={name}
                    className="size-3.5 accent-accent"
                    checked={choices[c.key] === "distinct"}
                    onChange={() => setChoices((s) => ({ ...s, [c.key]: "distinct" }))}
                    disabled={busy}
                  />
                  Distinct
                </label>
                <Button
                  variant="secondary"
                  size="sm"
                  className="ml-auto"
                  disabled={busy || c.version === null}
                  onClick={() => void mergeInto(c)}
                  title="Add the new report's groups and citations to the held incident; the new incident is not saved."
                >
                  <GitMerge aria-hidden="true" />
                  {merge.isPending && merge.variables?.into === c.key ? "Merging…" : "Merge into this one"}
                </Button>
              </fieldset>
            </section>
          );
        })}
      </div>
      <DialogActions>
        {undecided > 0 ? (
          <span className="mr-auto text-[12.5px] text-muted-foreground">
            Decide about {undecided} more {undecided === 1 ? "incident" : "incidents"} to save.
          </span>
        ) : null}
        <Button variant="ghost" onClick={onCancel} disabled={busy}>
          Back to the form
        </Button>
        <Button
          variant="primary"
          disabled={busy || undecided > 0}
          onClick={() => void onSave(candidates.map((c) => ({ key: c.key, decision: choices[c.key] ?? "distinct" })))}
        >
          {saving ? "Saving…" : "Save with these decisions"}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function Row({ label, a, b }: { label: string; a: ReactNode; b: ReactNode }) {
  const same = typeof a === "string" && a === b;
  return (
    <tr className="border-b border-border/60 align-top">
      <th scope="row" className="py-1.5 pr-2 text-left font-medium text-muted-foreground">
        {label}
      </th>
      <td className={cn("py-1.5 pr-3 break-words", same && "text-muted-foreground")}>{a}</td>
      <td className={cn("py-1.5 break-words", same && "text-muted-foreground")}>
        {b}
        {same ? <span className="ml-1 text-[11.5px]">(same)</span> : null}
      </td>
    </tr>
  );
}

function Citations({ items, sourceName }: { items: Incident["citations"]; sourceName: (s: string) => string }) {
  return (
    <ul className="flex flex-col gap-1.5">
      {items.map((c, i) => (
        <li key={i}>
          <span className="font-medium">{sourceName(c.source)}</span>
          <span className="text-muted-foreground">, {c.locator}: </span>“{c.quote}”
        </li>
      ))}
    </ul>
  );
}

function dateLine(i: Incident) {
  return `${formatDate(i.date, i.datePrecision)}${i.datePrecision === "day" ? "" : ` (${i.datePrecision} only)`}`;
}

function placeLine(i: Incident) {
  const parts = [i.place, i.district ? getAdminUnit(i.district)?.name : null, i.province ? getAdminUnit(i.province)?.name : null];
  return parts.filter(Boolean).join(", ") || getAdminUnit(i.country)?.name || i.country;
}

function count(n: number | null, q: Qualifier) {
  if (n === null) return "not given";
  return `${QUALIFIER_LABELS[q] ? `${QUALIFIER_LABELS[q]} ` : ""}${n}`;
}
