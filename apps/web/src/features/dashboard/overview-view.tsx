"use client";

import {
  CERTAINTY_LABELS,
  type DashboardFilter,
  describePercentChange,
  formatCount,
  formatDate,
  formatFigure,
  formatPeriod,
  getAdminUnit,
  INCIDENT_TYPE_LABELS,
  METRIC_LABELS,
  type Metric,
} from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRef } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { CitationPopover } from "~/features/citations/citation-popover";
import { ExportMenu } from "~/features/export/chart/export-menu";
import type { MapShapes } from "~/features/maps/build-map-shapes";
import { ChoroplethMap } from "~/features/maps/choropleth-map";
import { valuesFromLayer } from "~/features/maps/layer-values";
import { publishedLayerExport } from "~/features/maps/published-layer-export";
import { StatusScoreboard } from "~/features/recommendations/status-scoreboard";
import { SavedViewsList } from "~/features/saved-views/saved-views-list";
import { FigureComparison } from "~/features/statistics/figure-comparison";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";
import { HeadlineCard } from "./headline-card";
import { MainTrend } from "./main-trend";
import { incidentFilterOf, trendFilterOf } from "./overview-params";
import { SurgeList } from "./surge-list";
import { useSurgeMarkers } from "./surge-markers";

export interface OverviewViewProps {
  filter: DashboardFilter;
  metric: Exclude<Metric, "percent_change" | "other">;
  shapes: MapShapes;
}

/** The filter in words, as the page says it under the title (and a reader of a shared link sees it). */
export function useFilterWords(filter: DashboardFilter): string[] {
  const trpc = useTRPC();
  const { data: groups } = useSuspenseQuery(trpc.groups.list.queryOptions({}));
  const { data: sources } = useSuspenseQuery(trpc.sources.list.queryOptions({}));
  const words: string[] = [];
  words.push(
    filter.district
      ? (getAdminUnit(filter.district)?.name ?? filter.district)
      : filter.province
        ? (getAdminUnit(filter.province)?.name ?? filter.province)
        : "Pakistan",
  );
  words.push(filter.from && filter.to ? formatPeriod(filter.from, filter.to) : "latest published period");
  if (filter.group) words.push(`group: ${groups.find((g) => g.slug === filter.group)?.name ?? filter.group}`);
  if (filter.source) words.push(`source: ${sources.find((s) => s.slug === filter.source)?.shortTitle ?? filter.source}`);
  if (filter.certainty) words.push(`attribution: ${CERTAINTY_LABELS[filter.certainty].toLowerCase()}`);
  return words;
}

export function OverviewView({ filter, metric, shapes }: OverviewViewProps) {
  const trpc = useTRPC();
  const country = filter.province?.startsWith("AF") ? "AF" : "PK";
  const { data: coverage } = useSuspenseQuery(trpc.dataset.coverage.queryOptions());
  const { data: headlines } = useSuspenseQuery(trpc.dashboard.headlines.queryOptions({ ...filter, country }));
  const { data: layer } = useSuspenseQuery(trpc.statistics.mapLayer.queryOptions({ metric, level: "province" }));
  const { data: comparisons } = useSuspenseQuery(trpc.statistics.compare.queryOptions({ includeSingles: false }));
  const incidentFilter = incidentFilterOf(filter);
  const { data: latest } = useSuspenseQuery(trpc.incidents.list.queryOptions({ ...incidentFilter, limit: 6, offset: 0 }));
  const { data: scoreboard } = useSuspenseQuery(trpc.recommendations.scoreboard.queryOptions({}));
  const words = useFilterWords(filter);
  const markers = useSurgeMarkers(true);

  const { values, extra } = valuesFromLayer(layer.figures);
  const mapRef = useRef<HTMLDivElement>(null);
  const disagreements = comparisons.filter((c) => c.disagree);
  const placeId = filter.district ?? filter.province;
  const placeName = placeId ? (getAdminUnit(placeId)?.name ?? placeId) : "Pakistan";

  if (coverage.sources === 0) {
    return (
      <EmptyState
        title="No data yet"
        description="This database is empty. Load the five seed reports with `pnpm db:seed`, or restore a dataset with `pnpm data:import FILE`."
      />
    );
  }

  const log = headlines.log;
  const mapPeriod = layer.selected ? formatPeriod(layer.selected.start, layer.selected.end) : null;
  const mapTitle = `${METRIC_LABELS[metric]} by province${mapPeriod ? `, ${mapPeriod}` : ""}`;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <p className="text-[15px] font-medium text-foreground" data-testid="filter-words">
          {words.join(" · ")}
        </p>
        <p className="text-sm text-muted-foreground" data-testid="coverage">
          {coverage.statistics.last ? `Published figures up to ${formatDate(coverage.statistics.last)}` : "No published figures yet"}
          {" · "}
          {coverage.incidents.last
            ? `incident log up to ${formatDate(coverage.incidents.last)} (${coverage.incidents.total} incidents)`
            : "incident log empty"}
          {" · "}
          {coverage.sources} sources
        </p>
      </div>

      <section aria-labelledby="headlines-heading" className="space-y-3">
        <h2 id="headlines-heading" className="text-[15px] font-semibold">
          Published figures{filter.from && filter.to ? `, ${formatPeriod(filter.from, filter.to)}` : ", latest"}
        </h2>
        {headlines.published.length === 0 ? (
          <EmptyState
            title={`No published figure for ${placeName}${filter.from && filter.to ? ` covering exactly ${formatPeriod(filter.from, filter.to)}` : ""}`}
            description="Published figures keep their own periods and are never prorated. Pick another period (the list offers every period a report covers), clear the group or source filter, or add the figure in Admin."
          />
        ) : (
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {headlines.published.map((h) => (
              <HeadlineCard key={h.metric} h={h} placeName={placeName} />
            ))}
          </div>
        )}
        {log ? (
          <div
            className="flex flex-wrap items-baseline gap-x-6 gap-y-1 rounded-lg border border-dashed border-border-strong/60 px-4 py-3 text-sm"
            data-testid="log-counts"
          >
            <span className="font-medium">Incident log, {formatPeriod(log.period.start, log.period.end)}</span>
            <span>
              <span className="font-semibold tabular-nums">{formatCount(log.current.incidents)}</span> incidents recorded{" "}
              <span className="text-muted-foreground">
                ({describePercentChange(log.change.incidents, formatPeriod(log.previousPeriod.start, log.previousPeriod.end))})
              </span>
            </span>
            <span>
              <span className="font-semibold tabular-nums">{formatCount(log.current.killed)}</span> killed{" "}
              <span className="text-muted-foreground">({describePercentChange(log.change.killed, "the period before")})</span>
            </span>
            <span>
              <span className="font-semibold tabular-nums">{formatCount(log.current.injured)}</span> injured{" "}
              <span className="text-muted-foreground">({describePercentChange(log.change.injured, "the period before")})</span>
            </span>
            <span className="basis-full text-[12px] text-muted-foreground">
              Counted from the incidents recorded here, each cited; a log of recorded incidents, not a published total, so never added to
              the figures above. Only incidents surely inside each period are counted
              {log.current.uncertain > 0 ? `; ${log.current.uncertain} more, known only to the month or year, may fall in this period` : ""}
              .{log.notes.length > 0 ? ` ${log.notes.join(" ")}` : ""}{" "}
              <Link href={hrefWith("/incidents", { ...incidentFilter })} className="link">
                See these incidents
              </Link>
            </span>
          </div>
        ) : null}
      </section>

      <div className="grid gap-6 xl:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)]">
        <Card>
          <CardHeader>
            <div className="flex items-start justify-between gap-3">
              <CardTitle>{mapTitle}</CardTitle>
              {layer.selected ? (
                <ExportMenu
                  target={mapRef}
                  data={publishedLayerExport({
                    title: mapTitle,
                    filters: [
                      { label: "Metric", value: METRIC_LABELS[metric] },
                      { label: "Country", value: "Pakistan" },
                      { label: "Period", value: mapPeriod ?? "" },
                    ],
                    figures: layer.figures,
                    level: "province",
                    periodLabel: mapPeriod,
                  })}
                />
              ) : null}
            </div>
            <CardDescription>
              Published figures for one period.{" "}
              <Link href={`/map?metric=${metric}`} className="link">
                Open the map
              </Link>{" "}
              for other metrics, periods and districts.
            </CardDescription>
          </CardHeader>
          <CardContent>
            {layer.selected ? (
              <div ref={mapRef}>
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
                  markers={markers}
                />
              </div>
            ) : (
              <EmptyState
                title={`No province-level figures for ${METRIC_LABELS[metric].toLowerCase()}`}
                description="Pick another map metric above; figures that reports break down by province fill this map."
              />
            )}
          </CardContent>
        </Card>
        <div className="flex flex-col gap-6">
          <SurgeList />
          <SavedViewsList />
        </div>
      </div>

      <MainTrend
        filter={trendFilterOf(filter)}
        words={words}
        selected={filter.from && filter.to ? { from: filter.from, to: filter.to } : undefined}
      />

      <div className="grid gap-6 xl:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Where sources disagree</CardTitle>
            <CardDescription>
              The same figure, stated differently by different reports. Shown side by side, never averaged.{" "}
              <Link href="/compare" className="link">
                Compare sources
              </Link>
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
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Recommendations</CardTitle>
            <CardDescription>Status of every recommendation the reports make.</CardDescription>
          </CardHeader>
          <CardContent>
            <StatusScoreboard counts={scoreboard} hrefTemplate="/recommendations?status={status}" />
            <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <Link href="/recommendations/scoreboard" className="link">
                By theme and actor
              </Link>
              <Link href="/recommendations/reviews" className="link">
                Reviews due
              </Link>
              <Link href="/recommendations/families" className="link">
                Asked for again and again
              </Link>
            </p>
          </CardContent>
        </Card>
      </div>

      <Card>
        <CardHeader>
          <CardTitle>Latest incidents</CardTitle>
          <CardDescription>
            From the incident log, for this selection.{" "}
            <Link href={hrefWith("/incidents", { ...incidentFilter })} className="link">
              All matching incidents
            </Link>
          </CardDescription>
        </CardHeader>
        <CardContent>
          {latest.items.length === 0 ? (
            <p className="text-sm text-muted-foreground">
              No incidents recorded for this selection. Widen the period or clear the place or group.
            </p>
          ) : (
            <ul className="divide-y divide-border">
              {latest.items.map((i) => (
                <li key={i.key} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-2.5 text-sm">
                  <span className="w-24 shrink-0 tabular-nums text-muted-foreground">{formatDate(i.date, i.datePrecision)}</span>
                  <Link href={`/incidents/${encodeURIComponent(i.key)}`} className="min-w-0 flex-1 font-medium hover:underline">
                    {i.title}
                  </Link>
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
