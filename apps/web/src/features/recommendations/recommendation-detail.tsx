"use client";

import {
  type Evidence,
  formatCount,
  formatDate,
  isRegression,
  type Priority,
  type RecommendationView,
  TARGET_ACTOR_LABELS,
  THEME_LABELS,
} from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { ArrowRight, ExternalLink, History, TrendingDown } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "~/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";
import { StatusBadge } from "./status-badge";

const PRIORITY_LABELS: Record<Priority, string> = { high: "High", medium: "Medium", low: "Low", unspecified: "Not stated by the source" };

type SourceNames = ReadonlyMap<string, { title: string; shortTitle: string }>;

export function RecommendationDetail({ recKey }: { recKey: string }) {
  const trpc = useTRPC();
  const { data: rec } = useSuspenseQuery(trpc.recommendations.get.queryOptions({ key: recKey }));
  const { data: sources } = useSuspenseQuery(trpc.sources.list.queryOptions({}));
  const names: SourceNames = new Map(sources.map((s) => [s.slug, { title: s.title, shortTitle: s.shortTitle }]));

  return (
    <>
      <PageHeader
        eyebrow={
          <span>
            <Link href="/recommendations" className="hover:text-foreground hover:underline">
              Recommendations
            </Link>{" "}
            /{" "}
            <Link href={hrefWith("/recommendations", { source: rec.source })} className="hover:text-foreground hover:underline">
              {rec.sourceShortTitle}
            </Link>
          </span>
        }
        title={rec.title}
        description={
          <>
            {rec.number ? `Recommendation ${rec.number} in ` : "A recommendation in "}
            <Link href={`/sources/${rec.source}`} className="text-accent-text hover:underline">
              {rec.sourceTitle}
            </Link>
            .
          </>
        }
      />

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_300px]">
        <div className="flex min-w-0 flex-col gap-8">
          <section aria-labelledby="text-heading" className="flex flex-col gap-2">
            <SectionHeading id="text-heading">Recommendation</SectionHeading>
            <p className="max-w-[72ch] text-[14px] leading-relaxed whitespace-pre-line">{rec.text}</p>
          </section>

          <section aria-labelledby="quote-heading" className="flex flex-col gap-3">
            <SectionHeading id="quote-heading">In the source’s words</SectionHeading>
            <ol className="flex flex-col gap-3">
              {rec.citations.map((c, i) => (
                <li key={`${c.source}-${i}`} className="rounded-lg border border-border bg-surface px-4 py-3">
                  <blockquote className="border-l-2 border-accent/50 pl-3 text-[13.5px] leading-relaxed before:content-[open-quote] after:content-[close-quote]">
                    {c.quote}
                  </blockquote>
                  <p className="mt-2 text-[12.5px] text-muted-foreground">
                    <Link href={`/sources/${c.source}`} className="font-medium text-foreground hover:underline">
                      {c.sourceTitle}
                    </Link>
                    {" · "}
                    {c.locator}
                    {c.originalProducer ? <> · originally from {c.originalProducer}</> : null}
                  </p>
                </li>
              ))}
            </ol>
          </section>

          <StatusHistory rec={rec} names={names} />
        </div>

        <Card className="lg:sticky lg:top-6">
          <CardHeader>
            <CardTitle>Tracking</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-3 gap-y-2.5 text-[13px]">
              <dt className="text-muted-foreground">Status</dt>
              <dd>
                <StatusBadge status={rec.status} />
              </dd>
              <dt className="text-muted-foreground">Theme</dt>
              <dd>
                <Link href={hrefWith("/recommendations", { theme: rec.theme })} className="hover:underline">
                  {THEME_LABELS[rec.theme]}
                </Link>
              </dd>
              <dt className="text-muted-foreground">Addressed to</dt>
              <dd>
                <ul>
                  {rec.targetActors.map((a) => (
                    <li key={a}>{TARGET_ACTOR_LABELS[a]}</li>
                  ))}
                </ul>
              </dd>
              <dt className="text-muted-foreground">Priority</dt>
              <dd className={rec.priority === "unspecified" ? "text-muted-foreground" : undefined}>{PRIORITY_LABELS[rec.priority]}</dd>
              <dt className="text-muted-foreground">Next review</dt>
              <dd>{rec.nextReviewOn ? formatDate(rec.nextReviewOn) : <span className="text-muted-foreground">Not scheduled</span>}</dd>
              <dt className="text-muted-foreground">Updates</dt>
              <dd className="tabular-nums">{formatCount(rec.updates.length)}</dd>
            </dl>
            <p className="mt-4 border-t border-border pt-3 text-[12px] text-muted-foreground">
              Status changes are recorded as dated updates with evidence; recording them arrives with sign-in and roles.
            </p>
          </CardContent>
        </Card>
      </div>
    </>
  );
}

function SectionHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 id={id} className="text-[15px] font-semibold tracking-[-0.01em]">
      {children}
    </h2>
  );
}

function StatusHistory({ rec, names }: { rec: RecommendationView; names: SourceNames }) {
  // Newest first: the top entry explains the current status.
  const updates = [...rec.updates].reverse();
  return (
    <section aria-labelledby="history-heading" className="flex flex-col gap-3">
      <SectionHeading id="history-heading">Status history</SectionHeading>
      {updates.length === 0 ? (
        <EmptyState
          icon={History}
          title="No assessment yet: this recommendation has not been reviewed."
          description="When an editor assesses it, each status change appears here with its date, a note, the evidence and who recorded it."
        />
      ) : (
        <ol className="flex flex-col divide-y divide-border rounded-lg border border-border bg-surface">
          {updates.map((u) => {
            const regression = isRegression(u.from, u.to);
            return (
              <li key={u.id} className="flex flex-col gap-2 px-4 py-3">
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-[13px]">
                  <span className="font-medium tabular-nums">{formatDate(u.date)}</span>
                  <StatusBadge status={u.from} />
                  <ArrowRight aria-label="to" className="size-3.5 text-subtle" strokeWidth={2} />
                  <StatusBadge status={u.to} />
                  {regression ? (
                    <Badge variant="warning" title="The status moved backwards, or off the track to stalled or rejected.">
                      <TrendingDown aria-hidden="true" strokeWidth={2} />
                      Regression
                    </Badge>
                  ) : null}
                </div>
                <p className="max-w-[72ch] text-[13px] leading-relaxed">{u.note}</p>
                {u.evidence.length ? (
                  <div className="flex flex-col gap-1.5">
                    <p className="text-[11.5px] font-medium text-muted-foreground">Evidence</p>
                    <ul className="flex flex-col gap-2">
                      {u.evidence.map((e, i) => (
                        <li key={i}>
                          <EvidenceItem evidence={e} names={names} />
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : (
                  <p className="text-[12px] text-muted-foreground">No evidence attached.</p>
                )}
                <p className="text-[12px] text-muted-foreground">Recorded by {u.author || "an unnamed editor"}</p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function EvidenceItem({ evidence: e, names }: { evidence: Evidence; names: SourceNames }) {
  if (e.kind === "link") {
    return (
      <p className="text-[12.5px]">
        <a
          href={e.url}
          rel="noreferrer"
          target="_blank"
          className="inline-flex items-center gap-1 font-medium text-accent-text hover:underline"
        >
          {e.title}
          <ExternalLink aria-hidden="true" className="size-3" strokeWidth={2} />
          <span className="sr-only">(opens in a new tab)</span>
        </a>
        <span className="text-muted-foreground"> · {formatDate(e.date)}</span>
      </p>
    );
  }
  const c = e.citation;
  const source = names.get(c.source);
  return (
    <div className="text-[12.5px]">
      <blockquote className="border-l-2 border-border-strong pl-2.5 leading-relaxed before:content-[open-quote] after:content-[close-quote]">
        {c.quote}
      </blockquote>
      <p className="mt-1 text-muted-foreground">
        <Link href={`/sources/${c.source}`} className="font-medium text-foreground hover:underline">
          {source?.shortTitle ?? c.source}
        </Link>
        {" · "}
        {c.locator}
        {c.originalProducer ? <> · originally from {c.originalProducer}</> : null}
      </p>
    </div>
  );
}
