"use client";

import {
  BREAKDOWN_DIMENSION_LABELS,
  BREAKDOWN_UNKNOWN_KEY,
  describePercentChange,
  formatCount,
  type IncidentFilter,
} from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { BarChart3, Info } from "lucide-react";
import Link from "next/link";
import { type ReactNode, useRef } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { SegmentedControl } from "~/components/ui/segmented-control";
import { Td, Th, Tr } from "~/components/ui/table";
import { changeCell, type ExportFilter } from "~/features/export/chart/chart-export";
import { ExportMenu } from "~/features/export/chart/export-menu";
import { groupColor } from "~/lib/group-colors";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";
import { EventLegend, type NumberedEvent } from "./event-legend";
import { type ChartSeries, numberFormat, PeriodChart } from "./period-chart";
import { type Column, SortableTable } from "./sortable-table";
import { ChangeText, OTHER_COLOR, seriesColor, UNKNOWN_COLOR } from "./trend-bits";
import {
  changeAgainstPrevious,
  changeSortValue,
  explainEmptyLog,
  OTHER_KEY,
  type PeriodChange,
  periodLabel,
  placeEvents,
  type SelectionWords,
  stackTopN,
} from "./trend-math";
import type { TrendParams } from "./trend-params";
import { trendQuery } from "./trend-params";

const MEASURE_WORDS = { incidents: "incidents", killed: "people killed", injured: "people injured" } as const;
const MEASURE_TITLES = { incidents: "Incidents", killed: "Killed", injured: "Injured" } as const;
/** How many keys a stacked chart names before folding the rest into "Other". */
const TOP_N = 5;

export interface IncidentLogProps {
  params: TrendParams;
  filter: IncidentFilter;
  words: SelectionWords;
  events: readonly NumberedEvent[];
  /** The active filters in words, for the chart's export. */
  exportFilters?: readonly ExportFilter[];
}

/**
 * Counts from the incident log (recorded here one by one, each cited), per year or month, optionally
 * stacked by province, district, group, target or type; its table has the same numbers and each
 * period's change against the one before.
 */
export function IncidentLog({ params, filter, words, events, exportFilters }: IncidentLogProps) {
  const href = (changes: Parameters<typeof trendQuery>[1]) => `${hrefWith("/trends", trendQuery(params, changes))}#incident-log`;
  const measure = params.measure;
  const dimensionItems = [
    { value: "none", label: "None", href: href({ breakdown: undefined }) },
    { value: "province", label: "Province", href: href({ breakdown: "province" }) },
    ...(params.province ? [{ value: "district", label: "District", href: href({ breakdown: "district" }) }] : []),
    { value: "group", label: "Group", href: href({ breakdown: "group" }) },
    { value: "target", label: "Target", href: href({ breakdown: "target" }) },
    { value: "type", label: "Type", href: href({ breakdown: "type" }) },
  ];

  return (
    <Card id="incident-log" className="scroll-mt-4">
      <CardHeader>
        <CardTitle>
          Incident log: {MEASURE_WORDS[measure]} per {params.granularity}
          {params.breakdown ? `, by ${BREAKDOWN_DIMENSION_LABELS[params.breakdown].toLowerCase()}` : ""}
        </CardTitle>
        <CardDescription>
          Counted from the incidents recorded here one by one, each with its citation. The log is not a complete count: it is never added to
          or compared in one series with the published totals above.
        </CardDescription>
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2" data-print="hide">
          <ControlGroup label="Count">
            <SegmentedControl
              label="Count"
              size="sm"
              value={measure}
              items={(["incidents", "killed", "injured"] as const).map((m) => ({
                value: m,
                label: MEASURE_TITLES[m],
                href: href({ measure: m }),
              }))}
            />
          </ControlGroup>
          <ControlGroup label="Per">
            <SegmentedControl
              label="Per"
              size="sm"
              value={params.granularity}
              items={[
                { value: "year", label: "Year", href: href({ granularity: "year" }) },
                { value: "month", label: "Month", href: href({ granularity: "month" }) },
              ]}
            />
          </ControlGroup>
          <ControlGroup label="Break down by">
            <SegmentedControl label="Break down by" size="sm" value={params.breakdown ?? "none"} items={dimensionItems} />
          </ControlGroup>
        </div>
      </CardHeader>
      <CardContent>
        {params.breakdown ? (
          <BreakdownView
            params={params}
            filter={filter}
            words={words}
            events={events}
            dimension={params.breakdown}
            exportFilters={exportFilters}
          />
        ) : (
          <SeriesView params={params} filter={filter} words={words} events={events} exportFilters={exportFilters} />
        )}
      </CardContent>
    </Card>
  );
}

function ControlGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex items-center gap-2">
      <span aria-hidden="true" className="text-[11.5px] font-medium text-muted-foreground">
        {label}
      </span>
      {children}
    </div>
  );
}

function EmptyLog({ params, words }: { params: TrendParams; words: SelectionWords }) {
  const { title, hint } = explainEmptyLog(words, MEASURE_WORDS[params.measure]);
  const widen = params.from || params.to ? hrefWith("/trends", trendQuery(params, { from: undefined, to: undefined })) : null;
  const clear = hrefWith(
    "/trends",
    trendQuery(params, {
      from: undefined,
      to: undefined,
      province: undefined,
      district: undefined,
      group: undefined,
      source: undefined,
      certainty: undefined,
      breakdown: params.breakdown === "district" ? undefined : params.breakdown,
    }),
  );
  const filtered = Boolean(params.from || params.to || params.province || params.group || params.source || params.certainty);
  return (
    <EmptyState
      icon={BarChart3}
      title={title}
      description={hint}
      action={
        filtered ? (
          <div className="flex flex-wrap justify-center gap-x-3 text-[12.5px] font-medium">
            {widen ? (
              <Link href={`${widen}#incident-log`} scroll={false} className="text-accent-text hover:underline">
                Show every year
              </Link>
            ) : null}
            <Link href={`${clear}#incident-log`} scroll={false} className="text-accent-text hover:underline">
              Clear all filters
            </Link>
          </div>
        ) : undefined
      }
    />
  );
}

function UnplacedNote({ unplaced, measure }: { unplaced: number; measure: TrendParams["measure"] }) {
  if (unplaced <= 0) return null;
  return (
    <Note>
      {unplaced === 1 ? "One incident" : `${formatCount(unplaced)} incidents`} known only to the year {unplaced === 1 ? "is" : "are"} left
      out of the monthly {MEASURE_WORDS[measure]}; the yearly view counts {unplaced === 1 ? "it" : "them"}.
    </Note>
  );
}

function Note({ children }: { children: ReactNode }) {
  return (
    <p className="mb-3 flex items-start gap-1.5 text-[12px] text-muted-foreground">
      <Info aria-hidden="true" className="mt-0.5 size-3.5 shrink-0 text-subtle" strokeWidth={2} />
      <span>{children}</span>
    </p>
  );
}

function placedFor(events: readonly NumberedEvent[], periods: readonly string[], granularity: TrendParams["granularity"]) {
  const placed = placeEvents(events, periods, granularity);
  return { placed, list: placed.flatMap((p) => p.events) };
}

function EventsInTooltip({ events }: { events: readonly NumberedEvent[] }) {
  if (events.length === 0) return null;
  return (
    <p className="mt-1 border-t border-border pt-1 text-[11px] text-muted-foreground">
      {events.map((e) => `${e.n}. ${e.title}`).join(" · ")}
    </p>
  );
}

// ---------------------------------------------------------------- one series

interface SeriesRow {
  period: string;
  value: number;
  change: PeriodChange;
}

function SeriesView({ params, filter, words, events, exportFilters = [] }: IncidentLogProps) {
  const trpc = useTRPC();
  const chartRef = useRef<HTMLDivElement>(null);
  const { data } = useSuspenseQuery(
    trpc.incidents.series.queryOptions({ filter, granularity: params.granularity, measure: params.measure }),
  );
  const periods = data.points.map((p) => p.period);
  const total = data.points.reduce((s, p) => s + p.value, 0);
  if (periods.length === 0 || total === 0) {
    return (
      <>
        <UnplacedNote unplaced={data.unplaced} measure={params.measure} />
        <EmptyLog params={params} words={words} />
      </>
    );
  }
  const values = new Map(data.points.map((p) => [p.period, p.value]));
  const rows: SeriesRow[] = data.points.map((p) => ({ period: p.period, value: p.value, change: changeAgainstPrevious(values, p.period) }));
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  const { placed, list } = placedFor(events, periods, params.granularity);
  const title = MEASURE_TITLES[params.measure];
  const series: ChartSeries[] = [{ id: "v", name: `${title} (incident log)`, color: "var(--chart-1)", values: Object.fromEntries(values) }];

  const columns: Column<SeriesRow>[] = [
    {
      id: "period",
      header: params.granularity === "year" ? "Year" : "Month",
      rowHeader: true,
      sortValue: (r) => r.period,
      firstDirection: "asc",
      cell: (r) => periodLabel(r.period),
    },
    { id: "value", header: title, numeric: true, sortValue: (r) => r.value, cell: (r) => numberFormat(r.value) },
    {
      id: "change",
      header: `Change on previous ${params.granularity}`,
      numeric: true,
      sortValue: (r) => changeSortValue(r.change.change),
      cell: (r) => <ChangeText change={r.change.change} against={periodLabel(r.change.previous)} />,
    },
  ];

  const chartTitle = `${title} per ${params.granularity} in the incident log`;
  const exportData = {
    title: `Incident log: ${MEASURE_WORDS[params.measure]} per ${params.granularity}`,
    filters: [{ label: "Count", value: MEASURE_WORDS[params.measure] }, { label: "Per", value: params.granularity }, ...exportFilters],
    asOf: `incidents recorded up to ${periodLabel(periods[periods.length - 1] ?? "")} (${periodLabel(periods[0] ?? "")} to ${periodLabel(periods[periods.length - 1] ?? "")})${data.unplaced > 0 ? `; ${data.unplaced} known only to the year are left out` : ""}`,
    sources: [
      "Incident log: incidents recorded in Militancy Monitor one by one, each with its citation (quote and locator on each incident's page, /incidents). Not a complete count.",
    ],
    columns: [params.granularity === "year" ? "Year" : "Month", title, `Change on previous ${params.granularity} (%)`],
    rows: rows.map((r) => [periodLabel(r.period), r.value, changeCell(r.change.change)]),
  };

  return (
    <>
      <UnplacedNote unplaced={data.unplaced} measure={params.measure} />
      <div className="mb-1 flex justify-end">
        <ExportMenu target={chartRef} data={exportData} />
      </div>
      <div ref={chartRef}>
        <PeriodChart
          title={chartTitle}
          description="Counts from the incident log; the table below lists the same numbers with the change on the previous period."
          periods={periods}
          series={series}
          kind="bar"
          legend={false}
          annotations={placed.map((p) => ({ period: p.period, numbers: p.events.map((e) => e.n) }))}
          renderTooltip={(period) => {
            const r = byPeriod.get(period);
            return (
              <>
                <p className="flex justify-between gap-3">
                  <span className="text-muted-foreground">{title} (incident log)</span>
                  <span className="font-semibold tabular-nums">{r ? numberFormat(r.value) : "–"}</span>
                </p>
                {r ? (
                  <p className="text-[11px] text-muted-foreground">
                    {describePercentChange(r.change.change, periodLabel(r.change.previous))}
                  </p>
                ) : null}
                <EventsInTooltip events={placed.find((p) => p.period === period)?.events ?? []} />
              </>
            );
          }}
          testId="incident-chart"
        />
      </div>
      <EventLegend events={list} hidden={events.length - list.length} label="Events marked on the chart" />
      <div className="mt-4">
        <SortableTable
          caption={`${title} per ${params.granularity} in the incident log`}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.period}
          initialSort={{ id: "period", dir: "asc" }}
          maxHeight={rows.length > 24 ? 420 : undefined}
          testId="incident-table"
          footer={
            <Tr className="hover:bg-transparent">
              <Th scope="row" className="h-auto py-2 text-[13px] text-foreground">
                Total
              </Th>
              <Td numeric>{numberFormat(total)}</Td>
              <Td />
            </Tr>
          }
        />
      </div>
    </>
  );
}

// ---------------------------------------------------------------- breakdown

interface BreakdownRowView {
  period: string;
  values: Record<string, number>;
  total: number;
  change: PeriodChange;
}

function BreakdownView({
  params,
  filter,
  words,
  events,
  dimension,
  exportFilters = [],
}: IncidentLogProps & { dimension: NonNullable<TrendParams["breakdown"]> }) {
  const trpc = useTRPC();
  const chartRef = useRef<HTMLDivElement>(null);
  const { data } = useSuspenseQuery(
    trpc.incidents.breakdown.queryOptions({ filter, dimension, granularity: params.granularity, measure: params.measure }),
  );
  const grand = Object.values(data.totals).reduce((s, v) => s + v, 0);
  if (data.periods.length === 0 || grand === 0) {
    return (
      <>
        {data.note ? <Note>{data.note}</Note> : null}
        <UnplacedNote unplaced={data.unplaced} measure={params.measure} />
        <EmptyLog params={params} words={words} />
      </>
    );
  }
  const stacked = stackTopN(data, TOP_N, BREAKDOWN_UNKNOWN_KEY);
  const used = new Set<string>();
  const colorOf = (key: string, i: number) => {
    if (key === OTHER_KEY) return OTHER_COLOR;
    if (key === BREAKDOWN_UNKNOWN_KEY) return UNKNOWN_COLOR;
    const preferred = dimension === "group" ? groupColor(key) : seriesColor(i);
    const c = used.has(preferred) ? seriesColor(i) : preferred;
    used.add(c);
    return c;
  };
  const keys = stacked.keys.map((k, i) => ({ ...k, id: `k${i}`, color: colorOf(k.key, i) }));
  const totals = new Map(stacked.rows.map((r) => [r.period, r.total]));
  const rows: BreakdownRowView[] = stacked.rows.map((r) => ({ ...r, change: changeAgainstPrevious(totals, r.period) }));
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  const { placed, list } = placedFor(events, data.periods, params.granularity);
  const title = MEASURE_TITLES[params.measure];
  const dimLabel = BREAKDOWN_DIMENSION_LABELS[dimension];
  const series: ChartSeries[] = keys.map((k) => ({
    id: k.id,
    name: k.label,
    color: k.color,
    values: Object.fromEntries(stacked.rows.map((r) => [r.period, r.values[k.key] ?? 0])),
  }));
  const keyTotal = (key: string) =>
    key === OTHER_KEY ? stacked.rows.reduce((s, r) => s + (r.values[OTHER_KEY] ?? 0), 0) : (data.totals[key] ?? 0);

  const columns: Column<BreakdownRowView>[] = [
    {
      id: "period",
      header: params.granularity === "year" ? "Year" : "Month",
      rowHeader: true,
      sortValue: (r) => r.period,
      firstDirection: "asc",
      cell: (r) => periodLabel(r.period),
    },
    ...keys.map<Column<BreakdownRowView>>((k) => ({
      id: k.id,
      header: (
        <span className="inline-flex items-center gap-1">
          <span aria-hidden="true" className="size-2 shrink-0 rounded-[2px]" style={{ background: k.color }} />
          {k.label}
        </span>
      ),
      numeric: true,
      sortValue: (r) => r.values[k.key] ?? 0,
      cell: (r) => (
        <span className={(r.values[k.key] ?? 0) === 0 ? "text-muted-foreground" : undefined}>{numberFormat(r.values[k.key] ?? 0)}</span>
      ),
    })),
    {
      id: "total",
      header: "Total",
      numeric: true,
      sortValue: (r) => r.total,
      cell: (r) => <span className="font-medium">{numberFormat(r.total)}</span>,
    },
    {
      id: "change",
      header: `Change on previous ${params.granularity}`,
      numeric: true,
      sortValue: (r) => changeSortValue(r.change.change),
      cell: (r) => <ChangeText change={r.change.change} against={periodLabel(r.change.previous)} />,
    },
  ];

  const allKeys = data.keys.map((k) => ({ ...k, total: data.totals[k.key] ?? 0 }));
  const keyColumns: Column<(typeof allKeys)[number]>[] = [
    { id: "key", header: dimLabel, rowHeader: true, sortValue: (k) => k.label, firstDirection: "asc", cell: (k) => k.label },
    { id: "total", header: title, numeric: true, sortValue: (k) => k.total, cell: (k) => numberFormat(k.total) },
    {
      id: "share",
      header: "Share of the stacks",
      numeric: true,
      sortValue: (k) => k.total / grand,
      cell: (k) => `${((k.total / grand) * 100).toLocaleString("en-GB", { maximumFractionDigits: 1 })}%`,
    },
  ];

  const exportData = {
    title: `Incident log: ${MEASURE_WORDS[params.measure]} per ${params.granularity}, by ${dimLabel.toLowerCase()}`,
    filters: [
      { label: "Count", value: MEASURE_WORDS[params.measure] },
      { label: "Per", value: params.granularity },
      { label: "Break down by", value: dimLabel.toLowerCase() },
      ...exportFilters,
    ],
    asOf: `incidents recorded up to ${periodLabel(data.periods[data.periods.length - 1] ?? "")} (${periodLabel(data.periods[0] ?? "")} to ${periodLabel(data.periods[data.periods.length - 1] ?? "")})${data.note ? `. ${data.note}` : ""}`,
    sources: [
      "Incident log: incidents recorded in Militancy Monitor one by one, each with its citation (quote and locator on each incident's page, /incidents). Not a complete count.",
    ],
    legend: keys.map((k) => ({ label: k.label, color: k.color })),
    columns: [
      params.granularity === "year" ? "Year" : "Month",
      ...keys.map((k) => k.label),
      "Total",
      `Change on previous ${params.granularity} (%)`,
    ],
    rows: rows.map((r) => [periodLabel(r.period), ...keys.map((k) => r.values[k.key] ?? 0), r.total, changeCell(r.change.change)]),
  };

  return (
    <>
      {data.note ? <Note>{data.note}</Note> : null}
      <UnplacedNote unplaced={data.unplaced} measure={params.measure} />
      <div className="mb-1 flex justify-end">
        <ExportMenu target={chartRef} data={exportData} />
      </div>
      {stacked.other.length ? (
        <Note>
          The {TOP_N} largest are drawn apart; “{stacked.other.length} more” holds the rest ({stacked.other.join(", ")}). The table of
          totals below lists each one.
        </Note>
      ) : null}
      <div ref={chartRef}>
        <PeriodChart
          title={`${title} per ${params.granularity} in the incident log, stacked by ${dimLabel.toLowerCase()}`}
          description="Stacked counts from the incident log; the table below lists the same numbers per period and in total."
          periods={data.periods}
          series={series}
          kind="stacked-bar"
          legend
          annotations={placed.map((p) => ({ period: p.period, numbers: p.events.map((e) => e.n) }))}
          renderTooltip={(period) => {
            const r = byPeriod.get(period);
            if (!r) return null;
            return (
              <>
                <ul className="flex flex-col gap-0.5">
                  {[...keys].reverse().map((k) => {
                    const v = r.values[k.key] ?? 0;
                    return (
                      <li key={k.id} className={v === 0 ? "hidden" : "flex items-center justify-between gap-3"}>
                        <span className="flex min-w-0 items-center gap-1.5 text-muted-foreground">
                          <span aria-hidden="true" className="size-2 shrink-0 rounded-[2px]" style={{ background: k.color }} />
                          <span className="truncate">{k.label}</span>
                        </span>
                        <span className="font-medium tabular-nums">{numberFormat(v)}</span>
                      </li>
                    );
                  })}
                </ul>
                <p className="mt-1 flex justify-between gap-3 border-t border-border pt-1 font-medium">
                  <span>Total of the stacks</span>
                  <span className="tabular-nums">{numberFormat(r.total)}</span>
                </p>
                <p className="text-[11px] text-muted-foreground">
                  {describePercentChange(r.change.change, periodLabel(r.change.previous))}
                </p>
                <EventsInTooltip events={placed.find((p) => p.period === period)?.events ?? []} />
              </>
            );
          }}
          testId="incident-chart"
        />
      </div>
      <EventLegend events={list} hidden={events.length - list.length} label="Events marked on the chart" />
      <div className="mt-4">
        <SortableTable
          caption={`${title} per ${params.granularity} in the incident log, by ${dimLabel.toLowerCase()}`}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.period}
          initialSort={{ id: "period", dir: "asc" }}
          maxHeight={rows.length > 24 ? 420 : undefined}
          testId="incident-table"
          footer={
            <Tr className="hover:bg-transparent">
              <Th scope="row" className="h-auto py-2 text-[13px] text-foreground">
                Total
              </Th>
              {keys.map((k) => (
                <Td key={k.id} numeric>
                  {numberFormat(keyTotal(k.key))}
                </Td>
              ))}
              <Td numeric>{numberFormat(grand)}</Td>
              <Td />
            </Tr>
          }
        />
      </div>
      <details className="mt-4 text-[13px]">
        <summary className="cursor-pointer text-[12.5px] font-medium text-accent-text">
          Totals by {dimLabel.toLowerCase()} ({allKeys.length})
        </summary>
        <div className="mt-2 max-w-xl">
          <SortableTable
            caption={`${title} in the incident log by ${dimLabel.toLowerCase()}, whole period`}
            columns={keyColumns}
            rows={allKeys}
            rowKey={(k) => k.key}
            initialSort={{ id: "total", dir: "desc" }}
            testId="breakdown-totals-table"
          />
        </div>
      </details>
    </>
  );
}
