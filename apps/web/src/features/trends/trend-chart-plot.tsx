"use client";

import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, type TooltipContentProps, XAxis, YAxis } from "recharts";
import { numberFormat } from "./period-chart";
import { formatPeriodLabel, type TrendAnnotation, type TrendChartProps, type TrendSeries } from "./trend-chart";

/** The drawing of `TrendChart` (Recharts), loaded on its own chunk. */
export function TrendChartPlot({
  rows,
  periods,
  series,
  colors,
  kind,
  yWidth,
  annotations,
  annotationRows,
  valueLabel,
  sourceOf,
}: {
  rows: Record<string, string | number | null>[];
  periods: readonly string[];
  series: readonly TrendSeries[];
  colors: string[];
  kind: NonNullable<TrendChartProps["kind"]>;
  yWidth: number;
  /** The annotations placed on the axis, each with its label row and side. */
  annotations: readonly (TrendAnnotation & { period: string; row: number; flip: boolean })[];
  annotationRows: number;
  valueLabel?: string;
  sourceOf: (name: string) => string | undefined;
}) {
  return (
    <ComposedChart
      responsive
      data={rows}
      style={{ width: "100%", height: "100%" }}
      margin={{ top: 8 + annotationRows * 14, right: 12, bottom: 0, left: 0 }}
      barCategoryGap={kind === "line" ? undefined : "22%"}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
      <XAxis
        dataKey="period"
        tickFormatter={formatPeriodLabel}
        tick={{ fill: "var(--chart-axis)", fontSize: 11.5 }}
        tickLine={false}
        axisLine={{ stroke: "var(--border-strong)" }}
        interval="preserveStartEnd"
        minTickGap={16}
        padding={kind === "line" ? { left: 8, right: 8 } : undefined}
      />
      <YAxis
        tickFormatter={numberFormat}
        tick={{ fill: "var(--chart-axis)", fontSize: 11.5 }}
        tickLine={false}
        axisLine={false}
        width={yWidth}
        allowDecimals={false}
      />
      <Tooltip
        cursor={kind === "line" ? { stroke: "var(--border-strong)", strokeWidth: 1 } : { fill: "var(--surface-3)", opacity: 0.6 }}
        content={(props: TooltipContentProps) => (
          <ChartTooltip {...props} colors={colors} series={series} valueLabel={valueLabel} sourceOf={sourceOf} />
        )}
        isAnimationActive={false}
      />
      {annotations.map((a) => (
        <ReferenceLine
          key={`${a.date}-${a.label}`}
          x={a.period}
          stroke="var(--chart-annotation)"
          strokeDasharray="3 3"
          strokeOpacity={0.7}
          ifOverflow="extendDomain"
          label={<AnnotationLabel text={a.label} row={a.row} rows={annotationRows} flip={a.flip} />}
        />
      ))}
      {series.map((s, i) =>
        kind === "line" ? (
          <Line
            key={s.name}
            type="linear"
            dataKey={s.name}
            name={s.name}
            stroke={colors[i]}
            strokeWidth={2}
            dot={periods.length <= 24 ? { r: 2.5, fill: colors[i], strokeWidth: 0 } : false}
            activeDot={{ r: 4, strokeWidth: 2, stroke: "var(--surface)" }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ) : (
          <Bar
            key={s.name}
            dataKey={s.name}
            name={s.name}
            fill={colors[i]}
            stackId={kind === "stacked-bar" ? "stack" : undefined}
            maxBarSize={48}
            radius={kind === "stacked-bar" ? undefined : [2, 2, 0, 0]}
            isAnimationActive={false}
          />
        ),
      )}
    </ComposedChart>
  );
}

function AnnotationLabel({
  viewBox,
  text,
  row,
  rows,
  flip,
}: {
  viewBox?: { x?: number; y?: number };
  text: string;
  row: number;
  rows: number;
  flip?: boolean;
}) {
  const x = viewBox?.x ?? 0;
  const y = (viewBox?.y ?? 0) - (rows - row) * 14 + 10;
  return (
    <text x={flip ? x - 4 : x + 4} y={y} fontSize={11} textAnchor={flip ? "end" : "start"} style={{ fill: "var(--chart-annotation)" }}>
      {text}
    </text>
  );
}

function ChartTooltip({
  active,
  payload,
  label,
  colors,
  series,
  valueLabel,
  sourceOf,
}: TooltipContentProps & {
  colors: string[];
  series: readonly TrendSeries[];
  valueLabel?: string;
  sourceOf: (name: string) => string | undefined;
}) {
  if (!active || !payload || payload.length === 0) return null;
  const byName = new Map(payload.map((p) => [String(p.name ?? p.dataKey), p.value]));
  return (
    <div className="min-w-40 rounded-md border border-border-strong/70 bg-surface px-2.5 py-2 text-[12px] shadow-lg">
      <p className="mb-1 font-semibold text-foreground">{formatPeriodLabel(String(label ?? ""))}</p>
      <ul className="flex flex-col gap-1">
        {series.map((s, i) => {
          const v = byName.get(s.name);
          const source = sourceOf(s.name);
          return (
            <li key={s.name} className="flex flex-col">
              <div className="flex items-center justify-between gap-4">
                <span className="flex items-center gap-1.5 text-muted-foreground">
                  <span aria-hidden="true" className="size-2 rounded-[2px]" style={{ background: colors[i] }} />
                  {s.name}
                </span>
                <span className="font-medium text-foreground tabular-nums">
                  {typeof v === "number" ? numberFormat(v) : <span className="font-normal text-subtle">no data</span>}
                  {typeof v === "number" && valueLabel ? <span className="font-normal text-muted-foreground"> {valueLabel}</span> : null}
                </span>
              </div>
              {source ? <span className="pl-3.5 text-[11px] text-subtle">{source}</span> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
