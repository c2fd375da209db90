"use client";

import { type CitationView, type FuzzyDate, formatDate } from "@monitor/domain";
import dynamic from "next/dynamic";
import { useId, useRef } from "react";
import { Table, TableCaption, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { SourceBadges } from "~/features/citations/source-badges";
import { type ChartExportData, shortQuote } from "~/features/export/chart/chart-export";
import { ExportMenu } from "~/features/export/chart/export-menu";
import { niceTicks } from "~/features/trends/trend-math";
import { strengthText } from "./group-format";

// Recharts loads on its own chunk after the page: the drawing is sized in the browser (never
// server-rendered) and its box keeps its height meanwhile.
const StrengthChartPlot = dynamic(() => import("./strength-chart-plot").then((m) => m.StrengthChartPlot), { ssr: false });

const SOURCE_COLORS = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)", "var(--chart-5)", "var(--chart-6)"];

export interface StrengthView {
  key: string;
  low: number;
  high: number;
  qualifier: string;
  asOf: FuzzyDate;
  citations: CitationView[];
}

export interface Datum {
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
          <StrengthChartPlot data={data} top={top} ticks={ticks} />
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
