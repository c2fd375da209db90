import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { OverviewFilters } from "~/features/dashboard/overview-filters";
import { incidentFilterOf, parseOverviewParams, trendFilterOf } from "~/features/dashboard/overview-params";
import { OverviewView } from "~/features/dashboard/overview-view";
import { ExportBriefingButton } from "~/features/export/briefing/export-briefing-button";
import { explainIgnored } from "~/features/filters/ignored-filters";
import { buildMapShapes } from "~/features/maps/build-map-shapes";
import type { SearchParams } from "~/lib/search-params";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Overview" };

/** The overview's default map metric: the figure the reports most often break down by province. */
const DEFAULT_METRIC = "terror_attacks" as const;

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const { filter, ignored } = parseOverviewParams(sp);
  const metric = filter.metric ?? DEFAULT_METRIC;
  const country = filter.province?.startsWith("AF") ? "AF" : "PK";
  prefetch(trpc.dashboard.periods.queryOptions());
  prefetch(trpc.groups.list.queryOptions({}));
  prefetch(trpc.sources.list.queryOptions({}));
  prefetch(trpc.dataset.coverage.queryOptions());
  prefetch(trpc.dashboard.headlines.queryOptions({ ...filter, country }));
  prefetch(trpc.statistics.mapLayer.queryOptions({ metric, level: "province" }));
  prefetch(trpc.statistics.compare.queryOptions({ includeSingles: false }));
  prefetch(trpc.dashboard.surges.queryOptions({ granularity: "year" }));
  prefetch(trpc.dashboard.views.queryOptions());
  prefetch(trpc.recommendations.scoreboard.queryOptions({}));
  prefetch(trpc.incidents.list.queryOptions({ ...incidentFilterOf(filter), limit: 6, offset: 0 }));
  for (const measure of ["incidents", "killed"] as const) {
    prefetch(trpc.incidents.series.queryOptions({ filter: trendFilterOf(filter), granularity: "year", measure }));
  }
  const shapes = buildMapShapes("pk-provinces", { width: 560, height: 460 });
  return (
    <>
      <PageHeader
        title="Overview"
        description="How much violence, where, when, by whom, and says who: headline figures with their sources and change, the map, the trend, surges, latest incidents and whether recommendations are acted on."
        actions={
          <>
            {filter.province ? (
              <ExportBriefingButton
                view="province"
                params={{ province: filter.province, from: filter.from, to: filter.to }}
                label="Province briefing (PDF)"
              />
            ) : null}
            <ExportBriefingButton view="overview" />
          </>
        }
      />
      <HydrateClient>
        <div className="space-y-5">
          <OverviewFilters filter={filter} ignored={explainIgnored(ignored, sp)} />
          <OverviewView filter={filter} metric={metric} shapes={shapes} />
        </div>
      </HydrateClient>
    </>
  );
}
