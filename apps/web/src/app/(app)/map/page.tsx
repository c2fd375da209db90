import { getAdminUnit } from "@monitor/domain";
import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { explainIgnored } from "~/features/filters/ignored-filters";
import { buildMapShapes } from "~/features/maps/build-map-shapes";
import { MapExplorer } from "~/features/maps/map-explorer";
import { MAP_PARAM_KEYS, MapParams, resolveBoundary } from "~/features/maps/map-params";
import { parseFilters, type SearchParams } from "~/lib/search-params";
import { ensure, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Map" };

export default async function MapPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const parsed = parseFilters(MapParams, sp, MAP_PARAM_KEYS);
  const params = parsed.filter;
  const ignored = explainIgnored(parsed.ignored, sp);
  const province =
    params.country === "PK" && params.province && getAdminUnit(params.province)?.level === "province" ? params.province : undefined;
  const level = province ? "district" : "province";

  let boundary: ReturnType<typeof resolveBoundary> = resolveBoundary(params.boundary, params.to);
  if (params.layer === "published") {
    const layer = await ensure(
      trpc.statistics.mapLayer.queryOptions({ metric: params.metric, country: params.country, level, province, period: params.period }),
    );
    boundary = resolveBoundary(params.boundary, layer.selected?.end);
  } else {
    prefetch(
      trpc.incidents.byArea.queryOptions({ filter: { country: params.country, province, from: params.from, to: params.to }, level }),
    );
  }
  prefetch(trpc.statistics.metrics.queryOptions({}));
  if (params.layer === "published") prefetch(trpc.statistics.metrics.queryOptions({ level, country: params.country, province }));

  const shapes =
    params.country === "AF"
      ? buildMapShapes("af-provinces")
      : province
        ? buildMapShapes("pk-districts", { filterParent: province === "PK-TA" ? undefined : province })
        : buildMapShapes(boundary === "pre2018" ? "pk-provinces-pre2018" : "pk-provinces");

  return (
    <>
      <PageHeader
        title={province ? `${getAdminUnit(province)?.name ?? province}: districts` : params.country === "AF" ? "Afghanistan" : "Pakistan"}
        description="Choropleth of published figures (one period at a time, never blended across sources) or of counts from the incident log. Hover or focus an area for its value and source; click a province to see its districts."
      />
      <HydrateClient>
        <MapExplorer params={{ ...params, province }} level={level} boundary={boundary} shapes={shapes} ignored={ignored} />
      </HydrateClient>
    </>
  );
}
