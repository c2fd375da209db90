"use client";

import { type CitationView, type FuzzyDate, formatCount, formatDate } from "@monitor/domain";
import { useId, useRef } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, type TooltipContentProps, XAxis, YAxis } from "recharts";
import { Table, TableCaption, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { SourceBadges } from "~/features/citations/source-badges";
import { type ChartExportData, shortQuote } from "~/features/export/chart/chart-export";
import { ExportMenu } from "~/features/export/chart/export-menu";
import { niceTicks } from "~/features/trends/trend-math";
import { strengthText } from "./group-format";

const SOURCE_COLORS = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)", "var(--chart-5)", "var(--chart-6)"];

export interface StrengthView {
  key: string;
  low: number;
  high: number;
  qualifier: string;
  asOf: FuzzyDate;
  citations: CitationView[];
}

interface Datum {
  id: string;
  when: string;
  source: string;
  sourceFull: string;
  sourceSlug: string;
  text: string;
  qualifier: string;
  low: number;
  high: number;
  /** What the bar spans: [low, high], from zero for "up to", to the top for "at least"/"over". */
  range: [number, number];
  color: string;
  locator: string;
}

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

/**
 * Strength estimates over time as ranges, one bar per estimate in date order, each labelled with its
 * source (never averaged or joined into a line: they come from different sources and methods). The
 * table under the chart lists the same estimates with their quotes.
 */
export function StrengthChart({ estimates, label, groupName }: { estimates: StrengthView[]; label: string; groupName?: string }) {
  const id = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const sources = [...new Set(estimates.map((s) => s.citations[0]?.source ?? "?"))];
  const colorOf = (slug: string) => SOURCE_COLORS[Math.max(0, sources.indexOf(slug)) % SOURCE_COLORS.length] ?? "var(--chart-1)";
  const maxFigure = Math.max(1, ...estimates.map((s) => s.high));
  const ticks = niceTicks(maxFigure * 1.08);
  const top = ticks[ticks.length - 1] ?? maxFigure;
  const data: Datum[] = estimates.map((s) => {
    const c = s.citations[0];
    const slug = c?.source ?? "?";
    const open = s.qualifier === "at_least" || s.qualifier === "over";
    return {
      id: s.key,
      when: formatDate(s.asOf.date, s.asOf.precision),
      // The label on the bar: the source's name before any subtitle ("PIPS 2022"); the tooltip and table give it whole.
      source: (c?.sourceShortTitle ?? "No source").split(":")[0] ?? "",
      sourceFull: c?.sourceShortTitle ?? "No source",
      sourceSlug: slug,
      text: strengthText(s.low, s.high, s.qualifier),
      qualifier: s.qualifier,
      low: s.low,
      high: s.high,
      range: s.qualifier === "up_to" ? [0, s.high] : open ? [s.low, top] : [s.low, s.high],
      color: colorOf(slug),
      locator: c?.locator ?? "",
    };
  });
  const distinctSources = new Set(estimates.flatMap((s) => s.citations.map((c) => c.source)));
  const exportData = strengthExport(estimates, label, groupName ?? label, colorOf);

  return (
    <div className="flex flex-col gap-3">
      <figure className="flex flex-col gap-2" aria-labelledby={`${id}-t`}>
        <div className="flex items-start justify-between gap-3">
          <figcaption id={`${id}-t`} className="text-[12.5px] text-muted-foreground">
            Fighters or members of {label}, as each source estimates them at a date: one bar per estimate, labelled with its source.
            Estimates from {distinctSources.size === 1 ? "one source" : `${distinctSources.size} sources`} stand side by side and are not
            averaged. Faint bars are open-ended (“up to”, “at least”).
          </figcaption>
          <ExportMenu target={chartRef} data={exportData} />
        </div>
        <div ref={chartRef} aria-hidden="true" className="h-[230px] w-full">
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
              <LabelList
                dataKey="source"
                position="top"
                offset={7}
                style={{ fill: "var(--muted-foreground)", fontSize: 11, fontWeight: 500 }}
              />
            </Bar>
          </BarChart>
        </div>
      </figure>
      <Table>
        <TableCaption>{label}: strength estimates by date and source, as stated (the chart above draws the same).</TableCaption>
        <THead>
          <Tr className="hover:bg-transparent">
            <Th>As of</Th>
            <Th numeric>Estimate</Th>
            <Th>Source</Th>
          </Tr>
        </THead>
        <TBody>
          {estimates.map((s) => {
            const text = strengthText(s.low, s.high, s.qualifier);
            const when = formatDate(s.asOf.date, s.asOf.precision);
            return (
              <Tr key={s.key}>
                <Td className="whitespace-nowrap">{when}</Td>
                <Td numeric className="font-medium">
                  {text}
                </Td>
                <Td>
                  <span className="inline-flex items-center gap-2">
                    <span
                      aria-hidden="true"
                      className="size-2 rounded-[2px]"
                      style={{ background: colorOf(s.citations[0]?.source ?? "?") }}
                    />
                    <SourceBadges citations={s.citations} subject={`${label} strength ${text}, ${when}`} className="whitespace-nowrap" />
                  </span>
                </Td>
              </Tr>
            );
          })}
        </TBody>
      </Table>
    </div>
  );
}

/**
 * The strength chart's export: the table's rows (as of, the estimate as stated, its source) with the
 * range as numbers, and one source line per estimate with its quote and locator.
 */
function strengthExport(
  estimates: readonly StrengthView[],
  label: string,
  groupName: string,
  colorOf: (slug: string) => string,
): ChartExportData {
  const byDate = [...estimates].sort((a, b) => a.asOf.date.localeCompare(b.asOf.date));
  const first = byDate[0];
  const last = byDate[byDate.length - 1];
  const when = (s: StrengthView) => formatDate(s.asOf.date, s.asOf.precision);
  const legend = [...new Map(estimates.map((s) => [s.citations[0]?.source ?? "?", s.citations[0]?.sourceShortTitle ?? "No source"]))].map(
    ([slug, title]) => ({ label: title, color: colorOf(slug) }),
  );
  return {
    title: `Strength estimates: ${label}`,
    filters: [{ label: "Group", value: groupName }],
    asOf:
      first && last
        ? `estimates dated ${when(first)}${first === last ? "" : ` to ${when(last)}`}, as each source states them`
        : "no estimates",
    sources: estimates.map((s) => {
      const c = s.citations[0];
      const what = `${formatDate(s.asOf.date, s.asOf.precision)}, ${strengthText(s.low, s.high, s.qualifier)}`;
      return c
        ? `${what}: “${shortQuote(c.quote)}” (${c.sourceShortTitle}${c.locator ? `, ${c.locator}` : ""})`
        : `${what}: no source recorded`;
    }),
    legend,
    columns: ["As of", "Estimate", "Low", "High", "Qualifier", "Source", "Locator", "Quote"],
    rows: estimates.map((s) => {
      const c = s.citations[0];
      return [
        formatDate(s.asOf.date, s.asOf.precision),
        strengthText(s.low, s.high, s.qualifier),
        s.low,
        s.high,
        s.qualifier,
        s.citations.map((x) => x.sourceShortTitle).join("; "),
        c?.locator ?? "",
        c?.quote ?? "",
      ];
    }),
  };
}
