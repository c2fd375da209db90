import {
  CERTAINTY_LABELS,
  formatCount,
  formatDate,
  formatFigure,
  formatPeriod,
  getAdminUnit,
  METRIC_LABELS,
  STATUS_LABELS,
} from "@monitor/domain";
import type { Metadata } from "next";
import { incidentFilterOf, parseOverviewParams, trendFilterOf } from "~/features/dashboard/overview-params";
import { resolveBriefing } from "~/features/export/briefing/briefing-params";
import { Briefing, briefingContext, CitationRegistry, cites, coverageLine, Section } from "~/features/export/briefing/print/kit";
import {
  disagreementsSection,
  incidentLogSection,
  incidentsSection,
  publishedFiguresSection,
} from "~/features/export/briefing/print/sections";
import { buildMapShapes } from "~/features/maps/build-map-shapes";
import { ChoroplethMap } from "~/features/maps/choropleth-map";
import { valuesFromLayer } from "~/features/maps/layer-values";
import type { SearchParams } from "~/lib/search-params";
import { serverCaller } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Briefing: Overview" };

const DEFAULT_METRIC = "terror_attacks" as const;

/**
 * The overview as a printable briefing: server-rendered from the same procedures and URL filters as the
 * overview, with no navigation, spinners or interactive parts. Headless Chromium prints it to PDF
 * (see /api/export/briefing) once `[data-print-ready]` is in the page; everything is loaded by then.
 */
export default async function PrintOverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const ctx = await briefingContext(sp);
  const api = await serverCaller();
  const { filter } = parseOverviewParams(sp);
  const metric = filter.metric ?? DEFAULT_METRIC;
  const country = filter.province?.startsWith("AF") ? "AF" : "PK";
  const incidentFilter = incidentFilterOf(filter);
  const [coverage, groups, sources, headlines, layer, comparisons, scoreboard, incidents, trendIncidents, trendKilled] = await Promise.all([
    api.dataset.coverage(),
    api.groups.list({}),
    api.sources.list({}),
    api.dashboard.headlines({ ...filter, country }),
    api.statistics.mapLayer({ metric, level: "province" }),
    api.statistics.compare({ includeSingles: false }),
    api.recommendations.scoreboard({}),
    api.incidents.list({ ...incidentFilter, limit: 100, offset: 0 }),
    api.incidents.series({ filter: trendFilterOf(filter), granularity: "year", measure: "incidents" }),
    api.incidents.series({ filter: trendFilterOf(filter), granularity: "year", measure: "killed" }),
  ]);

  const reg = new CitationRegistry();
  const placeId = filter.district ?? filter.province;
  const placeName = placeId ? (getAdminUnit(placeId)?.name ?? placeId) : "Pakistan";
  const words = [placeName, filter.from && filter.to ? formatPeriod(filter.from, filter.to) : "latest published period"];
  if (filter.group) words.push(`group: ${groups.find((g) => g.slug === filter.group)?.name ?? filter.group}`);
  if (filter.source) words.push(`source: ${sources.find((s) => s.slug === filter.source)?.shortTitle ?? filter.source}`);
  if (filter.certainty) words.push(`attribution: ${CERTAINTY_LABELS[filter.certainty].toLowerCase()}`);
  if (filter.metric) words.push(`map metric: ${METRIC_LABELS[filter.metric].toLowerCase()}`);
  const filterWords = words.join(", ");

  const resolved = resolveBriefing({ ...sp, view: "overview" });
  const viewUrl = ctx.url(resolved.ok ? resolved.target.appPath : "/");
  const shapes = buildMapShapes("pk-provinces", { width: 560, height: 460 });
  const { values } = valuesFromLayer(layer.figures);
  const layerRows = Object.entries(layer.figures)
    .flatMap(([area, figs]) => (figs[0] ? [{ area, f: figs[0] }] : []))
    .sort((a, b) => b.f.value - a.f.value);
  const selected = filter.from && filter.to ? { from: filter.from, to: filter.to } : undefined;

  // The body is built first so the appendix can list every citation the sections used.
  const body = (
    <>
      {publishedFiguresSection(reg, headlines, placeName, selected)}
      {incidentLogSection({
        title: `Incident log per year, ${placeName}`,
        incidents: trendIncidents.points,
        killed: trendKilled.points,
        selected,
        total: coverage.incidents.total,
      })}
      <Section
        title={`${METRIC_LABELS[metric]} by province${layer.selected ? `, ${formatPeriod(layer.selected.start, layer.selected.end)}` : ""}`}
        figure={
          layer.selected ? (
            <div className="map">
              <ChoroplethMap
                shapes={shapes.shapes}
                viewBox={shapes.viewBox}
                lines={shapes.lines}
                values={values}
                valueLabel={METRIC_LABELS[metric].toLowerCase()}
                legendTitle={METRIC_LABELS[metric]}
                caption={shapes.caption}
              />
            </div>
          ) : null
        }
      >
        {layer.selected ? (
          <table className="compact">
            <thead>
              <tr>
                <th>Province</th>
                <th className="num">{METRIC_LABELS[metric]}</th>
                <th>Source</th>
              </tr>
            </thead>
            <tbody>
              {layerRows.map(({ area, f }) => (
                <tr key={area}>
                  <td>{getAdminUnit(area)?.name ?? area}</td>
                  <td className="num">{formatFigure(f.value, f.qualifier, f.unit)}</td>
                  <td className="small">{cites(reg, f.citations)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">No province-level figures for {METRIC_LABELS[metric].toLowerCase()}.</p>
        )}
      </Section>
      {disagreementsSection(reg, comparisons)}
      <Section title="Recommendations by status">
        <table className="compact">
          <thead>
            <tr>
              <th>Status</th>
              <th className="num">Recommendations</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(STATUS_LABELS).map(([status, label]) => (
              <tr key={status}>
                <td>{label}</td>
                <td className="num">{formatCount(scoreboard[status as keyof typeof scoreboard] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="source-line">Source: Militancy Monitor recommendation tracker; each recommendation cites the report that makes it.</p>
      </Section>
      {incidentsSection(reg, `Incidents, ${filterWords}`, incidents, viewUrl.replace(/\/(\?|$)/, "/incidents$1"))}
    </>
  );

  return (
    <Briefing
      title="Militancy Monitor briefing: Overview"
      summary={filterWords}
      filters={[
        `place: ${placeId ? `${placeName} (${placeId})` : "Pakistan"}`,
        selected ? `dates: ${formatDate(selected.from)} – ${formatDate(selected.to)}` : "dates: the latest published period",
        ...words.slice(2),
      ]}
      ctx={ctx}
      viewUrl={viewUrl}
      coverage={coverageLine(coverage)}
      body={body}
      reg={reg}
      sources={sources}
      filterWords={filterWords}
      hasMap={Boolean(layer.selected)}
    />
  );
}
