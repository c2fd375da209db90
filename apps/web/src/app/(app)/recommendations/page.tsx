import { appToday } from "@monitor/api";
import type { RecommendationListInput } from "@monitor/domain";
import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { serverEnv } from "~/env";
import { prefetchTrackerNames } from "~/features/recommendations/prefetch-tracker-names";
import { RecommendationsList } from "~/features/recommendations/recommendations-list";
import { effectiveSort, filterQuery, readTrackerParams } from "~/features/recommendations/tracker-params";
import { TrackerTabs } from "~/features/recommendations/tracker-tabs";
import type { SearchParams } from "~/lib/search-params";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Recommendations" };

const PAGE_SIZE = 50;

export default async function RecommendationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const { filter, order, offset, problems } = readTrackerParams(sp, { pageSize: PAGE_SIZE });
  const input: RecommendationListInput = { ...filter, ...effectiveSort(order), limit: PAGE_SIZE, offset };
  // What "overdue" and "status as of" mean on this page: the server's day, as the API counts it.
  const today = appToday(new Date(), serverEnv.APP_TIME_ZONE);
  // The scoreboard counts every status under the other filters, so choosing a status never empties it.
  const { status: _status, ...boardFilter } = filter;
  prefetch(trpc.recommendations.list.queryOptions(input));
  prefetch(trpc.recommendations.scoreboard.queryOptions(boardFilter));
  prefetchTrackerNames();
  return (
    <>
      <PageHeader
        title="Recommendations"
        description="Policy recommendations made in the source documents, each quoted exactly: to whom, how often, who follows each up, and how far each has been acted on."
      />
      <TrackerTabs current="table" query={filterQuery(filter)} />
      <HydrateClient>
        <RecommendationsList input={input} filter={filter} order={order} ignored={problems} today={today} />
      </HydrateClient>
    </>
  );
}
