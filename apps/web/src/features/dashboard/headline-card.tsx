"use client";

import {
  describePercentChange,
  formatFigure,
  formatPeriod,
  type HeadlineFigure,
  METRIC_LABELS,
  previousPeriod,
  type StatisticView,
} from "@monitor/domain";
import { Scale } from "lucide-react";
import Link from "next/link";
import { StatCard } from "~/components/ui/stat-card";
import { CitationPopover } from "~/features/citations/citation-popover";
import { hrefWith } from "~/lib/search-params";

type Headline = HeadlineFigure<StatisticView & { sources: string[] }>;

/**
 * One headline figure: the value as its source states it (or the editors' house figure, with the
 * source's value beside it), its period, its change against the same source's previous period, the
 * citation, and every other source's figure for the same thing.
 */
export function HeadlineCard({ h, placeName }: { h: Headline; placeName: string }) {
  const f = h.figure;
  const prev = previousPeriod(f.periodStart, f.periodEnd);
  const period = formatPeriod(f.periodStart, f.periodEnd);
  const compareHref = hrefWith("/compare", {
    metric: h.metric,
    province: f.geography.province,
    district: f.geography.district,
    country: f.geography.province ? undefined : f.geography.country,
    group: f.group,
    from: f.periodStart,
    to: f.periodEnd,
  });
  return (
    <StatCard
      label={`${METRIC_LABELS[h.metric]}, ${placeName}`}
      value={h.house ? formatFigure(h.house.value, h.house.qualifier, f.unit) : formatFigure(f.value, f.qualifier, f.unit)}
      sub={
        <>
          {period}
          {h.house ? (
            <span className="ml-1.5 inline-flex items-center gap-1 rounded bg-accent-soft px-1.5 py-px text-[11px] font-medium text-accent-text">
              <Scale aria-hidden="true" className="size-3" />
              House figure
            </span>
          ) : null}
        </>
      }
      footer={
        <div className="flex w-full flex-col gap-1.5">
          <span>
            {h.house && h.houseChange
              ? describePercentChange(h.houseChange, formatPeriod(prev.start, prev.end))
              : describePercentChange(h.change, formatPeriod(prev.start, prev.end))}
            {h.previous ? ` (${formatFigure(h.previous.value, h.previous.qualifier, h.previous.unit)}, same source)` : ""}
          </span>
          {h.house ? (
            <span className="text-[11.5px]" title={h.house.rationale}>
              Editors' choice: “{h.house.rationale.length > 110 ? `${h.house.rationale.slice(0, 110)}…` : h.house.rationale}”
            </span>
          ) : null}
          <span className="flex flex-wrap items-center gap-1.5">
            {h.house ? <span className="tabular-nums">{formatFigure(f.value, f.qualifier, f.unit)}</span> : null}
            <CitationPopover
              citations={f.citations}
              subject={`${METRIC_LABELS[h.metric]}, ${placeName}, ${period}`}
              sourceHrefTemplate="/sources/{source}"
            />
          </span>
          {h.alternatives.map((a) => (
            <span key={a.key} className="flex flex-wrap items-center gap-1.5" data-testid="alternative-figure">
              <span className="tabular-nums">{formatFigure(a.value, a.qualifier, a.unit)}</span>
              <CitationPopover
                citations={a.citations}
                subject={`${METRIC_LABELS[h.metric]}, ${placeName}, ${period}`}
                sourceHrefTemplate="/sources/{source}"
              />
            </span>
          ))}
          {h.alternatives.length > 0 || h.house ? (
            <Link href={compareHref} className="link">
              {h.alternatives.length > 0 ? "Sources disagree: compare them" : "Compare sources"}
            </Link>
          ) : null}
        </div>
      }
    />
  );
}
