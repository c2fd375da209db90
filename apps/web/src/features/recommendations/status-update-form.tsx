"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { RouterOutputs } from "@monitor/api";
import {
  ASSESSOR_LABELS,
  ASSESSORS,
  type Assessor,
  allowedTransitions,
  COUNTRY_IDS,
  Evidence,
  formatDate,
  getAdminUnit,
  isRegression,
  isReview,
  listAdminUnits,
  RECOMMENDATION_STATUSES,
  type RecommendationStatus,
  RecordStatusUpdateInput,
  requiresEvidence,
  type SourceView,
  STATUS_LABELS,
  trackKey,
} from "@monitor/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { isTRPCClientError } from "@trpc/client";
import { FileText, Link2, Plus, RotateCw, TrendingDown, TriangleAlert, X } from "lucide-react";
import { type ReactNode, type RefObject, useEffect, useId, useMemo, useRef, useState } from "react";
import { type FieldErrors, type FieldValues, type Path, type UseFormSetError, useFieldArray, useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { Button } from "~/components/ui/button";
import { Dialog, DialogActions, useDialogCloseGuard } from "~/components/ui/dialog";
import { Field, FormAlert, inputClassName, TextField } from "~/components/ui/form-field";
import { readServerError } from "~/lib/form-errors";
import { cn } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";
import { DialogLoadState } from "./dialog-load-state";
import { StatusBadge } from "./status-badge";

type RecommendationDetailData = RouterOutputs["recommendations"]["get"];
export type RecordedUpdate = RouterOutputs["recommendations"]["recordUpdate"];

/** Which assessment track an update is recorded on (see `assessmentTracks` in the domain). */
export interface TrackScope {
  assessor: Assessor;
  assessorName: string | null;
  province: string | null;
}

/** What opens the form: the recommendation, and optionally a target status (a board drop) or a track. */
export interface StatusUpdateTarget {
  recKey: string;
  to?: RecommendationStatus;
  track?: TrackScope;
}

const PROVINCES = listAdminUnits({ level: "province" });
const ASSESSED_STATUSES = RECOMMENDATION_STATUSES.filter((s) => s !== "not_assessed");
const TOP_FIELDS = ["to", "date", "note", "evidence", "assessor", "assessorName", "province", "nextReviewOn"] as const;

const provinceName = (id: string) => getAdminUnit(id)?.name ?? id;

type FormInput = z.input<typeof RecordStatusUpdateInput>;

/** The status the track named by `scope` has now: the headline status for the main track, "not assessed" for a new one. */
function trackStatus(
  rec: RecommendationDetailData,
  scope: Partial<TrackScope>,
): { status: RecommendationStatus; since: string | null; exists: boolean } {
  const key = trackKey({
    assessor: scope.assessor ?? "analyst",
    assessorName: scope.assessorName ?? null,
    province: scope.province ?? null,
  });
  const track = rec.tracks.find((t) => t.key === key);
  return track ? { status: track.status, since: track.since, exists: true } : { status: "not_assessed", since: null, exists: false };
}

/**
 * The domain's input schema plus the domain's rules the form can check before asking the server (the
 * server checks them all again): a friendly message when no status is chosen, evidence for statuses that
 * need it, no future date, a named assessor for government and independent assessments, no move to the
 * track's own status, no next review in the past.
 */
function formSchema(rec: RecommendationDetailData) {
  return RecordStatusUpdateInput.extend({
    to: z.enum(RECOMMENDATION_STATUSES, { error: "Choose the new status." }),
  }).superRefine(
    (parsed, ctx) => {
      // Runs even when other fields failed (see `when`), so every problem shows at once: read defensively.
      const v = parsed as Partial<RecordStatusUpdateInput>;
      const current = trackStatus(rec, v).status;
      if (v.to && v.to === current && !isReview(current, v.to)) {
        ctx.addIssue({
          code: "custom",
          path: ["to"],
          message: `This track is already “${STATUS_LABELS[current]}”. Choose a different status.`,
        });
      }
      if (v.to && !isReview(current, v.to) && requiresEvidence(v.to) && (v.evidence?.length ?? 0) === 0) {
        ctx.addIssue({
          code: "custom",
          path: ["evidence"],
          message: `“${STATUS_LABELS[v.to]}” needs evidence: add a citation into a source or a dated link.`,
        });
      }
      if (typeof v.date === "string" && v.date > rec.today) {
        ctx.addIssue({ code: "custom", path: ["date"], message: `Must not be after today (${formatDate(rec.today)}).` });
      }
      if (v.assessor && v.assessor !== "analyst" && !v.assessorName?.trim()) {
        ctx.addIssue({
          code: "custom",
          path: ["assessorName"],
          message: "Name the assessor (for example “Ministry of Interior” or “PIPS”).",
        });
      }
      if (typeof v.nextReviewOn === "string" && v.nextReviewOn < rec.today) {
        ctx.addIssue({
          code: "custom",
          path: ["nextReviewOn"],
          message: "Must be today or later; leave it empty to keep the current date.",
        });
      }
    },
    { when: () => true },
  );
}

export interface StatusUpdateDialogProps {
  /** Opens the dialog when set. */
  target: StatusUpdateTarget | null;
  onClose: () => void;
  /** After the update is saved (the tracker's queries are already invalidated). */
  onRecorded: (result: RecordedUpdate, title: string) => void;
  fallbackFocus?: RefObject<HTMLElement | null>;
}

/**
 * Records a dated status update on one assessment track: the only way a recommendation's status changes.
 * The form loads the recommendation itself (current tracks, version), so the board and the detail page
 * open the same dialog.
 */
export function StatusUpdateDialog({ target, onClose, onRecorded, fallbackFocus }: StatusUpdateDialogProps) {
  return (
    <Dialog
      open={target !== null}
      onClose={onClose}
      title="Record a status update"
      description="A status changes only through a dated update. It is kept in the history with its note, its evidence and your name."
      size="lg"
      fallbackFocus={fallbackFocus}
    >
      {target ? <StatusUpdateLoader target={target} onCancel={onClose} onRecorded={onRecorded} /> : null}
    </Dialog>
  );
}

function StatusUpdateLoader({
  target,
  onCancel,
  onRecorded,
}: {
  target: StatusUpdateTarget;
  onCancel: () => void;
  onRecorded: (result: RecordedUpdate, title: string) => void;
}) {
  const trpc = useTRPC();
  const rec = useQuery(trpc.recommendations.get.queryOptions({ key: target.recKey }));
  const sources = useQuery(trpc.sources.list.queryOptions({}));
  if (!rec.data || !sources.data) {
    return <DialogLoadState queries={[rec, sources]} label="Loading the recommendation…" onCancel={onCancel} />;
  }
  return <StatusUpdateForm rec={rec.data} sources={sources.data} target={target} onCancel={onCancel} onRecorded={onRecorded} />;
}

function StatusUpdateForm({
  rec,
  sources,
  target,
  onCancel,
  onRecorded,
}: {
  rec: RecommendationDetailData;
  sources: readonly SourceView[];
  target: StatusUpdateTarget;
  onCancel: () => void;
  onRecorded: (result: RecordedUpdate, title: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [reloaded, setReloaded] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const schema = useMemo(() => formSchema(rec), [rec]);
  const initialTrack = target.track ?? { assessor: "analyst" as const, assessorName: null, province: null };
  const initialCurrent = trackStatus(rec, initialTrack).status;
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    clearErrors,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<FormInput, unknown, RecordStatusUpdateInput>({
    resolver: zodResolver(schema),
    defaultValues: {
      key: rec.key,
      expectedVersion: rec.version,
      to: target.to && allowedTransitions(initialCurrent).includes(target.to) ? target.to : undefined,
      date: rec.today,
      note: "",
      evidence: [],
      assessor: initialTrack.assessor,
      assessorName: initialTrack.assessorName,
      province: initialTrack.province,
      nextReviewOn: undefined,
    },
  });
  const evidence = useFieldArray({ control, name: "evidence" });
  const [assessor, assessorName, province, to] = useWatch({ control, name: ["assessor", "assessorName", "province", "to"] });
  const current = trackStatus(rec, { assessor, assessorName, province });
  const allowed = allowedTransitions(current.status);
  const record = useMutation(trpc.recommendations.recordUpdate.mutationOptions());
  useDialogCloseGuard(isDirty, "Discard this status update? Your note and evidence have not been recorded.");

  // Focus the first thing to decide: the note when the status came with the dialog (a board drop), else the track.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("[data-autofocus]")?.focus();
  }, []);

  const knownNames = [...new Set(rec.tracks.filter((t) => t.assessor === assessor && t.assessorName).map((t) => t.assessorName as string))];
  const recProvinces = rec.provinces;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setConflict(null);
    setReloaded(null);
    try {
      const result = await record.mutateAsync(values);
      await queryClient.invalidateQueries(trpc.recommendations.pathFilter());
      onRecorded(result, rec.title);
    } catch (err) {
      if (isTRPCClientError(err) && (err.data as { code?: string } | undefined)?.code === "CONFLICT") {
        setConflict(err.message);
        return;
      }
      setFormError(applyServerIssues(err, setError, TOP_FIELDS));
    }
  });

  async function reload() {
    setReloading(true);
    try {
      await queryClient.invalidateQueries(trpc.recommendations.pathFilter());
      const fresh = await queryClient.fetchQuery(trpc.recommendations.get.queryOptions({ key: rec.key }));
      setValue("expectedVersion", fresh.version);
      setConflict(null);
      setReloaded(
        `Reloaded: the recommendation is now at version ${fresh.version} and its status is “${STATUS_LABELS[fresh.status]}”. Your entries are kept; check them against the change and record again.`,
      );
    } catch (err) {
      setFormError(readServerError(err).message);
    } finally {
      setReloading(false);
    }
  }

  const evidenceError = errors.evidence?.message ?? errors.evidence?.root?.message;
  const needsEvidence = to !== undefined && !isReview(current.status, to) && requiresEvidence(to);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Status update" className="flex flex-col gap-5">
      <p className="-mt-1 text-[13px] font-medium">{rec.title}</p>
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

      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-[13px] font-semibold">Assessment track</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <RadioGroup label="Whose assessment" error={errors.assessor?.message}>
            {ASSESSORS.map((a) => (
              <label key={a} className="flex items-center gap-2 text-[13px]">
                <input
                  type="radio"
                  value={a}
                  className="size-3.5 accent-accent"
                  data-autofocus={!target.to && a === initialTrack.assessor ? true : undefined}
                  {...register("assessor", {
                    onChange: (e: { target: { value: string } }) => {
                      if (e.target.value === "analyst") setValue("assessorName", null);
                    },
                  })}
                />
                {a === "analyst" ? "Our analysts (the tracker’s verdict)" : ASSESSOR_LABELS[a]}
              </label>
            ))}
          </RadioGroup>
          <div className="flex flex-col gap-3">
            <Field
              label="Where"
              hint={
                recProvinces.length
                  ? `Tracked per province: ${recProvinces.map(provinceName).join(", ")}.`
                  : "National, or one province where implementation differs."
              }
              error={errors.province?.message}
            >
              {(c) => (
                <select {...c} className={inputClassName} {...register("province", { setValueAs: (v) => (v ? v : null) })}>
                  <option value="">National</option>
                  {recProvinces.length ? (
                    <optgroup label="This recommendation’s provinces">
                      {recProvinces.map((p) => (
                        <option key={p} value={p}>
                          {provinceName(p)}
                        </option>
                      ))}
                    </optgroup>
                  ) : null}
                  {COUNTRY_IDS.map((country) => (
                    <optgroup key={country} label={getAdminUnit(country)?.name ?? country}>
                      {PROVINCES.filter((p) => p.parent === country && !recProvinces.includes(p.id))
                        .sort((a, b) => a.name.localeCompare(b.name))
                        .map((p) => (
                          <option key={p.id} value={p.id}>
                            {p.name}
                            {p.formerFata ? " (until 2018)" : ""}
                          </option>
                        ))}
                    </optgroup>
                  ))}
                </select>
              )}
            </Field>
            {assessor !== "analyst" ? (
              <TextField
                label={assessor === "government" ? "Which part of government" : "Which organisation"}
                placeholder={assessor === "government" ? "Ministry of Interior" : "PIPS"}
                list={knownNames.length ? `assessor-names-${assessor}` : undefined}
                autoComplete="off"
                error={errors.assessorName?.message}
                {...register("assessorName", { setValueAs: (v) => (typeof v === "string" && v.trim() ? v : null) })}
              />
            ) : null}
            {knownNames.length ? (
              <datalist id={`assessor-names-${assessor}`}>
                {knownNames.map((n) => (
                  <option key={n} value={n} />
                ))}
              </datalist>
            ) : null}
          </div>
        </div>
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 rounded-md bg-surface-2 px-3 py-2 text-[12.5px] text-muted-foreground">
          {current.exists ? (
            <>
              Now on this track: <StatusBadge status={current.status} />
              {current.since ? <span>since {formatDate(current.since)}</span> : <span>(never updated)</span>}
            </>
          ) : (
            <>A new track: nobody has assessed the recommendation this way yet, so it starts from “Not assessed”.</>
          )}
        </p>
      </fieldset>

      <RadioGroup label="New status" error={errors.to?.message} legendClassName="text-[13px] font-semibold">
        <div className="grid gap-1.5 sm:grid-cols-2">
          {ASSESSED_STATUSES.map((s) => {
            const isCurrent = s === current.status;
            // The current status stays choosable on an assessed track: "no change" records a review.
            const permitted = allowed.includes(s) || isReview(current.status, s);
            const regression = permitted && isRegression(current.status, s);
            return (
              <label
                key={s}
                className={cn(
                  "flex min-h-9 items-center gap-2 rounded-md border border-border px-2.5 py-1.5 text-[12.5px]",
                  permitted
                    ? "cursor-pointer hover:bg-surface-2 has-[:checked]:border-accent has-[:checked]:bg-accent-soft/60"
                    : "opacity-60",
                )}
              >
                <input type="radio" value={s} disabled={!permitted} className="size-3.5 accent-accent" {...register("to")} />
                <StatusBadge status={s} />
                {isCurrent || regression || (permitted && requiresEvidence(s)) ? (
                  <span className="ml-auto flex flex-col items-end gap-0.5 text-right text-[11.5px] leading-tight">
                    {isCurrent ? (
                      <span className="text-muted-foreground">
                        {permitted ? "current status: no change, record a review" : "current status"}
                      </span>
                    ) : null}
                    {regression ? (
                      <span className="inline-flex items-center gap-1 font-medium text-warning">
                        <TrendingDown aria-hidden="true" className="size-3.5" strokeWidth={2} />
                        this is a regression
                      </span>
                    ) : null}
                    {permitted && !isCurrent && requiresEvidence(s) ? <span className="text-muted-foreground">needs evidence</span> : null}
                  </span>
                ) : null}
              </label>
            );
          })}
        </div>
      </RadioGroup>

      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Date of the change"
          type="date"
          max={rec.today}
          hint="When it happened (not today’s date unless it happened today)."
          error={errors.date?.message}
          {...register("date")}
        />
        <TextField
          label="Next review (optional)"
          type="date"
          min={rec.today}
          hint={
            rec.nextReviewOn ? `Now ${formatDate(rec.nextReviewOn)}; leave empty to keep it.` : "Not scheduled; leave empty to keep it so."
          }
          error={errors.nextReviewOn?.message}
          {...register("nextReviewOn", { setValueAs: (v) => (v ? v : undefined) })}
        />
      </div>

      <Field label="Note" hint="What changed and how you know it." error={errors.note?.message}>
        {(c) => (
          <textarea
            {...c}
            rows={3}
            data-autofocus={target.to ? true : undefined}
            className={`${inputClassName} h-auto py-2`}
            {...register("note")}
          />
        )}
      </Field>

      <EvidenceSection
        sources={sources}
        today={rec.today}
        items={evidence.fields}
        errors={errors}
        error={evidenceError}
        needsEvidence={needsEvidence ? (to as RecommendationStatus) : null}
        onAdd={(e) => {
          evidence.append(e);
          clearErrors("evidence");
        }}
        onRemove={(i) => evidence.remove(i)}
      />

      <DialogActions>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? "Recording…" : "Record update"}
        </Button>
      </DialogActions>
    </form>
  );
}

function RadioGroup({
  label,
  error,
  children,
  legendClassName,
}: {
  label: string;
  error?: string;
  children: ReactNode;
  legendClassName?: string;
}) {
  const errorId = useId();
  return (
    <fieldset aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined} className="flex flex-col gap-1.5">
      <legend className={cn("mb-1.5 text-[12.5px] font-medium", legendClassName)}>{label}</legend>
      {children}
      {error ? (
        <p id={errorId} className="text-[12px] font-medium text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * Puts a failed request's messages on a form's fields, nested ones too (the server names e.g.
 * evidence.0.citation.quote or indicator.group), and returns the message for the form alert.
 */
export function applyServerIssues<T extends FieldValues>(err: unknown, setError: UseFormSetError<T>, fields: readonly string[]): string {
  const { fields: messages, message } = readServerError(err, fields);
  const data = isTRPCClientError(err) ? (err.data as { issues?: unknown } | undefined) : undefined;
  const nested = Array.isArray(data?.issues) ? (data.issues as { path?: unknown; message?: unknown }[]) : [];
  const done = new Set<string>();
  let first = true;
  const put = (name: string, m: string) => {
    setError(name as Path<T>, { type: "server", message: m }, { shouldFocus: first });
    first = false;
  };
  for (const issue of nested) {
    if (!Array.isArray(issue.path) || typeof issue.message !== "string") continue;
    const [top] = issue.path;
    if (typeof top !== "string" || !fields.includes(top)) continue;
    put(issue.path.join("."), issue.message);
    done.add(top);
  }
  for (const [field, m] of Object.entries(messages)) if (!done.has(field)) put(field, m);
  return message;
}

type EvidenceValue = z.infer<typeof Evidence>;

/** All messages under one evidence item's errors (the server names e.g. evidence.0.citation.quote). */
function itemMessages(errors: FieldErrors<FormInput>, i: number): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const rec = node as Record<string, unknown>;
    if (typeof rec.message === "string" && rec.message) out.push(rec.message);
    for (const [k, v] of Object.entries(rec)) if (k !== "ref" && k !== "message" && k !== "type") walk(v);
  };
  walk(errors.evidence?.[i]);
  return [...new Set(out)];
}

function EvidenceSection({
  sources,
  today,
  items,
  errors,
  error,
  needsEvidence,
  onAdd,
  onRemove,
}: {
  sources: readonly SourceView[];
  today: string;
  items: readonly (EvidenceValue & { id: string })[];
  errors: FieldErrors<FormInput>;
  error: string | undefined;
  needsEvidence: RecommendationStatus | null;
  onAdd: (e: EvidenceValue) => void;
  onRemove: (i: number) => void;
}) {
  const [adding, setAdding] = useState<"citation" | "link" | null>(null);
  const headingId = useId();
  const errorId = useId();
  const names = new Map(sources.map((s) => [s.slug, s.shortTitle]));
  return (
    <section aria-labelledby={headingId} aria-describedby={error ? errorId : undefined} className="flex flex-col gap-2.5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-[13px] font-semibold">
          Evidence <span className="font-normal text-muted-foreground">({items.length})</span>
        </h3>
        <div className="flex gap-1.5">
          <Button
            size="sm"
            variant={adding === "citation" ? "primary" : "secondary"}
            aria-expanded={adding === "citation"}
            onClick={() => setAdding(adding === "citation" ? null : "citation")}
          >
            <FileText aria-hidden="true" />
            Add citation
          </Button>
          <Button
            size="sm"
            variant={adding === "link" ? "primary" : "secondary"}
            aria-expanded={adding === "link"}
            onClick={() => setAdding(adding === "link" ? null : "link")}
          >
            <Link2 aria-hidden="true" />
            Add link
          </Button>
        </div>
      </div>
      {needsEvidence ? (
        <p
          className={cn(
            "rounded-md border px-3 py-2 text-[12.5px]",
            items.length ? "border-border bg-surface-2 text-muted-foreground" : "border-warning/40 bg-warning-soft text-foreground",
          )}
        >
          “{STATUS_LABELS[needsEvidence]}” needs evidence that outsiders can check: a citation into a source (with its exact words) or a
          link with its title and date. {items.length ? "Attached below." : "Add at least one before recording."}
        </p>
      ) : (
        <p className="text-[12px] text-muted-foreground">
          Optional for this status. Partially implemented, implemented and rejected always need evidence.
        </p>
      )}
      {error ? (
        <p id={errorId} className="text-[12px] font-medium text-danger">
          {error}
        </p>
      ) : null}
      {items.length ? (
        <ol className="flex flex-col divide-y divide-border rounded-md border border-border">
          {items.map((e, i) => {
            const messages = itemMessages(errors, i);
            return (
              <li key={e.id} className="flex items-start gap-3 px-3 py-2 text-[12.5px]">
                <div className="min-w-0 flex-1">
                  {e.kind === "citation" ? (
                    <>
                      <blockquote className="border-l-2 border-border-strong pl-2.5 leading-relaxed before:content-[open-quote] after:content-[close-quote]">
                        {e.citation.quote}
                      </blockquote>
                      <p className="mt-1 text-muted-foreground">
                        {names.get(e.citation.source) ?? e.citation.source} · {e.citation.locator}
                      </p>
                    </>
                  ) : (
                    <p>
                      <span className="font-medium">{e.title}</span>
                      <span className="text-muted-foreground">
                        {" "}
                        · {formatDate(e.date)} · <span className="break-all">{e.url}</span>
                      </span>
                    </p>
                  )}
                  {messages.map((m) => (
                    <p key={m} className="mt-1 font-medium text-danger">
                      {m}
                    </p>
                  ))}
                </div>
                <Button size="icon-sm" variant="ghost" onClick={() => onRemove(i)} title="Remove this evidence">
                  <X aria-hidden="true" />
                  <span className="sr-only">Remove evidence {i + 1}</span>
                </Button>
              </li>
            );
          })}
        </ol>
      ) : null}
      {adding === "citation" ? (
        <CitationDraft
          sources={sources}
          onAdd={(e) => {
            onAdd(e);
            setAdding(null);
          }}
          onCancel={() => setAdding(null)}
        />
      ) : null}
      {adding === "link" ? (
        <LinkDraft
          today={today}
          onAdd={(e) => {
            onAdd(e);
            setAdding(null);
          }}
          onCancel={() => setAdding(null)}
        />
      ) : null}
    </section>
  );
}

/** Field messages of a draft checked with the domain's Evidence schema, keyed by the last path segment. */
function draftErrors(result: ReturnType<typeof Evidence.safeParse>): Record<string, string> {
  if (result.success) return {};
  const out: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const last = issue.path.at(-1);
    if (typeof last === "string") out[last] ??= issue.message;
  }
  return out;
}

/** A sub-form inside the status form (forms cannot nest): Enter in one of its inputs adds the draft instead of submitting. */
function DraftFrame({ label, onEnter, children }: { label: string; onEnter: () => void; children: ReactNode }) {
  return (
    <fieldset
      aria-label={label}
      onKeyDown={(e) => {
        if (e.key === "Enter" && e.target instanceof HTMLInputElement) {
          e.preventDefault();
          onEnter();
        }
      }}
      className="flex flex-col gap-3 rounded-md border border-border-strong/60 bg-surface-2/60 p-3"
    >
      {children}
    </fieldset>
  );
}

function CitationDraft({
  sources,
  onAdd,
  onCancel,
}: {
  sources: readonly SourceView[];
  onAdd: (e: EvidenceValue) => void;
  onCancel: () => void;
}) {
  const [source, setSource] = useState("");
  const [locator, setLocator] = useState("");
  const [quote, setQuote] = useState("");
  const [errs, setErrs] = useState<Record<string, string>>({});
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  function add() {
    const result = Evidence.safeParse({ kind: "citation", citation: { source, locator, quote } });
    if (!result.success) {
      const e = draftErrors(result);
      setErrs({ ...e, source: source ? (e.source ?? "") : "Pick the source." });
      return;
    }
    onAdd(result.data);
  }
  return (
    <DraftFrame label="New citation" onEnter={add}>
      <Field label="Source" error={errs.source || undefined}>
        {(c) => (
          <select {...c} ref={first} className={inputClassName} value={source} onChange={(e) => setSource(e.target.value)}>
            <option value="">Choose a source…</option>
            {sources.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.shortTitle}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        label="Where in the source"
        placeholder="p. 12, or section 5.2"
        value={locator}
        onChange={(e) => setLocator(e.target.value)}
        error={errs.locator}
      />
      <Field label="Exact quote" hint="Copied word for word; it is checked against the source’s text." error={errs.quote}>
        {(c) => (
          <textarea {...c} rows={3} className={`${inputClassName} h-auto py-2`} value={quote} onChange={(e) => setQuote(e.target.value)} />
        )}
      </Field>
      <div className="flex justify-end gap-2">
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Discard
        </Button>
        <Button size="sm" variant="secondary" onClick={add}>
          <Plus aria-hidden="true" />
          Add this citation
        </Button>
      </div>
    </DraftFrame>
  );
}

function LinkDraft({ today, onAdd, onCancel }: { today: string; onAdd: (e: EvidenceValue) => void; onCancel: () => void }) {
  const [url, setUrl] = useState("");
  const [title, setTitle] = useState("");
  const [date, setDate] = useState("");
  const [errs, setErrs] = useState<Record<string, string>>({});
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  function add() {
    const result = Evidence.safeParse({ kind: "link", url: url.trim(), title, date });
    if (!result.success) {
      const e = draftErrors(result);
      setErrs(date ? e : { ...e, date: "Give the date of the page or document." });
      return;
    }
    onAdd(result.data);
  }
  return (
    <DraftFrame label="New link" onEnter={add}>
      <TextField
        ref={first}
        label="Web address"
        type="url"
        placeholder="https://"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        error={errs.url}
      />
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_10rem]">
        <TextField label="Title" value={title} onChange={(e) => setTitle(e.target.value)} error={errs.title} />
        <TextField label="Dated" type="date" max={today} value={date} onChange={(e) => setDate(e.target.value)} error={errs.date} />
      </div>
      <div className="flex justify-end gap-2">
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Discard
        </Button>
        <Button size="sm" variant="secondary" onClick={add}>
          <Plus aria-hidden="true" />
          Add this link
        </Button>
      </div>
    </DraftFrame>
  );
}
