import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { prefetchTrackerNames } from "~/features/recommendations/prefetch-tracker-names";
import { StatusBoard } from "~/features/recommendations/status-board";
import { filterQuery, readTrackerParams } from "~/features/recommendations/tracker-params";
import { TrackerTabs } from "~/features/recommendations/tracker-tabs";
import type { SearchParams } from "~/lib/search-params";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Board by status · Recommendations" };

export default async function RecommendationBoardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  // Every status is a column, so a status in the link (from the table's tabs) is left out.
  const { filter, problems } = readTrackerParams(sp, { omit: ["status"] });
  prefetch(trpc.recommendations.board.queryOptions(filter));
  prefetchTrackerNames();
  return (
    <>
      <PageHeader
        title="Recommendations"
        description="The board by status: where each recommendation stands in our analysts’ national assessment. A status changes only through a dated update with its evidence."
      />
      <TrackerTabs current="board" query={filterQuery(filter)} />
      <HydrateClient>
        <StatusBoard filter={filter} ignored={problems} />
      </HydrateClient>
    </>
  );
}
