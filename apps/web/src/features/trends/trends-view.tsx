"use client";

import { formatFigure, formatPeriod, getAdminUnit, listAdminUnits, METRIC_LABELS } from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { LineChart } from "lucide-react";
import Link from "next/link";
import { useRef } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { SelectField } from "~/components/ui/select";
import { Table, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { CitationPopover } from "~/features/citations/citation-popover";
import { IgnoredFilters } from "~/features/filters/url-filter-form";
import { FigureComparison } from "~/features/statistics/figure-comparison";
import { placeOf } from "~/features/statistics/place";
import { useTRPC } from "~/trpc/react";
import { TrendChart } from "./trend-chart";
import type { TrendParams } from "./trend-params";

const TREND_FILTER_LABELS: Record<string, string> = {
  metric: "Metric",
  province: "Province",
  group: "Group",
  granularity: "By",
  measure: "Measure",
};

const MEASURE_LABELS = { incidents: "Incidents", killed: "Killed", injured: "Injured" } as const;

export function TrendsView({ params, ignored }: { params: TrendParams; ignored: { key: string; message: string }[] }) {
  const trpc = useTRPC();
  const formRef = useRef<HTMLFormElement>(null);
  const statFilter = { metric: params.metric, province: params.province, group: params.group };
  const { data: series } = useSuspenseQuery(trpc.statistics.series.queryOptions(statFilter));
  const { data: comparisons } = useSuspenseQuery(trpc.statistics.compare.queryOptions({ ...statFilter, includeSingles: false }));
  const { data: metrics } = useSuspenseQuery(trpc.statistics.metrics.queryOptions({}));
  const { data: events } = useSuspenseQuery(trpc.events.list.queryOptions({ markers: true }));
  const { data: groups } = useSuspenseQuery(trpc.groups.list.queryOptions({}));
  const { data: log } = useSuspenseQuery(
    trpc.incidents.series.queryOptions({
      filter: { province: params.province, group: params.group },
      granularity: params.granularity,
      measure: params.measure,
    }),
  );
  const logSeries = log.points;

  const metricLabel = METRIC_LABELS[params.metric];
  // A real time axis: every year from the first to the last figure, so gaps show as gaps.
  const plotted = series.series.flatMap((s) => s.points.map((p) => p.year));
  const years = plotted.length
    ? Array.from({ length: Math.max(...plotted) - Math.min(...plotted) + 1 }, (_, i) => Math.min(...plotted) + i)
    : [];
  const perSource = new Map<string, number>();
  for (const s of series.series) perSource.set(s.source, (perSource.get(s.source) ?? 0) + 1);
  const chartSeries = series.series.map((s) => ({
    // One line per source and country; the country is named only when a source has figures for both.
    name: `${series.sourceTitles[s.source] ?? s.source}${(perSource.get(s.source) ?? 0) > 1 ? ` (${s.country === "AF" ? "Afghanistan" : s.country === "PK" ? "Pakistan" : "unspecified"})` : ""}`,
    data: years.map((y) => ({ period: String(y), value: s.points.find((p) => p.year === y)?.value ?? null })),
  }));
  // Chart annotations: the milestones marked as chart markers (fall of Kabul, Doha Agreement…).
  const annotations = events.map((e) => ({ date: e.date, label: e.title }));
  const where = [
    params.province ? getAdminUnit(params.province)?.name : null,
    params.group ? groups.find((g) => g.slug === params.group)?.name : null,
  ]
    .filter(Boolean)
    .join(", ");
  const submit = () => formRef.current?.requestSubmit();

  return (
    <div className="space-y-6">
      <IgnoredFilters ignored={ignored} labels={TREND_FILTER_LABELS} />
      <form
        key={JSON.stringify(params)}
        ref={formRef}
        method="get"
        action="/trends"
        className="flex flex-wrap items-end gap-3"
        aria-label="Trend filters"
      >
        <SelectField label="Metric" name="metric" defaultValue={params.metric} onChange={submit}>
          {metrics.map((m) => (
            <option key={m.metric} value={m.metric}>
              {METRIC_LABELS[m.metric]} ({m.count})
            </option>
          ))}
        </SelectField>
        <SelectField label="Province" name="province" defaultValue={params.province ?? ""} onChange={submit}>
          <option value="">All of Pakistan / Afghanistan</option>
          {listAdminUnits({ level: "province", parent: "PK" }).map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Group" name="group" defaultValue={params.group ?? ""} onChange={submit}>
          <option value="">Any group</option>
          {groups.map((g) => (
            <option key={g.slug} value={g.slug}>
              {g.abbreviation ? `${g.abbreviation} — ${g.name}` : g.name}
            </option>
          ))}
        </SelectField>
        <input type="hidden" name="granularity" value={params.granularity} />
        <input type="hidden" name="measure" value={params.measure} />
        <noscript>
          <button type="submit" className="rounded-md border border-border px-3 py-1.5 text-sm">
            Apply
          </button>
        </noscript>
        {params.province || params.group ? (
          <Link href={`/trends?metric=${params.metric}`} className="pb-2 text-sm text-accent hover:underline">
            Clear filters
          </Link>
        ) : null}
      </form>

      <Card>
        <CardHeader>
          <CardTitle>
            Published figures: {metricLabel}
            {where ? ` — ${where}` : ""}
          </CardTitle>
          <CardDescription>
            Whole calendar years only, one line per source. Gaps are years a source did not publish, not zeros.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {chartSeries.length === 0 ? (
            <EmptyState
              icon={LineChart}
              title="No whole-year figures to plot"
              description={
                series.excluded.length
                  ? "The figures for this selection cover other periods; they are listed below."
                  : "No source publishes this metric for this selection. Try another metric or clear the filters."
              }
            />
          ) : (
            <TrendChart
              title={`${metricLabel} by year, by source`}
              hideTitle
              series={chartSeries}
              annotations={annotations}
              valueLabel={metricLabel.toLowerCase()}
              sources={Object.fromEntries(chartSeries.map((s) => [s.name, s.name]))}
            />
          )}
          {series.excluded.length > 0 ? (
            <div className="mt-6">
              <h3 className="mb-2 text-sm font-semibold">Figures for other periods (not plotted)</h3>
              <Table>
                <THead>
                  <Tr>
                    <Th>Period</Th>
                    <Th>What</Th>
                    <Th>Where</Th>
                    <Th numeric>Figure</Th>
                    <Th>Source</Th>
                  </Tr>
                </THead>
                <TBody>
                  {series.excluded.map((f) => (
                    <Tr key={f.key}>
                      <Td className="whitespace-nowrap">{formatPeriod(f.periodStart, f.periodEnd)}</Td>
                      <Td>{f.label ?? metricLabel}</Td>
                      <Td>{placeOf(f.geography)}</Td>
                      <Td numeric>{formatFigure(f.value, f.qualifier, f.unit)}</Td>
                      <Td>
                        <CitationPopover citations={f.citations} subject={f.label ?? metricLabel} />
                      </Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
            </div>
          ) : null}
        </CardContent>
      </Card>

      <section aria-labelledby="disagree-heading" className="space-y-3">
        <h2 id="disagree-heading" className="text-base font-semibold">
          Where sources give figures for the same thing
        </h2>
        {comparisons.length === 0 ? (
          <p className="text-sm text-muted-foreground">No two sources state this metric for the same period and place in this selection.</p>
        ) : (
          <div className="grid gap-4 lg:grid-cols-2">
            {comparisons.map((c) => (
              <FigureComparison
                key={c.key}
                title={`${c.figures[0]?.label ?? METRIC_LABELS[c.metric]} (${placeOf(c.geography)})`}
                period={formatPeriod(c.periodStart, c.periodEnd)}
                figures={c.figures}
                disagree={c.disagree}
              />
            ))}
          </div>
        )}
      </section>

      <Card>
        <CardHeader>
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <CardTitle>
                Incident log: {MEASURE_LABELS[params.measure].toLowerCase()} by {params.granularity}
              </CardTitle>
              <CardDescription>
                Counted from the incidents recorded here, each cited. Not comparable with the published totals above.
              </CardDescription>
            </div>
            <form
              key={`${params.measure}-${params.granularity}`}
              method="get"
              action="/trends"
              className="flex flex-wrap items-end gap-2"
              aria-label="Incident log options"
            >
              <input type="hidden" name="metric" value={params.metric} />
              {params.province ? <input type="hidden" name="province" value={params.province} /> : null}
              {params.group ? <input type="hidden" name="group" value={params.group} /> : null}
              <SelectField
                label="Measure"
                name="measure"
                defaultValue={params.measure}
                onChange={(e) => e.currentTarget.form?.requestSubmit()}
              >
                <option value="incidents">Incidents</option>
                <option value="killed">Killed</option>
                <option value="injured">Injured</option>
              </SelectField>
              <SelectField
                label="By"
                name="granularity"
                defaultValue={params.granularity}
                onChange={(e) => e.currentTarget.form?.requestSubmit()}
              >
                <option value="year">Year</option>
                <option value="month">Month</option>
              </SelectField>
              <noscript>
                <button type="submit" className="rounded-md border border-border px-3 py-1.5 text-sm">
                  Apply
                </button>
              </noscript>
            </form>
          </div>
        </CardHeader>
        <CardContent>
          {logSeries.length === 0 ? (
            <EmptyState
              icon={LineChart}
              title="No incidents in the log for this selection"
              description="Clear the filters, or add incidents as they are reported."
            />
          ) : (
            <TrendChart
              title={`${MEASURE_LABELS[params.measure]} in the incident log`}
              hideTitle
              kind="bar"
              series={[{ name: `${MEASURE_LABELS[params.measure]} (incident log)`, data: logSeries }]}
              annotations={annotations}
              valueLabel={MEASURE_LABELS[params.measure].toLowerCase()}
            />
          )}
        </CardContent>
      </Card>
    </div>
  );
}
