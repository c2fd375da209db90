"use client";

import type { RouterOutputs } from "@monitor/api";
import { formatDate, formatFigure, formatPeriod, QUALIFIER_LABELS, type Qualifier, STATUS_LABELS } from "@monitor/domain";
import { useQuery } from "@tanstack/react-query";
import { Activity } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { CartesianGrid, ComposedChart, usePlotArea, useXAxisScale, useYAxisScale, XAxis, YAxis } from "recharts";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { ErrorState } from "~/components/ui/error-state";
import { Skeleton } from "~/components/ui/skeleton";
import { CitationPopover } from "~/features/citations/citation-popover";
import { type ChartExportData, shortQuote, uniqueLines } from "~/features/export/chart/chart-export";
import { ExportMenu } from "~/features/export/chart/export-menu";
import { numberFormat } from "~/features/trends/period-chart";
import { type Column, SortableTable } from "~/features/trends/sortable-table";
import { niceTicks } from "~/features/trends/trend-math";
import { cn } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";

type IndicatorData = NonNullable<RouterOutputs["recommendations"]["indicator"]>;
type Published = IndicatorData["published"][number];
type Mark = IndicatorData["marks"][number];

/** Source colours by order of first figure; the grey (chart-6) is kept for the incident log. */
const SOURCE_COLORS = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)", "var(--chart-5)"] as const;
const LOG_COLOR = "var(--chart-6)";
const MARK_COLOR = "var(--chart-annotation)";
const DAY = 86_400_000;
const LABEL_ROW = 22;

const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const LOG_WORDS: Record<NonNullable<IndicatorData["logMeasure"]>, string> = {
  incidents: "incidents recorded",
  killed: "people killed in the incidents recorded",
  injured: "people injured in the incidents recorded",
};

/**
 * The figure a recommendation should move, with its status changes marked on it: each source's
 * published figures drawn across the period they cover (never blended), the incident log's yearly
 * counts as grey bars (the app's own log, not a published total), and every status change as a
 * vertical line (the main track solid, other assessments dashed). The drawing is hidden from screen
 * readers; the tables under it hold the same numbers.
 */
export function OutcomeIndicator({ recKey }: { recKey: string }) {
  const trpc = useTRPC();
  const { data, isPending, isError, refetch } = useQuery(trpc.recommendations.indicator.queryOptions({ key: recKey }));
  if (isPending) {
    return (
      <div aria-busy="true" className="flex flex-col gap-2">
        <span className="sr-only">Loading the outcome indicator…</span>
        <Skeleton className="h-5 w-56" />
        <Skeleton className="h-72 w-full" />
      </div>
    );
  }
  if (isError) {
    return (
      <ErrorState
        title="The outcome indicator could not be loaded"
        message="The figures for this recommendation did not arrive. Try again; if it keeps failing, reload the page."
        onRetry={() => void refetch()}
      />
    );
  }
  if (!data) {
    return (
      <EmptyState
        icon={Activity}
        title="No outcome indicator"
        description="No outcome indicator is set. Editors can name the figure this recommendation should move."
      />
    );
  }
  return <IndicatorCard data={data} recKey={recKey} />;
}

interface Point extends Published {
  x: number;
  start: number;
  end: number;
  color: string;
}

interface LogBar {
  year: string;
  value: number;
  start: number;
  end: number;
}

interface MarkLine extends Mark {
  n: number;
  x: number;
}

/** The chart's geometry: points per source, log bars, marks, and x/y domains that hold all of them. */
function layout(data: IndicatorData) {
  const sources = [...new Set([...data.published].sort((a, b) => a.periodStart.localeCompare(b.periodStart)).map((p) => p.source))];
  const colorOf = new Map(sources.map((s, i) => [s, SOURCE_COLORS[i % SOURCE_COLORS.length] ?? "var(--chart-1)"]));
  const points: Point[] = data.published.map((p) => {
    const start = ms(p.periodStart);
    const end = ms(p.periodEnd) + DAY;
    return { ...p, start, end, x: (start + end) / 2, color: colorOf.get(p.source) ?? "var(--chart-1)" };
  });
  const bars: LogBar[] = data.log.map((l) => ({ ...l, start: ms(`${l.year}-01-01`), end: ms(`${Number(l.year) + 1}-01-01`) }));
  const marks: MarkLine[] = data.marks.map((m, i) => ({ ...m, n: i + 1, x: ms(m.date) }));
  const xs = [...points.flatMap((p) => [p.start, p.end]), ...bars.flatMap((b) => [b.start, b.end]), ...marks.map((m) => m.x)];
  let lo = Math.min(...xs);
  let hi = Math.max(...xs);
  const span = hi - lo;
  // At least two and a half years on the axis, so a lone figure still reads against its neighbours.
  const pad = Math.max(span * 0.04, (913 * DAY - span) / 2);
  lo -= pad;
  hi += pad;
  const firstYear = new Date(lo).getUTCFullYear();
  const lastYear = new Date(hi).getUTCFullYear();
  const years = Math.max(1, lastYear - firstYear + 1);
  const step = years > 24 ? 5 : years > 12 ? 2 : 1;
  const xTicks: number[] = [];
  // Years are labelled at mid-year, under the middle of the year's bar.
  for (let y = firstYear; y <= lastYear; y++) {
    const mid = ms(`${y}-07-02`);
    if (mid >= lo && mid <= hi && (y - firstYear) % step === 0) xTicks.push(mid);
  }
  const yTicks = niceTicks(Math.max(0, ...points.map((p) => p.value), ...bars.map((b) => b.value)));
  // Lines join a source's figures only where they cover periods of about the same length (two
  // 12-month years), never a year to a month.
  const lines: { color: string; points: Point[] }[] = [];
  for (const source of sources) {
    const own = points.filter((p) => p.source === source).sort((a, b) => a.start - b.start);
    const groups = new Map<number, Point[]>();
    for (const p of own) {
      const days = (p.end - p.start) / DAY;
      const bucket = [...groups.keys()].find((d) => Math.abs(d - days) <= Math.max(3, d * 0.05)) ?? days;
      groups.set(bucket, [...(groups.get(bucket) ?? []), p]);
    }
    for (const g of groups.values()) if (g.length > 1) lines.push({ color: colorOf.get(source) ?? "var(--chart-1)", points: g });
  }
  return {
    sources: sources.map((s) => ({
      source: s,
      title: points.find((p) => p.source === s)?.sourceShortTitle || s,
      color: colorOf.get(s) ?? "var(--chart-1)",
    })),
    points,
    bars,
    marks,
    lines,
    xDomain: [lo, hi] as [number, number],
    xTicks,
    yTicks,
  };
}

type Hover =
  | { kind: "point"; point: Point; x: number; y: number }
  | { kind: "bar"; bar: LogBar; x: number; y: number }
  | { kind: "mark"; mark: MarkLine; x: number; y: number };

function IndicatorCard({ data, recKey }: { data: IndicatorData; recKey: string }) {
  const id = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  // Rows of status-change labels over the plot; the drawing reports how many it needed.
  const [labelRows, setLabelRows] = useState(Math.min(LABEL_ROWS, data.marks.length));
  const g = layout(data);
  const logWords = data.logMeasure ? LOG_WORDS[data.logMeasure] : null;
  const hasFigures = g.points.length > 0 || g.bars.length > 0;
  const top = g.yTicks[g.yTicks.length - 1] ?? 1;
  const yWidth = Math.max(34, numberFormat(top).length * 7.2 + 14);
  const exportData = indicatorExport(data, g, recKey, logWords);

  return (
    <Card data-testid="outcome-indicator">
      <CardHeader>
        <div className="flex items-start justify-between gap-3">
          <CardTitle id={`${id}-t`}>{data.label}</CardTitle>
          {hasFigures ? <ExportMenu target={chartRef} data={exportData} /> : null}
        </div>
        <CardDescription>
          {g.points.length ? "Each source’s published figures across the period they cover" : "No source publishes this figure"}
          {logWords && g.bars.length ? (
            <>
              ; grey bars: <strong className="font-medium text-foreground">incident log: incidents recorded by Militancy Monitor</strong> (
              {logWords} per year), not a published total
            </>
          ) : logWords ? (
            <>; the incident log (incidents recorded by Militancy Monitor) has nothing to count for it</>
          ) : null}
          {g.marks.length ? "; vertical lines: this recommendation’s status changes." : "."}
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {hasFigures ? (
          <figure className="flex min-w-0 flex-col gap-2" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`}>
            <figcaption id={`${id}-d`} className="sr-only">
              Chart of {data.label}. The same numbers are listed in the tables below it.
            </figcaption>
            <Legend sources={g.sources} log={g.bars.length > 0} marks={g.marks} />
            <div ref={chartRef} aria-hidden="true" className="relative w-full" style={{ height: 300 }} onMouseLeave={() => setHover(null)}>
              <ComposedChart
                responsive
                style={{ width: "100%", height: "100%" }}
                margin={{ top: labelRows ? LABEL_ROW * labelRows + 8 : 14, right: 16, bottom: 0, left: 0 }}
                accessibilityLayer={false}
              >
                <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
                <XAxis
                  type="number"
                  dataKey="x"
                  domain={g.xDomain}
                  ticks={g.xTicks}
                  interval={0}
                  allowDataOverflow
                  tickFormatter={(t: number) => String(new Date(t).getUTCFullYear())}
                  tick={{ fill: "var(--chart-axis)", fontSize: 11.5 }}
                  tickLine={false}
                  axisLine={{ stroke: "var(--border-strong)" }}
                />
                <YAxis
                  type="number"
                  domain={[0, top]}
                  ticks={g.yTicks}
                  interval={0}
                  allowDataOverflow
                  tickFormatter={numberFormat}
                  tick={{ fill: "var(--chart-axis)", fontSize: 11.5 }}
                  tickLine={false}
                  axisLine={false}
                  width={yWidth}
                />
                <Drawing layout={g} onHover={setHover} onLabelRows={setLabelRows} />
              </ComposedChart>
              {hover ? <HoverCard hover={hover} logWords={logWords} /> : null}
            </div>
          </figure>
        ) : (
          <EmptyState
            icon={Activity}
            title={`No figures yet for ${data.label}`}
            description="No source publishes this figure for this place, and the incident log has nothing to count for it. Status changes are listed below."
          />
        )}
        <MarksTable marks={g.marks} />
        <FiguresTable data={data} layout={g} logWords={logWords} />
      </CardContent>
    </Card>
  );
}

function Legend({ sources, log, marks }: { sources: { source: string; title: string; color: string }[]; log: boolean; marks: MarkLine[] }) {
  const main = marks.some((m) => m.main);
  const other = marks.some((m) => !m.main);
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-[12px] text-muted-foreground" aria-label="Legend">
      {sources.map((s) => (
        <li key={s.source} className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block size-2.5 rounded-full" style={{ background: s.color }} />
          {s.title}
        </li>
      ))}
      {log ? (
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block size-2.5 rounded-[2px] opacity-60" style={{ background: LOG_COLOR }} />
          Incident log (Militancy Monitor)
        </li>
      ) : null}
      {main ? (
        <li className="flex items-center gap-1.5">
          <MarkSwatch main />
          Status change
        </li>
      ) : null}
      {other ? (
        <li className="flex items-center gap-1.5">
          <MarkSwatch main={false} />
          Other assessment’s change
        </li>
      ) : null}
    </ul>
  );
}

/** A status-change line as drawn on the chart: solid for the headline track, dashed for others. */
function MarkSwatch({ main }: { main: boolean }) {
  return (
    <svg aria-hidden="true" width="4" height="14" className="shrink-0">
      <line x1="2" x2="2" y1="0" y2="14" stroke={MARK_COLOR} strokeWidth={1.5} strokeDasharray={main ? undefined : "3 2"} />
    </svg>
  );
}

/**
 * The indicator's export: the "Figures in the chart" rows (published figures and the log's yearly counts,
 * in the table's order), then the status changes marked on it; a source line per published figure's quote.
 */
function indicatorExport(data: IndicatorData, g: ReturnType<typeof layout>, recKey: string, logWords: string | null): ChartExportData {
  const figures = [
    ...g.points.map((p) => ({ from: p.periodStart, to: p.periodEnd, log: false, p, year: "", value: p.value })),
    ...g.bars.map((b) => ({ from: `${b.year}-01-01`, to: `${b.year}-12-31`, log: true, p: null, year: b.year, value: b.value })),
  ].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || Number(a.log) - Number(b.log));
  const dates = figures.flatMap((f) => [f.from, f.to]).sort();
  return {
    title: `Outcome indicator: ${data.label}`,
    filters: [
      { label: "Recommendation", value: recKey },
      { label: "Indicator", value: data.label },
    ],
    asOf: `${dates.length ? `figures for ${formatPeriod(dates[0] ?? "", dates[dates.length - 1] ?? "")}` : "no figures"}; ${
      g.marks.length ? `status changes up to ${formatDate(g.marks[g.marks.length - 1]?.date ?? "")}` : "no status change recorded yet"
    }`,
    sources: uniqueLines([
      ...g.points.flatMap((p) =>
        p.citations.map(
          (c) =>
            `${formatPeriod(p.periodStart, p.periodEnd)}, ${formatFigure(p.value, p.qualifier)}: “${shortQuote(c.quote)}” (${c.sourceShortTitle}${c.locator ? `, ${c.locator}` : ""})`,
        ),
      ),
      g.bars.length
        ? `Incident log: ${logWords ?? "counts"} per year, recorded in Militancy Monitor one by one with their citations (on each incident's page, /incidents). Not a published total.`
        : null,
    ]),
    legend: [
      ...g.sources.map((s) => ({ label: s.title, color: s.color })),
      ...(g.bars.length ? [{ label: "Incident log (Militancy Monitor)", color: LOG_COLOR }] : []),
      ...(g.marks.length ? [{ label: "Status change (vertical line)", color: MARK_COLOR }] : []),
    ],
    columns: ["Kind", "Period or date", "Source or assessment", "Value", "Qualifier", "Status change", "Quote", "Locator"],
    rows: [
      ...figures.map((f) =>
        f.p
          ? [
              "Published figure",
              formatPeriod(f.p.periodStart, f.p.periodEnd),
              f.p.sourceShortTitle || f.p.source,
              f.value,
              QUALIFIER_LABELS[f.p.qualifier as Qualifier] || "exactly",
              "",
              f.p.citations[0]?.quote ?? "",
              f.p.citations[0]?.locator ?? "",
            ]
          : ["Incident log", f.year, "Incident log", f.value, "exactly", "", "", ""],
      ),
      ...g.marks.map((m) => ["Status change", formatDate(m.date), m.track, "", "", shortChange(m), "", ""]),
    ],
  };
}

const shortChange = (m: Mark) => `${STATUS_LABELS[m.from]} → ${STATUS_LABELS[m.to]}`;

/** Everything inside the plot, drawn with the chart's own scales. */
function Drawing({
  layout: g,
  onHover,
  onLabelRows,
}: {
  layout: ReturnType<typeof layout>;
  onHover: (h: Hover | null) => void;
  onLabelRows: (rows: number) => void;
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const labels = xScale && plot ? markLabels(g.marks, (t) => Number(xScale(t)), plot.x, plot.x + plot.width) : ([] as MarkLabel[]);
  const rows = labels.length ? Math.max(...labels.map((l) => l.row)) + 1 : 0;
  useEffect(() => {
    if (xScale && plot) onLabelRows(rows);
  }, [rows, xScale, plot, onLabelRows]);
  if (!xScale || !yScale || !plot) return null;
  const X = (t: number) => Number(xScale(t));
  const Y = (v: number) => Number(yScale(v));
  const clampX = (x: number) => Math.max(plot.x, Math.min(plot.x + plot.width, x));
  const baseline = plot.y + plot.height;
  const labelAll = g.points.length <= 10;
  return (
    <g data-outcome-drawing="">
      {g.bars.map((b) => {
        const x1 = clampX(X(b.start)) + 1;
        const x2 = clampX(X(b.end)) - 1;
        const y = Y(b.value);
        return (
          // biome-ignore lint/a11y/noStaticElementInteractions: hover detail for pointer users; the table holds the same numbers
          <rect
            key={b.year}
            data-log-bar={b.year}
            x={x1}
            y={Math.min(y, baseline - 2)}
            width={Math.max(1, x2 - x1)}
            height={Math.max(2, baseline - y)}
            fill={LOG_COLOR}
            fillOpacity={0.32}
            onMouseEnter={() => onHover({ kind: "bar", bar: b, x: (x1 + x2) / 2, y })}
            onMouseLeave={() => onHover(null)}
          />
        );
      })}
      {g.marks.map((m) => (
        <g key={`${m.n}`} data-mark-line={m.main ? "main" : "other"}>
          <line
            x1={X(m.x)}
            x2={X(m.x)}
            y1={plot.y}
            y2={baseline}
            stroke={MARK_COLOR}
            strokeWidth={m.main ? 1.5 : 1.25}
            strokeDasharray={m.main ? undefined : "4 3"}
            strokeOpacity={0.85}
          />
          {/* biome-ignore lint/a11y/noStaticElementInteractions: hover detail for pointer users; the table lists the changes */}
          <line
            x1={X(m.x)}
            x2={X(m.x)}
            y1={plot.y}
            y2={baseline}
            // Unpainted (an export draws nothing for it) yet hit-tested along its width.
            stroke="none"
            pointerEvents="stroke"
            strokeWidth={10}
            onMouseEnter={() => onHover({ kind: "mark", mark: m, x: X(m.x), y: plot.y + 8 })}
            onMouseLeave={() => onHover(null)}
          />
        </g>
      ))}
      {labels.map((l) => {
        const top = plot.y - LABEL_ROW * (l.row + 1);
        return (
          <g key={l.text} className="pointer-events-none" data-mark-label={l.numbers.join(",")}>
            {l.xs.map((x, i) => (
              // Two changes on one day share an x: the index keeps the keys apart.
              <line key={`${x}-${i}`} x1={l.x} x2={x} y1={top + 15} y2={plot.y} stroke={MARK_COLOR} strokeOpacity={0.55} />
            ))}
            <rect
              x={l.x - l.width / 2}
              y={top}
              width={l.width}
              height={15}
              rx={3}
              fill="var(--surface)"
              stroke={MARK_COLOR}
              strokeOpacity={0.8}
            />
            <text x={l.x} y={top + 11} textAnchor="middle" fontSize={10.5} fontWeight={600} style={{ fill: MARK_COLOR }}>
              {l.text}
            </text>
          </g>
        );
      })}
      {g.lines.map((line) => (
        <polyline
          key={line.points.map((p) => p.key).join("|")}
          points={line.points.map((p) => `${X(p.x)},${Y(p.value)}`).join(" ")}
          fill="none"
          stroke={line.color}
          strokeWidth={1.75}
          strokeOpacity={0.85}
        />
      ))}
      {g.points.map((p) => {
        const cx = X(p.x);
        const cy = Y(p.value);
        const x1 = clampX(X(p.start));
        const x2 = clampX(X(p.end));
        return (
          <g key={p.key} data-published-point={p.key}>
            {x2 - x1 > 4 ? (
              <>
                <line x1={x1} x2={x2} y1={cy} y2={cy} stroke={p.color} strokeWidth={2.5} strokeOpacity={0.45} strokeLinecap="round" />
                <line x1={x1} x2={x1} y1={cy - 3.5} y2={cy + 3.5} stroke={p.color} strokeOpacity={0.6} />
                <line x1={x2} x2={x2} y1={cy - 3.5} y2={cy + 3.5} stroke={p.color} strokeOpacity={0.6} />
              </>
            ) : null}
            <circle cx={cx} cy={cy} r={4.5} fill={p.color} stroke="var(--surface)" strokeWidth={1.5} />
            {labelAll ? (
              <text x={cx} y={cy - 9} textAnchor="middle" fontSize={11} fontWeight={600} style={{ fill: p.color }} className="tabular-nums">
                {numberFormat(p.value)}
              </text>
            ) : null}
            {/* biome-ignore lint/a11y/noStaticElementInteractions: hover detail for pointer users; the table holds the same numbers and quotes */}
            <circle
              cx={cx}
              cy={cy}
              r={10}
              // Unpainted (an export draws nothing for it) yet hit-tested over its area.
              fill="none"
              pointerEvents="fill"
              onMouseEnter={() => onHover({ kind: "point", point: p, x: cx, y: cy })}
              onMouseLeave={() => onHover(null)}
            />
          </g>
        );
      })}
    </g>
  );
}

/** Rows of mark labels over the plot (two at most). */
const LABEL_ROWS = 2;

interface MarkLabel {
  x: number;
  width: number;
  text: string;
  numbers: number[];
  xs: number[];
  /** 0 is the row next to the plot. */
  row: number;
}

/**
 * Labels for the status changes, over the plot and never overlapping: "1. Proposed → In progress"
 * when they fit in two rows, else "1 → In progress", else the marks' numbers on one row (merged into
 * "2–4" where they would touch), keyed to the table of changes under the chart.
 */
function markLabels(marks: readonly MarkLine[], X: (t: number) => number, minX: number, maxX: number): MarkLabel[] {
  const charWidth = 6.4;
  const pad = 5;
  const gap = 4;
  const place = (xs: number[], text: string, numbers: number[], row = 0): MarkLabel => {
    const width = text.length * charWidth + 2 * pad;
    const centre = (Math.min(...xs) + Math.max(...xs)) / 2;
    return { xs, text, numbers, row, width, x: Math.max(minX + width / 2, Math.min(maxX - width / 2, centre)) };
  };
  const touches = (a: MarkLabel, b: MarkLabel) => Math.abs(a.x - b.x) < (a.width + b.width) / 2 + gap;
  const sorted = [...marks].sort((a, b) => a.x - b.x);
  // Greedy rows: each label takes the lowest row where it touches no label, and where no lower
  // label sits across its connector line.
  const stack = (text: (m: MarkLine) => string): MarkLabel[] | null => {
    const placed: MarkLabel[] = [];
    for (const m of sorted) {
      const x = X(m.x);
      let done = false;
      for (let row = 0; row < LABEL_ROWS && !done; row++) {
        const l = place([x], text(m), [m.n], row);
        const free =
          placed.every((p) => p.row !== row || !touches(p, l)) && placed.every((p) => p.row >= row || Math.abs(p.x - x) > p.width / 2 + 2);
        if (free) {
          placed.push(l);
          done = true;
        }
      }
      if (!done) return null;
    }
    return placed;
  };
  const stacked = stack((m) => `${m.n}. ${shortChange(m)}`) ?? stack((m) => `${m.n} → ${STATUS_LABELS[m.to]}`);
  if (stacked) return stacked;
  let numbered = sorted.map((m) => place([X(m.x)], String(m.n), [m.n]));
  for (;;) {
    const at = numbered.findIndex((l, i) => {
      const next = numbered[i + 1];
      return next !== undefined && touches(l, next);
    });
    const a = numbered[at];
    const b = numbered[at + 1];
    if (at === -1 || !a || !b) return numbered;
    const numbers = [...a.numbers, ...b.numbers].sort((p, q) => p - q);
    const text = numbers.length > 2 ? `${numbers[0]}–${numbers[numbers.length - 1]}` : numbers.join(",");
    numbered = [...numbered.slice(0, at), place([...a.xs, ...b.xs], text, numbers), ...numbered.slice(at + 2)];
  }
}

function HoverCard({ hover, logWords }: { hover: Hover; logWords: string | null }) {
  const left = hover.x;
  return (
    <div
      className="pointer-events-none absolute z-20 w-72 -translate-x-1/2 rounded-md border border-border-strong/70 bg-surface px-2.5 py-2 text-[12px] shadow-lg"
      style={{ left: `clamp(9rem, ${left}px, calc(100% - 9rem))`, top: hover.y + 14 }}
    >
      {hover.kind === "point" ? (
        <>
          <p className="flex items-center gap-1.5 font-semibold text-foreground">
            <span aria-hidden="true" className="inline-block size-2 rounded-full" style={{ background: hover.point.color }} />
            {hover.point.sourceShortTitle}
          </p>
          <p className="mt-0.5 tabular-nums">
            <span className="text-[14px] font-semibold">{formatFigure(hover.point.value, hover.point.qualifier)}</span>{" "}
            <span className="text-muted-foreground">{formatPeriod(hover.point.periodStart, hover.point.periodEnd)}</span>
          </p>
          {hover.point.qualifier !== "exact" ? (
            <p className="text-muted-foreground">
              The source says “{QUALIFIER_LABELS[hover.point.qualifier as Qualifier] ?? hover.point.qualifier}”.
            </p>
          ) : null}
          {hover.point.citations[0] ? (
            <blockquote className="mt-1.5 border-l-2 border-border-strong pl-2 leading-snug text-muted-foreground before:content-[open-quote] after:content-[close-quote]">
              {hover.point.citations[0].quote}
            </blockquote>
          ) : null}
          {hover.point.citations[0] ? <p className="mt-1 text-subtle">{hover.point.citations[0].locator}</p> : null}
        </>
      ) : hover.kind === "bar" ? (
        <>
          <p className="font-semibold text-foreground">Incident log, {hover.bar.year}</p>
          <p className="mt-0.5">
            <span className="text-[14px] font-semibold tabular-nums">{numberFormat(hover.bar.value)}</span>{" "}
            <span className="text-muted-foreground">{logWords ?? "recorded"} by Militancy Monitor</span>
          </p>
          <p className="mt-1 text-subtle">The app’s own incident log, not a published total.</p>
        </>
      ) : (
        <>
          <p className="font-semibold text-foreground">
            {hover.mark.n}. {formatDate(hover.mark.date)}
          </p>
          <p className="mt-0.5">{shortChange(hover.mark)}</p>
          <p className="mt-1 text-subtle">
            {hover.mark.track}
            {hover.mark.main ? " (headline status)" : ""}
          </p>
        </>
      )}
    </div>
  );
}

interface FigureRow {
  id: string;
  kind: "published" | "log";
  from: string;
  to: string;
  period: string;
  source: string;
  color: string;
  value: number;
  qualifier: string;
  point: Point | null;
}

function FiguresTable({ data, layout: g, logWords }: { data: IndicatorData; layout: ReturnType<typeof layout>; logWords: string | null }) {
  const rows: FigureRow[] = [
    ...g.points.map((p) => ({
      id: p.key,
      kind: "published" as const,
      from: p.periodStart,
      to: p.periodEnd,
      period: formatPeriod(p.periodStart, p.periodEnd),
      source: p.sourceShortTitle || p.source,
      color: p.color,
      value: p.value,
      qualifier: p.qualifier,
      point: p,
    })),
    ...g.bars.map((b) => ({
      id: `log-${b.year}`,
      kind: "log" as const,
      from: `${b.year}-01-01`,
      to: `${b.year}-12-31`,
      period: b.year,
      source: "Incident log",
      color: LOG_COLOR,
      value: b.value,
      qualifier: "exact",
      point: null,
    })),
  ].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || Number(a.kind === "log") - Number(b.kind === "log"));
  if (rows.length === 0) return null;
  const columns: Column<FigureRow>[] = [
    { id: "period", header: "Period", rowHeader: true, sortValue: (r) => `${r.from}|${r.to}`, cell: (r) => r.period },
    {
      id: "source",
      header: "Source",
      sortValue: (r) => r.source,
      cell: (r) => (
        <span className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className={cn("inline-block size-2 shrink-0", r.kind === "log" ? "rounded-[2px] opacity-60" : "rounded-full")}
            style={{ background: r.color }}
          />
          {r.source}
        </span>
      ),
    },
    {
      id: "value",
      header: "Value",
      numeric: true,
      sortValue: (r) => r.value,
      cell: (r) => (r.kind === "log" ? numberFormat(r.value) : formatFigure(r.value, r.qualifier)),
    },
    {
      id: "evidence",
      header: "Says who?",
      cell: (r) =>
        r.point ? (
          <CitationPopover
            citations={r.point.citations}
            subject={`${formatFigure(r.value, r.qualifier)}, ${data.label}, ${r.period}`}
            sourceHrefTemplate="/sources/{source}"
          />
        ) : (
          <span className="text-[12px] text-muted-foreground">Own log, not a published total</span>
        ),
    },
  ];
  return (
    <div className="flex flex-col gap-1">
      <h4 className="text-[12.5px] font-semibold">Figures in the chart</h4>
      <SortableTable
        caption={`${data.label}: published figures, and the incident log's ${logWords ?? "counts"} per year`}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        testId="outcome-figures"
      />
    </div>
  );
}

function MarksTable({ marks }: { marks: MarkLine[] }) {
  if (marks.length === 0) {
    return <p className="text-[12.5px] text-muted-foreground">No status change recorded yet, so nothing is marked on the chart.</p>;
  }
  const columns: Column<MarkLine>[] = [
    { id: "n", header: "No.", numeric: true, sortValue: (m) => m.n, cell: (m) => m.n, className: "w-10" },
    { id: "date", header: "Date", rowHeader: true, sortValue: (m) => m.date, cell: (m) => formatDate(m.date) },
    { id: "change", header: "Change", cell: shortChange },
    {
      id: "track",
      header: "Assessment",
      sortValue: (m) => m.track,
      cell: (m) => (
        <span className="flex items-center gap-1.5">
          <MarkSwatch main={m.main} />
          {m.track}
          {m.main ? <span className="text-muted-foreground">(headline status)</span> : null}
        </span>
      ),
    },
  ];
  return (
    <div className="flex flex-col gap-1">
      <h4 className="text-[12.5px] font-semibold">Status changes marked on the chart</h4>
      <SortableTable
        caption="Status changes marked on the chart"
        columns={columns}
        rows={marks}
        rowKey={(m) => String(m.n)}
        testId="outcome-marks"
      />
    </div>
  );
}
