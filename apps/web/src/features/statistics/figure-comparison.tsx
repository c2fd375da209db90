"use client";

import { formatFigure, QUALIFIER_LABELS } from "@monitor/domain";
import { Scale } from "lucide-react";
import { useRef } from "react";
import { Badge } from "~/components/ui/badge";
import { type ChartExportData, type ExportFilter, shortQuote } from "~/features/export/chart/chart-export";
import { ExportMenu } from "~/features/export/chart/export-menu";
import { cn } from "~/lib/utils";
import { CitationPopover, type CitationView } from "../citations/citation-popover";
import { FigureBars } from "./figure-bars";

export interface ComparedFigure {
  value: number;
  /** exact | about | over | at_least | up_to | nearly | more_than | less_than */
  qualifier: string;
  /** count | percent | people */
  unit: string;
  citations: readonly CitationView[];
}

export interface FigureComparisonProps {
  /** What is measured: "Fatalities, Kabul airport bombing". */
  title: string;
  /** Already formatted, e.g. formatPeriod(start, end): "26 Aug 2021". */
  period: string;
  figures: readonly ComparedFigure[];
  /** Computed by the domain (compareSourceFigures): sources state different values or qualifiers. */
  disagree: boolean;
  /** Optional note on how the sources count differently. */
  note?: string;
  /** The page's active filters in words, for the export (the title and period are always given). */
  exportFilters?: readonly ExportFilter[];
  className?: string;
}

/** "over 1,000: “quote” (PIPS 2022, Table 3; from CRSS)" per figure, and the CSV of the figures as listed. */
export function figureComparisonExport(
  { title, period, figures, exportFilters = [] }: Pick<FigureComparisonProps, "title" | "period" | "figures" | "exportFilters">,
  heading = `${title}, ${period}`,
): ChartExportData {
  return {
    title: heading,
    filters: [{ label: "Figure", value: title }, { label: "Period", value: period }, ...exportFilters],
    asOf: `figures as each source published them for ${period}`,
    sources: figures.flatMap((f) =>
      f.citations.map(
        (c) =>
          `${formatFigure(f.value, f.qualifier, f.unit)}: “${shortQuote(c.quote)}” (${c.sourceShortTitle}${c.locator ? `, ${c.locator}` : ""}${
            c.originalProducer ? `; from ${c.originalProducer}` : ""
          })`,
      ),
    ),
    columns: ["Figure", "Value", "Qualifier", "Unit", "Source", "Locator", "Original producer", "Quote"],
    rows: figures.map((f) => {
      const c = f.citations[0];
      return [
        formatFigure(f.value, f.qualifier, f.unit),
        f.value,
        QUALIFIER_LABELS[f.qualifier as keyof typeof QUALIFIER_LABELS] || "exactly",
        f.unit,
        c?.sourceShortTitle ?? "",
        c?.locator ?? "",
        c?.originalProducer ?? "",
        c?.quote ?? "",
      ];
    }),
  };
}

/**
 * The bars' labels: each source's name before any subtitle ("PIPS 2022"), numbered when one source gives
 * several figures; the table under the chart names the source and locator whole.
 */
export function barLabels(figures: readonly { citations: readonly CitationView[] }[]): string[] {
  const names = figures.map((f) => (f.citations[0]?.sourceShortTitle ?? "No source").split(":")[0]?.trim() || "No source");
  const seen = new Map<string, number>();
  return names.map((n) => {
    if (names.filter((x) => x === n).length === 1) return n;
    const i = (seen.get(n) ?? 0) + 1;
    seen.set(n, i);
    return `${n} (${i})`;
  });
}

/**
 * The same figure from several sources, side by side and never blended: a bar per figure on a common scale
 * from zero (exportable as PDF, PNG and CSV), then the figures with their citations.
 */
export function FigureComparison({ title, period, figures, disagree, note, exportFilters, className }: FigureComparisonProps) {
  const chartRef = useRef<HTMLDivElement>(null);
  const exportData = figureComparisonExport({ title, period, figures, exportFilters });
  const labels = barLabels(figures);
  return (
    <section
      data-card
      className={cn("rounded-lg border border-border bg-surface", className)}
      aria-label={`${title}, ${period}: figures by source`}
    >
      <header className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1.5 px-4 pt-3.5 pb-2">
        <div className="min-w-0">
          <h3 className="text-[13.5px] leading-5 font-semibold tracking-[-0.005em]">{title}</h3>
          <p className="text-[12px] text-muted-foreground">
            {period} · {figures.length} {figures.length === 1 ? "source" : "sources"}
          </p>
        </div>
        {disagree ? (
          <Badge
            variant="warning"
            title="The sources state different figures for the same thing. They are shown side by side, not averaged."
          >
            <Scale aria-hidden="true" strokeWidth={2} />
            Sources disagree
          </Badge>
        ) : figures.length > 1 ? (
          <Badge variant="neutral">Sources agree</Badge>
        ) : null}
        <ExportMenu target={chartRef} data={exportData} className="ml-auto" />
      </header>
      <div ref={chartRef} className="px-4 pb-1">
        <FigureBars
          bars={figures.map((f, i) => ({
            id: `f${i}`,
            label: labels[i] ?? "",
            value: f.value,
            text: formatFigure(f.value, f.qualifier, f.unit),
          }))}
          color={disagree ? "var(--chart-1)" : "var(--chart-6)"}
        />
      </div>
      <table className="w-full table-fixed border-collapse text-[13px] tabular-nums">
        <colgroup>
          <col className="w-[9.5rem]" />
          <col />
        </colgroup>
        <thead className="sr-only">
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f, i) => {
            const formatted = formatFigure(f.value, f.qualifier, f.unit);
            const first = f.citations[0];
            return (
              <tr key={i} className="border-t border-border">
                <td className="truncate py-2 pr-3 pl-4 text-[15px] font-semibold">{formatted}</td>
                <td className="py-2 pr-4">
                  <div className="flex min-w-0 items-center justify-end gap-2">
                    <span
                      className="min-w-0 truncate text-right text-[12px] text-muted-foreground"
                      title={first ? `${first.sourceTitle}, ${first.locator}` : undefined}
                    >
                      {first?.locator ?? "No source"}
                      {first?.originalProducer ? <span className="text-subtle"> · from {first.originalProducer}</span> : null}
                    </span>
                    <CitationPopover citations={f.citations} subject={`${formatted}: ${title}`} />
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {note ? <p className="border-t border-border px-4 py-2 text-[12px] leading-relaxed text-muted-foreground">{note}</p> : null}
    </section>
  );
}
