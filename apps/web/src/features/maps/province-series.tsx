"use client";

import { formatFigure, formatPeriod, getAdminUnit, INCIDENT_TYPE_LABELS, METRIC_LABELS } from "@monitor/domain";
import { useSuspenseQueries, useSuspenseQuery } from "@tanstack/react-query";
import { LineChart } from "lucide-react";
import Link from "next/link";
import { useRef } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { SourceBadges } from "~/features/citations/source-badges";
import type { ChartExportData } from "~/features/export/chart/chart-export";
import { ExportMenu } from "~/features/export/chart/export-menu";
import { TrendChart } from "~/features/trends/trend-chart";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";
import type { MapParams } from "./map-params";
import { provinceSeriesInputs } from "./map-queries";

/**
 * The drill-down's own series, under the district map: the province's published yearly figures (one
 * line per source, never blended) and its incident-log counts per year, in separate charts.
 */
export function ProvinceSeries({ params, province }: { params: MapParams; province: string }) {
  const trpc = useTRPC();
  const publishedRef = useRef<HTMLDivElement>(null);
  const logRef = useRef<HTMLDivElement>(null);
  const inputs = provinceSeriesInputs(params, province);
  const { data: published } = useSuspenseQuery(trpc.statistics.series.queryOptions(inputs.published));
  const logs = useSuspenseQueries({ queries: inputs.incidents.map((i) => trpc.incidents.series.queryOptions(i)) });
  const name = getAdminUnit(province)?.name ?? province;
  const metricLabel = METRIC_LABELS[params.metric];

  // Published: a real time axis from the first to the last year, so gaps stay gaps.
  const years = published.series.flatMap((s) => s.points.map((p) => p.year));
  const axis = years.length ? Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => Math.min(...years) + i) : [];
  const perSource = new Map<string, number>();
  for (const s of published.series) perSource.set(s.source, (perSource.get(s.source) ?? 0) + 1);
  const chartSeries = published.series.map((s) => ({
    name: `${published.sourceTitles[s.source] ?? s.source}${(perSource.get(s.source) ?? 0) > 1 ? ` (${s.country ?? "unspecified"})` : ""}`,
    data: axis.map((y) => ({ period: String(y), value: s.points.find((p) => p.year === y)?.value ?? null })),
  }));

  // Incident log: Khyber Pakhtunkhwa's counts add those recorded under FATA (its districts since 2018).
  const counts = new Map<string, number>();
  for (const q of logs) for (const p of q.data.points) counts.set(p.period, (counts.get(p.period) ?? 0) + (p.value ?? 0));
  const logPoints = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([period, value]) => ({ period, value }));
  const fataAdded = province === "PK-KP" ? (logs[1]?.data.points.reduce((n, p) => n + (p.value ?? 0), 0) ?? 0) : 0;
  const typeLabel = params.type ? INCIDENT_TYPE_LABELS[params.type].toLowerCase() : null;

  const typeFilter = typeLabel ? [{ label: "Incident type", value: typeLabel }] : [];
  const publishedExport: ChartExportData = {
    title: `Published figures: ${metricLabel.toLowerCase()} in ${name} by year`,
    filters: [
      { label: "Metric", value: metricLabel },
      { label: "Province", value: name },
    ],
    asOf: axis.length
      ? `published figures up to ${axis[axis.length - 1]} (calendar years ${axis[0]}–${axis[axis.length - 1]})`
      : "no figures",
    sources: chartSeries.map((s) => `${s.name} (published figures; each figure's quote is on /trends and the source's page)`),
    legend: chartSeries.map((s, i) => ({ label: s.name, color: `var(--chart-${(i % 6) + 1})` })),
    columns: ["Year", ...chartSeries.map((s) => s.name)],
    rows: axis.map((y) => [String(y), ...chartSeries.map((s) => s.data.find((d) => d.period === String(y))?.value ?? null)]),
  };
  const logExport: ChartExportData = {
    title: `Incident log: ${typeLabel ? `${typeLabel}s` : "incidents"} per year in ${name}`,
    filters: [{ label: "Province", value: name }, ...typeFilter],
    asOf: logPoints.length ? `incidents recorded up to ${logPoints[logPoints.length - 1]?.period}` : "no incidents",
    sources: [
      `Incident log: incidents recorded in Militancy Monitor one by one, each with its citation (quote and locator on each incident's page, /incidents).${fataAdded > 0 ? ` Includes ${fataAdded} recorded under FATA.` : ""}`,
    ],
    columns: ["Year", "Incidents"],
    rows: logPoints.map((p) => [p.period, p.value]),
  };

  return (
    <section aria-labelledby="province-series-heading" className="space-y-3">
      <h2 id="province-series-heading" className="text-base font-semibold">
        {name} over time
      </h2>
      <div className="grid gap-6 xl:grid-cols-2">
        <Card>
          <CardHeader>
            <div className="flex items-start justify-between gap-3">
              <CardTitle>Published figures: {metricLabel.toLowerCase()}</CardTitle>
              {chartSeries.length > 0 ? <ExportMenu target={publishedRef} data={publishedExport} /> : null}
            </div>
            <CardDescription>
              Whole calendar years for {name}, one line per source. Gaps are years a source did not publish.
            </CardDescription>
          </CardHeader>
          <CardContent>
            {chartSeries.length === 0 ? (
              <EmptyState
                icon={LineChart}
                title="No whole-year figures to plot"
                description={
                  published.excluded.length
                    ? `The published ${metricLabel.toLowerCase()} for ${name} cover other periods; they are listed below.`
                    : `No source publishes ${metricLabel.toLowerCase()} for ${name} as a whole. Pick another metric, or read the incident log beside.`
                }
              />
            ) : (
              <div ref={publishedRef}>
                <TrendChart
                  title={`${metricLabel} in ${name} by year, by source`}
                  hideTitle
                  series={chartSeries}
                  valueLabel={metricLabel.toLowerCase()}
                  sources={Object.fromEntries(chartSeries.map((s) => [s.name, s.name]))}
                  height={220}
                />
              </div>
            )}
            {published.excluded.length > 0 ? (
              <div className="mt-4">
                <h3 className="mb-1 text-[13px] font-semibold">Figures for other periods (not plotted)</h3>
                <Table>
                  <THead>
                    <Tr>
                      <Th>Period</Th>
                      <Th numeric>Figure</Th>
                      <Th>Source</Th>
                    </Tr>
                  </THead>
                  <TBody>
                    {published.excluded.map((f) => (
                      <Tr key={f.key}>
                        <Td className="whitespace-nowrap">{formatPeriod(f.periodStart, f.periodEnd)}</Td>
                        <Td numeric>{formatFigure(f.value, f.qualifier, f.unit)}</Td>
                        <Td>
                          <SourceBadges badgeClassName="max-w-[10rem]" citations={f.citations} subject={`${metricLabel}, ${name}`} />
                        </Td>
                      </Tr>
                    ))}
                  </TBody>
                </Table>
              </div>
            ) : null}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <div className="flex items-start justify-between gap-3">
              <CardTitle>Incident log: {typeLabel ? `${typeLabel}s` : "incidents"} per year</CardTitle>
              {logPoints.length > 0 ? <ExportMenu target={logRef} data={logExport} /> : null}
            </div>
            <CardDescription>
              Counted from the cited incidents recorded here; not comparable with published totals.
              {fataAdded > 0 ? ` Includes ${fataAdded} recorded under FATA, whose agencies are now districts of ${name}.` : ""}
            </CardDescription>
          </CardHeader>
          <CardContent>
            {logPoints.length === 0 ? (
              <EmptyState
                icon={LineChart}
                title={`No incidents in the log for ${name}`}
                description="Incidents are added as sources report them; clear the incident type to see all."
              />
            ) : (
              <>
                <div ref={logRef}>
                  <TrendChart
                    title={`Incidents in the log in ${name} by year`}
                    hideTitle
                    kind="bar"
                    series={[{ name: "Incidents (incident log)", data: logPoints }]}
                    valueLabel="incidents"
                    height={220}
                  />
                </div>
                <p className="mt-2 text-[12px] text-muted-foreground">
                  <Link className="link" href={hrefWith("/incidents", { province, type: params.type })}>
                    Open these incidents, each with its sources
                  </Link>
                  {fataAdded > 0 ? (
                    <>
                      {" · "}
                      <Link className="link" href={hrefWith("/incidents", { province: "PK-TA", type: params.type })}>
                        the {fataAdded} recorded under FATA
                      </Link>
                    </>
                  ) : null}
                </p>
              </>
            )}
          </CardContent>
        </Card>
      </div>
    </section>
  );
}
