"use client";

import {
  type FuzzyDate,
  formatCount,
  formatDate,
  GROUP_CLAIM_TOPICS,
  type GroupClaimTopic,
  type GroupView,
  type RelationshipType,
  type RelationshipView,
} from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { ChartLine, ListChecks } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge, type BadgeVariant } from "~/components/ui/badge";
import { buttonVariants } from "~/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { Table, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { CitationPopover } from "~/features/citations/citation-popover";
import { groupColor } from "~/lib/group-colors";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";
import { arrangeAreas } from "./group-areas";
import { GroupKindBadge } from "./group-kind-badge";

const SOURCE_HREF = "/sources/{source}";

export const CLAIM_TOPIC_LABELS: Record<GroupClaimTopic, string> = {
  ideology: "Ideology",
  founding: "Founding",
  goals: "Goals",
  tactics: "Tactics",
  financing: "Financing",
  recruitment: "Recruitment",
  media: "Media and propaganda",
  areas: "Areas of operation",
  leadership: "Leadership",
  strength: "Strength",
  role: "Role",
  other: "Other",
};

export const RELATIONSHIP_LABELS: Record<RelationshipType, string> = {
  alliance: "Alliance",
  cooperation: "Cooperation",
  rivalry: "Rivalry",
  merger: "Merger",
  splinter: "Splinter",
  affiliate: "Affiliate",
  sanctuary: "Sanctuary",
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

function fuzzy(d: FuzzyDate): string {
  return formatDate(d.date, d.precision);
}

/** "Dec 2007 – Aug 2009", "from 2018", "until 2014", or null when no date is recorded. */
function span(start: FuzzyDate | null, end: FuzzyDate | null): string | null {
  if (start && end) return `${fuzzy(start)} – ${fuzzy(end)}`;
  if (start) return `from ${fuzzy(start)}`;
  if (end) return `until ${fuzzy(end)}`;
  return null;
}

export function GroupProfile({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const { data: group } = useSuspenseQuery(trpc.groups.get.queryOptions({ slug }));
  const label = group.abbreviation ?? group.name;

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
            <Link href={hrefWith("/incidents", { group: group.slug })} className={buttonVariants({ size: "sm" })}>
              <ListChecks aria-hidden="true" />
              Incidents attributed to this group
            </Link>
            <Link href={hrefWith("/statistics", { group: group.slug })} className={buttonVariants({ size: "sm" })}>
              <ChartLine aria-hidden="true" />
              Figures
            </Link>
          </>
        }
      />

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_300px]">
        <div className="flex min-w-0 flex-col gap-8">
          {group.summary ? (
            <section aria-labelledby="summary-heading" className="flex flex-col gap-1.5">
              <SectionHeading id="summary-heading">Summary</SectionHeading>
              <p className="max-w-[72ch] text-[14px] leading-relaxed">{group.summary}</p>
              <p className="text-[12px] text-subtle">An editors’ summary of the cited claims below; each claim carries its own source.</p>
            </section>
          ) : null}

          <Claims group={group} />
          <Relationships group={group} />
          <Leaders group={group} />
          <Strength group={group} label={label} />
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

function Facts({ group }: { group: GroupView }) {
  const areas = arrangeAreas(group.areas);
  return (
    <Card className="lg:sticky lg:top-6">
      <CardHeader>
        <CardTitle>Profile</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-3 gap-y-2.5 text-[13px]">
          <dt className="text-muted-foreground">Kind</dt>
          <dd>
            <GroupKindBadge kind={group.kind} />
          </dd>
          <dt className="text-muted-foreground">Ideology</dt>
          <dd>{group.ideology ?? <NotRecorded />}</dd>
          <dt className="text-muted-foreground">Founded</dt>
          <dd>
            {group.founded ? (
              <span title={group.founded.precision === "day" ? undefined : `Known to the ${group.founded.precision}`}>
                {fuzzy(group.founded)}
              </span>
            ) : (
              <NotRecorded />
            )}
            {group.foundedPlace ? <div className="text-muted-foreground">{group.foundedPlace}</div> : null}
          </dd>
          {group.dissolved ? (
            <>
              <dt className="text-muted-foreground">Dissolved</dt>
              <dd>{fuzzy(group.dissolved)}</dd>
            </>
          ) : null}
          <dt className="text-muted-foreground">Areas</dt>
          <dd>
            {areas.length ? (
              <ul className="flex flex-col gap-1.5">
                {areas.map((c) => (
                  <li key={c.id}>
                    <span className="font-medium">{c.name}</span>
                    {c.whole && c.provinces.length === 0 ? <span className="text-muted-foreground"> (country-wide)</span> : null}
                    {c.provinces.length ? (
                      <ul className="text-muted-foreground">
                        {c.provinces.map((p) => (
                          <li key={p.id}>
                            {p.name}
                            {p.districts.length ? <span className="text-subtle"> — {p.districts.join(", ")}</span> : null}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <NotRecorded />
            )}
          </dd>
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
          </dd>
        </dl>
        <p className="mt-4 border-t border-border pt-3 text-[12px] text-subtle">
          These profile fields summarise the cited claims; open a claim’s source badge for the exact words.
        </p>
      </CardContent>
    </Card>
  );
}

function NotRecorded() {
  return <span className="text-subtle">Not recorded</span>;
}

function Claims({ group }: { group: GroupView }) {
  const topics = GROUP_CLAIM_TOPICS.map((t) => ({ topic: t, claims: group.claims.filter((c) => c.topic === t) })).filter(
    (t) => t.claims.length,
  );
  return (
    <section aria-labelledby="claims-heading" className="flex flex-col gap-3">
      <SectionHeading id="claims-heading" count={group.claims.length}>
        What the sources say
      </SectionHeading>
      {topics.length === 0 ? (
        <EmptyState
          className="py-5"
          title="No cited claims yet"
          description="Claims about ideology, goals, tactics, financing and recruitment appear here with their exact quotes; editors add them by importing a dataset (pnpm data:import FILE)."
        />
      ) : (
        <div className="flex flex-col divide-y divide-border rounded-lg border border-border bg-surface">
          {topics.map(({ topic, claims }) => (
            <div key={topic} className="grid gap-x-4 gap-y-1.5 px-4 py-3 sm:grid-cols-[9.5rem_minmax(0,1fr)]">
              <h3 className="pt-px text-[12px] font-semibold tracking-[0.02em] text-muted-foreground">{CLAIM_TOPIC_LABELS[topic]}</h3>
              <ul className="flex flex-col gap-2">
                {claims.map((c) => (
                  <li key={c.key} className="text-[13.5px] leading-relaxed">
                    {c.text}{" "}
                    <CitationPopover
                      citations={c.citations}
                      subject={`${CLAIM_TOPIC_LABELS[topic].toLowerCase()}: ${c.text}`}
                      sourceHrefTemplate={SOURCE_HREF}
                      className="ml-0.5"
                    />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
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

function Relationships({ group }: { group: GroupView }) {
  const rels: RelationshipView[] = group.relationships;
  return (
    <section aria-labelledby="relationships-heading" id="relationships" className="flex scroll-mt-6 flex-col gap-3">
      <SectionHeading id="relationships-heading" count={rels.length}>
        Relationships
      </SectionHeading>
      {rels.length === 0 ? (
        <EmptyState
          className="py-5"
          title="No relationships recorded"
          description="Alliances, rivalries, splits and mergers with other groups appear here, each with a source; editors add them by importing a dataset."
        />
      ) : (
        <ul className="flex flex-col divide-y divide-border rounded-lg border border-border bg-surface">
          {rels.map((r) => {
            const when = span(r.start, r.end);
            return (
              <li key={r.id} className="flex flex-col gap-1 px-4 py-3">
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
                  <CitationPopover
                    citations={r.citations}
                    subject={`${RELATIONSHIP_LABELS[r.type].toLowerCase()} between ${r.fromName} and ${r.toName}`}
                    sourceHrefTemplate={SOURCE_HREF}
                    className="ml-0.5"
                  />
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Leaders({ group }: { group: GroupView }) {
  // Dated tenures in order; undated ones keep the order the editors gave them, after the dated ones.
  const leaders = [...group.leaders].sort((a, b) => {
    const da = a.start?.date ?? a.end?.date;
    const db = b.start?.date ?? b.end?.date;
    if (da && db) return da < db ? -1 : da > db ? 1 : 0;
    if (da) return -1;
    if (db) return 1;
    return 0;
  });
  return (
    <section aria-labelledby="leaders-heading" className="flex flex-col gap-3">
      <SectionHeading id="leaders-heading" count={leaders.length}>
        Leaders
      </SectionHeading>
      {leaders.length === 0 ? (
        <EmptyState
          className="py-5"
          title="No leaders recorded"
          description="Leaders and their tenures appear here, each with a source; editors add them by importing a dataset."
        />
      ) : (
        <ol className="relative flex flex-col gap-3 border-l border-border-strong/70 pl-5">
          {leaders.map((l) => {
            const when = span(l.start, l.end);
            return (
              <li key={l.key} className="relative">
                <span
                  aria-hidden="true"
                  className="absolute top-[7px] -left-[24.5px] size-2 rounded-full border-2 border-surface bg-subtle"
                />
                <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
                  <span className="text-[13.5px] font-medium">{l.name}</span>
                  <span className="text-[12.5px] text-muted-foreground">{l.role}</span>
                </div>
                <div className="mt-0.5 flex flex-wrap items-center gap-2 text-[12.5px] text-muted-foreground">
                  <span className="tabular-nums">
                    {when ?? "Tenure not recorded"}
                    {l.start && !l.end ? <span className="text-subtle"> (no end date recorded)</span> : null}
                  </span>
                  <CitationPopover citations={l.citations} subject={`${l.name}, ${l.role}`} sourceHrefTemplate={SOURCE_HREF} />
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

const STRENGTH_WORDS: Record<string, string> = { about: "about ", at_least: "at least ", over: "over ", up_to: "up to " };

/** "up to 6,500", "between 4,000 and 5,000", "about 500–1,500": the estimate as its source states it. */
function strengthText(low: number, high: number, qualifier: string): string {
  if (qualifier === "between" && low !== high) return `between ${formatCount(low)} and ${formatCount(high)}`;
  const range = low === high ? formatCount(low) : `${formatCount(low)}–${formatCount(high)}`;
  return `${STRENGTH_WORDS[qualifier] ?? ""}${range}`;
}

/**
 * One estimate on a shared 0–max scale: a bar for a range, a tick for a single figure; "up to" fades in
 * from zero and "at least"/"over" fades out to the right, so the open end of the estimate is visible.
 */
function RangeBar({ low, high, qualifier, max, color }: { low: number; high: number; qualifier: string; max: number; color: string }) {
  const pct = (n: number) => `${(n / max) * 100}%`;
  const open =
    qualifier === "up_to" ? { from: 0, to: high } : qualifier === "at_least" || qualifier === "over" ? { from: low, to: max } : null;
  return (
    <div className="relative h-2 w-full rounded-full bg-surface-3">
      {open ? (
        <div
          className="absolute top-0 h-2 rounded-full opacity-25"
          style={{ left: pct(open.from), width: pct(open.to - open.from), background: color }}
        />
      ) : null}
      {low === high ? (
        <div className="absolute -top-0.5 h-3 w-[3px] -translate-x-1/2 rounded-full" style={{ left: pct(low), background: color }} />
      ) : (
        <div className="absolute top-0 h-2 rounded-full" style={{ left: pct(low), width: pct(high - low), background: color }} />
      )}
    </div>
  );
}

function Strength({ group, label }: { group: GroupView; label: string }) {
  const estimates = group.strength;
  const max = Math.max(1, ...estimates.map((s) => s.high));
  const sources = new Set(estimates.flatMap((s) => s.citations.map((c) => c.source)));
  return (
    <section aria-labelledby="strength-heading" className="flex flex-col gap-3">
      <SectionHeading id="strength-heading" count={estimates.length}>
        Strength estimates
      </SectionHeading>
      {estimates.length === 0 ? (
        <EmptyState
          className="py-5"
          title="No strength estimates recorded"
          description="Estimates of fighters or members appear here, each with its date and source; editors add them by importing a dataset."
        />
      ) : (
        <>
          <p className="text-[12.5px] text-muted-foreground">
            Fighters or members, as each source estimates them at a date. Estimates from{" "}
            {sources.size === 1 ? "one source" : `${sources.size} sources`} are listed side by side, not averaged; the bars share one scale
            from zero.
          </p>
          <Table>
            <THead>
              <Tr className="hover:bg-transparent">
                <Th>As of</Th>
                <Th numeric>Estimate</Th>
                <Th className="w-[35%]">
                  <span className="sr-only">Range on a common scale</span>
                </Th>
                <Th>Source</Th>
              </Tr>
            </THead>
            <TBody>
              {estimates.map((s) => {
                const text = strengthText(s.low, s.high, s.qualifier);
                return (
                  <Tr key={s.key}>
                    <Td className="whitespace-nowrap">{fuzzy(s.asOf)}</Td>
                    <Td numeric className="font-medium">
                      {text}
                    </Td>
                    <Td aria-hidden="true" className="align-middle">
                      <RangeBar low={s.low} high={s.high} qualifier={s.qualifier} max={max} color={groupColor(group.slug)} />
                    </Td>
                    <Td>
                      <CitationPopover
                        citations={s.citations}
                        subject={`${label} strength ${text}, ${fuzzy(s.asOf)}`}
                        sourceHrefTemplate={SOURCE_HREF}
                        className="whitespace-nowrap"
                      />
                    </Td>
                  </Tr>
                );
              })}
            </TBody>
          </Table>
          <p className="text-[12px] text-subtle tabular-nums">Scale: 0 to {formatCount(max)}.</p>
        </>
      )}
    </section>
  );
}
