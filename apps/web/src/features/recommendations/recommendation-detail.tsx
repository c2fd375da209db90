"use client";

import type { RouterOutputs } from "@monitor/api";
import {
  type Evidence,
  formatCount,
  formatDate,
  getAdminUnit,
  hasRole,
  isRegression,
  METRIC_LABELS,
  PRIORITY_LABELS,
  STATUS_LABELS,
  TARGET_ACTOR_LABELS,
  THEME_LABELS,
  trackLabel,
} from "@monitor/domain";
import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { ArrowRight, ExternalLink, History, Pencil, Plus, Repeat, Scale, TrendingDown } from "lucide-react";
import Link from "next/link";
import { type ReactNode, useState } from "react";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { FormAlert } from "~/components/ui/form-field";
import { PageHeader } from "~/components/ui/page-header";
import { Table, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { useSessionUser } from "~/features/auth/session-context";
import { EditRecordLink, HistoryLink } from "~/features/history/history-link";
import { OutcomeIndicator } from "~/features/recommendations/outcome-indicator";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";
import { EditRecommendationDialog } from "./edit-recommendation-form";
import { StatusBadge } from "./status-badge";
import { type RecordedUpdate, StatusUpdateDialog, type StatusUpdateTarget, type TrackScope } from "./status-update-form";
import { familyHref } from "./tracker-params";

type RecommendationDetailData = RouterOutputs["recommendations"]["get"];
type Track = RecommendationDetailData["tracks"][number];
type SourceNames = ReadonlyMap<string, { title: string; shortTitle: string }>;

const provinceName = (id: string) => getAdminUnit(id)?.name ?? id;
const scopeOf = (t: Pick<Track, "assessor" | "assessorName" | "province">): TrackScope => ({
  assessor: t.assessor,
  assessorName: t.assessorName,
  province: t.province,
});

export function RecommendationDetail({ recKey }: { recKey: string }) {
  const trpc = useTRPC();
  const { data: rec } = useSuspenseQuery(trpc.recommendations.get.queryOptions({ key: recKey }));
  const { data: sources } = useSuspenseQuery(trpc.sources.list.queryOptions({}));
  const user = useSessionUser();
  const canUpdate = hasRole(user.role, "analyst");
  const canEdit = hasRole(user.role, "editor");
  const [target, setTarget] = useState<StatusUpdateTarget | null>(null);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const names: SourceNames = new Map(sources.map((s) => [s.slug, { title: s.title, shortTitle: s.shortTitle }]));
  const main = rec.tracks.find((t) => t.main);

  function openUpdate(track?: TrackScope) {
    setMessage(null);
    setTarget({ recKey: rec.key, track });
  }

  function onRecorded(result: RecordedUpdate) {
    setTarget(null);
    const u = result.update;
    setMessage(
      `Recorded on “${trackLabel(u)}”: ${
        u.from === u.to ? `reviewed, still ${STATUS_LABELS[u.to]}` : `${STATUS_LABELS[u.from]} to ${STATUS_LABELS[u.to]}`
      }, dated ${formatDate(u.date)}${result.regression ? " (a regression)" : ""}. It is in the status history below.`,
    );
  }

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
        actions={
          <>
            <HistoryLink type="recommendation" recordKey={rec.key} />
            <EditRecordLink type="recommendation" recordKey={rec.key} />
            <span className="flex items-center gap-1.5 text-[12.5px] text-muted-foreground" data-testid="headline-status">
              Status <StatusBadge status={rec.status} />
              {main?.since ? <span>since {formatDate(main.since)}</span> : null}
            </span>
            {canEdit ? (
              <Button
                onClick={() => {
                  setMessage(null);
                  setEditing(true);
                }}
              >
                <Pencil aria-hidden="true" />
                Edit
              </Button>
            ) : null}
            {canUpdate ? (
              <Button variant="primary" onClick={() => openUpdate()}>
                <Plus aria-hidden="true" />
                Record update
              </Button>
            ) : null}
          </>
        }
      />

      <div aria-live="polite" className="mb-4 empty:hidden">
        {message ? <FormAlert tone="success">{message}</FormAlert> : null}
      </div>

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

          <Assessments rec={rec} canUpdate={canUpdate} onUpdate={openUpdate} />

          <section aria-labelledby="outcome-heading" className="flex flex-col gap-3">
            <SectionHeading id="outcome-heading">Outcome indicator</SectionHeading>
            <OutcomeIndicator recKey={rec.key} />
          </section>

          <StatusHistory rec={rec} names={names} />
        </div>

        <div className="flex flex-col gap-4 lg:sticky lg:top-6">
          <TrackingCard rec={rec} />
          {rec.family ? <FamilyCard familyKey={rec.family.key} title={rec.family.title} /> : null}
        </div>
      </div>

      {canUpdate ? <StatusUpdateDialog target={target} onClose={() => setTarget(null)} onRecorded={onRecorded} /> : null}
      {canEdit ? (
        <EditRecommendationDialog
          open={editing}
          rec={rec}
          onClose={() => setEditing(false)}
          onSaved={(result) => {
            setEditing(false);
            setMessage(
              result.changed.length
                ? `Saved: changed the ${joinWords(result.changed)}.`
                : "Nothing to save: the form matched the recommendation as it is.",
            );
          }}
        />
      ) : null}
    </>
  );
}

function joinWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

function SectionHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 id={id} className="text-[15px] font-semibold tracking-[-0.01em]">
      {children}
    </h2>
  );
}

function TrackingCard({ rec }: { rec: RecommendationDetailData }) {
  const overdue = rec.daysOverdue > 0;
  return (
    <Card>
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
          <dt className="text-muted-foreground">Owner</dt>
          <dd data-testid="owner">{rec.ownerName ?? <span className="text-muted-foreground">Nobody</span>}</dd>
          <dt className="text-muted-foreground">Next review</dt>
          <dd data-testid="next-review">
            {rec.nextReviewOn ? (
              <>
                <time dateTime={rec.nextReviewOn} className={overdue ? "font-medium text-danger" : undefined}>
                  {formatDate(rec.nextReviewOn)}
                </time>
                {overdue ? (
                  <span className="block text-[12px] font-medium text-danger">
                    {formatCount(rec.daysOverdue)} {rec.daysOverdue === 1 ? "day" : "days"} overdue
                  </span>
                ) : null}
              </>
            ) : (
              <span className="text-muted-foreground">Not scheduled</span>
            )}
          </dd>
          <dt className="text-muted-foreground">Provinces</dt>
          <dd>
            {rec.provinces.length ? (
              rec.provinces.map(provinceName).join(", ")
            ) : (
              <span className="text-muted-foreground">National only</span>
            )}
          </dd>
          <dt className="text-muted-foreground">Indicator</dt>
          <dd>
            {rec.indicator ? (
              [
                METRIC_LABELS[rec.indicator.metric],
                rec.indicator.province ? provinceName(rec.indicator.province) : "Pakistan",
                rec.indicator.group,
              ]
                .filter(Boolean)
                .join(", ")
            ) : (
              <span className="text-muted-foreground">None</span>
            )}
          </dd>
          <dt className="text-muted-foreground">Updates</dt>
          <dd className="tabular-nums">{formatCount(rec.updates.length)}</dd>
        </dl>
      </CardContent>
    </Card>
  );
}

/** The recommendation made again in other reports: how often and since when, from `recommendations.family`. */
function FamilyCard({ familyKey, title }: { familyKey: string; title: string }) {
  const trpc = useTRPC();
  const { data, isPending, isError } = useQuery(trpc.recommendations.family.queryOptions({ key: familyKey }));
  const href = familyHref(familyKey);
  const summary = data?.summary;
  const since = summary ? (summary.firstMade.year ?? summary.firstMade.publishedOn?.slice(0, 4) ?? null) : null;
  return (
    <Card data-testid="family">
      <CardHeader>
        <CardTitle className="flex items-center gap-1.5">
          <Repeat aria-hidden="true" className="size-3.5 text-subtle" strokeWidth={2} />
          Made in several reports
        </CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-2 text-[13px]">
        <p className="font-medium">{title}</p>
        {isPending ? (
          <p className="text-muted-foreground">Counting the reports…</p>
        ) : isError || !summary ? (
          <p className="text-muted-foreground">The family’s count could not be loaded.</p>
        ) : (
          <p>
            Made {formatCount(summary.timesMade)} times{since ? ` since ${since}` : ""}, by {formatCount(summary.sources)}{" "}
            {summary.sources === 1 ? "source" : "sources"}.
          </p>
        )}
        <Link href={href} className="text-[12.5px] font-medium text-accent-text hover:underline">
          Every time it was made, each cited
        </Link>
      </CardContent>
    </Card>
  );
}

/** The tracks side by side: our analysts' national verdict first, then per province, then the government's and others' claims. */
function Assessments({
  rec,
  canUpdate,
  onUpdate,
}: {
  rec: RecommendationDetailData;
  canUpdate: boolean;
  onUpdate: (track?: TrackScope) => void;
}) {
  const assessed = rec.tracks.filter((t) => t.main || t.updates.length > 0);
  return (
    <section aria-labelledby="assessments-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <SectionHeading id="assessments-heading">Assessments</SectionHeading>
        <p className="text-[12px] text-muted-foreground">Each assessor and province keeps its own status; none overwrites another.</p>
      </div>
      {rec.disagreement ? (
        <div
          data-testid="disagreement"
          className="flex items-start gap-2 rounded-md border border-warning/40 bg-warning-soft px-3 py-2 text-[13px]"
        >
          <Scale aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-warning" strokeWidth={2} />
          <p>
            <span className="font-semibold">Assessments disagree.</span>{" "}
            {assessed
              .filter((t) => t.status !== "not_assessed")
              .map((t) => `${t.label}: ${STATUS_LABELS[t.status]}`)
              .join("; ")}
            .
          </p>
        </div>
      ) : null}
      <Table data-testid="assessments">
        <caption className="sr-only">Assessment tracks of this recommendation, side by side</caption>
        <THead>
          <Tr className="hover:bg-transparent">
            <Th>Track</Th>
            <Th>Status</Th>
            <Th>Since</Th>
            <Th className="w-[40%]">Last note</Th>
            {canUpdate ? (
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            ) : null}
          </Tr>
        </THead>
        <TBody>
          {rec.tracks.map((t) => {
            const last = t.updates.at(-1);
            return (
              <Tr key={t.key} data-track={t.key}>
                <Td className="text-[12.5px]">
                  <span className={t.main ? "font-medium" : undefined}>{t.label}</span>
                  {t.main ? <span className="block text-[11.5px] text-muted-foreground">the headline status</span> : null}
                </Td>
                <Td>
                  <StatusBadge status={t.status} />
                </Td>
                <Td className="text-[12.5px] whitespace-nowrap text-muted-foreground">
                  {t.since ? <time dateTime={t.since}>{formatDate(t.since)}</time> : "never updated"}
                </Td>
                <Td className="text-[12.5px]">
                  {last ? <span className="line-clamp-2">{last.note}</span> : <span className="text-muted-foreground">—</span>}
                </Td>
                {canUpdate ? (
                  <Td className="text-right">
                    <Button size="sm" variant="ghost" onClick={() => onUpdate(scopeOf(t))} aria-label={`Record an update on “${t.label}”`}>
                      Update
                    </Button>
                  </Td>
                ) : null}
              </Tr>
            );
          })}
        </TBody>
      </Table>
      {canUpdate ? (
        <p className="text-[12px] text-muted-foreground">
          To add the government’s claim, an independent assessment or another province, use{" "}
          <span className="font-medium text-foreground">Record update</span> and choose the track.
        </p>
      ) : null}
    </section>
  );
}

function StatusHistory({ rec, names }: { rec: RecommendationDetailData; names: SourceNames }) {
  // Newest first: the top entry explains the current status. Same-day updates keep the order they were recorded in.
  const updates = [...rec.updates].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby="history-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <SectionHeading id="history-heading">Status history</SectionHeading>
        {updates.length ? <p className="text-[12px] text-muted-foreground">Newest first, every track.</p> : null}
      </div>
      {updates.length === 0 ? (
        <EmptyState
          icon={History}
          title="No assessment yet: this recommendation has not been reviewed."
          description="When an analyst assesses it, each status change appears here with its date, the track, a note, the evidence and who recorded it."
        />
      ) : (
        <ol data-testid="history" className="flex flex-col divide-y divide-border rounded-lg border border-border bg-surface">
          {updates.map((u) => {
            const regression = isRegression(u.from, u.to);
            return (
              <li key={u.id} className="flex flex-col gap-2 px-4 py-3">
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-[13px]">
                  <time dateTime={u.date} className="font-medium tabular-nums">
                    {formatDate(u.date)}
                  </time>
                  <span className="text-[12px] text-muted-foreground">{trackLabel(u)}</span>
                </div>
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-[13px]">
                  {u.from === u.to ? (
                    <>
                      <span className="text-muted-foreground">Reviewed, no change:</span>
                      <StatusBadge status={u.to} />
                    </>
                  ) : (
                    <>
                      <StatusBadge status={u.from} />
                      <ArrowRight aria-label="to" className="size-3.5 text-subtle" strokeWidth={2} />
                      <StatusBadge status={u.to} />
                    </>
                  )}
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
                <p className="text-[12px] text-muted-foreground">Recorded by {u.author || "an unnamed analyst"}</p>
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
