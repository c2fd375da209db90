"use client";

import type { ReactNode } from "react";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  Tooltip,
  type TooltipContentProps,
  usePlotArea,
  useXAxisScale,
  XAxis,
  YAxis,
} from "recharts";
import { type ChartAnnotation, type ChartSeries, numberFormat, type PeriodChartProps } from "./period-chart";
import { clusterLabels, periodLabel } from "./trend-math";

const ANNOTATION_ROW = 22;

/** The drawing of `PeriodChart` (Recharts), loaded on its own chunk. */
export function PeriodChartPlot({
  rows,
  periods,
  series,
  kind,
  annotations,
  renderTooltip,
  yWidth,
  top,
  ticks,
  labelAll,
}: {
  rows: Record<string, string | number | null>[];
  periods: readonly string[];
  series: readonly ChartSeries[];
  kind: PeriodChartProps["kind"];
  annotations: readonly ChartAnnotation[];
  renderTooltip: (period: string) => ReactNode;
  yWidth: number;
  top: number;
  ticks: number[];
  labelAll: boolean;
}) {
  return (
    <ComposedChart
      responsive
      data={rows}
      style={{ width: "100%", height: "100%" }}
      margin={{ top: annotations.length ? ANNOTATION_ROW + 6 : 12, right: 16, bottom: 0, left: 0 }}
      barCategoryGap={periods.length > 60 ? "8%" : "22%"}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
      <XAxis
        dataKey="period"
        tickFormatter={periodLabel}
        tick={{ fill: "var(--chart-axis)", fontSize: 11.5 }}
        tickLine={false}
        axisLine={{ stroke: "var(--border-strong)" }}
        interval="preserveStartEnd"
        minTickGap={18}
        padding={kind === "line" ? { left: 24, right: 24 } : undefined}
      />
      <YAxis
        tickFormatter={numberFormat}
        tick={{ fill: "var(--chart-axis)", fontSize: 11.5 }}
        tickLine={false}
        axisLine={false}
        width={yWidth}
        domain={[0, top]}
        ticks={ticks}
        interval={0}
        allowDecimals={false}
      />
      <Tooltip
        cursor={kind === "line" ? { stroke: "var(--border-strong)", strokeWidth: 1 } : { fill: "var(--surface-3)", opacity: 0.6 }}
        content={(props: TooltipContentProps) => <TooltipBox {...props} render={renderTooltip} />}
        isAnimationActive={false}
        wrapperStyle={{ zIndex: 20 }}
      />
      {annotations.length ? <AnnotationLayer annotations={annotations} /> : null}
      {series.map((s) =>
        kind === "line" ? (
          <Line
            key={s.id}
            type="linear"
            dataKey={s.id}
            name={s.name}
            stroke={s.color}
            strokeWidth={2}
            connectNulls={false}
            isAnimationActive={false}
            dot={(props: DotProps) => <PointDot {...props} color={s.color} values={s.values} periods={periods} />}
            activeDot={{ r: 5, strokeWidth: 2, stroke: "var(--surface)" }}
            label={(props: LabelProps) => <PointLabel {...props} all={labelAll} values={s.values} periods={periods} color={s.color} />}
          />
        ) : (
          <Bar
            key={s.id}
            dataKey={s.id}
            name={s.name}
            fill={s.color}
            stackId={kind === "stacked-bar" ? "stack" : undefined}
            maxBarSize={kind === "stacked-bar" ? 56 : 48}
            radius={kind === "stacked-bar" ? undefined : [2, 2, 0, 0]}
            isAnimationActive={false}
          />
        ),
      )}
    </ComposedChart>
  );
}

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  value?: unknown;
}
interface LabelProps {
  x?: number | string;
  y?: number | string;
  index?: number;
  value?: unknown;
}

/** Whether the point at `index` has no neighbour with a value, so no line segment shows it. */
function isLone(values: PeriodChartProps["series"][number]["values"], periods: readonly string[], index: number): boolean {
  const before = periods[index - 1];
  const after = periods[index + 1];
  return typeof (before ? values[before] : null) !== "number" && typeof (after ? values[after] : null) !== "number";
}

function PointDot({
  cx,
  cy,
  index = 0,
  value,
  color,
  values,
  periods,
}: DotProps & { color: string; values: ChartSeries["values"]; periods: readonly string[] }) {
  if (typeof cx !== "number" || typeof cy !== "number" || value === null || value === undefined) return <g key={`d${index}`} />;
  const lone = isLone(values, periods, index);
  return <circle key={`d${index}`} cx={cx} cy={cy} r={lone ? 4.5 : 3} fill={color} stroke="var(--surface)" strokeWidth={lone ? 1.5 : 1} />;
}

function PointLabel({
  x,
  y,
  index = 0,
  value,
  all,
  values,
  periods,
  color,
}: LabelProps & { all: boolean; values: ChartSeries["values"]; periods: readonly string[]; color: string }) {
  if (typeof value !== "number" || x === undefined || y === undefined) return null;
  if (!all && !isLone(values, periods, index)) return null;
  return (
    <text
      x={Number(x)}
      y={Number(y) - 9}
      textAnchor="middle"
      fontSize={11}
      fontWeight={600}
      style={{ fill: color }}
      className="tabular-nums"
    >
      {numberFormat(value)}
    </text>
  );
}

/** Numbered event markers: a dashed line per event period and one label row whose labels never overlap. */
function AnnotationLayer({ annotations }: { annotations: readonly ChartAnnotation[] }) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (!scale || !plot) return null;
  const items = annotations.flatMap((a) => {
    const x = scale(a.period, { position: "middle" });
    return typeof x === "number" && Number.isFinite(x) ? [{ x, numbers: a.numbers }] : [];
  });
  const clusters = clusterLabels(items, { charWidth: 6.6, padding: 5, gap: 3, minX: plot.x, maxX: plot.x + plot.width });
  const labelY = plot.y - ANNOTATION_ROW;
  const labelH = 15;
  return (
    <g className="pointer-events-none" data-annotations="">
      {clusters.map((c) => (
        <g key={c.text}>
          {c.lineXs.map((x) => (
            <g key={x}>
              <line
                x1={x}
                x2={x}
                y1={plot.y}
                y2={plot.y + plot.height}
                stroke="var(--chart-annotation)"
                strokeDasharray="3 3"
                strokeOpacity={0.75}
              />
              <line x1={c.x} x2={x} y1={labelY + labelH} y2={plot.y} stroke="var(--chart-annotation)" strokeOpacity={0.6} />
            </g>
          ))}
          <rect
            x={c.x - c.width / 2}
            y={labelY}
            width={c.width}
            height={labelH}
            rx={3}
            fill="var(--surface)"
            stroke="var(--chart-annotation)"
            strokeOpacity={0.8}
          />
          <text x={c.x} y={labelY + 11} textAnchor="middle" fontSize={10.5} fontWeight={600} style={{ fill: "var(--chart-annotation)" }}>
            {c.text}
          </text>
        </g>
      ))}
    </g>
  );
}

function TooltipBox({ active, label, render }: TooltipContentProps & { render: (period: string) => ReactNode }) {
  if (!active || label === undefined || label === null) return null;
  return (
    <div className="max-w-80 min-w-48 rounded-md border border-border-strong/70 bg-surface px-2.5 py-2 text-[12px] shadow-lg">
      <p className="mb-1 font-semibold text-foreground">{periodLabel(String(label))}</p>
      {render(String(label))}
    </div>
  );
}
