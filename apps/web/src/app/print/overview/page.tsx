import {
  CERTAINTY_LABELS,
  type CitationView,
  describePercentChange,
  formatCount,
  formatDate,
  formatFigure,
  formatPeriod,
  getAdminUnit,
  INCIDENT_TYPE_LABELS,
  METRIC_LABELS,
  previousPeriod,
  STATUS_LABELS,
} from "@monitor/domain";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { Fragment, type ReactNode } from "react";
import { incidentFilterOf, parseOverviewParams, trendFilterOf } from "~/features/dashboard/overview-params";
import { briefingQuery } from "~/features/export/briefing/briefing-params";
import { buildMapShapes } from "~/features/maps/build-map-shapes";
import { ChoroplethMap } from "~/features/maps/choropleth-map";
import { valuesFromLayer } from "~/features/maps/layer-values";
import { param, type SearchParams } from "~/lib/search-params";
import { getSession } from "~/server/auth";
import { serverCaller } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Briefing: Overview" };

const DEFAULT_METRIC = "terror_attacks" as const;

/** Numbers every quote the briefing uses, so each figure points to its entry in the sources appendix. */
class CitationRegistry {
  private readonly byKey = new Map<string, { n: number; c: CitationView }>();
  cite(citations: readonly CitationView[]): number[] {
    return citations.map((c) => {
      const key = `${c.source}\u0000${c.locator}\u0000${c.quote}`;
      let entry = this.byKey.get(key);
      if (!entry) {
        entry = { n: this.byKey.size + 1, c };
        this.byKey.set(key, entry);
      }
      return entry.n;
    });
  }
  entries() {
    return [...this.byKey.values()];
  }
}

/**
 * "PIPS 2022, p. 12 [3]": the short title and locator of each citation, with its appendix number. A plain
 * function, not a component, so the numbers are taken while the body is built, before the appendix.
 */
function cites(reg: CitationRegistry, citations: readonly CitationView[]) {
  const ns = reg.cite(citations);
  return (
    <span className="cite">
      {citations.map((c, i) => (
        <Fragment key={`${c.source}-${ns[i]}`}>
          {i > 0 ? "; " : ""}
          {c.sourceShortTitle}, {c.locator} <a href={`#q${ns[i]}`}>[{ns[i]}]</a>
        </Fragment>
      ))}
    </span>
  );
}

/** A titled part of the briefing; its figure (chart or map) stays on one page with the title, tables may continue. */
function Section({ title, children, figure }: { title: string; children: ReactNode; figure?: ReactNode }) {
  return (
    <section className="block">
      {figure ? (
        <div className="figure">
          <h2>{title}</h2>
          {figure}
        </div>
      ) : (
        <h2>{title}</h2>
      )}
      {children}
    </section>
  );
}

/** A simple vector bar chart of the incident log per year, drawn on the server (no script, no animation). */
function YearBars({
  points,
  label,
  selected,
}: {
  points: { period: string; value: number }[];
  label: string;
  selected?: { from: string; to: string };
}) {
  const width = 640;
  const height = 180;
  const pad = { l: 36, r: 8, t: 10, b: 24 };
  const max = Math.max(1, ...points.map((p) => p.value));
  const bw = points.length ? (width - pad.l - pad.r) / points.length : 0;
  const y = (v: number) => pad.t + (height - pad.t - pad.b) * (1 - v / max);
  const inSel = (period: string) => selected && period >= selected.from.slice(0, 4) && period <= selected.to.slice(0, 4);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={label} className="chart">
      <line x1={pad.l} x2={width - pad.r} y1={y(0)} y2={y(0)} stroke="#888" strokeWidth="0.75" />
      <text x={pad.l - 4} y={y(max) + 4} textAnchor="end" fontSize="9" fill="#555">
        {formatCount(max)}
      </text>
      <text x={pad.l - 4} y={y(0)} textAnchor="end" fontSize="9" fill="#555">
        0
      </text>
      {points.map((p, i) => (
        <g key={p.period}>
          <rect
            x={pad.l + i * bw + bw * 0.15}
            width={bw * 0.7}
            y={y(p.value)}
            height={Math.max(0, y(0) - y(p.value))}
            fill={inSel(p.period) ? "#2f5fb3" : "#9fb3d6"}
          />
          <text x={pad.l + i * bw + bw / 2} y={y(p.value) - 3} textAnchor="middle" fontSize="8.5" fill="#222">
            {formatCount(p.value)}
          </text>
          <text x={pad.l + i * bw + bw / 2} y={height - 8} textAnchor="middle" fontSize="9" fill="#555">
            {p.period}
          </text>
        </g>
      ))}
    </svg>
  );
}

/**
 * The overview as a printable briefing: server-rendered from the same procedures and URL filters as the
 * overview, with no navigation, spinners or interactive parts. Headless Chromium prints it to PDF
 * (see /api/export/briefing) once `[data-print-ready]` is in the page; everything is loaded by then.
 */
export default async function PrintOverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const session = await getSession();
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

  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  const query = briefingQuery(sp);
  const viewUrl = `${proto}://${host}/${query ? `?${query}` : ""}`;
  const atParam = param(sp, "at");
  const generatedAt = atParam && !Number.isNaN(Date.parse(atParam)) ? new Date(atParam) : new Date();
  const generated = `${formatDate(generatedAt.toISOString().slice(0, 10))}, ${generatedAt.toISOString().slice(11, 16)} UTC`;
  const who = session ? `${session.user.name || session.user.email} (${session.user.email}, ${session.user.role})` : "unknown user";

  const shapes = buildMapShapes("pk-provinces", { width: 560, height: 460 });
  const { values } = valuesFromLayer(layer.figures);
  const layerRows = Object.entries(layer.figures)
    .flatMap(([area, figs]) => (figs[0] ? [{ area, f: figs[0] }] : []))
    .sort((a, b) => b.f.value - a.f.value);
  const disagreements = comparisons.filter((c) => c.disagree);
  const log = headlines.log;
  const selected = filter.from && filter.to ? { from: filter.from, to: filter.to } : undefined;
  const trendRows = trendIncidents.points.map((p) => ({
    period: p.period,
    incidents: p.value,
    killed: trendKilled.points.find((k) => k.period === p.period)?.value ?? 0,
  }));

  // The body is rendered first so the appendix can list every citation the sections used.
  const body = (
    <>
      <Section title={`Published figures${selected ? `, ${formatPeriod(selected.from, selected.to)}` : ", latest"}`}>
        {headlines.published.length === 0 ? (
          <p className="muted">
            No published figure for {placeName}
            {selected ? ` covering exactly ${formatPeriod(selected.from, selected.to)}` : ""}. Published figures keep their own periods and
            are never prorated.
          </p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Figure</th>
                <th className="num">Value</th>
                <th>Period</th>
                <th>Change</th>
                <th>Source</th>
              </tr>
            </thead>
            <tbody>
              {headlines.published.map((hf) => {
                const f = hf.figure;
                const prev = previousPeriod(f.periodStart, f.periodEnd);
                return (
                  <tr key={hf.metric}>
                    <td>
                      {METRIC_LABELS[hf.metric]}, {placeName}
                      {hf.house ? <div className="muted small">House figure: {hf.house.rationale}</div> : null}
                    </td>
                    <td className="num strong">
                      {hf.house ? formatFigure(hf.house.value, hf.house.qualifier, f.unit) : formatFigure(f.value, f.qualifier, f.unit)}
                    </td>
                    <td>{formatPeriod(f.periodStart, f.periodEnd)}</td>
                    <td className="small">
                      {describePercentChange(hf.house && hf.houseChange ? hf.houseChange : hf.change, formatPeriod(prev.start, prev.end))}
                      {hf.previous ? ` (${formatFigure(hf.previous.value, hf.previous.qualifier, hf.previous.unit)}, same source)` : ""}
                    </td>
                    <td className="small">
                      {cites(reg, f.citations)}
                      {hf.alternatives.map((a) => (
                        <div key={a.key}>
                          Also {formatFigure(a.value, a.qualifier, a.unit)}: {cites(reg, a.citations)}
                        </div>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {log ? (
          <p className="logline">
            <strong>Incident log, {formatPeriod(log.period.start, log.period.end)}:</strong> {formatCount(log.current.incidents)} incidents
            recorded ({describePercentChange(log.change.incidents, formatPeriod(log.previousPeriod.start, log.previousPeriod.end))}),{" "}
            {formatCount(log.current.killed)} killed, {formatCount(log.current.injured)} injured. Counted from the incidents recorded in
            Militancy Monitor, each cited (see the incident table); a log of recorded incidents, not a published total.
            {log.notes.length ? ` ${log.notes.join(" ")}` : ""}
          </p>
        ) : null}
      </Section>

      <Section
        title={`Incident log per year, ${placeName}`}
        figure={
          trendRows.length > 0 ? (
            <YearBars points={trendIncidents.points} label={`Incidents recorded per year, ${placeName}`} selected={selected} />
          ) : null
        }
      >
        {trendRows.length === 0 ? (
          <p className="muted">No incidents recorded for this selection.</p>
        ) : (
          <>
            <table className="compact">
              <thead>
                <tr>
                  <th>Year</th>
                  <th className="num">Incidents recorded</th>
                  <th className="num">Killed</th>
                </tr>
              </thead>
              <tbody>
                {trendRows.map((r) => (
                  <tr key={r.period}>
                    <td>{r.period}</td>
                    <td className="num">{formatCount(r.incidents)}</td>
                    <td className="num">{formatCount(r.killed)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="source-line">
              Source: Militancy Monitor incident log ({coverage.incidents.total} incidents, each cited to its report; see the incident table
              below for this period). Darker bars: the selected period.
            </p>
          </>
        )}
      </Section>

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

      <Section title="Where sources disagree">
        {disagreements.length === 0 ? (
          <p className="muted">No disagreements between sources in the data.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Figure</th>
                <th>Period</th>
                <th className="num">Value</th>
                <th>Source</th>
              </tr>
            </thead>
            <tbody>
              {disagreements.slice(0, 5).flatMap((c) =>
                c.figures.map((f, i) => (
                  <tr key={`${c.key}-${f.key}`} className={i === 0 ? "group-start" : undefined}>
                    <td>{i === 0 ? (c.figures[0]?.label ?? METRIC_LABELS[c.metric]) : ""}</td>
                    <td>{i === 0 ? formatPeriod(c.periodStart, c.periodEnd) : ""}</td>
                    <td className="num">{formatFigure(f.value, f.qualifier, f.unit)}</td>
                    <td className="small">{cites(reg, f.citations)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        )}
      </Section>

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

      <Section title={`Incidents, ${filterWords}`}>
        {incidents.items.length === 0 ? (
          <p className="muted">No incidents recorded for this selection.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Date</th>
                <th>Incident</th>
                <th>Place</th>
                <th>Type</th>
                <th className="num">Killed</th>
                <th>Source</th>
              </tr>
            </thead>
            <tbody>
              {incidents.items.map((i) => (
                <tr key={i.key}>
                  <td className="nowrap">{formatDate(i.date, i.datePrecision)}</td>
                  <td>{i.title}</td>
                  <td>
                    {[i.district, i.province]
                      .filter(Boolean)
                      .map((id) => getAdminUnit(id ?? "")?.name)
                      .filter(Boolean)[0] ?? i.country}
                  </td>
                  <td>{INCIDENT_TYPE_LABELS[i.type]}</td>
                  <td className="num">{i.killed !== null ? formatFigure(i.killed, i.killedQualifier) : "not stated"}</td>
                  <td className="small">{cites(reg, i.citations)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {incidents.total > incidents.items.length ? (
          <p className="source-line">
            The first {incidents.items.length} of {incidents.total} matching incidents; the rest are at{" "}
            {viewUrl.replace(/\/(\?|$)/, "/incidents$1")}.
          </p>
        ) : null}
      </Section>
    </>
  );

  const cited = reg.entries();
  const bySource = new Map<string, { n: number; c: CitationView }[]>();
  for (const e of cited) bySource.set(e.c.source, [...(bySource.get(e.c.source) ?? []), e]);
  const sourceNames = [...bySource.keys()].map((slug) => sources.find((s) => s.slug === slug)?.shortTitle ?? slug);
  const accessed = formatDate(generatedAt.toISOString().slice(0, 10));

  return (
    <main className="briefing" data-print-ready>
      <style>{PRINT_CSS}</style>
      <section className="cover">
        <p className="kicker">Militancy Monitor</p>
        <h1>Militancy Monitor briefing: Overview</h1>
        <p className="filters" data-testid="briefing-filters">
          {filterWords}
        </p>
        <dl>
          <dt>Filters</dt>
          <dd data-testid="briefing-filter-list">
            {[
              `place: ${placeId ? `${placeName} (${placeId})` : "Pakistan"}`,
              selected ? `dates: ${formatDate(selected.from)} – ${formatDate(selected.to)}` : "dates: the latest published period",
              ...words.slice(2),
            ].join("; ")}
          </dd>
          <dt>Generated</dt>
          <dd>
            {generated} by {who}
          </dd>
          <dt>View</dt>
          <dd>
            <a href={viewUrl}>{viewUrl}</a>
          </dd>
          <dt>Data coverage</dt>
          <dd>
            {coverage.statistics.last ? `Published figures up to ${formatDate(coverage.statistics.last)}` : "No published figures yet"};{" "}
            {coverage.incidents.last
              ? `incident log up to ${formatDate(coverage.incidents.last)} (${coverage.incidents.total} incidents)`
              : "incident log empty"}
            ; {coverage.sources} sources
          </dd>
        </dl>
        <p className="muted small">
          Every figure in this briefing is given as its source states it, with the source's short title and locator; the numbers in brackets
          point to the exact quote in the sources appendix. Figures from different sources are shown side by side, never averaged. Open the
          view address above to reproduce this briefing in the app.
        </p>
      </section>

      {body}

      <section className="block appendix">
        <h2>Sources appendix</h2>
        <p className="muted small">Every document cited above, with the exact quotes used and where in the document they are.</p>
        {[...bySource.entries()].map(([slug, entries]) => {
          const s = sources.find((x) => x.slug === slug);
          return (
            <div key={slug} className="source">
              <h3>{s?.shortTitle ?? slug}</h3>
              <p className="muted small">
                {[s?.title, s?.publisher, s?.authors?.join(", "), s?.publishedOn ? formatDate(s.publishedOn) : s?.year, s?.url]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              <ol className="quotes">
                {entries.map(({ n, c }) => (
                  <li key={n} id={`q${n}`}>
                    <span className="qn">[{n}]</span> {c.locator}: “{c.quote}”
                    {c.originalProducer ? ` (originally ${c.originalProducer})` : ""}
                  </li>
                ))}
              </ol>
            </div>
          );
        })}
      </section>

      <section className="block attribution">
        <h2>Attribution</h2>
        <p className="muted small">To cite this briefing, paste:</p>
        <blockquote data-testid="attribution">
          Source: Militancy Monitor, data from {sourceNames.join(", ") || "no cited sources"}, filters {filterWords}, accessed {accessed}.
          {layer.selected ? " Map boundaries © OpenStreetMap contributors (ODbL 1.0)." : ""} View: {viewUrl}
        </blockquote>
      </section>
    </main>
  );
}

const PRINT_CSS = `
@page { size: A4; margin: 18mm 14mm; }
html, body { background: #fff !important; color: #111 !important; }
.briefing { font-family: var(--font-inter), Inter, sans-serif; font-size: 10pt; line-height: 1.45; max-width: 182mm; margin: 0 auto; padding: 0; color: #111; }
.briefing h1 { font-size: 22pt; font-weight: 650; letter-spacing: -0.01em; margin: 6mm 0 3mm; }
.briefing h2 { font-size: 13pt; font-weight: 650; margin: 0 0 2.5mm; break-after: avoid; }
.briefing h3 { font-size: 10.5pt; font-weight: 600; margin: 3mm 0 1mm; break-after: avoid; }
.briefing a { color: #1d4ea3; text-decoration: underline; text-decoration-thickness: 0.5px; text-underline-offset: 1.5px; }
.cover { min-height: 230mm; break-after: page; display: flex; flex-direction: column; gap: 4mm; padding-top: 30mm; }
.cover .kicker { text-transform: uppercase; letter-spacing: 0.12em; font-size: 9pt; color: #555; }
.cover .filters { font-size: 14pt; font-weight: 500; }
.cover dl { display: grid; grid-template-columns: 32mm 1fr; gap: 2mm 4mm; margin: 6mm 0; }
.cover dt { color: #555; }
.cover dd { margin: 0; overflow-wrap: anywhere; }
.block { margin: 0 0 8mm; }
.figure { break-inside: avoid; page-break-inside: avoid; }
.chart, .map { break-inside: avoid; page-break-inside: avoid; }
.map { max-width: 120mm; margin: 0 auto 3mm; }
.map a { pointer-events: none; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0; font-size: 9pt; }
thead { display: table-header-group; }
tfoot { display: table-footer-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { text-align: left; font-weight: 600; border-bottom: 1.2px solid #333; padding: 1.4mm 2mm; background: #f1f3f6; }
td { border-bottom: 0.5px solid #ccc; padding: 1.4mm 2mm; vertical-align: top; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.strong { font-weight: 650; }
.nowrap { white-space: nowrap; }
.small { font-size: 8.5pt; }
.muted { color: #555; }
.cite { color: #333; }
.source-line { font-size: 8.5pt; color: #444; margin: 1.5mm 0 0; }
.logline { font-size: 9pt; border: 0.75px dashed #999; padding: 2mm 3mm; margin: 3mm 0 0; break-inside: avoid; }
.appendix { break-before: page; }
.source { break-inside: avoid-page; margin-bottom: 4mm; }
.quotes { list-style: none; padding: 0; margin: 0; font-size: 9pt; }
.quotes li { margin: 0 0 1.5mm; break-inside: avoid; }
.qn { font-weight: 600; }
.attribution blockquote { border-left: 2px solid #1d4ea3; margin: 0; padding: 2mm 4mm; background: #f5f7fb; break-inside: avoid; }
[data-print="hide"], nextjs-portal { display: none !important; }
`;
