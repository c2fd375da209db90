"use client";

import { formatDate, formatPeriod, getAdminUnit, INCIDENT_TYPE_LABELS } from "@monitor/domain";
import { useSuspenseQueries } from "@tanstack/react-query";
import { MapPinned } from "lucide-react";
import Link from "next/link";
import { useRef } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { useSurgeMarkers } from "~/features/dashboard/surge-markers";
import { MAP_ATTRIBUTION } from "~/features/export/chart/chart-export";
import { ExportMenu } from "~/features/export/chart/export-menu";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";
import type { MapShapes } from "./build-map-shapes";
import { ChoroplethMap, type MapTooltipDetail } from "./choropleth-map";
import { DistrictIncidents } from "./district-panel";
import { type MapParams, type MapView, mapHref } from "./map-params";
import { byAreaInputs } from "./map-queries";
import { RankingTable } from "./ranking-table";

interface AreaCount {
  area: string;
  incidents: number;
  killed: number;
  injured: number;
}

/** Describes the incident layer's dates: "2022", "1 Jan – 20 Aug 2022", "from 1 Jan 2022", or every date. */
export function incidentPeriodLabel(from?: string, to?: string): string {
  if (from && to) return formatPeriod(from, to);
  if (from) return `from ${formatDate(from)}`;
  if (to) return `up to ${formatDate(to)}`;
  return "all dates in the log";
}

export function IncidentLayer({
  params,
  view,
  shapes,
  boundary,
}: {
  params: MapParams;
  view: MapView;
  shapes: MapShapes;
  boundary: "post2018" | "pre2018";
}) {
  const trpc = useTRPC();
  const mapRef = useRef<HTMLDivElement>(null);
  const markers = useSurgeMarkers(params.country === "PK" && view.level === "province");
  const { level } = view;
  const results = useSuspenseQueries({ queries: byAreaInputs(params, view).map((i) => trpc.incidents.byArea.queryOptions(i)) });

  // One count per drawn area. On post-2018 province maps FATA's incidents belong to Khyber Pakhtunkhwa.
  const foldFata = level === "province" && params.country === "PK" && boundary === "post2018";
  const byArea = new Map<string, AreaCount>();
  let unplaced = 0;
  let folded = 0;
  for (const q of results) {
    for (const r of q.data) {
      if (!r.area) {
        unplaced += r.incidents;
        continue;
      }
      const area = foldFata && r.area === "PK-TA" ? "PK-KP" : r.area;
      if (area !== r.area) folded += r.incidents;
      const prev = byArea.get(area) ?? { area, incidents: 0, killed: 0, injured: 0 };
      byArea.set(area, {
        area,
        incidents: prev.incidents + r.incidents,
        killed: prev.killed + r.killed,
        injured: prev.injured + r.injured,
      });
    }
  }
  const drawn = new Set(shapes.shapes.map((s) => s.id));
  const offMap = [...byArea.values()].filter((r) => !drawn.has(r.area)).reduce((n, r) => n + r.incidents, 0);
  const counts = [...byArea.values()].filter((r) => drawn.has(r.area));

  const periodLabel = incidentPeriodLabel(params.from, params.to);
  const typeLabel = params.type ? INCIDENT_TYPE_LABELS[params.type] : null;
  const what = typeLabel ? `${typeLabel.toLowerCase()}s` : "incidents";
  const unitWord = level === "province" ? "province" : "district";
  const values: Record<string, number> = {};
  const details: Record<string, MapTooltipDetail[]> = {};
  const incidentsHref = (area: string) =>
    hrefWith("/incidents", { [unitWord]: area, type: params.type, from: params.from, to: params.to, country: params.country });
  for (const r of counts) {
    values[r.area] = r.incidents;
    details[r.area] = [
      {
        figure: `${r.incidents} ${r.incidents === 1 ? "incident" : "incidents"} · ${r.killed} killed, ${r.injured} injured`,
        period: periodLabel,
        source: "Incident log: counted from incidents, each cited",
        locator: level === "district" ? "Click for the incidents and their quotes" : undefined,
      },
    ];
  }

  const hrefFor = (id: string) =>
    level === "province" && params.country === "PK"
      ? mapHref(params, { province: id })
      : level === "district"
        ? mapHref(params, { district: id === view.district ? undefined : id })
        : undefined;

  const where = view.province ? (getAdminUnit(view.province)?.name ?? view.province) : params.country === "AF" ? "Afghanistan" : "Pakistan";
  const notes = [
    unplaced > 0
      ? `${unplaced} incident${unplaced === 1 ? " has" : "s have"} no ${unitWord} recorded and ${unplaced === 1 ? "is" : "are"} not on the map.`
      : null,
    offMap > 0 ? `${offMap} recorded under an area this map does not draw.` : null,
    folded > 0 ? `${folded} recorded under FATA are counted in Khyber Pakhtunkhwa (merged in 2018).` : null,
  ].filter(Boolean);
  const mapTitle = `${typeLabel ? `${typeLabel}s` : "Incidents"} in the log by ${unitWord}, ${periodLabel}`;
  const nameOf = (id: string) => shapes.shapes.find((s) => s.id === id)?.name ?? getAdminUnit(id)?.name ?? id;
  const exportData = {
    title: mapTitle,
    filters: [
      { label: "Country", value: params.country === "AF" ? "Afghanistan" : "Pakistan" },
      { label: "Province", value: view.province ? (getAdminUnit(view.province)?.name ?? view.province) : "" },
      { label: "Incident type", value: typeLabel ?? "" },
      { label: "Period", value: params.from || params.to ? periodLabel : "" },
    ].filter((f) => f.value !== ""),
    asOf: `incident log, ${periodLabel}${notes.length ? `. ${notes.join(" ")}` : ""}`,
    sources: [
      "Incident log: incidents recorded in Militancy Monitor one by one, each with its citation (quote and locator on each incident's page, /incidents). Not a published total.",
    ],
    columns: [level === "province" ? "Province" : "District", "Incidents", "Killed", "Injured"],
    rows: [...counts].sort((a, b) => b.incidents - a.incidents).map((r) => [nameOf(r.area), r.incidents, r.killed, r.injured]),
    attribution: MAP_ATTRIBUTION,
  };

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_500px]">
      <Card>
        <CardHeader>
          <div className="flex items-start justify-between gap-3">
            <CardTitle>{mapTitle}</CardTitle>
            <ExportMenu target={mapRef} data={exportData} />
          </div>
          <CardDescription>
            Counts of incidents recorded in Militancy Monitor's incident log (each cited), not a published total.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <div ref={mapRef}>
            <ChoroplethMap
              shapes={shapes.shapes}
              viewBox={shapes.viewBox}
              lines={shapes.lines}
              inset={shapes.inset}
              values={values}
              valueLabel={what}
              legendTitle={`${typeLabel ? `${typeLabel}s` : "Incidents"} in the log`}
              hrefFor={hrefFor}
              linkHint={level === "province" ? "Click to see its districts" : "Click for its incidents"}
              selectedId={view.district ?? params.province}
              caption={shapes.caption}
              tooltipDetails={details}
              markers={markers}
            />
          </div>
        </CardContent>
      </Card>
      <div className="flex min-w-0 flex-col gap-6">
        {view.district ? (
          <DistrictIncidents params={params} district={view.district} clearHref={mapHref(params, { district: undefined })} />
        ) : null}
        <Card>
          <CardHeader>
            <CardTitle>{level === "district" ? `Districts ranked, ${where}` : "Provinces ranked"}</CardTitle>
            <CardDescription>
              {notes.length ? notes.join(" ") : `Every ${what.replace(/s$/, "")} in this view has a place.`}
            </CardDescription>
          </CardHeader>
          <CardContent>
            {counts.length === 0 ? (
              <EmptyState
                icon={MapPinned}
                title={`No ${what} in the log for this view`}
                description={`Nothing recorded ${periodLabel === "all dates in the log" ? "" : `for ${periodLabel} `}here. Try another year or type, or the published-statistics layer.`}
              />
            ) : (
              <RankingTable
                rows={counts.map((r) => ({
                  id: r.area,
                  value: r.incidents,
                  figure: r.incidents.toLocaleString("en-GB"),
                  extra: [r.killed.toLocaleString("en-GB"), r.injured.toLocaleString("en-GB")],
                  source:
                    r.area === "PK-KP" && folded > 0 ? (
                      // The count folds in FATA's incidents: link both parts, so each link opens what it says.
                      <span className="text-[12px]">
                        <Link className="link" href={incidentsHref("PK-KP")}>
                          {r.incidents - folded} in Khyber Pakhtunkhwa
                        </Link>
                        {" + "}
                        <Link className="link" href={incidentsHref("PK-TA")}>
                          {folded} under FATA
                        </Link>
                      </span>
                    ) : (
                      <Link className="link text-[12px]" href={incidentsHref(r.area)}>
                        {r.incidents} cited incident{r.incidents === 1 ? "" : "s"}
                      </Link>
                    ),
                }))}
                level={level}
                caption={`${level === "district" ? "Districts" : "Provinces"} ranked by ${what} in the incident log, ${periodLabel}.`}
                valueHeader="Count"
                extraHeaders={["Killed", "Injured"]}
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
