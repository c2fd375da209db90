"use client";

import { formatFigure, formatPeriod, getAdminUnit, METRIC_LABELS, type Metric } from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { MapPinned } from "lucide-react";
import Link from "next/link";
import { useRef } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { SelectField } from "~/components/ui/select";
import { Table, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { CitationPopover } from "~/features/citations/citation-popover";
import { IgnoredFilters } from "~/features/filters/url-filter-form";
import { valuesFromLayer } from "~/features/maps/layer-values";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";
import type { MapShapes } from "./build-map-shapes";
import { ChoroplethMap } from "./choropleth-map";
import type { MapParams } from "./map-params";

const MAP_FILTER_LABELS: Record<string, string> = {
  layer: "Data layer",
  metric: "Metric",
  period: "Period",
  province: "Province",
  country: "Country",
  boundary: "Boundaries",
  from: "From",
  to: "To",
};

interface Props {
  params: MapParams;
  level: "province" | "district";
  boundary: "post2018" | "pre2018";
  shapes: MapShapes;
  ignored: { key: string; message: string }[];
}

export function MapExplorer(props: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const { params } = props;
  return (
    <div className="space-y-4">
      <IgnoredFilters ignored={props.ignored} labels={MAP_FILTER_LABELS} />
      <form
        key={JSON.stringify(params)}
        ref={formRef}
        method="get"
        action="/map"
        className="flex flex-wrap items-end gap-3"
        aria-label="Map options"
      >
        {params.province ? <input type="hidden" name="province" value={params.province} /> : null}
        <SelectField label="Country" name="country" defaultValue={params.country} onChange={() => formRef.current?.requestSubmit()}>
          <option value="PK">Pakistan</option>
          <option value="AF">Afghanistan</option>
        </SelectField>
        <SelectField label="Data layer" name="layer" defaultValue={params.layer} onChange={() => formRef.current?.requestSubmit()}>
          <option value="published">Published statistics</option>
          <option value="incidents">Incident log (counts)</option>
        </SelectField>
        {params.layer === "published" ? <MetricSelect value={params.metric} onChange={() => formRef.current?.requestSubmit()} /> : null}
        {params.country === "PK" && !params.province ? (
          <SelectField label="Boundaries" name="boundary" defaultValue={params.boundary} onChange={() => formRef.current?.requestSubmit()}>
            <option value="auto">Automatic (by period)</option>
            <option value="post2018">After the 2018 FATA merger</option>
            <option value="pre2018">Before the merger (FATA separate)</option>
          </SelectField>
        ) : null}
        <noscript>
          <button type="submit" className="rounded-md border border-border px-3 py-1.5 text-sm">
            Apply
          </button>
        </noscript>
        {params.province ? (
          <Link
            className="pb-2 text-sm font-medium text-accent hover:underline"
            href={hrefWith("/map", { layer: params.layer, metric: params.metric })}
          >
            ← Back to all provinces
          </Link>
        ) : null}
      </form>
      {params.layer === "published" ? <PublishedLayer {...props} formRef={formRef} /> : <IncidentLayer {...props} />}
    </div>
  );
}

function MetricSelect({ value, onChange }: { value: Metric; onChange: () => void }) {
  const trpc = useTRPC();
  const { data: all } = useSuspenseQuery(trpc.statistics.metrics.queryOptions({}));
  const metrics = all.filter((m) => m.metric !== "percent_change" && m.metric !== "other");
  const known = new Set(metrics.map((m) => m.metric));
  return (
    <SelectField label="Metric" name="metric" defaultValue={value} onChange={onChange}>
      {!known.has(value) ? <option value={value}>{METRIC_LABELS[value]} (no figures)</option> : null}
      {metrics.map((m) => (
        <option key={m.metric} value={m.metric}>
          {METRIC_LABELS[m.metric]} ({m.count})
        </option>
      ))}
    </SelectField>
  );
}

function areaName(id: string): string {
  return getAdminUnit(id)?.name ?? id;
}

function PublishedLayer({ params, level, shapes, formRef }: Props & { formRef: React.RefObject<HTMLFormElement | null> }) {
  const trpc = useTRPC();
  const { data: layer } = useSuspenseQuery(
    trpc.statistics.mapLayer.queryOptions({
      metric: params.metric,
      country: params.country,
      level,
      province: params.province,
      period: params.period,
    }),
  );
  const { data: availableMetrics } = useSuspenseQuery(
    trpc.statistics.metrics.queryOptions({ level, country: params.country, province: params.province }),
  );
  const available = availableMetrics.filter((m) => m.metric !== params.metric);
  const metricLabel = METRIC_LABELS[params.metric];
  const { values, extra } = valuesFromLayer(layer.figures);
  const rows = Object.entries(layer.figures).sort(([, a], [, b]) => (b[0]?.value ?? 0) - (a[0]?.value ?? 0));
  const periodLabel = layer.selected ? formatPeriod(layer.selected.start, layer.selected.end) : null;

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_440px]">
      <Card>
        <CardHeader>
          <CardTitle>
            {metricLabel}
            {periodLabel ? `, ${periodLabel}` : ""}
          </CardTitle>
          <CardDescription>
            Published statistics by {level}. Areas without a published figure are hatched: no data is not zero.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {layer.periods.length > 1 ? (
            <div className="mb-3 max-w-md">
              <SelectField
                key={layer.selected?.key}
                label="Period"
                name="period"
                form="map-period"
                defaultValue={layer.selected?.key}
                onChange={(e) => {
                  const form = formRef.current;
                  if (!form) return;
                  const input = document.createElement("input");
                  input.type = "hidden";
                  input.name = "period";
                  input.value = e.target.value;
                  form.appendChild(input);
                  form.requestSubmit();
                }}
              >
                {layer.periods.map((p) => (
                  <option key={p.key} value={p.key}>
                    {formatPeriod(p.start, p.end)} — {p.areas} {level === "province" ? "provinces" : "districts"}
                  </option>
                ))}
              </SelectField>
            </div>
          ) : null}
          <ChoroplethMap
            shapes={shapes.shapes}
            viewBox={shapes.viewBox}
            lines={shapes.lines}
            values={values}
            valueLabel={metricLabel.toLowerCase()}
            valueFormat="count"
            legendTitle={metricLabel}
            hrefTemplate={
              level === "province" && params.country === "PK" ? `/map?layer=published&metric=${params.metric}&province={id}` : undefined
            }
            selectedId={params.province}
            caption={shapes.caption}
            tooltipExtra={extra}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Figures on this map</CardTitle>
          <CardDescription>{periodLabel ? `${periodLabel}, each with its source.` : "No period selected."}</CardDescription>
        </CardHeader>
        <CardContent>
          {rows.length === 0 ? (
            <EmptyState
              icon={MapPinned}
              title={`No published ${metricLabel.toLowerCase()} by ${level}`}
              description={
                available.length > 0 ? (
                  <>
                    Figures by {level} {params.province ? `in ${areaName(params.province)} ` : ""}exist for:{" "}
                    {available.map((m, i) => (
                      <span key={m.metric}>
                        {i > 0 ? ", " : ""}
                        <Link
                          className="text-accent hover:underline"
                          href={hrefWith("/map", { metric: m.metric, province: params.province })}
                        >
                          {METRIC_LABELS[m.metric].toLowerCase()} ({m.count})
                        </Link>
                      </span>
                    ))}
                    . Or switch to the incident-log layer.
                  </>
                ) : (
                  `No source publishes figures by ${level} here yet. Switch to the incident-log layer.`
                )
              }
            />
          ) : (
            <Table>
              <THead>
                <Tr>
                  <Th>{level === "province" ? "Province" : "District"}</Th>
                  <Th numeric>Figure</Th>
                  <Th>Source</Th>
                </Tr>
              </THead>
              <TBody>
                {rows.map(([area, figures]) =>
                  figures.map((f, i) => (
                    <Tr key={f.key}>
                      <Td>{i === 0 ? areaName(area) : <span className="sr-only">{areaName(area)}</span>}</Td>
                      <Td numeric>{formatFigure(f.value, f.qualifier, f.unit)}</Td>
                      <Td>
                        <CitationPopover citations={f.citations} subject={`${metricLabel}, ${areaName(area)}`} />
                      </Td>
                    </Tr>
                  )),
                )}
              </TBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}

function IncidentLayer({ params, level, shapes }: Props) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(
    trpc.incidents.byArea.queryOptions({
      filter: { country: params.country, province: params.province, from: params.from, to: params.to },
      level,
    }),
  );
  const values: Record<string, number> = {};
  for (const row of data) if (row.area) values[row.area] = row.incidents;
  const unplaced = data.find((r) => r.area === null);
  const rows = data.filter((r) => r.area !== null).sort((a, b) => b.incidents - a.incidents);
  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_440px]">
      <Card>
        <CardHeader>
          <CardTitle>Incidents in the log by {level}</CardTitle>
          <CardDescription>
            Counts of incidents recorded in Militancy Monitor's incident log (each cited), not a published total.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ChoroplethMap
            shapes={shapes.shapes}
            viewBox={shapes.viewBox}
            lines={shapes.lines}
            values={values}
            valueLabel="incidents"
            legendTitle="Incidents in the log"
            hrefTemplate={level === "province" && params.country === "PK" ? "/map?layer=incidents&province={id}" : undefined}
            caption={shapes.caption}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Counts</CardTitle>
          <CardDescription>
            {unplaced
              ? `${unplaced.incidents} incident(s) have no ${level} recorded and are not on the map.`
              : "Every incident in this view has a place."}
          </CardDescription>
        </CardHeader>
        <CardContent>
          {rows.length === 0 ? (
            <EmptyState
              icon={MapPinned}
              title="No incidents in the log for this view"
              description="Try another country or clear the filters."
            />
          ) : (
            <Table>
              <THead>
                <Tr>
                  <Th>{level === "province" ? "Province" : "District"}</Th>
                  <Th numeric>Incidents</Th>
                  <Th numeric>Killed</Th>
                  <Th numeric>Injured</Th>
                </Tr>
              </THead>
              <TBody>
                {rows.map((r) => (
                  <Tr key={r.area}>
                    <Td>
                      <Link className="hover:underline" href={hrefWith("/incidents", { [level]: r.area })}>
                        {areaName(r.area ?? "")}
                      </Link>
                    </Td>
                    <Td numeric>{r.incidents.toLocaleString("en-GB")}</Td>
                    <Td numeric>{r.killed.toLocaleString("en-GB")}</Td>
                    <Td numeric>{r.injured.toLocaleString("en-GB")}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
