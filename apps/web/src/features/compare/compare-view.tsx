"use client";

import {
  formatFigure,
  formatPeriod,
  getAdminUnit,
  type HouseFigure,
  listAdminUnits,
  METRIC_LABELS,
  METRICS,
  QUALIFIER_LABELS,
  type StatisticView,
} from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { Scale } from "lucide-react";
import { useRef } from "react";
import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { SelectField } from "~/components/ui/select";
import { Table, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { RoleGate } from "~/features/auth/session-context";
import { CitationPopover } from "~/features/citations/citation-popover";
import { type ChartExportData, type ExportFilter, shortQuote } from "~/features/export/chart/chart-export";
import { ExportMenu } from "~/features/export/chart/export-menu";
import { EnumSelect } from "~/features/filters/enum-select";
import { ProvinceSelect } from "~/features/filters/province-select";
import { DateField, IgnoredFilters, UrlFilterForm } from "~/features/filters/url-filter-form";
import { FigureBars } from "~/features/statistics/figure-bars";
import { barLabels, figureComparisonExport } from "~/features/statistics/figure-comparison";
import { useTRPC } from "~/trpc/react";
import type { CompareParams } from "./compare-params";
import { COMPARE_FILTER_LABELS } from "./compare-params";
import { HouseFigureEditor } from "./house-figure-editor";

type Figure = StatisticView & { sources: string[] };

function placeOf(g: { country: string | null; province: string | null; district: string | null; areas: string[] }): string {
  if (g.areas.length > 0) return g.areas.map((a) => getAdminUnit(a)?.name ?? a).join(" + ");
  const id = g.district ?? g.province ?? g.country;
  return id ? (getAdminUnit(id)?.name ?? id) : "Unspecified place";
}

export interface CompareInput {
  metric?: CompareParams["metric"];
  country?: CompareParams["country"];
  province?: string;
  district?: string;
  group?: string;
  source?: string;
  from?: string;
  to?: string;
  includeSingles: boolean;
}

export function CompareView({
  params,
  input,
  ignored,
}: {
  params: CompareParams;
  input: CompareInput;
  ignored: readonly { key: string; message: string }[];
}) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.dashboard.compare.queryOptions(input));
  const { data: groups } = useSuspenseQuery(trpc.groups.list.queryOptions({}));
  const { data: sources } = useSuspenseQuery(trpc.sources.list.queryOptions({}));
  const groupName = (slug: string | null) => (slug ? (groups.find((g) => g.slug === slug)?.name ?? slug) : null);
  const districts = params.province ? listAdminUnits({ level: "district", parent: params.province }) : [];
  const active = Object.values(params).some((v) => v !== undefined);
  // The page's filters that a card's own title and period do not already say, for its export.
  const pageFilters: ExportFilter[] = [
    { label: "Source", value: params.source ? (sources.find((s) => s.slug === params.source)?.shortTitle ?? params.source) : "" },
    { label: "From", value: params.from ?? "" },
    { label: "To", value: params.to ?? "" },
    { label: "Figures only one source gives", value: params.singles === "1" ? "included" : "" },
  ].filter((f) => f.value !== "");

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <UrlFilterForm action="/compare" label="Filter the comparison" active={active}>
          <EnumSelect
            label="Metric"
            name="metric"
            values={METRICS}
            labels={METRIC_LABELS}
            defaultValue={params.metric}
            emptyLabel="Every metric"
            className="w-52"
          />
          <ProvinceSelect defaultValue={params.province} emptyLabel="Every place" />
          {districts.length > 0 ? (
            <SelectField label="District" name="district" defaultValue={params.district ?? ""} wrapperClassName="w-48">
              <option value="">Province level and below</option>
              {districts.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          <SelectField label="Group" name="group" defaultValue={params.group ?? ""} wrapperClassName="w-48">
            <option value="">Any or none</option>
            {groups.map((g) => (
              <option key={g.slug} value={g.slug}>
                {g.abbreviation ?? g.name}
              </option>
            ))}
          </SelectField>
          <SelectField label="Source" name="source" defaultValue={params.source ?? ""} wrapperClassName="w-52">
            <option value="">Every source</option>
            {sources.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.shortTitle}
              </option>
            ))}
          </SelectField>
          <DateField label="From" name="from" defaultValue={params.from} />
          <DateField label="To" name="to" defaultValue={params.to} />
          <label className="flex h-8 items-center gap-2 self-end text-[13px]">
            <input
              type="checkbox"
              name="singles"
              value="1"
              defaultChecked={params.singles === "1"}
              className="size-4 accent-[var(--accent)]"
            />
            Include figures only one source gives
          </label>
        </UrlFilterForm>
        <IgnoredFilters ignored={ignored} labels={COMPARE_FILTER_LABELS} />
      </div>

      <section aria-labelledby="same-thing" className="space-y-4">
        <h2 id="same-thing" className="text-[15px] font-semibold">
          Same thing, same period{" "}
          <span className="font-normal text-muted-foreground">
            ({data.comparisons.length} {data.comparisons.length === 1 ? "comparison" : "comparisons"})
          </span>
        </h2>
        {data.comparisons.length === 0 ? (
          <EmptyState
            title="No two sources give this figure for the same period and place"
            description="Widen the selection (clear the metric, place or dates), or tick “Include figures only one source gives” to see single-source figures and record a house figure for them."
          />
        ) : (
          data.comparisons.map((c) => (
            <ComparisonCard
              key={c.key}
              comparisonKey={c.key}
              title={`${METRIC_LABELS[c.metric]}, ${placeOf(c.geography)}${c.group ? `, ${groupName(c.group)}` : ""}`}
              period={formatPeriod(c.periodStart, c.periodEnd)}
              figures={c.figures}
              parts={c.parts}
              disagree={c.disagree}
              spread={c.spread}
              house={c.house}
              exportFilters={pageFilters}
            />
          ))
        )}
      </section>

      {data.differingPeriods.length > 0 ? (
        <section aria-labelledby="differing" className="space-y-3">
          <h2 id="differing" className="text-[15px] font-semibold">
            Same metric and place, periods that differ
          </h2>
          <p className="max-w-3xl text-sm text-muted-foreground">
            These figures overlap in time but do not cover the same period (for example a calendar year against 15 Aug–14 Aug). They are
            listed side by side for reading, not compared: their difference says nothing about which source is right.
          </p>
          {data.differingPeriods.map((d) => (
            <div key={d.key} data-card className="rounded-lg border border-border bg-surface px-4 py-3">
              <h3 className="text-[13.5px] font-semibold">
                {METRIC_LABELS[d.metric ?? "other"]}, {d.geography ? placeOf(d.geography) : ""}
                {d.group ? `, ${groupName(d.group)}` : ""}
              </h3>
              <Table>
                <THead>
                  <Tr className="hover:bg-transparent">
                    <Th>Period</Th>
                    <Th numeric>Figure</Th>
                    <Th>What it counts</Th>
                    <Th>Source</Th>
                  </Tr>
                </THead>
                <TBody>
                  {d.periods.flatMap((p) =>
                    p.figures.map((f) => (
                      <Tr key={f.key}>
                        <Td className="whitespace-nowrap">{formatPeriod(p.periodStart, p.periodEnd)}</Td>
                        <Td numeric>{formatFigure(f.value, f.qualifier, f.unit)}</Td>
                        <Td className="text-muted-foreground">{f.label}</Td>
                        <Td>
                          <CitationPopover citations={f.citations} subject={f.label ?? ""} sourceHrefTemplate="/sources/{source}" />
                        </Td>
                      </Tr>
                    )),
                  )}
                </TBody>
              </Table>
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}

function ComparisonCard({
  comparisonKey,
  title,
  period,
  figures,
  parts,
  disagree,
  spread,
  house,
  exportFilters,
}: {
  exportFilters: readonly ExportFilter[];
  comparisonKey: string;
  title: string;
  period: string;
  figures: Figure[];
  parts: Figure[];
  disagree: boolean;
  spread: { absolute: number; relative: number | null };
  house: HouseFigure | null;
}) {
  const sourceCount = new Set(figures.flatMap((f) => f.sources)).size;
  const chartRef = useRef<HTMLDivElement>(null);
  const exportData = comparisonExport({ title, period, figures, house, exportFilters });
  const labels = barLabels(figures);
  return (
    <section data-card className="rounded-lg border border-border bg-surface" aria-label={`${title}, ${period}`} data-testid="comparison">
      <header className="flex flex-wrap items-start justify-between gap-2 px-4 pt-3.5 pb-2">
        <div>
          <h3 className="text-[14px] font-semibold">{title}</h3>
          <p className="text-[12.5px] text-muted-foreground">
            {period} · {sourceCount} {sourceCount === 1 ? "source" : "sources"}
            {figures.length > 1 ? (
              <>
                {" · "}spread {formatFigure(spread.absolute)}
                {spread.relative !== null ? ` (${spread.relative.toLocaleString("en-GB")}% of the lowest)` : ""}
              </>
            ) : null}
          </p>
        </div>
        {disagree ? (
          <Badge variant="warning">
            <Scale aria-hidden="true" strokeWidth={2} />
            Sources disagree
          </Badge>
        ) : sourceCount > 1 ? (
          <Badge variant="neutral">Sources agree</Badge>
        ) : null}
        <ExportMenu target={chartRef} data={exportData} className="ml-auto" />
      </header>
      <div ref={chartRef} className="px-4">
        <FigureBars
          bars={figures.map((f, i) => ({
            id: f.key,
            label: labels[i] ?? "",
            value: f.value,
            text: formatFigure(f.value, f.qualifier, f.unit),
          }))}
          color={disagree ? "var(--chart-1)" : "var(--chart-6)"}
        />
      </div>
      <div className="px-4">
        <Table>
          <THead>
            <Tr className="hover:bg-transparent">
              <Th>Source</Th>
              <Th numeric>Figure</Th>
              <Th>Qualifier</Th>
              <Th>What it counts (definition)</Th>
              <Th>Exact words</Th>
            </Tr>
          </THead>
          <TBody>
            {figures.map((f) => (
              <Tr key={f.key}>
                <Td className="align-top">
                  <CitationPopover citations={f.citations} subject={`${title}, ${period}`} sourceHrefTemplate="/sources/{source}" />
                </Td>
                <Td numeric className="align-top text-[15px] font-semibold">
                  {formatFigure(f.value, "exact", f.unit)}
                </Td>
                <Td className="align-top">{QUALIFIER_LABELS[f.qualifier] || "exactly"}</Td>
                <Td className="max-w-xs align-top text-muted-foreground">{f.label ?? "—"}</Td>
                <Td className="max-w-md align-top">
                  {f.citations.map((c) => (
                    <blockquote key={`${c.source}-${c.locator}`} className="border-l-2 border-border-strong pl-2 text-[12.5px] italic">
                      “{c.quote}”<span className="not-italic text-muted-foreground"> ({c.locator})</span>
                    </blockquote>
                  ))}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </div>
      {parts.length > 0 ? (
        <div className="px-4 pb-2 text-[12.5px] text-muted-foreground" data-testid="comparison-parts">
          <p className="font-medium text-foreground/80">Parts of a source's total (not compared with other sources):</p>
          <ul className="mt-0.5 list-disc pl-5">
            {parts.map((p) => (
              <li key={p.key}>
                {formatFigure(p.value, p.qualifier, p.unit)}: {p.label}{" "}
                <CitationPopover citations={p.citations} subject={p.label ?? title} sourceHrefTemplate="/sources/{source}" />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="border-t border-border px-4 py-3">
        {house ? (
          <div className="text-[13px]" data-testid="house-figure">
            <p>
              <span className="font-semibold">House figure: {formatFigure(house.value, house.qualifier, figures[0]?.unit)}</span>
              <span className="text-muted-foreground">
                {" "}
                · set by {house.setBy},{" "}
                {house.setAt.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })} (version{" "}
                {house.version})
                {house.basedOn
                  ? ` · adopts ${figures.find((f) => f.key === house.basedOn)?.citations[0]?.sourceShortTitle ?? house.basedOn}`
                  : " · editors' own reading"}
              </span>
            </p>
            <p className="mt-0.5 text-muted-foreground">Why: {house.rationale}</p>
          </div>
        ) : (
          <p className="text-[13px] text-muted-foreground">No house figure: the overview shows the sources' figures side by side.</p>
        )}
        <RoleGate min="editor">
          <HouseFigureEditor comparisonKey={comparisonKey} figures={figures} house={house} />
        </RoleGate>
      </div>
    </section>
  );
}

/**
 * A comparison's export: its figures as the table lists them (source, figure, qualifier, definition, exact
 * words), then the house figure when editors set one; one source line per quote.
 */
function comparisonExport({
  title,
  period,
  figures,
  house,
  exportFilters,
}: {
  title: string;
  period: string;
  figures: Figure[];
  house: HouseFigure | null;
  exportFilters: readonly ExportFilter[];
}): ChartExportData {
  const base = figureComparisonExport({ title, period, figures, exportFilters });
  const houseWhen = house?.setAt.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  return {
    ...base,
    sources: [
      ...base.sources,
      ...(house
        ? [
            `House figure ${formatFigure(house.value, house.qualifier, figures[0]?.unit)}: Militancy Monitor editors (${house.setBy}, ${houseWhen}). Why: ${shortQuote(house.rationale)}`,
          ]
        : []),
    ],
    columns: ["Source", "Figure", "Qualifier", "Unit", "What it counts (definition)", "Exact words", "Locator"],
    rows: [
      ...figures.map((f) => {
        const c = f.citations[0];
        return [
          c?.sourceShortTitle ?? "",
          f.value,
          QUALIFIER_LABELS[f.qualifier] || "exactly",
          f.unit,
          f.label ?? "",
          f.citations.map((x) => x.quote).join(" | "),
          f.citations.map((x) => x.locator).join(" | "),
        ];
      }),
      ...(house
        ? [
            [
              "House figure (Militancy Monitor editors)",
              house.value,
              QUALIFIER_LABELS[house.qualifier as keyof typeof QUALIFIER_LABELS] || "exactly",
              figures[0]?.unit ?? "",
              `Why: ${house.rationale}`,
              "",
              "",
            ],
          ]
        : []),
    ],
  };
}
