import { StatisticFilter, type StatisticListInput } from "@monitor/domain";
import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { explainIgnored, readOffset } from "~/features/filters/ignored-filters";
import { StatisticsTable } from "~/features/statistics/statistics-table";
import { parseFilters, type SearchParams } from "~/lib/search-params";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Figures" };

const PAGE_SIZE = 50;
const FILTER_KEYS = ["metric", "country", "province", "district", "group", "source", "from", "to", "search"] as const;

export default async function StatisticsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const { filter, ignored } = parseFilters(StatisticFilter, sp, FILTER_KEYS);
  const { offset, problem } = readOffset(sp, PAGE_SIZE);
  const problems = explainIgnored(problem ? [...ignored, problem] : ignored, sp);
  const input: StatisticListInput = { ...filter, limit: PAGE_SIZE, offset };
  prefetch(trpc.statistics.list.queryOptions(input));
  prefetch(trpc.groups.list.queryOptions({}));
  prefetch(trpc.sources.list.queryOptions({}));
  return (
    <>
      <PageHeader
        title="Figures"
        description="Every published figure, exactly as its source states it: what is counted, where, when, with its qualifier and the quote it comes from. Newest period first."
      />
      <HydrateClient>
        <StatisticsTable input={input} filter={filter} ignored={problems} />
      </HydrateClient>
    </>
  );
}
