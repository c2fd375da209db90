"use client";

import {
  type CitationView,
  calendarYearOf,
  describePercentChange,
  formatFigure,
  formatPeriod,
  METRIC_LABELS,
  type Metric,
  type PercentChange,
  type StatisticView,
} from "@monitor/domain";
import { LineChart } from "lucide-react";
import Link from "next/link";
import { useRef } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { CitationPopover } from "~/features/citations/citation-popover";
import { changeCell, type ExportFilter, shortQuote, uniqueLines } from "~/features/export/chart/chart-export";
import { ExportMenu } from "~/features/export/chart/export-menu";
import { placeOf } from "~/features/statistics/place";
import { EventLegend, type NumberedEvent } from "./event-legend";
import { type ChartSeries, numberFormat, PeriodChart } from "./period-chart";
import { type Column, SortableTable } from "./sortable-table";
import { ChangeText, seriesColor } from "./trend-bits";
import {
  changeAgainstPrevious,
  changeAgainstPreviousSamePeriod,
  changeSortValue,
  describePeriodKind,
  type PeriodChange,
  placeEvents,
  yearsBetween,
} from "./trend-math";

type Figure = StatisticView & { sources: string[] };

export interface PublishedSeriesData {
  series: { source: string; country: string | null; points: { year: number; value: number; qualifier: string; key: string }[] }[];
  excluded: Figure[];
  sourceTitles: Record<string, string>;
}

interface YearRow {
  id: string;
  year: string;
  seriesName: string;
  color: string;
  value: number;
  qualifier: string;
  figure: Figure | undefined;
  change: PeriodChange;
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/**
 * Published figures for one metric: a line per source over calendar years (never blended, gaps kept,
 * a lone year drawn as a labelled dot), its table with each year's change against the same source's
 * previous year, and apart from it the figures that cover other periods (15 Aug–14 Aug years, parts
 * of a year), labelled as such and compared only with the same source's previous period of that kind.
 */
export function PublishedFigures({
  metric,
  where,
  data,
  figuresByKey,
  events,
  clearHref,
  metricLinks,
  districtNote,
  exportFilters = [],
}: {
  metric: Exclude<Metric, "percent_change" | "other">;
  /** "Khyber Pakhtunkhwa, TTP, 2021–2023" or "". */
  where: string;
  data: PublishedSeriesData;
  figuresByKey: ReadonlyMap<string, Figure>;
  events: readonly NumberedEvent[];
  /** The view without place, group, source and period filters, for the empty state. */
  clearHref: string | null;
  /** Other metrics with figures, for the empty state. */
  metricLinks: { label: string; href: string }[];
  districtNote: boolean;
  /** The active filters in words, for the chart's export. */
  exportFilters?: readonly ExportFilter[];
}) {
  const chartRef = useRef<HTMLDivElement>(null);
  const metricLabel = METRIC_LABELS[metric];
  const perSource = new Map<string, number>();
  for (const s of data.series) perSource.set(s.source, (perSource.get(s.source) ?? 0) + 1);
  const countryName = (c: string | null) => (c === "AF" ? "Afghanistan" : c === "PK" ? "Pakistan" : "country not stated");

  const series = data.series.map((s, i) => {
    const title = data.sourceTitles[s.source] ?? s.source;
    const name = (perSource.get(s.source) ?? 0) > 1 ? `${title} (${countryName(s.country)})` : title;
    const values = new Map<string, number | null>(s.points.map((p) => [String(p.year), p.value]));
    return { ...s, id: `s${i}`, name, color: seriesColor(i), values };
  });
  const years = yearsBetween(data.series.flatMap((s) => s.points.map((p) => p.year)));
  const chartSeries: ChartSeries[] = series.map((s) => ({ id: s.id, name: s.name, color: s.color, values: Object.fromEntries(s.values) }));
  const placed = placeEvents(events, years, "year");
  const placedEvents = placed.flatMap((p) => p.events);

  const rows: YearRow[] = series.flatMap((s) =>
    s.points.map((p) => ({
      id: `${s.id}-${p.year}`,
      year: String(p.year),
      seriesName: s.name,
      color: s.color,
      value: p.value,
      qualifier: p.qualifier,
      figure: figuresByKey.get(p.key),
      change: changeAgainstPrevious(s.values, String(p.year)),
    })),
  );
  const rowBySeriesYear = new Map(rows.map((r) => [`${r.seriesName}|${r.year}`, r]));
  const cardTitle = `Published figures: ${metricLabel}${where ? ` — ${where}` : ""}`;
  const sortedRows = [...rows].sort((a, b) => a.year.localeCompare(b.year) || a.seriesName.localeCompare(b.seriesName));
  const exportData = {
    title: cardTitle,
    filters: [{ label: "Metric", value: metricLabel }, ...exportFilters],
    asOf: years.length
      ? `published figures up to ${years[years.length - 1]} (calendar years ${years[0]}–${years[years.length - 1]})`
      : "no figures",
    // One line per quote, with the years and series it supports.
    sources: [
      ...sortedRows
        .reduce((m, r) => {
          const c = r.figure?.citations[0];
          const line = c
            ? `“${shortQuote(c.quote)}” (${c.sourceShortTitle}${c.locator ? `, ${c.locator}` : ""})`
            : `${r.seriesName}: no quote recorded`;
          m.set(line, uniqueLines([...(m.get(line) ?? []), `${r.year} ${r.seriesName}`]));
          return m;
        }, new Map<string, string[]>())
        .entries(),
    ].map(([line, uses]) => `${uses.join("; ")}: ${line}`),
    legend: series.map((s) => ({ label: s.name, color: s.color })),
    columns: ["Year", "Source", "What is counted", "Figure", "Qualifier", "Unit", "Change on previous year (%)", "Quote", "Locator"],
    rows: sortedRows.map((r) => {
      const c = r.figure?.citations[0];
      return [
        r.year,
        r.seriesName,
        r.figure?.label ?? metricLabel,
        r.value,
        r.qualifier,
        r.figure?.unit ?? "",
        changeCell(r.change.change),
        c?.quote ?? "",
        c?.locator ?? "",
      ];
    }),
  };

  const renderTooltip = (period: string) => {
    const here = placed.find((p) => p.period === period)?.events ?? [];
    return (
      <div className="flex flex-col gap-1.5">
        <ul className="flex flex-col gap-1.5">
          {series.map((s) => {
            const r = rowBySeriesYear.get(`${s.name}|${period}`);
            const quote = r?.figure?.citations[0];
            return (
              <li key={s.id} className="flex flex-col gap-0.5">
                <div className="flex items-baseline justify-between gap-3">
                  <span className="flex items-center gap-1.5 font-medium text-foreground">
                    <span aria-hidden="true" className="size-2 shrink-0 rounded-[2px]" style={{ background: s.color }} />
                    {s.name}
                  </span>
                  <span className="font-semibold text-foreground tabular-nums">
                    {r ? formatFigure(r.value, r.qualifier, r.figure?.unit) : <span className="font-normal text-subtle">no figure</span>}
                  </span>
                </div>
                {r ? (
                  <>
                    <span className="pl-3.5 text-[11px] text-muted-foreground">
                      {describePercentChange(r.change.change, `${r.change.previous} (same source)`)}
                    </span>
                    {quote ? (
                      <span className="pl-3.5 text-[11px] leading-snug text-subtle">
                        “{truncate(quote.quote, 150)}” — {quote.sourceShortTitle}
                        {quote.locator ? `, ${quote.locator}` : ""}
                      </span>
                    ) : null}
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
        {here.length ? (
          <p className="border-t border-border pt-1 text-[11px] text-muted-foreground">
            {here.map((e) => `${e.n}. ${e.title}`).join(" · ")}
          </p>
        ) : null}
      </div>
    );
  };

  const columns: Column<YearRow>[] = [
    { id: "year", header: "Year", rowHeader: true, sortValue: (r) => r.year, firstDirection: "asc", cell: (r) => r.year },
    {
      id: "source",
      header: "Source",
      sortValue: (r) => r.seriesName,
      cell: (r) => (
        <span className="flex items-center gap-1.5">
          <span aria-hidden="true" className="h-0.5 w-3 shrink-0 rounded-full" style={{ background: r.color }} />
          {r.seriesName}
        </span>
      ),
    },
    {
      id: "what",
      header: "What is counted",
      sortValue: (r) => r.figure?.label ?? metricLabel,
      cell: (r) => r.figure?.label ?? metricLabel,
    },
    {
      id: "value",
      header: "Figure",
      numeric: true,
      sortValue: (r) => r.value,
      cell: (r) => <span className="font-medium">{formatFigure(r.value, r.qualifier, r.figure?.unit)}</span>,
    },
    {
      id: "change",
      header: "Change on previous year",
      numeric: true,
      sortValue: (r) => changeSortValue(r.change.change),
      cell: (r) => <ChangeText change={r.change.change} against={`${r.change.previous}, same source`} />,
    },
    {
      id: "cite",
      header: "Says who",
      cell: (r) => (
        <CitationPopover
          citations={(r.figure?.citations ?? []) as CitationView[]}
          subject={`${numberFormat(r.value)} ${metricLabel.toLowerCase()} in ${r.year}`}
          sourceHrefTemplate="/sources/{source}"
        />
      ),
    },
  ];

  return (
    <Card id="published">
      <CardHeader>
        <div className="flex items-start justify-between gap-3">
          <CardTitle>{cardTitle}</CardTitle>
          {series.length > 0 ? <ExportMenu target={chartRef} data={exportData} /> : null}
        </div>
        <CardDescription>
          Calendar-year totals as each source publishes them, one line per source, never added together or averaged. A gap is a year the
          source did not publish, not a zero.
          {districtNote ? " Published figures are shown for the whole province; the district filter applies to the incident log." : ""}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {series.length === 0 ? (
          <EmptyState
            icon={LineChart}
            title={`No source gives ${metricLabel.toLowerCase()} for whole calendar years${where ? ` for ${where}` : ""}`}
            description={
              <>
                {data.excluded.length
                  ? "The figures for this selection cover other periods (listed below, apart). "
                  : "No figure matches this selection. "}
                {clearHref ? "Widen the selection, or " : ""}
                {metricLinks.length ? "try a metric the sources publish more often." : "import a dataset with published figures."}
              </>
            }
            action={
              <div className="flex flex-wrap justify-center gap-x-3 gap-y-1 text-[12.5px]">
                {clearHref ? (
                  <Link href={clearHref} scroll={false} className="font-medium text-accent-text hover:underline">
                    Clear place, group, source and period
                  </Link>
                ) : null}
                {metricLinks.map((m) => (
                  <Link key={m.href} href={m.href} scroll={false} className="text-accent-text hover:underline">
                    {m.label}
                  </Link>
                ))}
              </div>
            }
          />
        ) : (
          <>
            <div ref={chartRef}>
              <PeriodChart
                title={`${metricLabel} by year, one line per source`}
                description="Published figures; the table below lists the same numbers with their sources and changes."
                periods={years}
                series={chartSeries}
                kind="line"
                legend
                annotations={placed.map((p) => ({ period: p.period, numbers: p.events.map((e) => e.n) }))}
                renderTooltip={renderTooltip}
                testId="published-chart"
              />
            </div>
            <EventLegend events={placedEvents} hidden={events.length - placedEvents.length} label="Events marked on the chart" />
            <div className="mt-4">
              <SortableTable
                caption={`${metricLabel}${where ? `, ${where}` : ""}: published figures by year and source`}
                columns={columns}
                rows={rows}
                rowKey={(r) => r.id}
                initialSort={{ id: "year", dir: "asc" }}
                testId="published-table"
              />
            </div>
          </>
        )}
        <OtherPeriods figures={data.excluded} metricLabel={metricLabel} />
      </CardContent>
    </Card>
  );
}

interface OtherRow {
  figure: Figure;
  kind: string;
  change: { previous: Figure | null; previousPeriod: { start: string; end: string }; change: PercentChange };
}

/** Figures that do not cover one calendar year, with their own periods named, never forced into a year. */
function OtherPeriods({ figures, metricLabel }: { figures: readonly Figure[]; metricLabel: string }) {
  if (figures.length === 0) return null;
  const changes = changeAgainstPreviousSamePeriod(figures);
  const rows: OtherRow[] = figures.map((f) => {
    const c = changes.get(f.key);
    return {
      figure: f,
      kind:
        calendarYearOf(f) !== null
          ? "Calendar year (a narrower count than the plotted one)"
          : describePeriodKind(f.periodStart, f.periodEnd),
      change: c ?? {
        previous: null,
        previousPeriod: { start: f.periodStart, end: f.periodEnd },
        change: { kind: "unavailable", reason: "no_previous" },
      },
    };
  });
  const columns: Column<OtherRow>[] = [
    {
      id: "period",
      header: "Period",
      rowHeader: true,
      sortValue: (r) => `${r.figure.periodStart}|${r.figure.periodEnd}`,
      firstDirection: "asc",
      cell: (r) => (
        <span className="flex flex-col">
          <span className="whitespace-nowrap">{formatPeriod(r.figure.periodStart, r.figure.periodEnd)}</span>
          <span className="text-[11.5px] text-muted-foreground">{r.kind}</span>
        </span>
      ),
      className: "min-w-44",
    },
    { id: "what", header: "What is counted", sortValue: (r) => r.figure.label ?? metricLabel, cell: (r) => r.figure.label ?? metricLabel },
    { id: "where", header: "Where", sortValue: (r) => placeOf(r.figure.geography), cell: (r) => placeOf(r.figure.geography) },
    {
      id: "value",
      header: "Figure",
      numeric: true,
      sortValue: (r) => r.figure.value,
      cell: (r) => <span className="font-medium">{formatFigure(r.figure.value, r.figure.qualifier, r.figure.unit)}</span>,
    },
    {
      id: "change",
      header: "Change on previous period",
      numeric: true,
      sortValue: (r) => changeSortValue(r.change.change),
      cell: (r) => (
        <ChangeText change={r.change.change} against={formatPeriod(r.change.previousPeriod.start, r.change.previousPeriod.end)} />
      ),
    },
    {
      id: "cite",
      header: "Says who",
      sortValue: (r) => r.figure.citations[0]?.sourceShortTitle,
      cell: (r) => (
        <CitationPopover
          citations={r.figure.citations}
          subject={`${r.figure.label ?? metricLabel}, ${formatPeriod(r.figure.periodStart, r.figure.periodEnd)}`}
          sourceHrefTemplate="/sources/{source}"
        />
      ),
    },
  ];
  return (
    <section className="mt-6" aria-labelledby="other-periods-heading">
      <h3 id="other-periods-heading" className="text-[13px] font-semibold">
        Figures for other periods (not plotted)
      </h3>
      <p className="mb-2 text-[12px] text-muted-foreground">
        These cover periods that are not one calendar year (a 15 Aug–14 Aug year, part of a year, several years), or count a narrower part
        of a plotted total. Each keeps its own period; its change is against the same source&apos;s figure for the same place and group over
        the period of the same kind just before (15 Aug 2020–14 Aug 2021 for 15 Aug 2021–14 Aug 2022).
      </p>
      <SortableTable
        caption={`${metricLabel}: figures for periods other than calendar years`}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.figure.key}
        initialSort={{ id: "period", dir: "asc" }}
        testId="other-periods-table"
      />
    </section>
  );
}
