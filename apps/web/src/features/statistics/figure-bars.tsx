"use client";

import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";
import { numberFormat } from "~/features/trends/period-chart";
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

interface Datum extends FigureBar {
  /** Axis label, cut to fit (the table under the chart names the source whole). */
  short: string;
}

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
      <BarChart
        responsive
        layout="vertical"
        data={data}
        style={{ width: "100%", height: "100%" }}
        margin={{ top: 4, right: textWidth, bottom: 0, left: 0 }}
        barCategoryGap="22%"
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis
          type="number"
          domain={[0, top]}
          ticks={ticks}
          interval={0}
          tickFormatter={numberFormat}
          tick={{ fill: "var(--chart-axis)", fontSize: 11 }}
          tickLine={false}
          axisLine={{ stroke: "var(--border-strong)" }}
        />
        <YAxis
          type="category"
          dataKey="id"
          width={labelWidth}
          interval={0}
          tickFormatter={(id: string) => data.find((d) => d.id === id)?.short ?? ""}
          tick={{ fill: "var(--muted-foreground)", fontSize: 11.5 }}
          tickLine={false}
          axisLine={false}
        />
        <Bar dataKey="value" fill={color} radius={[0, 2, 2, 0]} isAnimationActive={false}>
          <LabelList
            dataKey="text"
            position="right"
            offset={6}
            style={{ fill: "var(--foreground)", fontSize: 12, fontWeight: 600, fontVariantNumeric: "tabular-nums" }}
          />
        </Bar>
      </BarChart>
    </div>
  );
}
