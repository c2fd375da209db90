"use client";

import { formatFigure, formatPeriod, getAdminUnit, METRIC_LABELS } from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { MapPinned } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { SelectField } from "~/components/ui/select";
import { SourceBadges } from "~/features/citations/source-badges";
import { useSurgeMarkers } from "~/features/dashboard/surge-markers";
import { ExportMenu } from "~/features/export/chart/export-menu";
import { useTRPC } from "~/trpc/react";
import type { MapShapes } from "./build-map-shapes";
import { ChoroplethMap } from "./choropleth-map";
import { DistrictFigures } from "./district-panel";
import { detailsFromLayer, figureWithQualifier, valuesFromLayer } from "./layer-values";
import { type MapParams, type MapView, mapHref } from "./map-params";
import { mapLayerInput, metricsInput } from "./map-queries";
import { publishedLayerExport } from "./published-layer-export";
import { RankingTable } from "./ranking-table";

function areaName(id: string): string {
  return getAdminUnit(id)?.name ?? id;
}

export function PublishedLayer({ params, view, shapes }: { params: MapParams; view: MapView; shapes: MapShapes }) {
  const trpc = useTRPC();
  const mapRef = useRef<HTMLDivElement>(null);
  const markers = useSurgeMarkers(params.country === "PK" && view.level === "province");
  const router = useRouter();
  const { level } = view;
  const { data: layer } = useSuspenseQuery(trpc.statistics.mapLayer.queryOptions(mapLayerInput(params, view)));
  const { data: availableMetrics } = useSuspenseQuery(trpc.statistics.metrics.queryOptions(metricsInput(params, view)));
  const available = availableMetrics.filter((m) => m.metric !== params.metric && m.metric !== "percent_change" && m.metric !== "other");
  const metricLabel = METRIC_LABELS[params.metric];
  const { values, extra } = valuesFromLayer(layer.figures);
  const details = detailsFromLayer(layer.figures);
  // Parts a source states beside its total (Karachi within Sindh) follow the total in the tooltip.
  for (const [area, parts] of Object.entries(layer.parts ?? {})) {
    const partDetails = detailsFromLayer({ [area]: parts })[area] ?? [];
    details[area] = [
      ...(details[area] ?? []),
      ...partDetails.map((d, i) => ({ ...d, figure: `Part of it: ${parts[i]?.label ?? d.figure} — ${d.figure}` })),
    ];
  }
  const periodLabel = layer.selected ? formatPeriod(layer.selected.start, layer.selected.end) : null;
  const sourceNames = [
    ...new Set(Object.values(layer.figures).flatMap((fs) => fs.flatMap((f) => f.citations.map((c) => c.sourceShortTitle)))),
  ];
  const where = view.province ? areaName(view.province) : params.country === "AF" ? "Afghanistan" : "Pakistan";
  const unitWord = level === "province" ? "province" : "district";
  const askedMissing = params.period && layer.selected && params.period !== layer.selected.key;

  const rows = Object.entries(layer.figures).flatMap(([area, figures]) => {
    const [first] = figures;
    if (!first) return [];
    return [
      {
        id: area,
        value: first.value,
        figure: (
          <span className="flex flex-col items-end">
            {figures.map((f) => (
              <span key={f.key} title={figureWithQualifier(f)}>
                {formatFigure(f.value, f.qualifier, f.unit)}
              </span>
            ))}
          </span>
        ),
        source: (
          <span className="flex flex-col items-start gap-1">
            {figures.map((f) => (
              <SourceBadges
                key={f.key}
                citations={f.citations}
                subject={`${metricLabel}, ${areaName(area)}`}
                badgeClassName="max-w-[10rem]"
              />
            ))}
          </span>
        ),
      },
    ];
  });

  const hrefFor = (id: string) =>
    level === "province" && params.country === "PK"
      ? mapHref(params, { province: id })
      : level === "district"
        ? mapHref(params, { district: id === view.district ? undefined : id })
        : undefined;

  const mapTitle = `${metricLabel}${periodLabel ? `, ${periodLabel}` : ""}`;
  const exportData = publishedLayerExport({
    title: mapTitle,
    filters: [
      { label: "Metric", value: metricLabel },
      { label: "Country", value: params.country === "AF" ? "Afghanistan" : "Pakistan" },
      { label: "Province", value: view.province ? areaName(view.province) : "" },
      { label: "Period", value: periodLabel ?? "" },
    ],
    figures: layer.figures,
    level,
    periodLabel,
  });

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_500px]">
      <Card>
        <CardHeader>
          <div className="flex items-start justify-between gap-3">
            <CardTitle>{mapTitle}</CardTitle>
            <ExportMenu target={mapRef} data={exportData} />
          </div>
          <CardDescription>
            Published statistics by {unitWord}
            {sourceNames.length ? ` (${sourceNames.join(", ")})` : ""}. Areas without a published figure are hatched: no data is not zero.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {askedMissing ? (
            <p role="status" className="mb-3 rounded-md bg-warning-soft px-3 py-2 text-[12.5px] text-warning">
              No {metricLabel.toLowerCase()} by {unitWord} for the period in the link; showing {periodLabel}.
            </p>
          ) : null}
          {layer.periods.length > 1 ? (
            <div className="mb-3 max-w-md">
              <SelectField
                key={layer.selected?.key}
                label="Period"
                name="period"
                form="map-options"
                defaultValue={layer.selected?.key}
                onChange={(e) => router.push(mapHref(params, { period: e.target.value, district: undefined }), { scroll: false })}
              >
                {layer.periods.map((p) => (
                  <option key={p.key} value={p.key}>
                    {formatPeriod(p.start, p.end)} — {p.areas} {level === "province" ? "provinces" : "districts"}
                  </option>
                ))}
              </SelectField>
            </div>
          ) : null}
          <div ref={mapRef}>
            <ChoroplethMap
              shapes={shapes.shapes}
              viewBox={shapes.viewBox}
              lines={shapes.lines}
              inset={shapes.inset}
              values={values}
              valueLabel={metricLabel.toLowerCase()}
              valueFormat="count"
              legendTitle={metricLabel}
              hrefFor={hrefFor}
              linkHint={level === "province" ? "Click to see its districts" : "Click for its figures"}
              selectedId={view.district ?? params.province}
              caption={shapes.caption}
              tooltipExtra={extra}
              tooltipDetails={details}
              markers={markers}
            />
          </div>
        </CardContent>
      </Card>
      <div className="flex min-w-0 flex-col gap-6">
        {view.district ? (
          <DistrictFigures params={params} district={view.district} clearHref={mapHref(params, { district: undefined })} />
        ) : null}
        <Card>
          <CardHeader>
            <CardTitle>{level === "district" ? `Districts ranked, ${where}` : "Provinces ranked"}</CardTitle>
            <CardDescription>
              {periodLabel ? `${metricLabel}, ${periodLabel}, each with its source.` : "No period selected."}
            </CardDescription>
          </CardHeader>
          <CardContent>
            {rows.length === 0 ? (
              <EmptyState
                icon={MapPinned}
                title={`No published ${metricLabel.toLowerCase()} by ${unitWord}`}
                description={
                  available.length > 0 ? (
                    <>
                      Figures by {unitWord} {view.province ? `in ${areaName(view.province)} ` : ""}exist for:{" "}
                      {available.map((m, i) => (
                        <span key={m.metric}>
                          {i > 0 ? ", " : ""}
                          <Link className="link" href={mapHref(params, { metric: m.metric })}>
                            {METRIC_LABELS[m.metric].toLowerCase()} ({m.count})
                          </Link>
                        </span>
                      ))}
                      . Or switch to the incident-log layer.
                    </>
                  ) : (
                    `No source publishes figures by ${unitWord} here yet. Switch to the incident-log layer${params.country === "AF" ? " or to group presence" : ""}.`
                  )
                }
              />
            ) : (
              <RankingTable
                rows={rows}
                level={level}
                caption={`${level === "district" ? "Districts" : "Provinces"} ranked by ${metricLabel.toLowerCase()}${periodLabel ? `, ${periodLabel}` : ""}. Ties share a rank; areas without a figure are not ranked.`}
                valueHeader="Figure"
                sort={params.sort ?? "rank"}
                dir={params.dir ?? "asc"}
                sortHref={(sort, dir) => mapHref(params, { sort, dir })}
                areaHref={(id) =>
                  level === "district"
                    ? mapHref(params, { district: id })
                    : params.country === "PK"
                      ? mapHref(params, { province: id })
                      : undefined
                }
                selectedId={view.district}
                showProvince={level === "district" && !view.province}
              />
            )}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
