"use client";

import { type DatePrecision, formatCount, formatDate, INCIDENT_TYPE_LABELS, type IncidentView, TARGET_LABELS } from "@monitor/domain";
import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { ArrowLeft, Pencil } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonVariants } from "~/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "~/components/ui/card";
import { PageHeader } from "~/components/ui/page-header";
import { RoleGate } from "~/features/auth/session-context";
import { SourceBadges } from "~/features/citations/source-badges";
import { HistoryLink } from "~/features/history/history-link";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";
import { ATTRIBUTION_HELP, CasualtyCount, PerpetratorList } from "./attribution";
import { placeLine } from "./incidents-table";

const PRECISION_NOTE: Record<DatePrecision, string | null> = {
  day: null,
  month: "known only to the month",
  year: "known only to the year",
};

export interface IncidentDetailProps {
  incidentKey: string;
  /** The list this page was opened from, with its filters ("/incidents?province=PK-KP"). */
  listHref: string;
  /** The locator map, drawn on the server. */
  map: ReactNode;
}

export function IncidentDetail({ incidentKey, listHref, map }: IncidentDetailProps) {
  const trpc = useTRPC();
  const { data: incident } = useSuspenseQuery(trpc.incidents.get.queryOptions({ key: incidentKey }));
  const { data: groups } = useSuspenseQuery(trpc.groups.list.queryOptions({}));
  const { data: entry } = useQuery(trpc.records.get.queryOptions({ type: "incident", key: incidentKey }));
  const sameEvent = (entry?.links ?? []).filter((l) => l.kind === "same_event");
  const groupBySlug = new Map(groups.map((g) => [g.slug, g]));
  const groupLabel = (slug: string) => {
    const g = groupBySlug.get(slug);
    return g ? (g.abbreviation ? `${g.name} (${g.abbreviation})` : g.name) : slug;
  };
  const date = formatDate(incident.date, incident.datePrecision);
  const precision = PRECISION_NOTE[incident.datePrecision];
  const sourceCount = new Set(incident.citations.map((c) => c.source)).size;

  return (
    <>
      <PageHeader
        eyebrow={
          <span>
            <Link href={listHref} className="hover:text-foreground hover:underline">
              Incidents
            </Link>{" "}
            / Incident
          </span>
        }
        title={incident.title}
        description={
          <>
            <span className="font-medium text-foreground">{date}</span>
            {precision ? ` (${precision})` : ""} · {placeLine(incident)}
          </>
        }
        actions={
          <>
            <Link href={listHref} className="inline-flex items-center gap-1 text-[13px] font-medium text-accent-text hover:underline">
              <ArrowLeft aria-hidden="true" className="size-3.5" strokeWidth={2} />
              Back to the list
            </Link>
            <HistoryLink type="incident" recordKey={incident.key} />
            <RoleGate min="editor">
              <Link href={`/admin/records/incident/${incident.key}`} className={buttonVariants({ variant: "secondary", size: "sm" })}>
                <Pencil aria-hidden="true" />
                Edit
              </Link>
            </RoleGate>
          </>
        }
      />

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_340px]">
        <div className="flex min-w-0 flex-col gap-8">
          <section aria-labelledby="facts-heading" className="flex flex-col gap-3">
            <SectionHeading id="facts-heading">What, who and how many</SectionHeading>
            <dl className="grid grid-cols-[8.5rem_minmax(0,1fr)] gap-x-4 gap-y-3 text-[13px]">
              <dt className="text-muted-foreground">Date</dt>
              <dd>
                <span className="tabular-nums">{date}</span>
                {precision ? <span className="text-muted-foreground"> · {precision}</span> : null}
              </dd>
              <dt className="text-muted-foreground">Place</dt>
              <dd>
                {placeLine(incident)}
                <PlaceLinks incident={incident} />
              </dd>
              <dt className="text-muted-foreground">Type</dt>
              <dd>
                <Link href={hrefWith("/incidents", { type: incident.type })} className="hover:underline">
                  {INCIDENT_TYPE_LABELS[incident.type]}
                </Link>
              </dd>
              <dt className="text-muted-foreground">Target</dt>
              <dd>
                <Link href={hrefWith("/incidents", { target: incident.target })} className="hover:underline">
                  {TARGET_LABELS[incident.target]}
                </Link>
              </dd>
              <dt className="text-muted-foreground">Killed</dt>
              <dd className="flex items-center gap-2">
                <span className="font-medium tabular-nums">
                  <CasualtyCount value={incident.killed} qualifier={incident.killedQualifier} what="killed" />
                </span>
                <SourceBadges citations={incident.citations} subject={`people killed, ${incident.title}`} />
              </dd>
              <dt className="text-muted-foreground">Injured</dt>
              <dd className="flex items-center gap-2">
                <span className="tabular-nums">
                  <CasualtyCount value={incident.injured} qualifier={incident.injuredQualifier} what="injured" />
                </span>
                <SourceBadges citations={incident.citations} subject={`people injured, ${incident.title}`} />
              </dd>
              <dt className="text-muted-foreground">Groups</dt>
              <dd>
                {incident.perpetrators.length ? (
                  <ul className="flex flex-col gap-2">
                    {incident.perpetrators.map((p) => (
                      <li key={p.group}>
                        <PerpetratorList perpetrators={[p]} groupLabel={groupLabel} />
                        <p className="mt-0.5 text-[12px] text-muted-foreground">{ATTRIBUTION_HELP[p.attribution]}</p>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-muted-foreground">No group is named by the sources.</span>
                )}
              </dd>
            </dl>
          </section>

          <section aria-labelledby="description-heading" className="flex flex-col gap-2">
            <SectionHeading id="description-heading">Description</SectionHeading>
            {incident.description ? (
              <p className="max-w-[72ch] text-[14px] leading-relaxed whitespace-pre-line">{incident.description}</p>
            ) : (
              <p className="text-[13px] text-muted-foreground">No description beyond the title; the sources’ words are below.</p>
            )}
          </section>

          <section aria-labelledby="citations-heading" className="flex flex-col gap-3">
            <SectionHeading id="citations-heading">In the sources’ words</SectionHeading>
            <p className="text-[12.5px] text-muted-foreground">
              {formatCount(incident.citations.length)} {incident.citations.length === 1 ? "citation" : "citations"} from{" "}
              {formatCount(sourceCount)} {sourceCount === 1 ? "source" : "sources"}, quoted exactly.
            </p>
            <ol className="flex flex-col gap-3">
              {incident.citations.map((c, i) => (
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

          {sameEvent.length > 0 ? (
            <section aria-labelledby="same-event-heading" className="flex flex-col gap-2">
              <SectionHeading id="same-event-heading">Reported separately as the same event</SectionHeading>
              <p className="text-[12.5px] text-muted-foreground">
                An editor linked these incidents as reports of this event; their figures and sources are kept apart so they can be compared.
              </p>
              <ul className="flex flex-col gap-1 text-[13.5px]">
                {sameEvent.map((l) => (
                  <li key={l.key}>
                    <Link href={`/incidents/${l.key}`} className="font-medium text-accent-text hover:underline">
                      {l.key}
                    </Link>{" "}
                    <span className="text-muted-foreground">
                      · linked by {l.decidedBy} on {formatDate(l.at.slice(0, 10), "day")}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>

        <Card className="lg:sticky lg:top-6">
          <CardHeader>
            <CardTitle>Where</CardTitle>
          </CardHeader>
          <CardContent>{map}</CardContent>
        </Card>
      </div>
    </>
  );
}

/** Links to the other incidents in the same district and province. */
function PlaceLinks({ incident }: { incident: IncidentView }) {
  const links = [
    incident.district
      ? { href: hrefWith("/incidents", { province: incident.province, district: incident.district }), label: "Incidents in this district" }
      : null,
    incident.province ? { href: hrefWith("/incidents", { province: incident.province }), label: "in this province" } : null,
  ].filter((l): l is { href: string; label: string } => l !== null);
  if (links.length === 0) return null;
  return (
    <span className="block text-[12px]">
      {links.map((l, i) => (
        <span key={l.href}>
          {i > 0 ? " · " : null}
          <Link href={l.href} className="text-accent-text hover:underline">
            {i === 0 ? l.label.replace(/^in /, "Incidents in ") : l.label}
          </Link>
        </span>
      ))}
    </span>
  );
}

function SectionHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 id={id} className="text-[15px] font-semibold tracking-[-0.01em]">
      {children}
    </h2>
  );
}
