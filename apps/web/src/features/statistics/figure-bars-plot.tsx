"use client";

import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";
import { numberFormat } from "~/features/trends/period-chart";
import type { Datum } from "./figure-bars";

/** The bars of `FigureBars` (Recharts), loaded on their own chunk. */
export function FigureBarsPlot({
  data,
  ticks,
  top,
  labelWidth,
  textWidth,
  color,
}: {
  data: Datum[];
  ticks: number[];
  top: number;
  labelWidth: number;
  textWidth: number;
  color: string;
}) {
  return (
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
  );
}
