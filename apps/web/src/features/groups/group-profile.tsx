"use client";

import {
  type CitationView,
  CLAIM_TOPIC_LABELS,
  type FuzzyDate,
  formatCount,
  GROUP_CLAIM_TOPICS,
  type GroupClaimTopic,
  type GroupView,
  RELATIONSHIP_TYPES,
  type RelationshipType,
  type RelationshipView,
} from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { ChartLine, LayoutDashboard, ListChecks, Network } from "lucide-react";
import Link from "next/link";
import { type ReactNode, Suspense, useState } from "react";
import { Badge, type BadgeVariant } from "~/components/ui/badge";
import { buttonVariants } from "~/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { Skeleton } from "~/components/ui/skeleton";
import { SourceBadges } from "~/features/citations/source-badges";
import { withTitles } from "~/features/citations/with-titles";
import { ExportBriefingButton } from "~/features/export/briefing/export-briefing-button";
import { EditRecordLink, HistoryLink, RecordRowLinks } from "~/features/history/history-link";
import { groupColor } from "~/lib/group-colors";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";
import { GroupActivity } from "./group-activity";
import { fuzzy, span } from "./group-format";
import { GroupKindBadge } from "./group-kind-badge";
import { LeadersTimeline, RolesTimeline, type RoleView } from "./group-timelines";
import { StrengthChart } from "./strength-chart";

/** The order claims are read in: who they are and what they want first, then how they operate. */
const CLAIM_ORDER: GroupClaimTopic[] = [
  "role",
  "ideology",
  "founding",
  "goals",
  "tactics",
  "financing",
  "recruitment",
  "media",
  "areas",
  "leadership",
  "strength",
  "other",
];

export const RELATIONSHIP_LABELS: Record<RelationshipType, string> = {
  alliance: "Alliance",
  cooperation: "Cooperation",
  rivalry: "Rivalry",
  merger: "Merger",
  splinter: "Splinter",
  affiliate: "Affiliate",
  sanctuary: "Sanctuary / patronage",
  defection: "Defection",
};

/** Rivalry is the one hostile tie; it gets the warning tone so it stands out from the cooperative kinds. */
const RELATIONSHIP_TONE: Record<RelationshipType, BadgeVariant> = {
  alliance: "info",
  cooperation: "info",
  rivalry: "warning",
  merger: "neutral",
  splinter: "neutral",
  affiliate: "neutral",
  sanctuary: "accent",
  defection: "neutral",
};

/** How an edge `from → to` reads in words. */
function relationshipSentence(type: RelationshipType, from: ReactNode, to: ReactNode): ReactNode {
  switch (type) {
    case "alliance":
      return (
        <>
          {from} is allied with {to}
        </>
      );
    case "cooperation":
      return (
        <>
          {from} cooperates with {to}
        </>
      );
    case "rivalry":
      return (
        <>
          {from} is a rival of {to}
        </>
      );
    case "merger":
      return (
        <>
          {from} merged into {to}
        </>
      );
    case "splinter":
      return (
        <>
          {from} splintered from {to}
        </>
      );
    case "affiliate":
      return (
        <>
          {from} is affiliated with {to}
        </>
      );
    case "sanctuary":
      return (
        <>
          {from} gives sanctuary to {to}
        </>
      );
    case "defection":
      return (
        <>
          Members defected from {from} to {to}
        </>
      );
  }
}

const PRECISION_WORDS: Record<FuzzyDate["precision"], string> = { day: "to the day", month: "to the month", year: "to the year" };

export interface GroupProfileProps {
  slug: string;
  /** Today's date (ISO), from the server, for open-ended tenures and roles. */
  today: string;
  /** The areas-of-operation maps, drawn on the server. */
  areasMap: ReactNode;
}

export function GroupProfile({ slug, today, areasMap }: GroupProfileProps) {
  const trpc = useTRPC();
  const { data: group } = useSuspenseQuery(trpc.groups.get.queryOptions({ slug }));
  const label = group.abbreviation ?? group.name;
  const roles = group.roles ?? [];
  const sections: { id: string; label: string; show: boolean }[] = [
    { id: "roles", label: "Role over time", show: roles.length > 0 },
    { id: "leaders", label: "Leaders", show: true },
    { id: "strength", label: "Strength", show: true },
    { id: "areas", label: "Areas", show: true },
    { id: "activity", label: "Incidents and figures", show: true },
    { id: "claims", label: "What the sources say", show: true },
    { id: "relationships", label: "Relationships", show: true },
  ];

  return (
    <>
      <PageHeader
        eyebrow={
          <span>
            <Link href="/groups" className="hover:text-foreground hover:underline">
              Groups
            </Link>{" "}
            / Group profile
          </span>
        }
        title={
          <span className="flex flex-wrap items-center gap-x-2.5 gap-y-1">
            <span aria-hidden="true" className="size-3 shrink-0 rounded-full" style={{ background: groupColor(group.slug) }} />
            {group.name}
            {group.abbreviation ? <span className="font-normal text-muted-foreground">({group.abbreviation})</span> : null}
          </span>
        }
        description={group.aliases.length ? <>Also known as {group.aliases.map((a) => `“${a}”`).join(", ")}.</> : undefined}
        actions={
          <>
            <ExportBriefingButton view="group" params={{ group: group.slug }} />
            <HistoryLink type="group" recordKey={group.slug} />
            <EditRecordLink type="group" recordKey={group.slug} />
            <Link href={hrefWith("/", { group: group.slug })} className={buttonVariants({ size: "sm" })}>
              <LayoutDashboard aria-hidden="true" />
              Overview for {label}
            </Link>
            <Link href={hrefWith("/incidents", { group: group.slug })} className={buttonVariants({ size: "sm" })}>
              <ListChecks aria-hidden="true" />
              Incidents
            </Link>
            <Link href={hrefWith("/trends", { group: group.slug })} className={buttonVariants({ size: "sm" })}>
              <ChartLine aria-hidden="true" />
              Trends
            </Link>
            <Link href={hrefWith("/network", { group: group.slug })} className={buttonVariants({ size: "sm" })}>
              <Network aria-hidden="true" />
              Network
            </Link>
          </>
        }
      />

      <nav aria-label="Sections of this profile" className="-mt-2 mb-6 flex flex-wrap gap-x-4 gap-y-1 text-[12.5px]">
        {sections
          .filter((s) => s.show)
          .map((s) => (
            <a key={s.id} href={`#${s.id}`} className="text-muted-foreground hover:text-foreground hover:underline">
              {s.label}
            </a>
          ))}
      </nav>

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_300px]">
        <div className="flex min-w-0 flex-col gap-9">
          {group.summary ? (
            <section aria-labelledby="summary-heading" className="flex flex-col gap-1.5">
              <SectionHeading id="summary-heading">Summary</SectionHeading>
              <p className="max-w-[72ch] text-[14px] leading-relaxed">{group.summary}</p>
              <p className="text-[12px] text-subtle">An editors’ summary of the cited claims below; each claim carries its own source.</p>
            </section>
          ) : null}

          {roles.length ? (
            <Section id="roles" title="Role over time" count={roles.length}>
              <RolesWithSources roles={roles} label={label} today={today} />
            </Section>
          ) : null}

          <Section id="leaders" title="Leaders" count={group.leaders.length}>
            {group.leaders.length ? (
              <LeadersTimeline leaders={group.leaders} label={label} color={groupColor(group.slug)} now={today} />
            ) : (
              <p className="text-[12.5px] text-muted-foreground">
                The dataset names no leader of {label}; leaders are added with a cited tenure.
              </p>
            )}
          </Section>

          <Section id="strength" title="Strength estimates" count={group.strength.length}>
            {group.strength.length ? (
              <StrengthChart
                estimates={group.strength}
                label={label}
                groupName={group.abbreviation ? `${group.name} (${group.abbreviation})` : group.name}
              />
            ) : (
              <p className="text-[12.5px] text-muted-foreground">
                No source in the dataset estimates the strength of {label}; estimates are added with their date and source.
              </p>
            )}
          </Section>

          <Section id="areas" title="Areas of operation">
            {areasMap}
          </Section>

          <Section id="activity" title="Incidents and figures">
            <div className="-mt-1 flex flex-wrap gap-x-4 gap-y-1 text-[12.5px]">
              <Link href={hrefWith("/", { group: group.slug })} className="text-accent-text hover:underline">
                Overview filtered to {label}
              </Link>
              <Link href={hrefWith("/incidents", { group: group.slug })} className="text-accent-text hover:underline">
                All incidents attributed to {label}
              </Link>
              <Link href={hrefWith("/trends", { group: group.slug })} className="text-accent-text hover:underline">
                Trends for {label}
              </Link>
            </div>
            <Suspense fallback={<Skeleton className="h-40 w-full" />}>
              <GroupActivity slug={group.slug} label={label} />
            </Suspense>
          </Section>

          <Claims group={group} />
          <Relationships group={group} />
        </div>

        <Facts group={group} />
      </div>
    </>
  );
}

function SectionHeading({ id, children, count }: { id: string; children: ReactNode; count?: number }) {
  return (
    <h2 id={id} className="flex items-baseline gap-2 text-[15px] font-semibold tracking-[-0.01em]">
      {children}
      {count !== undefined ? <span className="text-[12px] font-normal text-subtle tabular-nums">{formatCount(count)}</span> : null}
    </h2>
  );
}

function Section({ id, title, count, children }: { id: string; title: string; count?: number; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="flex scroll-mt-6 flex-col gap-3">
      <SectionHeading id={`${id}-heading`} count={count}>
        {title}
      </SectionHeading>
      {children}
    </section>
  );
}

function RolesWithSources({ roles, label, today }: { roles: NonNullable<GroupView["roles"]>; label: string; today: string }) {
  const trpc = useTRPC();
  const { data: sources } = useSuspenseQuery(trpc.sources.list.queryOptions({}));
  const views: RoleView[] = roles.map((r) => ({ ...r, citations: withTitles(r.citations, sources) }));
  return <RolesTimeline roles={views} label={label} now={today} />;
}

/** Claims of a topic, joined for a profile field's source badge. */
function topicCitations(group: GroupView, topic: GroupClaimTopic): CitationView[] {
  return group.claims.filter((c) => c.topic === topic).flatMap((c) => c.citations);
}

function Facts({ group }: { group: GroupView }) {
  const label = group.abbreviation ?? group.name;
  const ideology = topicCitations(group, "ideology");
  const founding = topicCitations(group, "founding");
  const media = topicCitations(group, "media");
  const active = group.founded
    ? group.dissolved
      ? `${fuzzy(group.founded)} – ${fuzzy(group.dissolved)}`
      : `since ${fuzzy(group.founded)}`
    : null;
  return (
    <Card className="lg:sticky lg:top-6">
      <CardHeader>
        <CardTitle>Profile</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-3 gap-y-2.5 text-[13px]">
          <dt className="text-muted-foreground">Kind</dt>
          <dd className="flex flex-col items-start gap-1">
            <GroupKindBadge kind={group.kind} />
            {group.roles?.length ? (
              <a href="#roles" className="text-[12px] text-accent-text hover:underline">
                Changed over time
              </a>
            ) : (
              <span className="text-[12px] text-subtle">
                {active ? `Active ${active}` : "Active period not recorded"}
                {group.dissolved ? "" : active ? "; no end recorded" : ""}
              </span>
            )}
          </dd>
          <dt className="text-muted-foreground">Ideology</dt>
          <dd>
            {group.ideology ?? <NotRecorded />}{" "}
            {ideology.length ? <SourceBadges citations={ideology} subject={`${label}: ideology`} badgeClassName="max-w-full" /> : null}
          </dd>
          <dt className="text-muted-foreground">Founded</dt>
          <dd>
            {group.founded ? (
              <>
                {fuzzy(group.founded)}{" "}
                <span className="text-[12px] text-muted-foreground">(known {PRECISION_WORDS[group.founded.precision]})</span>
              </>
            ) : (
              <NotRecorded />
            )}
            {group.foundedPlace ? <div className="text-muted-foreground">in {group.foundedPlace}</div> : null}
            {founding.length ? (
              <div className="mt-1">
                <SourceBadges citations={founding} subject={`${label}: founding`} badgeClassName="max-w-full" />
              </div>
            ) : null}
          </dd>
          {group.dissolved ? (
            <>
              <dt className="text-muted-foreground">Dissolved</dt>
              <dd>{fuzzy(group.dissolved)}</dd>
            </>
          ) : null}
          <dt className="text-muted-foreground">Media wings</dt>
          <dd>
            {group.mediaWings.length ? (
              <ul>
                {group.mediaWings.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            ) : (
              <NotRecorded />
            )}
            {media.length ? (
              <div className="mt-1">
                <SourceBadges citations={media} subject={`${label}: media and propaganda`} badgeClassName="max-w-full" />
              </div>
            ) : null}
          </dd>
          <dt className="text-muted-foreground">In the data</dt>
          <dd className="flex flex-col gap-0.5">
            <a href="#claims" className="hover:underline">
              {formatCount(group.claims.length)} cited {group.claims.length === 1 ? "claim" : "claims"}
            </a>
            <a href="#relationships" className="hover:underline">
              {formatCount(group.relationships.length)} {group.relationships.length === 1 ? "relationship" : "relationships"}
            </a>
            <a href="#activity" className="hover:underline">
              Incidents and figures
            </a>
          </dd>
        </dl>
        <p className="mt-4 border-t border-border pt-3 text-[12px] text-subtle">
          These fields summarise the cited claims; open a source badge for the exact words.
        </p>
      </CardContent>
    </Card>
  );
}

function NotRecorded() {
  return <span className="text-subtle">Not recorded</span>;
}

/** Topics with many claims show the first few; the rest are one click away. */
const CLAIMS_SHOWN = 4;

function Claims({ group }: { group: GroupView }) {
  const topics = CLAIM_ORDER.filter((t) => GROUP_CLAIM_TOPICS.includes(t))
    .map((t) => ({ topic: t, claims: group.claims.filter((c) => c.topic === t) }))
    .filter((t) => t.claims.length);
  return (
    <Section id="claims" title="What the sources say" count={group.claims.length}>
      {topics.length === 0 ? (
        <EmptyState
          className="py-5"
          title="No cited claims yet"
          description="Claims about ideology, goals, tactics, financing and recruitment appear here with their exact quotes; editors add them by importing a dataset (pnpm data:import FILE)."
        />
      ) : (
        <>
          <p className="-mt-1 text-[12.5px] text-muted-foreground">
            Each claim with its source: hover, focus or click the badge for the source’s exact words. Where sources disagree, each version
            is kept.
          </p>
          <div className="flex flex-col divide-y divide-border rounded-lg border border-border bg-surface">
            {topics.map(({ topic, claims }) => (
              <ClaimTopic key={topic} topic={topic} claims={claims} />
            ))}
          </div>
        </>
      )}
    </Section>
  );
}

function ClaimTopic({ topic, claims }: { topic: GroupClaimTopic; claims: GroupView["claims"] }) {
  const [all, setAll] = useState(false);
  const shown = all ? claims : claims.slice(0, CLAIMS_SHOWN);
  const listId = `claims-${topic}`;
  return (
    <div className="grid gap-x-4 gap-y-1.5 px-4 py-3 sm:grid-cols-[9.5rem_minmax(0,1fr)]">
      <h3 className="pt-px text-[12px] font-semibold tracking-[0.02em] text-muted-foreground">
        {CLAIM_TOPIC_LABELS[topic]} <span className="font-normal text-subtle tabular-nums">{claims.length}</span>
      </h3>
      <div className="flex flex-col items-start gap-2">
        <ul id={listId} className="flex flex-col gap-2">
          {shown.map((c) => (
            <li key={c.key} className="text-[13.5px] leading-relaxed">
              {c.text}{" "}
              <SourceBadges citations={c.citations} subject={`${CLAIM_TOPIC_LABELS[topic].toLowerCase()}: ${c.text}`} className="ml-0.5" />
            </li>
          ))}
        </ul>
        {claims.length > CLAIMS_SHOWN ? (
          <button
            type="button"
            aria-expanded={all}
            aria-controls={listId}
            onClick={() => setAll((v) => !v)}
            className="rounded-sm text-[12.5px] font-medium text-accent-text hover:underline"
          >
            {all ? "Show fewer" : `Show all ${claims.length} claims on ${CLAIM_TOPIC_LABELS[topic].toLowerCase()}`}
          </button>
        ) : null}
      </div>
    </div>
  );
}

function GroupLink({ slug, name, current }: { slug: string; name: string; current: GroupView }) {
  if (slug === current.slug) return <span className="font-medium">{current.abbreviation ?? name}</span>;
  return (
    <Link href={`/groups/${slug}`} className="inline-flex items-center gap-1 font-medium text-accent-text hover:underline">
      <span aria-hidden="true" className="size-2 shrink-0 rounded-full" style={{ background: groupColor(slug) }} />
      {name}
    </Link>
  );
}

/** Dated ties first, oldest first; undated ones after, in the editors' order. */
function byStart(a: RelationshipView, b: RelationshipView): number {
  const da = a.start?.date ?? a.end?.date;
  const db = b.start?.date ?? b.end?.date;
  if (da && db) return da < db ? -1 : da > db ? 1 : 0;
  return da ? -1 : db ? 1 : 0;
}

function Relationships({ group }: { group: GroupView }) {
  const rels: RelationshipView[] = group.relationships;
  const types = RELATIONSHIP_TYPES.map((t) => ({ type: t, list: rels.filter((r) => r.type === t).sort(byStart) })).filter(
    (t) => t.list.length,
  );
  const label = group.abbreviation ?? group.name;
  return (
    <Section id="relationships" title="Relationships" count={rels.length}>
      {rels.length === 0 ? (
        <EmptyState
          className="py-5"
          title="No relationships recorded"
          description="Alliances, rivalries, splits and mergers with other groups appear here, each with a source; editors add them by importing a dataset."
        />
      ) : (
        <>
          <div className="-mt-1 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-[12.5px] text-muted-foreground">
            <p>
              By type: {types.map((t) => `${RELATIONSHIP_LABELS[t.type].toLowerCase()} ${t.list.length}`).join(", ")}. Periods are as the
              sources state them.
            </p>
            <Link href={hrefWith("/network", { group: group.slug })} className="font-medium text-accent-text hover:underline">
              See {label} in the network
            </Link>
          </div>
          {types.map(({ type, list }) => (
            <TiesOfType key={type} type={type} list={list} group={group} />
          ))}
        </>
      )}
    </Section>
  );
}

/** Types with many ties show the first few; the rest are one click away. */
const TIES_SHOWN = 5;

function TiesOfType({ type, list, group }: { type: RelationshipType; list: RelationshipView[]; group: GroupView }) {
  const [all, setAll] = useState(false);
  const shown = all ? list : list.slice(0, TIES_SHOWN);
  const listId = `ties-${type}`;
  return (
    <div className="flex flex-col gap-1.5">
      <h3 className="text-[12.5px] font-semibold text-muted-foreground">
        {RELATIONSHIP_LABELS[type]} <span className="font-normal text-subtle tabular-nums">{list.length}</span>
      </h3>
      <ul id={listId} className="flex flex-col divide-y divide-border rounded-lg border border-border bg-surface">
        {shown.map((r) => {
          const when = span(r.start, r.end);
          return (
            <li key={r.id} className="flex flex-col gap-1 px-4 py-2.5">
              <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                <div className="flex min-w-0 flex-wrap items-baseline gap-x-2 gap-y-1 text-[13.5px]">
                  <Badge variant={RELATIONSHIP_TONE[r.type]} className="translate-y-[-1px]">
                    {RELATIONSHIP_LABELS[r.type]}
                  </Badge>
                  <span>
                    {relationshipSentence(
                      r.type,
                      <GroupLink slug={r.from} name={r.fromName} current={group} />,
                      <GroupLink slug={r.to} name={r.toName} current={group} />,
                    )}
                  </span>
                </div>
                <span className="text-[12.5px] whitespace-nowrap text-muted-foreground tabular-nums">{when ?? "Period not stated"}</span>
              </div>
              <p className="max-w-[80ch] text-[12.5px] leading-relaxed text-muted-foreground">
                {r.description}{" "}
                <SourceBadges
                  citations={r.citations}
                  subject={`${RELATIONSHIP_LABELS[r.type].toLowerCase()} between ${r.fromName} and ${r.toName}`}
                  className="ml-0.5"
                />{" "}
                <RecordRowLinks
                  type="relationship"
                  recordKey={r.key}
                  label={`${RELATIONSHIP_LABELS[r.type].toLowerCase()} between ${r.fromName} and ${r.toName}`}
                />
              </p>
            </li>
          );
        })}
      </ul>
      {list.length > TIES_SHOWN ? (
        <button
          type="button"
          aria-expanded={all}
          aria-controls={listId}
          onClick={() => setAll((v) => !v)}
          className="self-start rounded-sm text-[12.5px] font-medium text-accent-text hover:underline"
        >
          {all ? "Show fewer" : `Show all ${list.length} ${RELATIONSHIP_LABELS[type].toLowerCase()} ties`}
        </button>
      ) : null}
    </div>
  );
}
