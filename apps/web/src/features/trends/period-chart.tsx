"use client";

import dynamic from "next/dynamic";
import { type ReactNode, useId } from "react";
import { cn } from "~/lib/utils";
import { niceTicks } from "./trend-math";

// Recharts loads on its own chunk after the page: the drawing is sized in the browser (never
// server-rendered) and its box keeps its height meanwhile, so the legend, caption and tables around it
// are server-rendered as before and nothing moves.
const PeriodChartPlot = dynamic(() => import("./period-chart-plot").then((m) => m.PeriodChartPlot), { ssr: false });

export interface ChartSeries {
  /** A stable id (used as the data key: names may hold dots, which Recharts would read as paths). */
  id: string;
  name: string;
  /** period → value; a missing or null value is a gap, never a zero. */
  values: Readonly<Record<string, number | null | undefined>>;
  /** A CSS colour. */
  color: string;
}

export interface ChartAnnotation {
  /** The axis period the events fall in. */
  period: string;
  /** The events' numbers in the legend under the chart. */
  numbers: readonly number[];
}

export interface PeriodChartProps {
  /** The chart's accessible name. */
  title: string;
  /** What the chart shows and where its numbers are listed, read with the name. */
  description: string;
  /** The x axis, in order (every period, so gaps show). */
  periods: readonly string[];
  series: readonly ChartSeries[];
  kind: "line" | "bar" | "stacked-bar";
  annotations?: readonly ChartAnnotation[];
  /** The tooltip's body for one period: values with their sources, changes, events. */
  renderTooltip: (period: string) => ReactNode;
  /** Show the series legend above the chart (default: when there are several series). */
  legend?: boolean;
  height?: number;
  className?: string;
  testId?: string;
}

export const numberFormat = (n: number) => n.toLocaleString("en-GB", { maximumFractionDigits: 1 });

/**
 * A trend over categorical periods: lines (one per source; gaps stay gaps, a lone point gets a dot and
 * its value), bars, or stacked bars; timeline events as numbered dashed lines whose labels never
 * overlap (see `clusterLabels`). The drawing is hidden from screen readers: the table under each
 * chart holds the same numbers.
 */
export function PeriodChart({
  title,
  description,
  periods,
  series,
  kind,
  annotations = [],
  renderTooltip,
  legend,
  height = 280,
  className,
  testId,
}: PeriodChartProps) {
  const id = useId();
  const rows = periods.map((period) => {
    const row: Record<string, string | number | null> = { period };
    for (const s of series) row[s.id] = s.values[period] ?? null;
    return row;
  });
  const max =
    kind === "stacked-bar"
      ? Math.max(0, ...periods.map((p) => series.reduce((sum, s) => sum + (s.values[p] ?? 0), 0)))
      : Math.max(0, ...series.flatMap((s) => periods.map((p) => s.values[p] ?? 0)));
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1] ?? 1;
  const yWidth = Math.max(34, numberFormat(top).length * 7.2 + 14);
  const showLegend = legend ?? series.length > 1;
  // Label every point of a short line; on a long one, only lone points (no neighbour to draw a line to).
  const labelAll =
    kind === "line" && series.length <= 3 && series.every((s) => periods.filter((p) => typeof s.values[p] === "number").length <= 6);

  return (
    <figure
      className={cn("flex min-w-0 flex-col gap-2", className)}
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-d`}
      data-testid={testId}
    >
      <figcaption className="sr-only">
        <span id={`${id}-t`}>{title}</span> <span id={`${id}-d`}>{description}</span>
      </figcaption>
      {showLegend ? (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-[12px] text-muted-foreground" aria-label="Series">
          {series.map((s) => (
            <li key={s.id} className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className={cn("inline-block shrink-0", kind === "line" ? "h-0.5 w-3.5 rounded-full" : "size-2.5 rounded-[2px]")}
                style={{ background: s.color }}
              />
              {s.name}
            </li>
          ))}
        </ul>
      ) : null}
      <div aria-hidden="true" className="w-full" style={{ height }}>
        <PeriodChartPlot
          rows={rows}
          periods={periods}
          series={series}
          kind={kind}
          annotations={annotations}
          renderTooltip={renderTooltip}
          yWidth={yWidth}
          top={top}
          ticks={ticks}
          labelAll={labelAll}
        />
      </div>
    </figure>
  );
}
