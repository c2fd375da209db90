import {
  CLAIM_TOPIC_LABELS,
  type FuzzyDate,
  formatCount,
  GROUP_CLAIM_TOPICS,
  type GroupView,
  getAdminUnit,
  PRESENCE_BASES,
  PRESENCE_LABELS,
  PRESENCE_VALUE,
  RELATIONSHIP_TYPE_LABELS,
  RELATIONSHIP_TYPE_READING,
  Slug,
} from "@monitor/domain";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { withTitles } from "~/features/citations/with-titles";
import { Briefing, briefingContext, CitationRegistry, cites, coverageLine, Section } from "~/features/export/briefing/print/kit";
import { incidentLogSection, incidentsSection, statisticsSection } from "~/features/export/briefing/print/sections";
import { presenceMapsOf, rowsOf } from "~/features/groups/group-areas-map";
import { fuzzy, span, strengthText } from "~/features/groups/group-format";
import { GROUP_KIND_LABELS } from "~/features/groups/group-kind-badge";
import { ChoroplethMap } from "~/features/maps/choropleth-map";
import type { SearchParams } from "~/lib/search-params";
import { serverCaller } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Briefing: Group profile" };

/** "Dec 2007 – Aug 2009", "from 2018", "until 2014", or "dates not stated". */
const period = (start: FuzzyDate | null, end: FuzzyDate | null) => span(start, end) ?? "dates not stated";

/** "TTP splintered from the Afghan Taliban": the tie in words, from the domain's reading of its type. */
function relationshipSentence(r: GroupView["relationships"][number]): string {
  const text = RELATIONSHIP_TYPE_READING[r.type].reads.replace(/\bA\b/, "\u0000").replace(/\bB\b/, r.toName).replace("\u0000", r.fromName);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Strength estimates as horizontal range bars (one per estimate, oldest first): a range spans low–high, a single figure is a tick. */
function StrengthBars({ estimates, label }: { estimates: GroupView["strength"]; label: string }) {
  const width = 640;
  const row = 22;
  const pad = { l: 150, r: 70, t: 8, b: 22 };
  const height = pad.t + pad.b + row * estimates.length;
  const max = Math.max(1, ...estimates.map((e) => e.high));
  const x = (v: number) => pad.l + ((width - pad.l - pad.r) * v) / max;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={label} className="chart">
      <line x1={x(0)} x2={x(0)} y1={pad.t} y2={height - pad.b} stroke="#888" strokeWidth="0.75" />
      <text x={x(0)} y={height - 8} fontSize="9" fill="#555" textAnchor="middle">
        0
      </text>
      <text x={x(max)} y={height - 8} fontSize="9" fill="#555" textAnchor="middle">
        {formatCount(max)}
      </text>
      {estimates.map((e, i) => {
        const y = pad.t + i * row;
        const who = e.citations[0]?.sourceShortTitle ?? "no source";
        const from = e.qualifier === "up_to" ? 0 : e.low;
        return (
          <g key={e.key}>
            <text x={pad.l - 6} y={y + row / 2 + 3} textAnchor="end" fontSize="8.5" fill="#222">
              {fuzzy(e.asOf)} · {who}
            </text>
            <rect
              x={x(from)}
              width={Math.max(2, x(e.high) - x(from))}
              y={y + 5}
              height={row - 10}
              fill="#2f5fb3"
              opacity={e.low === e.high ? 1 : 0.75}
            />
            <text x={x(e.high) + 4} y={y + row / 2 + 3} fontSize="8.5" fill="#222">
              {strengthText(e.low, e.high, e.qualifier)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * A group's profile as a printable briefing: its facts, the cited claims by topic, roles, leaders,
 * strength estimates (side by side, never blended), alliances and rivalries, where it operates, the
 * published figures and incidents attributed to it. Printed by /api/export/briefing?view=group&group=….
 */
export default async function PrintGroupPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const [{ slug }, sp] = await Promise.all([params, searchParams]);
  if (!Slug.safeParse(slug).success) notFound();
  const api = await serverCaller();
  const group = await api.groups.get({ slug }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const ctx = await briefingContext(sp);
  const [coverage, sources, statistics, incidents, perYear, killedPerYear] = await Promise.all([
    api.dataset.coverage(),
    api.sources.list({}),
    api.statistics.list({ group: slug, limit: 200, offset: 0 }),
    api.incidents.list({ group: slug, limit: 100, offset: 0 }),
    api.incidents.series({ filter: { group: slug }, granularity: "year", measure: "incidents" }),
    api.incidents.series({ filter: { group: slug }, granularity: "year", measure: "killed" }),
  ]);

  const reg = new CitationRegistry();
  const label = group.abbreviation ? `${group.name} (${group.abbreviation})` : group.name;
  const filterWords = `group profile of ${label}`;
  const viewUrl = ctx.url(`/groups/${slug}`);
  const topics = GROUP_CLAIM_TOPICS.filter((t) => group.claims.some((c) => c.topic === t));
  const maps = presenceMapsOf(group);
  const strength = [...group.strength].sort((a, b) => a.asOf.date.localeCompare(b.asOf.date));

  const body = (
    <>
      <Section title="Profile">
        <dl className="facts">
          <dt>Name</dt>
          <dd>{group.name}</dd>
          {group.abbreviation ? (
            <>
              <dt>Abbreviation</dt>
              <dd>{group.abbreviation}</dd>
            </>
          ) : null}
          {group.aliases.length ? (
            <>
              <dt>Also known as</dt>
              <dd>{group.aliases.join("; ")}</dd>
            </>
          ) : null}
          <dt>Kind</dt>
          <dd>{GROUP_KIND_LABELS[group.kind]}</dd>
          <dt>Ideology</dt>
          <dd>{group.ideology ?? "not recorded"}</dd>
          <dt>Founded</dt>
          <dd>
            {group.founded ? fuzzy(group.founded) : "not recorded"}
            {group.foundedPlace ? `, ${group.foundedPlace}` : ""}
          </dd>
          {group.dissolved ? (
            <>
              <dt>Dissolved</dt>
              <dd>{fuzzy(group.dissolved)}</dd>
            </>
          ) : null}
          {group.mediaWings.length ? (
            <>
              <dt>Media wings</dt>
              <dd>{group.mediaWings.join("; ")}</dd>
            </>
          ) : null}
          <dt>Areas listed</dt>
          <dd>{group.areas.length ? group.areas.map((id) => getAdminUnit(id)?.name ?? id).join(", ") : "none listed"}</dd>
        </dl>
        {group.summary ? <p>{group.summary}</p> : null}
      </Section>

      <Section title="What the sources say">
        {topics.length === 0 ? (
          <p className="muted">No cited claims about {label} yet.</p>
        ) : (
          topics.map((t) => (
            <div key={t}>
              <h3>{CLAIM_TOPIC_LABELS[t]}</h3>
              {group.claims
                .filter((c) => c.topic === t)
                .map((c) => (
                  <div key={c.key} className="claim">
                    <p>{c.text}</p>
                    <p className="small">{cites(reg, c.citations)}</p>
                  </div>
                ))}
            </div>
          ))
        )}
      </Section>

      {group.roles?.length ? (
        <Section title="Roles over time">
          <table className="compact">
            <thead>
              <tr>
                <th>Period</th>
                <th>Role</th>
                <th>Source</th>
              </tr>
            </thead>
            <tbody>
              {group.roles.map((r) => (
                <tr key={r.key}>
                  <td className="nowrap">{period(r.start, r.end)}</td>
                  <td>
                    {r.label} <span className="muted small">({GROUP_KIND_LABELS[r.kind]})</span>
                  </td>
                  <td className="small">{cites(reg, withTitles(r.citations, sources))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      ) : null}

      <Section title="Leaders">
        {group.leaders.length === 0 ? (
          <p className="muted">No leaders recorded.</p>
        ) : (
          <table className="compact">
            <thead>
              <tr>
                <th>Name</th>
                <th>Role</th>
                <th>Tenure</th>
                <th>Source</th>
              </tr>
            </thead>
            <tbody>
              {group.leaders.map((l) => (
                <tr key={l.key}>
                  <td>{l.name}</td>
                  <td>{l.role}</td>
                  <td className="nowrap">{period(l.start, l.end)}</td>
                  <td className="small">{cites(reg, l.citations)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section
        title="Strength estimates"
        figure={strength.length ? <StrengthBars estimates={strength} label={`Strength estimates of ${label}, oldest first`} /> : null}
      >
        {strength.length === 0 ? (
          <p className="muted">No strength estimates recorded.</p>
        ) : (
          <>
            <table className="compact">
              <thead>
                <tr>
                  <th>As of</th>
                  <th className="num">Fighters or members</th>
                  <th>Source</th>
                </tr>
              </thead>
              <tbody>
                {strength.map((e) => (
                  <tr key={e.key}>
                    <td className="nowrap">{fuzzy(e.asOf)}</td>
                    <td className="num">{strengthText(e.low, e.high, e.qualifier)}</td>
                    <td className="small">{cites(reg, e.citations)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="source-line">
              Each estimate as its source states it; estimates from different sources are listed side by side, never averaged.
            </p>
          </>
        )}
      </Section>

      <Section title="Alliances, rivalries and splits">
        {group.relationships.length === 0 ? (
          <p className="muted">No relationships with other groups recorded.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Relationship</th>
                <th>Period</th>
                <th>What the source says</th>
                <th>Source</th>
              </tr>
            </thead>
            <tbody>
              {group.relationships.map((r) => (
                <tr key={r.key}>
                  <td>
                    {relationshipSentence(r)}
                    <div className="muted small">{RELATIONSHIP_TYPE_LABELS[r.type]}</div>
                  </td>
                  <td className="nowrap small">{period(r.start, r.end)}</td>
                  <td className="small">{r.description}</td>
                  <td className="small">{cites(reg, r.citations)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      {maps.length === 0 ? (
        <Section title="Where it operates">
          <p className="muted">No areas of operation are listed for {label}.</p>
        </Section>
      ) : (
        maps.map((m) => {
          const countryName = m.country === "AF" ? "Afghanistan" : "Pakistan";
          const values = Object.fromEntries(m.areas.map((a) => [a.id, PRESENCE_VALUE[a.basis]]));
          const present = PRESENCE_BASES.filter((b) => m.areas.some((a) => a.basis === b));
          const rows = rowsOf(m);
          return (
            <Section
              key={m.country}
              title={`Where it operates: ${countryName}, by ${m.presence.level}`}
              figure={
                <div className="map">
                  <ChoroplethMap
                    shapes={m.shapes.shapes}
                    viewBox={m.shapes.viewBox}
                    lines={m.shapes.lines}
                    values={values}
                    valueLabel="listing"
                    legendTitle={`Where ${group.abbreviation ?? group.name} is listed as operating`}
                    categories={present.map((b) => ({ value: PRESENCE_VALUE[b], label: PRESENCE_LABELS[b] }))}
                    caption={m.shapes.caption}
                  />
                </div>
              }
            >
              <table className="compact">
                <thead>
                  <tr>
                    <th>Area</th>
                    <th>How it is listed</th>
                    <th>Source</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.key}>
                      <td>
                        {r.label}
                        {r.members.length > 1 ? (
                          <div className="muted small">
                            {r.detail}: {r.members.join(", ")}
                          </div>
                        ) : r.detail ? (
                          <div className="muted small">{r.detail}</div>
                        ) : null}
                      </td>
                      <td className="small">{PRESENCE_LABELS[r.basis]}</td>
                      <td className="small">
                        {r.citations.length ? cites(reg, r.citations) : <span className="muted">listed without a claim naming it</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Section>
          );
        })
      )}

      {statisticsSection(reg, `Published figures attributed to ${label}`, statistics.items, {
        total: statistics.total,
        empty: `No published figure is attributed to ${label}.`,
        showGroup: false,
      })}
      {incidentLogSection({
        title: `Incidents linked to ${group.abbreviation ?? group.name} per year`,
        incidents: perYear.points,
        killed: killedPerYear.points,
        total: coverage.incidents.total,
      })}
      {incidentsSection(reg, `Incidents linked to ${group.abbreviation ?? group.name}`, incidents, ctx.url(`/incidents?group=${slug}`))}
    </>
  );

  return (
    <Briefing
      title={`Militancy Monitor briefing: ${label}`}
      summary={`Group profile: ${label}`}
      filters={[`group: ${label} (${slug})`]}
      ctx={ctx}
      viewUrl={viewUrl}
      coverage={coverageLine(coverage)}
      body={body}
      reg={reg}
      sources={sources}
      filterWords={filterWords}
      hasMap={maps.length > 0}
    />
  );
}
