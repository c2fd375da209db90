"use client";

import { formatDate } from "@monitor/domain";
import dynamic from "next/dynamic";
import { type RefObject, useEffect, useId, useRef, useState } from "react";
import { groupColor } from "~/lib/group-colors";
import { cn } from "~/lib/utils";

export interface TrendPoint {
  /** A categorical period: "2021", "2021-08" or "2021-Q3". */
  period: string;
  /** null is a gap (no figure for that period), never zero. */
  value: number | null;
}

export interface TrendSeries {
  name: string;
  data: readonly TrendPoint[];
  /** A CSS colour. Defaults to the group's colour when `groupSlug` is set, else to the chart palette by position. */
  color?: string;
  groupSlug?: string;
}

export interface TrendAnnotation {
  /** ISO date; drawn at the period that contains it. */
  date: string;
  label: string;
}

export interface TrendChartProps {
  title: string;
  /** What the chart shows and how it counts, for screen readers and under the title. */
  description?: string;
  series: readonly TrendSeries[];
  kind?: "line" | "bar" | "stacked-bar";
  annotations?: readonly TrendAnnotation[];
  /** What a value counts: "attacks". Shown in the tooltip. */
  valueLabel?: string;
  /** Client callers: the source of a series, shown in the tooltip. */
  sourceFor?: (seriesName: string) => string | undefined;
  /** Server-friendly alternative to `sourceFor`: series name → source text. */
  sources?: Readonly<Record<string, string>>;
  height?: number;
  /** Hide the visible title (it stays the chart's accessible name), e.g. inside a card that has its own. */
  hideTitle?: boolean;
  className?: string;
}

// Recharts loads on its own chunk after the page: the drawing is sized in the browser (never
// server-rendered) and its box keeps its height meanwhile, so the caption, legend and hidden table are
// server-rendered as before and nothing moves.
const TrendChartPlot = dynamic(() => import("./trend-chart-plot").then((m) => m.TrendChartPlot), { ssr: false });

const FALLBACK_COLORS = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)", "var(--chart-5)", "var(--chart-6)"];

function seriesColor(s: TrendSeries, i: number): string {
  if (s.color) return s.color;
  if (s.groupSlug) return groupColor(s.groupSlug);
  return FALLBACK_COLORS[i % FALLBACK_COLORS.length] ?? "var(--chart-1)";
}

/** "2021-08" → "Aug 2021", "2021-Q3" → "Q3 2021", "2021" → "2021". */
export function formatPeriodLabel(period: string): string {
  if (/^\d{4}-\d{2}$/.test(period)) return formatDate(`${period}-01`, "month");
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return `Q${q[2]} ${q[1]}`;
  return period;
}

/** Whether a categorical period contains an ISO date. */
export function periodContains(period: string, date: string): boolean {
  if (/^\d{4}(-\d{2})?$/.test(period)) return date.startsWith(period);
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) {
    const month = Number(date.slice(5, 7));
    return date.startsWith(q[1] ?? "") && Math.ceil(month / 3) === Number(q[2]);
  }
  return false;
}

const numberFormat = (n: number) => n.toLocaleString("en-GB", { maximumFractionDigits: 1 });

/**
 * A trend of one or several named series over categorical periods, with dated annotations. Gaps stay gaps;
 * each series keeps its colour; the values are also in a visually hidden table.
 */
export function TrendChart({
  title,
  description,
  series,
  kind = "line",
  annotations = [],
  valueLabel,
  sourceFor,
  sources,
  height = 280,
  hideTitle,
  className,
}: TrendChartProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;

  const periods = [...new Set(series.flatMap((s) => s.data.map((d) => d.period)))].sort();
  const rows = periods.map((period) => {
    const row: Record<string, string | number | null> = { period };
    for (const s of series) row[s.name] = s.data.find((d) => d.period === period)?.value ?? null;
    return row;
  });

  const placed = annotations
    .map((a) => ({ ...a, period: periods.find((p) => periodContains(p, a.date)) }))
    .filter((a): a is TrendAnnotation & { period: string } => a.period !== undefined);
  const sourceOf = (name: string) => sourceFor?.(name) ?? sources?.[name];
  const colors = series.map(seriesColor);
  const maxValue = Math.max(0, ...series.flatMap((s) => s.data.map((d) => d.value ?? 0)));
  const yWidth = Math.max(32, numberFormat(maxValue).length * 7 + 12);

  // Stack annotation labels into rows so they never overlap: estimate each label's extent from the
  // measured plot width and put it in the first row where it fits.
  const plotRef = useRef<HTMLDivElement>(null);
  const plotWidth = useElementWidth(plotRef);
  // Plot area: container minus the y axis, the right margin and (for lines) the axis padding.
  const plotArea = Math.max(1, plotWidth - yWidth - 12 - (kind === "line" ? 16 : 0));
  const step = kind === "line" ? plotArea / Math.max(1, periods.length - 1) : plotArea / Math.max(1, periods.length);
  const rowEnds: number[] = [];
  const stacked = [...placed]
    .sort((a, b) => periods.indexOf(a.period) - periods.indexOf(b.period))
    .map((a) => {
      const x = (kind === "line" ? 8 : step / 2) + periods.indexOf(a.period) * step;
      const labelWidth = 8 + a.label.length * 6.2;
      // A label that would run past the right edge is drawn to the left of its line instead.
      const flip = x + labelWidth > plotArea;
      const start = flip ? x - labelWidth : x;
      const end = flip ? x : x + labelWidth;
      let row = rowEnds.findIndex((e) => e < start);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = end;
      return { ...a, row, flip };
    });
  const annotationRows = Math.max(0, ...stacked.map((a) => a.row + 1));

  return (
    <figure
      className={cn("flex min-w-0 flex-col gap-2", className)}
      aria-labelledby={titleId}
      aria-describedby={description ? descId : undefined}
    >
      <div className={cn("flex flex-col gap-0.5", hideTitle && "sr-only")}>
        <figcaption id={titleId} className="text-[13.5px] font-semibold tracking-[-0.005em] text-foreground">
          {title}
        </figcaption>
        {description ? (
          <p id={descId} className="text-[12px] leading-snug text-muted-foreground">
            {description}
          </p>
        ) : null}
      </div>

      {series.length > 1 ? (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-[12px] text-muted-foreground" aria-label="Series">
          {series.map((s, i) => (
            <li key={s.name} className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className={cn("inline-block shrink-0", kind === "line" ? "h-0.5 w-3.5 rounded-full" : "size-2.5 rounded-[2px]")}
                style={{ background: colors[i] }}
              />
              {s.name}
            </li>
          ))}
        </ul>
      ) : null}

      <div ref={plotRef} aria-hidden="true" className="w-full" style={{ height }}>
        <TrendChartPlot
          rows={rows}
          periods={periods}
          series={series}
          colors={colors}
          kind={kind}
          yWidth={yWidth}
          annotations={stacked}
          annotationRows={annotationRows}
          valueLabel={valueLabel}
          sourceOf={sourceOf}
        />
      </div>

      {placed.length > 0 ? (
        <ul className="flex flex-wrap gap-x-4 gap-y-0.5 text-[11.5px] text-subtle" aria-label="Annotations">
          {placed.map((a) => (
            <li key={`${a.date}-${a.label}`}>
              <span className="tabular-nums">{formatDate(a.date)}</span>: {a.label}
            </li>
          ))}
        </ul>
      ) : null}

      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            {series.map((s) => (
              <th key={s.name} scope="col">
                {s.name}
                {sourceOf(s.name) ? ` (source: ${sourceOf(s.name)})` : ""}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={String(r.period)}>
              <th scope="row">{formatPeriodLabel(String(r.period))}</th>
              {series.map((s) => {
                const v = r[s.name];
                return <td key={s.name}>{typeof v === "number" ? numberFormat(v) : "no data"}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(600);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w) setWidth(w);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
