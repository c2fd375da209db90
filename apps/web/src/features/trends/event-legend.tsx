"use client";

import { formatDate } from "@monitor/domain";
import { CitationPopover, type CitationView } from "~/features/citations/citation-popover";

export interface NumberedEvent {
  n: number;
  key: string;
  date: string;
  datePrecision: "day" | "month" | "year";
  title: string;
  citations: readonly CitationView[];
}

/** Citations grouped by source, so each source gets its own badge (an event is often cited by two reports). */
function bySource(citations: readonly CitationView[]): CitationView[][] {
  const groups = new Map<string, CitationView[]>();
  for (const c of citations) groups.set(c.source, [...(groups.get(c.source) ?? []), c]);
  return [...groups.values()];
}

/**
 * The key to a chart's numbered event markers: number → date, title and source. It is also how a
 * screen reader learns which events the chart marks.
 */
export function EventLegend({ events, hidden, label }: { events: readonly NumberedEvent[]; hidden: number; label: string }) {
  if (events.length === 0 && hidden === 0) return null;
  return (
    <div className="mt-3 border-t border-border pt-2.5">
      <h4 className="mb-1.5 text-[11.5px] font-medium text-muted-foreground">{label}</h4>
      {events.length ? (
        <ol className="grid gap-x-6 gap-y-1 text-[12px] sm:grid-cols-2">
          {events.map((e) => (
            <li key={e.key} value={e.n} className="flex min-w-0 items-start gap-2">
              <span
                aria-hidden="true"
                className="mt-px inline-flex h-4 min-w-4 shrink-0 items-center justify-center rounded-[3px] border border-[var(--chart-annotation)] px-1 text-[10.5px] font-semibold text-[var(--chart-annotation)] tabular-nums"
              >
                {e.n}
              </span>
              <span className="min-w-0 text-muted-foreground">
                <span className="sr-only">Marker {e.n}: </span>
                <span className="whitespace-nowrap text-foreground/80 tabular-nums">{formatDate(e.date, e.datePrecision)}</span> {e.title}{" "}
                {bySource(e.citations).map((cs) => (
                  <CitationPopover
                    key={cs[0]?.source}
                    citations={cs}
                    subject={e.title}
                    sourceHrefTemplate="/sources/{source}"
                    className="mr-1"
                  />
                ))}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      {hidden > 0 ? (
        <p className="mt-1 text-[11.5px] text-muted-foreground">
          {hidden === 1 ? "One other marked event falls" : `${hidden} other marked events fall`} outside the periods shown.
        </p>
      ) : null}
    </div>
  );
}
