"use client";

import {
  describePercentChange,
  formatDate,
  formatFigure,
  formatPeriod,
  getAdminUnit,
  INCIDENT_TYPE_LABELS,
  METRIC_LABELS,
  type Metric,
  previousPeriod,
} from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { StatCard } from "~/components/ui/stat-card";
import { CitationPopover } from "~/features/citations/citation-popover";
import type { MapShapes } from "~/features/maps/build-map-shapes";
import { ChoroplethMap } from "~/features/maps/choropleth-map";
import { valuesFromLayer } from "~/features/maps/layer-values";
import { StatusScoreboard } from "~/features/recommendations/status-scoreboard";
import { FigureComparison } from "~/features/statistics/figure-comparison";
import { useTRPC } from "~/trpc/react";

export function OverviewView({ metric, shapes }: { metric: Metric; shapes: MapShapes }) {
  const trpc = useTRPC();
  const { data: coverage } = useSuspenseQuery(trpc.dataset.coverage.queryOptions());
  const { data: headlines } = useSuspenseQuery(trpc.statistics.headlines.queryOptions({ country: "PK" }));
  const { data: layer } = useSuspenseQuery(trpc.statistics.mapLayer.queryOptions({ metric, level: "province" }));
  const { data: comparisons } = useSuspenseQuery(trpc.statistics.compare.queryOptions({ includeSingles: false }));
  const { data: latest } = useSuspenseQuery(trpc.incidents.list.queryOptions({ limit: 6, offset: 0 }));
  const { data: scoreboard } = useSuspenseQuery(trpc.recommendations.scoreboard.queryOptions({}));

  const { values, extra } = valuesFromLayer(layer.figures);
  const disagreements = comparisons.filter((c) => c.disagree);

  if (coverage.sources === 0) {
    return (
      <EmptyState
        title="No data yet"
        description="This database is empty. Load the five seed reports with `pnpm db:seed`, or restore a dataset with `pnpm data:import FILE`."
      />
    );
  }

  return (
    <div className="space-y-6">
      <p className="text-sm text-muted-foreground" data-testid="coverage">
        {coverage.statistics.last ? `Published figures up to ${formatDate(coverage.statistics.last)}` : "No published figures yet"}
        {" · "}
        {coverage.incidents.last
          ? `incident log up to ${formatDate(coverage.incidents.last)} (${coverage.incidents.total} incidents)`
          : "incident log empty"}
        {" · "}
        {coverage.sources} sources
      </p>

      <section aria-labelledby="headlines-heading">
        <h2 id="headlines-heading" className="sr-only">
          Headline figures for Pakistan
        </h2>
        {headlines.length === 0 ? (
          <EmptyState title="No national figures yet" description="Add country-wide statistics to see headline figures here." />
        ) : (
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {headlines.map((h) => {
              const prev = previousPeriod(h.figure.periodStart, h.figure.periodEnd);
              return (
                <StatCard
                  key={h.metric}
                  label={`${METRIC_LABELS[h.metric]}, Pakistan`}
                  value={formatFigure(h.figure.value, h.figure.qualifier, h.figure.unit)}
                  sub={formatPeriod(h.figure.periodStart, h.figure.periodEnd)}
                  footer={
                    <div className="flex flex-col gap-1">
                      <span className="text-xs text-muted-foreground">
                        {describePercentChange(h.change, formatPeriod(prev.start, prev.end))}
                      </span>
                      <CitationPopover
                        citations={h.figure.citations}
                        subject={`${METRIC_LABELS[h.metric]}, ${formatPeriod(h.figure.periodStart, h.figure.periodEnd)}`}
                      />
                    </div>
                  }
                />
              );
            })}
          </div>
        )}
      </section>

      <div className="grid gap-6 xl:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)]">
        <Card>
          <CardHeader>
            <CardTitle>
              {METRIC_LABELS[metric]} by province{layer.selected ? `, ${formatPeriod(layer.selected.start, layer.selected.end)}` : ""}
            </CardTitle>
            <CardDescription>
              Published figures for one period.{" "}
              <Link href={`/map?metric=${metric}`} className="text-accent hover:underline">
                Open the map
              </Link>{" "}
              for other metrics, periods and districts.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <ChoroplethMap
              shapes={shapes.shapes}
              viewBox={shapes.viewBox}
              lines={shapes.lines}
              values={values}
              valueLabel={METRIC_LABELS[metric].toLowerCase()}
              legendTitle={METRIC_LABELS[metric]}
              hrefTemplate={`/map?metric=${metric}&province={id}`}
              caption={shapes.caption}
              tooltipExtra={extra}
            />
          </CardContent>
        </Card>
        <div className="flex flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Where sources disagree</CardTitle>
              <CardDescription>
                The same figure, stated differently by different reports. Shown side by side, never averaged.
              </CardDescription>
            </CardHeader>
            <CardContent className="space-y-3">
              {disagreements.length === 0 ? (
                <p className="text-sm text-muted-foreground">No disagreements between sources in the data.</p>
              ) : (
                disagreements
                  .slice(0, 3)
                  .map((c) => (
                    <FigureComparison
                      key={c.key}
                      title={`${c.figures[0]?.label ?? METRIC_LABELS[c.metric]}`}
                      period={formatPeriod(c.periodStart, c.periodEnd)}
                      figures={c.figures}
                      disagree={c.disagree}
                    />
                  ))
              )}
              {disagreements.length > 3 ? (
                <Link href="/trends" className="text-sm text-accent hover:underline">
                  {disagreements.length - 3} more on Trends
                </Link>
              ) : null}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Recommendations</CardTitle>
              <CardDescription>Status of every recommendation the reports make.</CardDescription>
            </CardHeader>
            <CardContent>
              <StatusScoreboard counts={scoreboard} hrefTemplate="/recommendations?status={status}" />
            </CardContent>
          </Card>
        </div>
      </div>

      <Card>
        <CardHeader>
          <CardTitle>Latest incidents</CardTitle>
          <CardDescription>
            From the incident log.{" "}
            <Link href="/incidents" className="text-accent hover:underline">
              All incidents
            </Link>
          </CardDescription>
        </CardHeader>
        <CardContent>
          {latest.items.length === 0 ? (
            <p className="text-sm text-muted-foreground">No incidents recorded yet.</p>
          ) : (
            <ul className="divide-y divide-border">
              {latest.items.map((i) => (
                <li key={i.key} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-2.5 text-sm">
                  <span className="w-24 shrink-0 tabular-nums text-muted-foreground">{formatDate(i.date, i.datePrecision)}</span>
                  <span className="min-w-0 flex-1 font-medium">{i.title}</span>
                  <span className="text-muted-foreground">
                    {[i.district, i.province]
                      .filter(Boolean)
                      .map((id) => getAdminUnit(id ?? "")?.name)
                      .filter(Boolean)[0] ?? i.country}
                  </span>
                  <span className="text-muted-foreground">{INCIDENT_TYPE_LABELS[i.type]}</span>
                  <span className="tabular-nums">
                    {i.killed !== null ? `${formatFigure(i.killed, i.killedQualifier)} killed` : "killed: not stated"}
                  </span>
                  <CitationPopover citations={i.citations} subject={i.title} />
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
