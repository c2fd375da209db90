"use client";

import dynamic from "next/dynamic";
import { niceTicks } from "~/features/trends/trend-math";

/** One source's figure as a bar: its label (the source) and the figure as the source states it. */
export interface FigureBar {
  id: string;
  /** The source, as the axis names it: "PIPS 2022, Table 3". */
  label: string;
  value: number;
  /** The figure with its qualifier, printed at the bar's end: "over 1,000". */
  text: string;
}

export interface Datum extends FigureBar {
  /** Axis label, cut to fit (the table under the chart names the source whole). */
  short: string;
}

// Recharts loads on its own chunk after the page: the bars are sized in the browser (never server-rendered)
// and the box keeps its height meanwhile.
const FigureBarsPlot = dynamic(() => import("./figure-bars-plot").then((m) => m.FigureBarsPlot), { ssr: false });

const BAR_H = 26;
const MAX_LABEL = 36;

/**
 * The same figure from several sources as horizontal bars on one scale from zero, one bar per source,
 * never blended. The drawing is hidden from screen readers: the table beside it holds the same figures.
 */
export function FigureBars({ bars, color = "var(--chart-1)" }: { bars: readonly FigureBar[]; color?: string }) {
  const data: Datum[] = bars.map((b) => ({
    ...b,
    short: b.label.length > MAX_LABEL ? `${b.label.slice(0, MAX_LABEL - 1).trimEnd()}…` : b.label,
  }));
  const ticks = niceTicks(Math.max(1, ...bars.map((b) => b.value)));
  const top = ticks[ticks.length - 1] ?? 1;
  const labelWidth = Math.min(260, Math.max(60, Math.max(...data.map((d) => d.short.length)) * 7.5 + 30));
  const textWidth = Math.max(...data.map((d) => d.text.length)) * 7 + 12;
  return (
    <div aria-hidden="true" className="w-full" style={{ height: data.length * BAR_H + 30 }}>
      <FigureBarsPlot data={data} ticks={ticks} top={top} labelWidth={labelWidth} textWidth={textWidth} color={color} />
    </div>
  );
}
