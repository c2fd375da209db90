import {
  BREAKDOWN_UNKNOWN_KEY,
  countryOf,
  formatCount,
  formatDate,
  formatPeriod,
  getAdminUnit,
  PRIORITY_LABELS,
  STATUS_LABELS,
  THEME_LABELS,
} from "@monitor/domain";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { briefingPeriod, briefingProvince, resolveBriefing } from "~/features/export/briefing/briefing-params";
import { Briefing, briefingContext, CitationRegistry, cites, coverageLine, Section } from "~/features/export/briefing/print/kit";
import {
  disagreementsSection,
  incidentLogSection,
  incidentsSection,
  publishedFiguresSection,
  statisticsSection,
} from "~/features/export/briefing/print/sections";
import { buildMapShapes } from "~/features/maps/build-map-shapes";
import { ChoroplethMap } from "~/features/maps/choropleth-map";
import type { SearchParams } from "~/lib/search-params";
import { serverCaller } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Briefing: Province" };

/**
 * A province as a printable briefing: its published figures (for a period, and every figure held),
 * the incident log per year and by district (with a district map for Pakistan), the groups the log
 * names, where sources disagree about it, the recommendations tracked in it and its incidents.
 * `?province=PK-KP[&from=…&to=…]`; printed by /api/export/briefing?view=province.
 */
export default async function PrintProvincePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const province = briefingProvince(sp);
  if (!province) notFound();
  const period = briefingPeriod(sp);
  const ctx = await briefingContext(sp);
  const api = await serverCaller();
  const country = countryOf(province) === "AF" ? "AF" : "PK";
  const name = getAdminUnit(province)?.name ?? province;
  const logFilter = { province, from: period?.from, to: period?.to };

  const [coverage, sources, headlines, statistics, comparisons, byDistrict, byGroup, recommendations, incidents, perYear, killedPerYear] =
    await Promise.all([
      api.dataset.coverage(),
      api.sources.list({}),
      api.dashboard.headlines({ province, country, from: period?.from, to: period?.to }),
      api.statistics.list({ province, from: period?.from, to: period?.to, limit: 200, offset: 0 }),
      api.statistics.compare({ province, from: period?.from, to: period?.to, includeSingles: false }),
      api.incidents.byArea({ filter: logFilter, level: "district" }),
      api.incidents.breakdown({ filter: logFilter, dimension: "group", granularity: "year", measure: "incidents" }),
      api.recommendations.list({ province, limit: 200, offset: 0, sort: "status", dir: "asc" }),
      api.incidents.list({ ...logFilter, limit: 100, offset: 0 }),
      api.incidents.series({ filter: { province }, granularity: "year", measure: "incidents" }),
      api.incidents.series({ filter: { province }, granularity: "year", measure: "killed" }),
    ]);

  const reg = new CitationRegistry();
  const periodWords = period ? formatPeriod(period.from, period.to) : "all dates (published figures: the latest period)";
  const filterWords = `${name}, ${periodWords}`;
  const resolved = resolveBriefing({ ...sp, view: "province" });
  const viewUrl = ctx.url(resolved.ok ? resolved.target.appPath : `/?province=${province}`);
  const mapUrl = ctx.url(`/map?province=${province}&layer=incidents${period ? `&from=${period.from}&to=${period.to}` : ""}`);

  // Districts of a Pakistan province on the map, shaded by incidents recorded (the log, not a published total).
  const shapes = country === "PK" ? buildMapShapes("pk-districts", { filterParent: province, width: 560, height: 460 }) : null;
  const districtValues: Record<string, number> = {};
  for (const r of byDistrict) if (r.area) districtValues[r.area] = r.incidents;
  const districtRows = byDistrict
    .filter((r) => r.incidents > 0 || r.killed > 0)
    .sort((a, b) => b.incidents - a.incidents || b.killed - a.killed);
  const groupRows = byGroup.keys.map((k) => ({ ...k, total: byGroup.totals[k.key] ?? 0 })).filter((g) => g.total > 0);
  const hasMap = Boolean(shapes && districtRows.some((r) => r.area));

  const body = (
    <>
      {publishedFiguresSection(reg, headlines, name, period)}
      {statisticsSection(reg, `Published figures for ${name} and its districts${period ? `, ${periodWords}` : ""}`, statistics.items, {
        total: statistics.total,
        empty: `No published figure for ${name} or its districts${period ? ` in ${periodWords}` : ""}.`,
      })}
      {incidentLogSection({
        title: `Incident log per year, ${name}`,
        incidents: perYear.points,
        killed: killedPerYear.points,
        selected: period,
        total: coverage.incidents.total,
      })}
      <Section
        title={`Incidents recorded by district, ${periodWords}`}
        figure={
          hasMap && shapes ? (
            <div className="map">
              <ChoroplethMap
                shapes={shapes.shapes}
                viewBox={shapes.viewBox}
                lines={shapes.lines}
                inset={shapes.inset}
                values={districtValues}
                valueLabel="incidents recorded"
                legendTitle="Incidents recorded"
                caption={shapes.caption}
              />
            </div>
          ) : null
        }
      >
        {districtRows.length === 0 ? (
          <p className="muted">No incidents recorded in {name} for this period.</p>
        ) : (
          <>
            <table className="compact">
              <thead>
                <tr>
                  <th>District</th>
                  <th className="num">Incidents recorded</th>
                  <th className="num">Killed</th>
                  <th className="num">Injured</th>
                </tr>
              </thead>
              <tbody>
                {districtRows.map((r) => (
                  <tr key={r.area ?? "none"}>
                    <td>{r.area ? (getAdminUnit(r.area)?.name ?? r.area) : "District not stated"}</td>
                    <td className="num">{formatCount(r.incidents)}</td>
                    <td className="num">{formatCount(r.killed)}</td>
                    <td className="num">{formatCount(r.injured)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="source-line">
              Source: Militancy Monitor incident log, each incident cited to its report (see the incident table below). Districts with no
              incident recorded are hatched on the map: no record, not zero.
            </p>
          </>
        )}
      </Section>
      <Section title={`Groups named in the incident log, ${periodWords}`}>
        {groupRows.length === 0 ? (
          <p className="muted">No incident recorded in {name} for this period names a group.</p>
        ) : (
          <>
            <table className="compact">
              <thead>
                <tr>
                  <th>Group</th>
                  <th className="num">Incidents</th>
                </tr>
              </thead>
              <tbody>
                {groupRows.map((g) => (
                  <tr key={g.key}>
                    <td>{g.key === BREAKDOWN_UNKNOWN_KEY ? <span className="muted">{g.label}</span> : g.label}</td>
                    <td className="num">{formatCount(g.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {byGroup.note ? <p className="source-line">{byGroup.note}</p> : null}
          </>
        )}
      </Section>
      {disagreementsSection(reg, comparisons, { limit: 8, where: ` about ${name}` })}
      <Section title={`Recommendations tracked in ${name}`}>
        {recommendations.items.length === 0 ? (
          <p className="muted">No recommendation in the tracker applies to {name} in particular.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Recommendation</th>
                <th>Theme</th>
                <th>Priority</th>
                <th>Status</th>
                <th>Source</th>
              </tr>
            </thead>
            <tbody>
              {recommendations.items.map((r) => (
                <tr key={r.key}>
                  <td>
                    {r.number ? `${r.number}. ` : ""}
                    {r.title}
                  </td>
                  <td className="small">{THEME_LABELS[r.theme]}</td>
                  <td className="small">{PRIORITY_LABELS[r.priority]}</td>
                  <td className="small">
                    {STATUS_LABELS[r.status]}
                    {r.nextReviewOn ? <div className="muted">review {formatDate(r.nextReviewOn)}</div> : null}
                  </td>
                  <td className="small">{cites(reg, r.citations)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      {incidentsSection(reg, `Incidents, ${filterWords}`, incidents, ctx.url(`/incidents?province=${province}`))}
    </>
  );

  return (
    <Briefing
      title={`Militancy Monitor briefing: ${name}`}
      summary={filterWords}
      filters={[
        `province: ${name} (${province})`,
        period ? `dates: ${formatDate(period.from)} – ${formatDate(period.to)}` : "dates: all (published figures: the latest period)",
      ]}
      ctx={ctx}
      viewUrl={viewUrl}
      links={[{ label: "Map", url: mapUrl }]}
      coverage={coverageLine(coverage)}
      body={body}
      reg={reg}
      sources={sources}
      filterWords={filterWords}
      hasMap={hasMap}
    />
  );
}
