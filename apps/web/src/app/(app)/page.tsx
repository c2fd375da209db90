import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { OverviewView } from "~/features/dashboard/overview-view";
import { buildMapShapes } from "~/features/maps/build-map-shapes";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Overview" };

/** The overview's map and trend metric: the figure the reports most often break down by province. */
const OVERVIEW_METRIC = "terror_attacks" as const;

export default function OverviewPage() {
  prefetch(trpc.dataset.coverage.queryOptions());
  prefetch(trpc.statistics.headlines.queryOptions({ country: "PK" }));
  prefetch(trpc.statistics.mapLayer.queryOptions({ metric: OVERVIEW_METRIC, level: "province" }));
  prefetch(trpc.statistics.compare.queryOptions({ includeSingles: false }));
  prefetch(trpc.incidents.list.queryOptions({ limit: 6, offset: 0 }));
  prefetch(trpc.recommendations.scoreboard.queryOptions({}));
  const shapes = buildMapShapes("pk-provinces", { width: 560, height: 460 });
  return (
    <>
      <PageHeader
        title="Overview"
        description="Militancy in Pakistan and Afghanistan: headline figures with their sources, where violence happens, where sources disagree, and whether recommendations are acted on."
      />
      <HydrateClient>
        <OverviewView metric={OVERVIEW_METRIC} shapes={shapes} />
      </HydrateClient>
    </>
  );
}
