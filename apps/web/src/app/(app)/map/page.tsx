import { type GroupSummary, getAdminUnit } from "@monitor/domain";
import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { ExportBriefingButton } from "~/features/export/briefing/export-briefing-button";
import { explainIgnored } from "~/features/filters/ignored-filters";
import { buildMapShapes } from "~/features/maps/build-map-shapes";
import { MapExplorer } from "~/features/maps/map-explorer";
import { MAP_PARAM_KEYS, MapParams, resolveBoundary, resolveMapView } from "~/features/maps/map-params";
import {
  byAreaInputs,
  defaultGroup,
  districtIncidentsInput,
  districtStatsInput,
  incidentYearsInput,
  mapLayerInput,
  metricsInput,
  provinceSeriesInputs,
} from "~/features/maps/map-queries";
import { parseFilters, type SearchParams } from "~/lib/search-params";
import { ensure, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Map" };

export default async function MapPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const parsed = parseFilters(MapParams, sp, MAP_PARAM_KEYS);
  const params = parsed.filter;
  const ignored = explainIgnored(parsed.ignored, sp);
  const view = resolveMapView(params);

  // Pre-2018 boundaries follow the period shown: the published figures' period, or the incident layer's end date.
  let boundary = resolveBoundary(params.boundary, params.to);
  let group: string | undefined;
  // Surge markers on Pakistan's province map (the incident log's rule; see features/dashboard/surge-markers).
  if (params.country === "PK" && view.level === "province") prefetch(trpc.dashboard.surges.queryOptions({ granularity: "year" }));
  if (view.layer === "published") {
    const layer = await ensure(trpc.statistics.mapLayer.queryOptions(mapLayerInput(params, view)));
    boundary = resolveBoundary(params.boundary, layer.selected?.end);
    prefetch(trpc.statistics.metrics.queryOptions({}));
    prefetch(trpc.statistics.metrics.queryOptions(metricsInput(params, view)));
    if (view.district) prefetch(trpc.statistics.list.queryOptions(districtStatsInput(view.district)));
  } else if (view.layer === "incidents") {
    for (const input of byAreaInputs(params, view)) prefetch(trpc.incidents.byArea.queryOptions(input));
    prefetch(trpc.incidents.series.queryOptions(incidentYearsInput(params)));
    if (view.district) prefetch(trpc.incidents.list.queryOptions(districtIncidentsInput(params, view.district)));
  } else {
    const groups: GroupSummary[] = await ensure(trpc.groups.list.queryOptions({}));
    group = params.group && groups.some((g) => g.slug === params.group) ? params.group : defaultGroup(groups, params.country);
    if (group) prefetch(trpc.groups.get.queryOptions({ slug: group }));
  }
  if (view.province && view.layer !== "groups") {
    const series = provinceSeriesInputs(params, view.province);
    prefetch(trpc.statistics.series.queryOptions(series.published));
    for (const input of series.incidents) prefetch(trpc.incidents.series.queryOptions(input));
  }

  const shapes =
    params.country === "AF"
      ? buildMapShapes("af-provinces")
      : view.level === "district"
        ? buildMapShapes("pk-districts", { filterParent: view.province })
        : buildMapShapes(boundary === "pre2018" ? "pk-provinces-pre2018" : "pk-provinces");

  const provinceName = view.province ? (getAdminUnit(view.province)?.name ?? view.province) : undefined;
  const title = provinceName
    ? `${provinceName}: districts`
    : params.country === "AF"
      ? "Afghanistan"
      : view.level === "district"
        ? "Pakistan: all districts"
        : "Pakistan";

  return (
    <>
      <PageHeader
        title={title}
        description="Published figures (one period at a time, never blended across sources), counts from the incident log, or where a group operates. Hover or focus an area for its value, source and quote; click a province to see its districts, and a district for its figures."
        actions={
          view.province ? (
            <ExportBriefingButton
              view="province"
              params={{ province: view.province, from: params.from, to: params.to }}
              label="Province briefing (PDF)"
            />
          ) : undefined
        }
      />
      <HydrateClient>
        <MapExplorer params={params} view={view} boundary={boundary} shapes={shapes} group={group} ignored={ignored} />
      </HydrateClient>
    </>
  );
}
