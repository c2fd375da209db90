import { formatFigure } from "@monitor/domain";
import { Scale } from "lucide-react";
import { Badge } from "~/components/ui/badge";
import { cn } from "~/lib/utils";
import { CitationPopover, type CitationView } from "../citations/citation-popover";

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
  className?: string;
}

/**
 * The same figure from several sources, side by side and never blended. A bar per figure shows the spread
 * on a common scale starting at zero.
 */
export function FigureComparison({ title, period, figures, disagree, note, className }: FigureComparisonProps) {
  const max = Math.max(0, ...figures.map((f) => f.value));
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
      </header>
      <table className="w-full table-fixed border-collapse text-[13px] tabular-nums">
        <colgroup>
          <col className="w-[9.5rem]" />
          <col className="w-[22%]" />
          <col />
        </colgroup>
        <thead className="sr-only">
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Relative size</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f, i) => {
            const formatted = formatFigure(f.value, f.qualifier, f.unit);
            const first = f.citations[0];
            const pct = max > 0 ? (f.value / max) * 100 : 0;
            return (
              <tr key={i} className="border-t border-border">
                <td className="truncate py-2 pr-3 pl-4 text-[15px] font-semibold">{formatted}</td>
                <td className="py-2 pr-3" aria-hidden="true">
                  <div className="h-1.5 w-full rounded-full bg-surface-3">
                    <div className={cn("h-1.5 rounded-full", disagree ? "bg-accent/70" : "bg-subtle/60")} style={{ width: `${pct}%` }} />
                  </div>
                </td>
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
