import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { OverdueList } from "~/features/recommendations/overdue-list";
import { prefetchTrackerNames } from "~/features/recommendations/prefetch-tracker-names";
import { filterQuery, readTrackerParams } from "~/features/recommendations/tracker-params";
import { TrackerTabs } from "~/features/recommendations/tracker-tabs";
import type { SearchParams } from "~/lib/search-params";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reviews due · Recommendations" };

export default async function RecommendationReviewsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  // Every review listed here is overdue: the "overdue" flag of the table's link adds nothing.
  const { filter, problems } = readTrackerParams(sp, { omit: ["overdue"] });
  prefetch(trpc.recommendations.overdue.queryOptions(filter));
  prefetchTrackerNames();
  return (
    <>
      <PageHeader
        title="Recommendations"
        description="Reviews that are overdue: recommendations whose next review date has passed, the longest overdue first, with who owns each."
      />
      <TrackerTabs current="reviews" query={filterQuery(filter)} />
      <HydrateClient>
        <OverdueList filter={filter} ignored={problems} />
      </HydrateClient>
    </>
  );
}
