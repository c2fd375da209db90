import { RecommendationFilter, type RecommendationListInput } from "@monitor/domain";
import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { explainIgnored, readOffset } from "~/features/filters/ignored-filters";
import { RecommendationsList } from "~/features/recommendations/recommendations-list";
import { parseFilters, type SearchParams } from "~/lib/search-params";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Recommendations" };

const PAGE_SIZE = 50;
const FILTER_KEYS = ["source", "theme", "status", "targetActor", "search"] as const;

export default async function RecommendationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const { filter, ignored } = parseFilters(RecommendationFilter, sp, FILTER_KEYS);
  const { offset, problem } = readOffset(sp, PAGE_SIZE);
  const problems = explainIgnored(problem ? [...ignored, problem] : ignored, sp);
  const input: RecommendationListInput = { ...filter, limit: PAGE_SIZE, offset, sort: "source", dir: "asc" };
  // The scoreboard counts every status under the other filters, so choosing a status never empties it.
  const { status: _status, ...boardFilter } = filter;
  prefetch(trpc.recommendations.list.queryOptions(input));
  prefetch(trpc.recommendations.scoreboard.queryOptions(boardFilter));
  prefetch(trpc.sources.list.queryOptions({}));
  return (
    <>
      <PageHeader
        title="Recommendations"
        description="Policy recommendations made in the source documents, each quoted exactly, and how far each has been acted on."
      />
      <HydrateClient>
        <RecommendationsList input={input} filter={filter} ignored={problems} />
      </HydrateClient>
    </>
  );
}
