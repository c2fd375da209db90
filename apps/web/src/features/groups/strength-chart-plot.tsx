"use client";

import { formatCount } from "@monitor/domain";
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, type TooltipContentProps, XAxis, YAxis } from "recharts";
import type { Datum } from "./strength-chart";

interface ShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: Datum;
}

/**
 * One estimate: a bar for a range, a thick tick for a single figure; "up to" is drawn faint from zero
 * with a firm cap at its figure, "at least"/"over" firm at its figure and faint above it.
 */
function RangeShape({ x = 0, y = 0, width = 0, height = 0, payload }: ShapeProps) {
  if (!payload) return null;
  const w = Math.min(width, 44);
  const cx = x + (width - w) / 2;
  const cap = 3;
  const { qualifier, low, high, color } = payload;
  if (qualifier === "up_to") {
    return (
      <g>
        <rect x={cx} y={y} width={w} height={Math.max(height, 1)} rx={2} fill={color} fillOpacity={0.22} />
        <rect x={cx} y={y - cap / 2} width={w} height={cap} rx={1.5} fill={color} />
      </g>
    );
  }
  if (qualifier === "at_least" || qualifier === "over") {
    return (
      <g>
        <rect x={cx} y={y} width={w} height={Math.max(height, 1)} rx={2} fill={color} fillOpacity={0.22} />
        <rect x={cx} y={y + height - cap / 2} width={w} height={cap} rx={1.5} fill={color} />
      </g>
    );
  }
  if (low === high) return <rect x={cx} y={y - cap / 2} width={w} height={cap + 1} rx={1.5} fill={color} />;
  return <rect x={cx} y={y} width={w} height={Math.max(height, 2)} rx={2} fill={color} />;
}

function TipBox({ active, payload }: TooltipContentProps) {
  const d = active ? (payload?.[0]?.payload as Datum | undefined) : undefined;
  if (!d) return null;
  return (
    <div className="max-w-72 rounded-md border border-border-strong/70 bg-surface px-2.5 py-2 text-[12px] shadow-lg">
      <p className="font-semibold text-foreground">{d.text}</p>
      <p className="text-muted-foreground">
        as of {d.when} · {d.sourceFull}
        {d.locator ? `, ${d.locator}` : ""}
      </p>
    </div>
  );
}

/** The drawing of `StrengthChart` (Recharts), loaded on its own chunk. */
export function StrengthChartPlot({ data, top, ticks }: { data: Datum[]; top: number; ticks: number[] }) {
  return (
    <BarChart
      responsive
      data={data}
      style={{ width: "100%", height: "100%" }}
      margin={{ top: 22, right: 12, bottom: 0, left: 0 }}
      barCategoryGap="18%"
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
      <XAxis
        dataKey="id"
        tickFormatter={(v: string) => data.find((d) => d.id === v)?.when ?? ""}
        tick={{ fill: "var(--chart-axis)", fontSize: 11.5 }}
        tickLine={false}
        axisLine={{ stroke: "var(--border-strong)" }}
        interval={0}
      />
      <YAxis
        tickFormatter={(n: number) => formatCount(n)}
        tick={{ fill: "var(--chart-axis)", fontSize: 11.5 }}
        tickLine={false}
        axisLine={false}
        width={Math.max(40, formatCount(top).length * 7.2 + 12)}
        domain={[0, top]}
        ticks={ticks}
        interval={0}
        allowDecimals={false}
      />
      <Tooltip
        cursor={{ fill: "var(--surface-3)", opacity: 0.5 }}
        content={(props: TooltipContentProps) => <TipBox {...props} />}
        isAnimationActive={false}
      />
      <Bar dataKey="range" isAnimationActive={false} shape={(props: ShapeProps) => <RangeShape {...props} />}>
        <LabelList dataKey="source" position="top" offset={7} style={{ fill: "var(--muted-foreground)", fontSize: 11, fontWeight: 500 }} />
      </Bar>
    </BarChart>
  );
}
