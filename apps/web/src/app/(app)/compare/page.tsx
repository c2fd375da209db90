import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { COMPARE_PARAM_KEYS, CompareParams } from "~/features/compare/compare-params";
import { CompareView } from "~/features/compare/compare-view";
import { explainIgnored } from "~/features/filters/ignored-filters";
import { parseFilters, type SearchParams } from "~/lib/search-params";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare sources" };

export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const { filter, ignored } = parseFilters(CompareParams, sp, COMPARE_PARAM_KEYS);
  const { singles, ...rest } = filter;
  const input = { ...rest, includeSingles: singles === "1" };
  prefetch(trpc.dashboard.compare.queryOptions(input));
  prefetch(trpc.groups.list.queryOptions({}));
  prefetch(trpc.sources.list.queryOptions({}));
  return (
    <>
      <PageHeader
        title="Compare sources"
        description="For one metric, place and period, every source's figure side by side with what it counts, its qualifier and its exact words; the spread between them; and the house figure editors chose, with their reasons. Figures for periods that differ are listed as such, never forced together."
      />
      <HydrateClient>
        <CompareView params={filter} input={input} ignored={explainIgnored(ignored, sp)} />
      </HydrateClient>
    </>
  );
}
