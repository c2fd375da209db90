"use client";

import type { RouterOutputs } from "@monitor/api";
import { formatCount, type RecommendationView } from "@monitor/domain";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { Copy, Layers, Link2, X } from "lucide-react";
import Link from "next/link";
import { Suspense, useId, useState } from "react";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Dialog, DialogActions } from "~/components/ui/dialog";
import { EmptyState } from "~/components/ui/empty-state";
import { FormAlert, TextField } from "~/components/ui/form-field";
import { Skeleton } from "~/components/ui/skeleton";
import { RoleGate } from "~/features/auth/session-context";
import { type Column, SortableTable } from "~/features/trends/sortable-table";
import { readServerError } from "~/lib/form-errors";
import { cn } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";
import { recommendationHref } from "./recommendations-list";
import { StatusBadge } from "./status-badge";
import { familyHref } from "./tracker-params";

type Suggestion = RouterOutputs["recommendations"]["duplicateSuggestions"][number];
type Made = { year: number | null; publishedOn: string | null; source: string };

/** "2022, PIPS 2022" or "Akbar: Taliban 2.0 (year not stated)". */
export function madeLabel(made: Made, shortTitle: (slug: string) => string): string {
  return made.year === null ? `${shortTitle(made.source)} (year not stated)` : `${made.year}, ${shortTitle(made.source)}`;
}

export function useSourceTitles() {
  const trpc = useTRPC();
  const { data: sources } = useSuspenseQuery(trpc.sources.list.queryOptions({}));
  const titles = new Map(sources.map((s) => [s.slug, s.shortTitle]));
  return (slug: string) => titles.get(slug) ?? slug;
}

/**
 * Recommendation families ("repeats"): each recommendation made in several reports, how often and
 * since when; and, for editors, the likely repeats that text similarity found, to confirm into a
 * family or dismiss. Nothing is merged without an editor's confirmation.
 */
export function FamiliesView({ dissolved, suggestionLimit }: { dissolved?: string | null; suggestionLimit: number }) {
  return (
    <div className="flex flex-col gap-10">
      {dissolved ? (
        <FormAlert tone="success">
          The family “{dissolved}” was dissolved: it had one recommendation left. That recommendation stays in the tracker on its own.
        </FormAlert>
      ) : null}
      <FamiliesList />
      <RoleGate min="editor">
        <Suspense fallback={<SuggestionsSkeleton />}>
          <LikelyRepeats limit={suggestionLimit} />
        </Suspense>
      </RoleGate>
    </div>
  );
}

interface FamilyRow {
  key: string;
  title: string;
  note: string | null;
  timesMade: number;
  sources: number | null;
  first: Made | null;
  last: Made | null;
}

/** Comparable "when made": publication date, else mid-year, else last (as the domain orders members). */
const madeOrder = (m: Made | null) => (m ? (m.publishedOn ?? (m.year === null ? "9999" : `${m.year}-07-01`)) : "9999");

function FamiliesList() {
  const trpc = useTRPC();
  const shortTitle = useSourceTitles();
  const { data: families } = useSuspenseQuery(trpc.recommendations.families.queryOptions());
  const rows: FamilyRow[] = families.map((f) => ({
    key: f.key,
    title: f.title,
    note: f.note,
    timesMade: f.summary?.timesMade ?? f.members,
    sources: f.summary?.sources ?? null,
    first: f.summary?.firstMade ?? null,
    last: f.summary?.lastMade ?? null,
  }));
  const columns: Column<FamilyRow>[] = [
    {
      id: "title",
      header: "Recommendation family",
      rowHeader: true,
      className: "whitespace-normal",
      sortValue: (r) => r.title.toLowerCase(),
      cell: (r) => (
        <div className="flex max-w-[46ch] flex-col gap-0.5">
          <Link href={familyHref(r.key)} className="font-medium text-foreground hover:text-accent-text hover:underline">
            {r.title}
          </Link>
          {r.note ? <span className="line-clamp-2 text-[12px] leading-snug text-muted-foreground">{r.note}</span> : null}
        </div>
      ),
    },
    {
      id: "times",
      header: "Times made",
      numeric: true,
      sortValue: (r) => r.timesMade,
      cell: (r) => <span className="font-semibold">{formatCount(r.timesMade)}</span>,
    },
    {
      id: "sources",
      header: "Sources",
      numeric: true,
      sortValue: (r) => r.sources,
      cell: (r) => (r.sources === null ? "…" : formatCount(r.sources)),
    },
    {
      id: "first",
      header: "First made",
      sortValue: (r) => madeOrder(r.first),
      cell: (r) => (r.first ? <MadeCell made={r.first} shortTitle={shortTitle} /> : "—"),
    },
    {
      id: "last",
      header: "Most recently",
      sortValue: (r) => madeOrder(r.last),
      cell: (r) => (r.last ? <MadeCell made={r.last} shortTitle={shortTitle} /> : "—"),
    },
  ];
  return (
    <section aria-labelledby="families-heading" className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <h2 id="families-heading" className="text-[15px] font-semibold tracking-[-0.01em]">
          Recommendations made more than once
        </h2>
        <p className="max-w-3xl text-[13px] leading-relaxed text-muted-foreground">
          Each family links the same recommendation as made in several reports. Every original keeps its own record, status and exact quote;
          the family counts how many times, by how many sources and since when it has been asked for.
        </p>
      </div>
      {rows.length === 0 ? (
        <EmptyState
          icon={Layers}
          title="No recommendation families yet"
          description="When an editor confirms that two reports make the same recommendation, the family appears here with how often it was made."
        />
      ) : (
        <div className="rounded-lg border border-border bg-surface px-4 pt-1 pb-2">
          <SortableTable
            caption={`Recommendation families: ${rows.length}, most often made first`}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.key}
            initialSort={{ id: "times", dir: "desc" }}
            testId="families-table"
          />
        </div>
      )}
    </section>
  );
}

function MadeCell({ made, shortTitle }: { made: Made; shortTitle: (slug: string) => string }) {
  return (
    <div className="flex flex-col leading-snug">
      <span className={cn("tabular-nums", made.year === null && "text-muted-foreground")}>{made.year ?? "Year not stated"}</span>
      <span className="text-[12px] text-muted-foreground">{shortTitle(made.source)}</span>
    </div>
  );
}

function SuggestionsSkeleton() {
  return (
    <div aria-busy="true" className="flex flex-col gap-3">
      <span className="sr-only">Loading likely repeats…</span>
      <Skeleton className="h-5 w-40" />
      <Skeleton className="h-48 w-full" />
      <Skeleton className="h-48 w-full" />
    </div>
  );
}

type Pending = { kind: "link" | "dismiss"; suggestion: Suggestion };
/** Suggestions shown at first, and added by "Show more". */
const PAGE = 10;
const pairId = (s: Suggestion) => [s.a.key, s.b.key].sort().join("|");

/** Editors: pairs of recommendations whose wording is alike, to link as one family or dismiss. */
function LikelyRepeats({ limit }: { limit: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: suggestions } = useSuspenseQuery(trpc.recommendations.duplicateSuggestions.queryOptions({ limit }));
  const [pending, setPending] = useState<Pending | null>(null);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<{ text: string; href?: string } | null>(null);
  const [visible, setVisible] = useState(PAGE);
  const open = suggestions.filter((s) => !hidden.has(pairId(s)));
  const shown = open.slice(0, visible);

  const done = async (s: Suggestion, text: string, href?: string) => {
    setHidden((h) => new Set([...h, pairId(s)]));
    setPending(null);
    setMessage({ text, href });
    await queryClient.invalidateQueries(trpc.recommendations.pathFilter());
  };

  return (
    <section aria-labelledby="repeats-heading" className="flex flex-col gap-3" data-testid="likely-repeats">
      <div className="flex flex-col gap-1">
        <h2 id="repeats-heading" className="flex items-center gap-2 text-[15px] font-semibold tracking-[-0.01em]">
          Likely repeats
          <Badge variant="accent">Editors</Badge>
        </h2>
        <p className="max-w-3xl text-[13px] leading-relaxed text-muted-foreground">
          Pairs of recommendations worded alike, most similar first. Similarity compares the words of the titles and texts; it is a hint,
          not a verdict. Link a pair only when both ask for the same thing; a dismissed pair is not suggested again.
        </p>
      </div>
      {message ? (
        <FormAlert tone="success">
          {message.text}
          {message.href ? (
            <>
              {" "}
              <Link href={message.href} className="font-medium text-accent-text underline-offset-2 hover:underline">
                Open the family
              </Link>
            </>
          ) : null}
        </FormAlert>
      ) : null}
      {open.length === 0 ? (
        <EmptyState
          icon={Copy}
          title="No likely repeats to review"
          description="No two recommendations outside a shared family are worded alike enough to suggest. New recommendations are compared as they are added."
        />
      ) : (
        <>
          <p className="text-[12.5px] text-muted-foreground">
            {open.length === 1 ? "1 pair" : `${formatCount(open.length)} pairs`} to review
            {suggestions.length >= limit ? ` (the ${limit} most similar; more appear as you review these)` : ""}.
          </p>
          <ol className="flex flex-col gap-4">
            {shown.map((s) => (
              <li key={pairId(s)}>
                <SuggestionCard
                  suggestion={s}
                  onLink={() => setPending({ kind: "link", suggestion: s })}
                  onDismiss={() => setPending({ kind: "dismiss", suggestion: s })}
                />
              </li>
            ))}
          </ol>
          {open.length > shown.length ? (
            <Button variant="secondary" className="self-center" onClick={() => setVisible((v) => v + PAGE)}>
              Show {Math.min(PAGE, open.length - shown.length)} more of {formatCount(open.length - shown.length)}
            </Button>
          ) : null}
        </>
      )}
      <Dialog
        open={pending?.kind === "link"}
        onClose={() => setPending(null)}
        title="Link as the same recommendation?"
        description="Both stay in the tracker with their own record, status and quote; the family says the recommendation was made in both places."
      >
        {pending?.kind === "link" ? (
          <LinkForm
            suggestion={pending.suggestion}
            onCancel={() => setPending(null)}
            onDone={(r) => done(pending.suggestion, `Linked as one recommendation in the family “${r.title}”.`, familyHref(r.familyKey))}
          />
        ) : null}
      </Dialog>
      <Dialog
        open={pending?.kind === "dismiss"}
        onClose={() => setPending(null)}
        title="Not the same recommendation?"
        description="The pair will no longer be suggested. Nothing else changes; either recommendation can still be linked to others."
      >
        {pending?.kind === "dismiss" ? (
          <DismissForm
            suggestion={pending.suggestion}
            onCancel={() => setPending(null)}
            onDone={() =>
              done(
                pending.suggestion,
                `Dismissed: “${pending.suggestion.a.title}” and “${pending.suggestion.b.title}” are not suggested again.`,
              )
            }
          />
        ) : null}
      </Dialog>
    </section>
  );
}

function SuggestionCard({ suggestion: s, onLink, onDismiss }: { suggestion: Suggestion; onLink: () => void; onDismiss: () => void }) {
  const pct = Math.round(s.score * 100);
  const id = useId();
  return (
    <article
      aria-labelledby={`${id}-h`}
      className="rounded-lg border border-border bg-surface shadow-[0_1px_2px_rgb(0_0_0/0.03)]"
      data-suggestion={pairId(s)}
      data-linked={s.a.family || s.b.family ? "yes" : "no"}
    >
      <header className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-border px-4 py-2.5">
        <h3 id={`${id}-h`} className="sr-only">
          {`Possible repeat: “${s.a.title}” and “${s.b.title}”`}
        </h3>
        <div className="flex items-center gap-2" title="Share of weighted words the two have in common">
          <span className="text-[15px] font-semibold tabular-nums">{pct}%</span>
          <span className="text-[12px] text-muted-foreground">similar</span>
          <span aria-hidden="true" className="h-1.5 w-16 overflow-hidden rounded-full bg-surface-3">
            <span className="block h-full rounded-full bg-accent" style={{ width: `${Math.min(100, pct)}%` }} />
          </span>
        </div>
        {s.sameSource ? <Badge variant="outline">Same source</Badge> : null}
        <div className="flex min-w-0 flex-1 flex-wrap items-center gap-1">
          <span className="text-[12px] text-muted-foreground">Shared words:</span>
          <ul className="flex flex-wrap gap-1" aria-label="Shared words">
            {s.sharedTerms.map((t) => (
              <li key={t}>
                <Badge variant="neutral" className="font-normal">
                  {t}
                </Badge>
              </li>
            ))}
          </ul>
        </div>
      </header>
      <div className="grid divide-border md:grid-cols-2 md:divide-x max-md:divide-y">
        <RecommendationSide rec={s.a} />
        <RecommendationSide rec={s.b} />
      </div>
      <footer className="flex flex-wrap items-center justify-end gap-2 border-t border-border bg-surface-2/50 px-4 py-2.5">
        <Button variant="secondary" size="sm" onClick={onDismiss}>
          <X aria-hidden="true" />
          Not the same
        </Button>
        <Button variant="primary" size="sm" onClick={onLink}>
          <Link2 aria-hidden="true" />
          Same recommendation: link
        </Button>
      </footer>
    </article>
  );
}

function RecommendationSide({ rec }: { rec: RecommendationView }) {
  return (
    <div className="flex min-w-0 flex-col gap-2 px-4 py-3">
      <p className="flex flex-wrap items-center gap-x-1.5 text-[12px] text-muted-foreground">
        <Link href={`/sources/${rec.source}`} className="font-medium text-foreground hover:underline">
          {rec.sourceShortTitle}
        </Link>
        {rec.number ? <span>· No. {rec.number}</span> : null}
        {rec.sourceYear ? <span>· {rec.sourceYear}</span> : null}
      </p>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Link
          href={recommendationHref(rec.key)}
          className="text-[13.5px] leading-snug font-semibold hover:text-accent-text hover:underline"
        >
          {rec.title}
        </Link>
        <StatusBadge status={rec.status} />
      </div>
      <p className="text-[13px] leading-relaxed whitespace-pre-line">{rec.text}</p>
      {rec.citations.map((c, i) => (
        <figure key={`${c.source}-${i}`} className="flex flex-col gap-1">
          <blockquote className="border-l-2 border-accent/50 pl-2.5 text-[12.5px] leading-relaxed text-foreground/90 before:content-[open-quote] after:content-[close-quote]">
            {c.quote}
          </blockquote>
          <figcaption className="pl-3 text-[11.5px] text-muted-foreground">
            {c.locator}
            {c.originalProducer ? ` · originally from ${c.originalProducer}` : ""}
          </figcaption>
        </figure>
      ))}
      <p className="mt-auto pt-1 text-[12px] text-muted-foreground">
        {rec.family ? (
          <>
            In the family{" "}
            <Link href={familyHref(rec.family.key)} className="font-medium text-accent-text hover:underline">
              {rec.family.title}
            </Link>
          </>
        ) : (
          "Not in a family"
        )}
      </p>
    </div>
  );
}

function LinkForm({
  suggestion: s,
  onCancel,
  onDone,
}: {
  suggestion: Suggestion;
  onCancel: () => void;
  onDone: (r: { familyKey: string; title: string }) => void | Promise<void>;
}) {
  const trpc = useTRPC();
  const link = useMutation(trpc.recommendations.linkFamily.mutationOptions());
  const families = [s.a.family, s.b.family].filter((f): f is NonNullable<typeof f> => f !== null);
  const options = families.filter((f, i) => families.findIndex((g) => g.key === f.key) === i);
  const shorter = s.a.title.length <= s.b.title.length ? s.a.title : s.b.title;
  const [familyKey, setFamilyKey] = useState<string | null>(options[0]?.key ?? null);
  const [title, setTitle] = useState(shorter);
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const groupId = useId();

  const submit = async () => {
    setError(null);
    const t = title.trim();
    if (!familyKey && !t) {
      setError({ field: "title", message: "Give the family a title: the recommendation in a few words." });
      return;
    }
    try {
      const r = await link.mutateAsync({ keys: [s.a.key, s.b.key], familyKey, title: familyKey ? null : t });
      await onDone(r);
    } catch (err) {
      const e = readServerError(err, ["title", "keys"]);
      setError({ field: e.fields.title ? "title" : undefined, message: e.fields.title ?? e.message });
    }
  };

  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <ul className="flex flex-col gap-1.5 text-[13px]">
        {[s.a, s.b].map((r) => (
          <li key={r.key} className="rounded-md border border-border bg-surface-2/60 px-2.5 py-1.5">
            <span className="font-medium">{r.title}</span>
            <span className="text-muted-foreground"> · {r.sourceShortTitle}</span>
          </li>
        ))}
      </ul>
      {options.length > 1 ? (
        <fieldset className="flex flex-col gap-1.5" aria-describedby={`${groupId}-hint`}>
          <legend className="mb-1 text-[12.5px] font-medium">Join which family?</legend>
          <p id={`${groupId}-hint`} className="text-[12px] text-muted-foreground">
            They are in different families; the one not chosen loses this member (and is dissolved if one member is left).
          </p>
          {options.map((f) => (
            <label key={f.key} className="flex items-start gap-2 text-[13px]">
              <input
                type="radio"
                name="family"
                className="mt-0.5"
                checked={familyKey === f.key}
                onChange={() => setFamilyKey(f.key)}
                data-autofocus={familyKey === f.key ? "" : undefined}
              />
              {f.title}
            </label>
          ))}
        </fieldset>
      ) : options[0] ? (
        <p className="text-[13px]">
          Both will be in the existing family <span className="font-medium">“{options[0].title}”</span>.
        </p>
      ) : (
        <TextField
          label="Family title"
          name="title"
          value={title}
          maxLength={300}
          onChange={(e) => setTitle(e.target.value)}
          error={error?.field === "title" ? error.message : undefined}
          hint="The recommendation in a few words; it names the family in the tracker."
          data-autofocus=""
        />
      )}
      {error && error.field !== "title" ? <FormAlert>{error.message}</FormAlert> : null}
      <DialogActions>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={link.isPending} data-autofocus={options.length === 1 ? "" : undefined}>
          {link.isPending ? "Linking…" : options.length ? "Link into the family" : "Create the family and link"}
        </Button>
      </DialogActions>
    </form>
  );
}

function DismissForm({
  suggestion: s,
  onCancel,
  onDone,
}: {
  suggestion: Suggestion;
  onCancel: () => void;
  onDone: () => void | Promise<void>;
}) {
  const trpc = useTRPC();
  const dismiss = useMutation(trpc.recommendations.dismissDuplicate.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        try {
          await dismiss.mutateAsync({ a: s.a.key, b: s.b.key });
          await onDone();
        } catch (err) {
          setError(readServerError(err).message);
        }
      }}
    >
      <ul className="flex flex-col gap-1.5 text-[13px]">
        {[s.a, s.b].map((r) => (
          <li key={r.key} className="rounded-md border border-border bg-surface-2/60 px-2.5 py-1.5">
            <span className="font-medium">{r.title}</span>
            <span className="text-muted-foreground"> · {r.sourceShortTitle}</span>
          </li>
        ))}
      </ul>
      {error ? <FormAlert>{error}</FormAlert> : null}
      <DialogActions>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={dismiss.isPending} data-autofocus="">
          {dismiss.isPending ? "Dismissing…" : "Not the same: dismiss"}
        </Button>
      </DialogActions>
    </form>
  );
}
