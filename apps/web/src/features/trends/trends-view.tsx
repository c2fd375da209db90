"use client";

import { CERTAINTY_LABELS, formatPeriod, getAdminUnit, METRIC_LABELS } from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { Scale } from "lucide-react";
import type { ExportFilter } from "~/features/export/chart/chart-export";
import { IgnoredFilters } from "~/features/filters/url-filter-form";
import { FigureComparison } from "~/features/statistics/figure-comparison";
import { placeOf } from "~/features/statistics/place";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";
import type { NumberedEvent } from "./event-legend";
import { IncidentLog } from "./incident-log";
import { PublishedFigures } from "./published-figures";
import { TrendFilters } from "./trend-filters";
import { numberEvents, periodWords, type SelectionWords } from "./trend-math";
import { incidentFilterOf, publishedInput, TREND_PARAM_LABELS, type TrendParams, trendQuery } from "./trend-params";

export function TrendsView({ params, ignored }: { params: TrendParams; ignored: { key: string; message: string }[] }) {
  const trpc = useTRPC();
  const published = publishedInput(params);
  const { data: series } = useSuspenseQuery(trpc.statistics.series.queryOptions(published));
  const { data: comparisons } = useSuspenseQuery(trpc.statistics.compare.queryOptions({ ...published, includeSingles: true }));
  const { data: metrics } = useSuspenseQuery(trpc.statistics.metrics.queryOptions({}));
  const { data: markerEvents } = useSuspenseQuery(trpc.events.list.queryOptions({ markers: true }));
  const { data: groups } = useSuspenseQuery(trpc.groups.list.queryOptions({}));
  const { data: sources } = useSuspenseQuery(trpc.sources.list.queryOptions({}));

  const group = params.group ? groups.find((g) => g.slug === params.group) : undefined;
  const source = params.source ? sources.find((s) => s.slug === params.source) : undefined;
  const words: SelectionWords = {
    place: params.province ? (getAdminUnit(params.province)?.name ?? params.province) : undefined,
    district: params.district ? (getAdminUnit(params.district)?.name ?? params.district) : undefined,
    group: params.group ? (group?.abbreviation ?? group?.name ?? params.group) : undefined,
    source: params.source ? (source?.shortTitle ?? params.source) : undefined,
    certainty: params.certainty ? CERTAINTY_LABELS[params.certainty] : undefined,
    from: params.from,
    to: params.to,
  };
  const period = periodWords(params.from, params.to);
  const where = [words.place, words.group, words.source ? `per ${words.source}` : undefined, period ?? undefined]
    .filter(Boolean)
    .join(", ");
  // The active filters in words, for the charts' exports.
  const exportFilters: ExportFilter[] = [
    { label: "Province", value: words.place ?? "" },
    { label: "District", value: words.district ?? "" },
    { label: "Group", value: words.group ?? "" },
    { label: "Source", value: words.source ?? "" },
    { label: "Period", value: period ?? "" },
  ].filter((f) => f.value !== "");
  // Values that pass the schema but name nothing known: the filter still applies, so say why nothing matches.
  const unknown = [
    params.group && !group ? `no group has the identifier “${params.group}”` : null,
    params.source && !source ? `no source has the identifier “${params.source}”` : null,
  ].filter((x): x is string => x !== null);

  const events: NumberedEvent[] = numberEvents(markerEvents.map((e) => ({ ...e, title: e.title })));
  const figuresByKey = new Map(comparisons.flatMap((c) => c.figures).map((f) => [f.key, f]));
  const disagreements = comparisons.filter((c) => new Set(c.figures.flatMap((f) => f.sources)).size > 1);
  const narrowed = Boolean(params.province || params.group || params.source || params.from || params.to);
  const clearHref = narrowed
    ? hrefWith(
        "/trends",
        trendQuery(params, {
          province: undefined,
          district: undefined,
          group: undefined,
          source: undefined,
          from: undefined,
          to: undefined,
          breakdown: params.breakdown === "district" ? undefined : params.breakdown,
        }),
      )
    : null;
  const metricLinks = metrics
    .filter((m) => m.metric !== params.metric && m.metric !== "percent_change" && m.metric !== "other")
    .sort((a, b) => b.count - a.count)
    .slice(0, 4)
    .map((m) => ({
      label: METRIC_LABELS[m.metric],
      href: hrefWith("/trends", trendQuery(params, { metric: m.metric })),
    }));

  return (
    <div className="space-y-6">
      <TrendFilters params={params} metrics={metrics} groups={groups} sources={sources} />
      <IgnoredFilters ignored={ignored} labels={TREND_PARAM_LABELS} />
      {unknown.length ? (
        <p className="text-[12.5px] text-warning">
          {unknown.join("; ").replace(/^./, (c) => c.toUpperCase())}, so nothing can match. Pick from the lists above.
        </p>
      ) : null}

      <aside
        aria-label="How to read this page"
        className="flex items-start gap-2.5 rounded-md border border-border bg-surface-2/60 px-3 py-2.5 text-[12.5px] leading-relaxed text-muted-foreground"
      >
        <Scale aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-subtle" strokeWidth={1.75} />
        <p>
          Two kinds of numbers, never mixed in one series:{" "}
          <a href="#published" className="font-medium text-accent-text hover:underline">
            published figures
          </a>{" "}
          are totals as each source states them, one line per source; the{" "}
          <a href="#incident-log" className="font-medium text-accent-text hover:underline">
            incident log
          </a>{" "}
          counts the incidents recorded here one by one, and is not a complete count. Place, group, source and period filter both;
          attribution certainty and district filter the incident log only.
        </p>
      </aside>

      <PublishedFigures
        metric={params.metric}
        where={where}
        data={series}
        figuresByKey={figuresByKey}
        events={events}
        clearHref={clearHref}
        metricLinks={metricLinks}
        districtNote={Boolean(params.district)}
        exportFilters={exportFilters}
      />

      <section aria-labelledby="disagree-heading" className="space-y-3">
        <div>
          <h2 id="disagree-heading" className="text-base font-semibold">
            Where sources give figures for the same thing
          </h2>
          <p className="text-[12.5px] text-muted-foreground">
            The same metric, place, group and period from two or more sources, side by side with each source&apos;s words.
          </p>
        </div>
        {disagreements.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            No two sources state {METRIC_LABELS[params.metric].toLowerCase()} for the same period and place
            {where ? ` in this selection (${where})` : ""}.
          </p>
        ) : (
          <div className="grid gap-4 lg:grid-cols-2">
            {disagreements.map((c) => (
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

      <IncidentLog
        params={params}
        filter={incidentFilterOf(params)}
        words={words}
        events={events}
        exportFilters={[...exportFilters, ...(words.certainty ? [{ label: "Attribution certainty", value: words.certainty }] : [])]}
      />
    </div>
  );
}
