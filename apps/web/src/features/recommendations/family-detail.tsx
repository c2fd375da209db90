"use client";

import type { RecommendationView } from "@monitor/domain";
import { formatCount, THEME_LABELS } from "@monitor/domain";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { ArrowRight, Unlink } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { Dialog, DialogActions } from "~/components/ui/dialog";
import { FormAlert } from "~/components/ui/form-field";
import { PageHeader } from "~/components/ui/page-header";
import { RoleGate } from "~/features/auth/session-context";
import { readServerError } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";
import { madeLabel, useSourceTitles } from "./families-view";
import { recommendationHref } from "./recommendations-list";
import { StatusBadge } from "./status-badge";

/**
 * One recommendation family: how many times, by how many sources and since when the recommendation
 * has been made, and every original in the order the reports came out, each with its own exact quote
 * and current status. Editors can take a member out; a family left with one member is dissolved.
 */
export function FamilyDetail({ familyKey }: { familyKey: string }) {
  const trpc = useTRPC();
  const shortTitle = useSourceTitles();
  const { data: family } = useSuspenseQuery(trpc.recommendations.family.queryOptions({ key: familyKey }));
  const [removing, setRemoving] = useState<RecommendationView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const s = family.summary;
  const since = s ? (s.firstMade.year !== null ? String(s.firstMade.year) : shortTitle(s.firstMade.source)) : null;

  return (
    <>
      <PageHeader
        eyebrow={
          <span>
            <Link href="/recommendations" className="hover:text-foreground hover:underline">
              Recommendations
            </Link>{" "}
            /{" "}
            <Link href="/recommendations/families" className="hover:text-foreground hover:underline">
              Repeats
            </Link>
          </span>
        }
        title={family.title}
        description={family.note ?? undefined}
      />

      {s ? (
        <section aria-label="How often it was made" className="mb-8 flex flex-col gap-3">
          <p className="text-[17px] leading-7 font-semibold tracking-[-0.01em]" data-testid="family-summary">
            Made {s.timesMade === 1 ? "once" : `${formatCount(s.timesMade)} times`} by{" "}
            {s.sources === 1 ? "1 source" : `${formatCount(s.sources)} sources`}
            {since ? ` since ${since}` : ""}
          </p>
          <dl className="grid max-w-3xl grid-cols-2 gap-x-6 gap-y-1 text-[13px] sm:grid-cols-[auto_1fr_auto_1fr]">
            <dt className="text-muted-foreground">First made</dt>
            <dd>{madeLabel(s.firstMade, shortTitle)}</dd>
            <dt className="text-muted-foreground">Most recently</dt>
            <dd>{madeLabel(s.lastMade, shortTitle)}</dd>
          </dl>
        </section>
      ) : null}

      <section aria-labelledby="originals-heading" className="flex flex-col gap-3">
        <div className="flex flex-col gap-1">
          <h2 id="originals-heading" className="text-[15px] font-semibold tracking-[-0.01em]">
            Each time it was made
          </h2>
          <p className="text-[13px] text-muted-foreground">Oldest report first. Each original keeps its own record, status and quote.</p>
        </div>
        {message ? <FormAlert tone="success">{message}</FormAlert> : null}
        <ol ref={listRef} className="flex flex-col gap-3" aria-label="Originals, oldest first" tabIndex={-1}>
          {family.members.map((m, i) => (
            <li key={m.key} data-member={m.key} className="grid grid-cols-[3.25rem_minmax(0,1fr)] gap-3">
              <div className="flex flex-col items-center pt-3">
                <span className="text-[13px] font-semibold tabular-nums">{m.sourceYear ?? "n.d."}</span>
                <span className="mt-0.5 text-[11px] text-subtle tabular-nums">{i + 1}</span>
                {i < family.members.length - 1 ? <span aria-hidden="true" className="mt-1.5 w-px flex-1 bg-border-strong/60" /> : null}
              </div>
              <article className="min-w-0 rounded-lg border border-border bg-surface px-4 py-3">
                <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1.5">
                  <div className="flex min-w-0 flex-col gap-0.5">
                    <p className="text-[12px] text-muted-foreground">
                      <Link href={`/sources/${m.source}`} className="font-medium text-foreground hover:underline">
                        {m.sourceShortTitle}
                      </Link>
                      {m.sourceYear ? ` · ${m.sourceYear}` : " · year not stated"}
                      {m.number ? ` · No. ${m.number}` : ""}
                      {` · ${THEME_LABELS[m.theme]}`}
                    </p>
                    <h3 className="text-[14px] leading-snug font-semibold">
                      <Link href={recommendationHref(m.key)} className="hover:text-accent-text hover:underline">
                        {m.title}
                      </Link>
                    </h3>
                  </div>
                  <StatusBadge status={m.status} />
                </div>
                <div className="mt-2.5 flex flex-col gap-2.5">
                  {m.citations.map((c, ci) => (
                    <figure key={`${c.source}-${ci}`} className="flex flex-col gap-1">
                      <blockquote className="border-l-2 border-accent/50 pl-3 text-[13px] leading-relaxed before:content-[open-quote] after:content-[close-quote]">
                        {c.quote}
                      </blockquote>
                      <figcaption className="pl-3.5 text-[12px] text-muted-foreground">
                        {c.sourceShortTitle} · {c.locator}
                        {c.originalProducer ? ` · originally from ${c.originalProducer}` : ""}
                      </figcaption>
                    </figure>
                  ))}
                </div>
                <div className="mt-3 flex flex-wrap items-center justify-between gap-2 border-t border-border pt-2.5">
                  <Link
                    href={recommendationHref(m.key)}
                    className="inline-flex items-center gap-1 text-[12.5px] font-medium text-accent-text hover:underline"
                  >
                    Status history and evidence
                    <ArrowRight aria-hidden="true" className="size-3.5" strokeWidth={2} />
                  </Link>
                  <RoleGate min="editor">
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={() => {
                        setMessage(null);
                        setRemoving(m);
                      }}
                      aria-label={`Remove “${m.title}” from this family`}
                    >
                      <Unlink aria-hidden="true" />
                      Remove from family
                    </Button>
                  </RoleGate>
                </div>
              </article>
            </li>
          ))}
        </ol>
      </section>

      <Dialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title="Remove from this family?"
        fallbackFocus={listRef}
        description={
          family.members.length <= 2
            ? "The family will be dissolved: a family links at least two recommendations. Both recommendations stay in the tracker."
            : "The recommendation stays in the tracker with its own record; it is no longer counted as a repeat here."
        }
      >
        {removing ? (
          <RemoveForm
            familyKey={family.key}
            familyTitle={family.title}
            member={removing}
            onCancel={() => setRemoving(null)}
            onRemoved={(text) => {
              setRemoving(null);
              setMessage(text);
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}

function RemoveForm({
  familyKey,
  familyTitle,
  member,
  onCancel,
  onRemoved,
}: {
  familyKey: string;
  familyTitle: string;
  member: RecommendationView;
  onCancel: () => void;
  onRemoved: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const unlink = useMutation(trpc.recommendations.unlinkFamily.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        try {
          const r = await unlink.mutateAsync({ key: member.key, familyKey });
          if (r.dissolved) {
            // The family is gone: leave its page, and refresh everything else (not this family's own
            // query, which would now answer "not found" under the page being left).
            router.push(`/recommendations/families?dissolved=${encodeURIComponent(familyTitle)}`);
            const own = JSON.stringify(trpc.recommendations.family.queryKey({ key: familyKey }));
            await queryClient.invalidateQueries(trpc.recommendations.pathFilter({ predicate: (q) => JSON.stringify(q.queryKey) !== own }));
            return;
          }
          await queryClient.invalidateQueries(trpc.recommendations.pathFilter());
          onRemoved(`Removed “${member.title}” from the family. It stays in the tracker on its own.`);
        } catch (err) {
          setError(readServerError(err).message);
        }
      }}
    >
      <p className="rounded-md border border-border bg-surface-2/60 px-2.5 py-1.5 text-[13px]">
        <span className="font-medium">{member.title}</span>
        <span className="text-muted-foreground"> · {member.sourceShortTitle}</span>
      </p>
      {error ? <FormAlert>{error}</FormAlert> : null}
      <DialogActions>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" disabled={unlink.isPending} data-autofocus="">
          {unlink.isPending ? "Removing…" : "Remove from family"}
        </Button>
      </DialogActions>
    </form>
  );
}
