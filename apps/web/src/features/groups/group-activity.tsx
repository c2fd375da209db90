"use client";

import { BREAKDOWN_UNKNOWN_KEY, formatCount, formatFigure, formatPeriod, METRIC_LABELS, type Metric } from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRef, useState } from "react";
import { Table, TableCaption, TBody, Td, TFoot, THead, Th, Tr } from "~/components/ui/table";
import { SourceBadges } from "~/features/citations/source-badges";
import type { ChartExportData } from "~/features/export/chart/chart-export";
import { ExportMenu } from "~/features/export/chart/export-menu";
import { placeOf } from "~/features/statistics/place";
import { type ChartSeries, PeriodChart } from "~/features/trends/period-chart";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";
import { activityInputs } from "./activity-inputs";

/** A metric's trend for the group; percent changes and "other" figures are not a series, so they open in the figures list. */
function metricHref(slug: string, metric: Metric, province: string | null): string {
  if (metric === "percent_change" || metric === "other") return hrefWith("/statistics", { group: slug, metric });
  return hrefWith("/trends", { group: slug, metric, province: province ?? undefined });
}

const yearRange = (y: string) => ({ from: `${y}-01-01`, to: `${y}-12-31` });

/** "2010–2013, 2015" for a sorted list of years. */
function joinYears(years: readonly string[]): string {
  const runs: string[] = [];
  let start: number | null = null;
  let prev: number | null = null;
  for (const y of [...years.map(Number), Number.NaN]) {
    if (prev !== null && y === prev + 1) {
      prev = y;
      continue;
    }
    if (start !== null && prev !== null) runs.push(start === prev ? String(start) : `${start}–${prev}`);
    start = y;
    prev = y;
  }
  return runs.join(", ");
}

/**
 * What the data holds about the group's violence: incidents the log attributes to it, by year and
 * province (claimed, attributed or suspected; never a denial), each count linking to those incidents;
 * and the figures sources publish about it, each with its source. The two are never added together.
 */
const SERIES_COLORS = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)", "var(--chart-5)", "var(--chart-6)"];

/** Figures shown before "Show all". */
const FIGURES_SHOWN = 8;

/**
 * What the data holds about the group's violence: incidents the log attributes to it, by year and
 * province (claimed, attributed or suspected; never a denial), each count linking to those incidents;
 * and the figures sources publish about it, each with its source. The two are never added together.
 */
export function GroupActivity({ slug, label }: { slug: string; label: string }) {
  const trpc = useTRPC();
  const inputs = activityInputs(slug);
  const { data: breakdown } = useSuspenseQuery(trpc.incidents.breakdown.queryOptions(inputs.breakdown));
  const { data: figures } = useSuspenseQuery(trpc.statistics.list.queryOptions(inputs.figures));
  const [allFigures, setAllFigures] = useState(false);
  const chartRef = useRef<HTMLDivElement>(null);
  const total = Object.values(breakdown.totals).reduce((a, b) => a + b, 0);
  const countAt = (year: string, key: string) => breakdown.rows.find((r) => r.period === year)?.values[key] ?? 0;
  const yearTotal = (y: string) => breakdown.keys.reduce((sum, k) => sum + countAt(y, k.key), 0);
  // Years with an attributed incident, newest first; the chart keeps every year so the gaps show.
  const years = breakdown.periods.filter((y) => yearTotal(y) > 0).reverse();
  const quiet = breakdown.periods.filter((y) => yearTotal(y) === 0);
  // Up to five provinces as their own series in the chart; the rest together.
  const drawn = breakdown.keys.slice(0, breakdown.keys.length > 6 ? 5 : 6);
  const rest = breakdown.keys.slice(drawn.length);
  const series: ChartSeries[] = [
    ...drawn.map((k, i) => ({
      id: `s${i}`,
      name: k.label,
      color: SERIES_COLORS[i] ?? "var(--chart-6)",
      values: Object.fromEntries(breakdown.periods.map((p) => [p, countAt(p, k.key)])),
    })),
    ...(rest.length
      ? [
          {
            id: "rest",
            name: `${rest.length} other provinces`,
            color: "var(--chart-6)",
            values: Object.fromEntries(breakdown.periods.map((p) => [p, rest.reduce((sum, k) => sum + countAt(p, k.key), 0)])),
          },
        ]
      : []),
  ];
  const shownFigures = allFigures ? figures.items : figures.items.slice(0, FIGURES_SHOWN);
  const chartTitle = `Incidents attributed to ${label} per year, by province`;
  const many = breakdown.keys.length > 1;
  // The CSV is the table under the chart: its years (newest first), a column per province, the row total.
  const exportData: ChartExportData = {
    title: chartTitle,
    filters: [
      { label: "Group", value: label },
      { label: "Attribution", value: "claimed, attributed or suspected (a denial never counts)" },
    ],
    asOf: `the incident log as recorded at export, years ${breakdown.periods[0]}–${breakdown.periods[breakdown.periods.length - 1]}${
      quiet.length ? ` (none attributed in ${joinYears(quiet)})` : ""
    }`,
    sources: [
      `Incident log: incidents recorded in Militancy Monitor one by one, each with its citation (quote and locator on each incident's page, /incidents?group=${slug}). Not a published total.`,
    ],
    legend: series.map((s) => ({ label: s.name, color: s.color })),
    columns: ["Year", ...breakdown.keys.map((k) => k.label), ...(many ? ["All provinces"] : [])],
    rows: years.map((y) => [y, ...breakdown.keys.map((k) => countAt(y, k.key)), ...(many ? [yearTotal(y)] : [])]),
  };

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <div className="flex items-start justify-between gap-3">
          <h3 className="text-[13.5px] font-semibold">Incidents attributed to {label} in the incident log</h3>
          {total > 0 && breakdown.periods.length > 1 ? <ExportMenu target={chartRef} data={exportData} /> : null}
        </div>
        {total === 0 ? (
          <p className="text-[12.5px] text-muted-foreground">The incident log attributes no incident to {label}.</p>
        ) : (
          <>
            <p className="text-[12.5px] text-muted-foreground">
              {formatCount(total)} {total === 1 ? "incident" : "incidents"} per year and province, counting claimed, attributed and
              suspected links (a denial never counts). These are records in Militancy Monitor, not a published total; each number opens
              those incidents.
            </p>
            {breakdown.periods.length > 1 ? (
              <div ref={chartRef}>
                <PeriodChart
                  title={chartTitle}
                  description="Stacked bars per year; the table below lists the same counts."
                  periods={breakdown.periods}
                  series={series}
                  kind="stacked-bar"
                  height={150}
                  legend
                  renderTooltip={(p) => (
                    <ul className="flex flex-col gap-0.5">
                      {breakdown.keys
                        .filter((k) => countAt(p, k.key) > 0)
                        .map((k) => (
                          <li key={k.key} className="flex justify-between gap-3 tabular-nums">
                            <span className="text-muted-foreground">{k.label}</span>
                            <span className="font-medium">{formatCount(countAt(p, k.key))}</span>
                          </li>
                        ))}
                      {yearTotal(p) === 0 ? <li className="text-muted-foreground">No attributed incident</li> : null}
                    </ul>
                  )}
                />
              </div>
            ) : null}
            <Table>
              <TableCaption>
                {label}: incidents in the log by year (rows) and province (columns).
                {quiet.length ? ` No attributed incident in ${joinYears(quiet)}.` : ""}
              </TableCaption>
              <THead>
                <Tr className="hover:bg-transparent">
                  <Th>Year</Th>
                  {breakdown.keys.map((k) => (
                    <Th key={k.key} numeric className="whitespace-normal">
                      {k.key !== BREAKDOWN_UNKNOWN_KEY ? (
                        <Link
                          href={hrefWith("/incidents", { group: slug, province: k.key })}
                          className="hover:text-foreground hover:underline"
                          aria-label={`${k.label}: incidents attributed to ${label}`}
                        >
                          {k.label}
                        </Link>
                      ) : (
                        k.label
                      )}
                    </Th>
                  ))}
                  {breakdown.keys.length > 1 ? <Th numeric>All provinces</Th> : null}
                </Tr>
              </THead>
              <TBody>
                {years.map((y) => (
                  <Tr key={y}>
                    <Th scope="row" className="h-auto py-2 align-top text-[13px] font-normal text-foreground">
                      <Link href={hrefWith("/incidents", { group: slug, ...yearRange(y) })} className="text-accent-text hover:underline">
                        {y}
                      </Link>
                    </Th>
                    {breakdown.keys.map((k) => {
                      const n = countAt(y, k.key);
                      return (
                        <Td key={k.key} numeric>
                          {n === 0 ? (
                            <span className="text-subtle">0</span>
                          ) : k.key !== BREAKDOWN_UNKNOWN_KEY ? (
                            <Link
                              href={hrefWith("/incidents", { group: slug, province: k.key, ...yearRange(y) })}
                              className="text-accent-text hover:underline"
                              aria-label={`${formatCount(n)} in ${k.label}, ${y}`}
                            >
                              {formatCount(n)}
                            </Link>
                          ) : (
                            formatCount(n)
                          )}
                        </Td>
                      );
                    })}
                    {breakdown.keys.length > 1 ? (
                      <Td numeric className="font-medium">
                        {formatCount(yearTotal(y))}
                      </Td>
                    ) : null}
                  </Tr>
                ))}
              </TBody>
              <TFoot>
                <Tr className="hover:bg-transparent">
                  <Th scope="row" className="h-auto py-2 text-[13px] text-foreground">
                    Total
                  </Th>
                  {breakdown.keys.map((k) => (
                    <Td key={k.key} numeric>
                      {formatCount(breakdown.totals[k.key] ?? 0)}
                    </Td>
                  ))}
                  {breakdown.keys.length > 1 ? <Td numeric>{formatCount(total)}</Td> : null}
                </Tr>
              </TFoot>
            </Table>
          </>
        )}
      </div>

      <div className="flex flex-col gap-2">
        <h3 className="text-[13.5px] font-semibold">Figures published about {label}</h3>
        {figures.items.length === 0 ? (
          <p className="text-[12.5px] text-muted-foreground">No source in the dataset publishes a figure about {label}.</p>
        ) : (
          <>
            <p className="text-[12.5px] text-muted-foreground">
              As each source states them, newest period first; figures from different sources are listed side by side, never added up. Open
              a metric for its trend.
            </p>
            <Table>
              <TableCaption>
                {label}: {formatCount(figures.total)} published {figures.total === 1 ? "figure" : "figures"} by period and place, each with
                its source.
              </TableCaption>
              <THead>
                <Tr className="hover:bg-transparent">
                  <Th>Period</Th>
                  <Th>Where</Th>
                  <Th>What</Th>
                  <Th numeric>Figure</Th>
                  <Th>Source</Th>
                </Tr>
              </THead>
              <TBody>
                {shownFigures.map((s) => {
                  const figure = formatFigure(s.value, s.qualifier, s.unit);
                  const period = formatPeriod(s.periodStart, s.periodEnd);
                  return (
                    <Tr key={s.id}>
                      <Td className="min-w-[6rem]">{period}</Td>
                      <Td className="text-muted-foreground">{placeOf(s.geography)}</Td>
                      <Td className="min-w-[14rem]">
                        <Link href={metricHref(slug, s.metric, s.geography.province)} className="text-accent-text hover:underline">
                          {METRIC_LABELS[s.metric]}
                        </Link>
                        {s.label ? <div className="text-[12px] leading-snug text-muted-foreground">{s.label}</div> : null}
                      </Td>
                      <Td numeric className="font-medium">
                        {figure}
                      </Td>
                      <Td>
                        <SourceBadges citations={s.citations} subject={`${METRIC_LABELS[s.metric]} ${figure}, ${period}`} />
                      </Td>
                    </Tr>
                  );
                })}
              </TBody>
            </Table>
            {figures.items.length > FIGURES_SHOWN ? (
              <button
                type="button"
                aria-expanded={allFigures}
                onClick={() => setAllFigures((v) => !v)}
                className="self-start rounded-sm text-[12.5px] font-medium text-accent-text hover:underline"
              >
                {allFigures ? "Show fewer" : `Show all ${formatCount(figures.items.length)} figures`}
              </button>
            ) : null}
            {figures.total > figures.items.length ? (
              <Link href={hrefWith("/statistics", { group: slug })} className="text-[12.5px] text-accent-text hover:underline">
                All {formatCount(figures.total)} figures
              </Link>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}
