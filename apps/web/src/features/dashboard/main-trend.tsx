"use client";

import { formatDate, type IncidentFilter, percentChange } from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useRef } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { changeCell } from "~/features/export/chart/chart-export";
import { ExportMenu } from "~/features/export/chart/export-menu";
import { SortableTable } from "~/features/trends/sortable-table";
import { changeSortValue, formatChangeShort } from "~/features/trends/trend-math";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";

// Recharts (the largest library on the page) loads after the page, in its own chunk: the chart is sized
// in the browser and never server-rendered, and the figure keeps its height meanwhile, so nothing moves.
const MainTrendChart = dynamic(() => import("./main-trend-chart").then((m) => m.MainTrendChart), { ssr: false });

interface Row {
  period: string;
  incidents: number;
  killed: number;
  /** The log ends inside this year. */
  partial: boolean;
  change: ReturnType<typeof percentChange>;
}

/**
 * The overview's main trend: incidents recorded in the log per year for the selection (place, group,
 * attribution, source; the period is widened to the whole log so the trend has a context), with the
 * same numbers in a sortable table under it.
 */
export function MainTrend({
  filter,
  words,
  selected,
}: {
  filter: IncidentFilter;
  words: string[];
  selected?: { from: string; to: string };
}) {
  const trpc = useTRPC();
  const chartRef = useRef<HTMLElement>(null);
  const { data: incidents } = useSuspenseQuery(trpc.incidents.series.queryOptions({ filter, granularity: "year", measure: "incidents" }));
  const { data: killed } = useSuspenseQuery(trpc.incidents.series.queryOptions({ filter, granularity: "year", measure: "killed" }));
  const killedBy = new Map(killed.points.map((p) => [p.period, p.value]));
  const { data: coverage } = useSuspenseQuery(trpc.dataset.coverage.queryOptions());
  // The log's last year is partial when the log ends before 31 Dec: no change is given for it.
  const lastDay = coverage.incidents.last;
  const partialYear = lastDay && !lastDay.endsWith("-12-31") ? lastDay.slice(0, 4) : null;
  const rows: Row[] = incidents.points.map((p, i) => ({
    period: p.period,
    incidents: p.value,
    killed: killedBy.get(p.period) ?? 0,
    partial: p.period === partialYear,
    change:
      p.period === partialYear
        ? { kind: "unavailable", reason: "no_current" }
        : percentChange(p.value, i > 0 ? (incidents.points[i - 1]?.value ?? null) : null),
  }));
  const description = `Incidents recorded in the log per year: ${words.filter((w) => !/period/.test(w)).join(", ")}.`;

  const exportData = {
    title: "Main trend: incidents recorded per year",
    filters: [
      { label: "Place", value: words[0] ?? "" },
      ...words.slice(2).map((w) => {
        const [label = "", ...rest] = w.split(": ");
        return { label: label.charAt(0).toUpperCase() + label.slice(1), value: rest.join(": ") };
      }),
      { label: "Period", value: "every year in the log (the overview's period applies to its other panels)" },
    ],
    asOf: lastDay ? `incident log up to ${formatDate(lastDay)}${partialYear ? ` (${partialYear} is a partial year)` : ""}` : "no incidents",
    sources: [
      "Incident log: incidents recorded in Militancy Monitor one by one, each with its citation (quote and locator on each incident's page, /incidents). Not a published total.",
    ],
    columns: ["Year", "Incidents", "Killed", "Change in incidents (%)"],
    rows: rows.map((r) => [r.period, r.incidents, r.killed, r.partial ? "partial year" : changeCell(r.change)]),
  };

  return (
    <Card>
      <CardHeader>
        <div className="flex items-start justify-between gap-3">
          <CardTitle>Main trend: incidents recorded per year</CardTitle>
          {rows.length > 0 ? <ExportMenu target={chartRef} data={exportData} /> : null}
        </div>
        <CardDescription>
          From the incident log (each incident cited), not from published totals.{" "}
          <Link href={hrefWith("/trends", { province: filter.province, group: filter.group })} className="link">
            Open Trends
          </Link>{" "}
          for published series, months and breakdowns.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {rows.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            No incidents recorded for this selection. Clear the group, source or attribution filter.
          </p>
        ) : (
          <>
            <figure ref={chartRef} aria-label={description} className="h-56 w-full">
              <MainTrendChart rows={rows} />
            </figure>
            <SortableTable
              caption="Incidents recorded per year, with people killed and the change against the year before"
              rows={rows}
              rowKey={(r) => r.period}
              maxHeight={240}
              testId="main-trend-table"
              columns={[
                {
                  id: "period",
                  header: "Year",
                  rowHeader: true,
                  sortValue: (r) => r.period,
                  cell: (r) => {
                    const label = r.partial && lastDay ? `${r.period} (log ends ${formatDate(lastDay)})` : r.period;
                    return selected && r.period >= selected.from.slice(0, 4) && r.period <= selected.to.slice(0, 4) ? (
                      <strong>{label} (in the selected period)</strong>
                    ) : (
                      label
                    );
                  },
                },
                { id: "incidents", header: "Incidents", numeric: true, sortValue: (r) => r.incidents, cell: (r) => r.incidents },
                { id: "killed", header: "Killed", numeric: true, sortValue: (r) => r.killed, cell: (r) => r.killed },
                {
                  id: "change",
                  header: "Change in incidents",
                  numeric: true,
                  sortValue: (r) => changeSortValue(r.change),
                  cell: (r) => (r.partial ? "partial year" : formatChangeShort(r.change)),
                },
              ]}
            />
          </>
        )}
      </CardContent>
    </Card>
  );
}
