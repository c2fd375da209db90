import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { explainIgnored } from "~/features/filters/ignored-filters";
import { TREND_PARAM_KEYS, TrendParams } from "~/features/trends/trend-params";
import { TrendsView } from "~/features/trends/trends-view";
import { parseFilters, type SearchParams } from "~/lib/search-params";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Trends" };

export default async function TrendsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const parsed = parseFilters(TrendParams, sp, TREND_PARAM_KEYS);
  const params = parsed.filter;
  const ignored = explainIgnored(parsed.ignored, sp);
  const statFilter = { metric: params.metric, province: params.province, group: params.group };
  prefetch(trpc.statistics.series.queryOptions(statFilter));
  prefetch(trpc.statistics.compare.queryOptions({ ...statFilter, includeSingles: false }));
  prefetch(trpc.statistics.metrics.queryOptions({}));
  prefetch(trpc.events.list.queryOptions({ markers: true }));
  prefetch(trpc.groups.list.queryOptions({}));
  prefetch(
    trpc.incidents.series.queryOptions({
      filter: { province: params.province, group: params.group },
      granularity: params.granularity,
      measure: params.measure,
    }),
  );
  return (
    <>
      <PageHeader
        title="Trends"
        description="Published figures by year, one line per source (never blended), annotated with the events analysts date things by; and counts from the incident log, kept apart."
      />
      <HydrateClient>
        <TrendsView params={params} ignored={ignored} />
      </HydrateClient>
    </>
  );
}
