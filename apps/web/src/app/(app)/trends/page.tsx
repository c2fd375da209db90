import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { explainIgnored } from "~/features/filters/ignored-filters";
import { incidentFilterOf, publishedInput, TREND_PARAM_KEYS, TrendParams } from "~/features/trends/trend-params";
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
  const published = publishedInput(params);
  const filter = incidentFilterOf(params);
  prefetch(trpc.statistics.series.queryOptions(published));
  prefetch(trpc.statistics.compare.queryOptions({ ...published, includeSingles: true }));
  prefetch(trpc.statistics.metrics.queryOptions({}));
  prefetch(trpc.events.list.queryOptions({ markers: true }));
  prefetch(trpc.groups.list.queryOptions({}));
  prefetch(trpc.sources.list.queryOptions({}));
  if (params.breakdown) {
    prefetch(
      trpc.incidents.breakdown.queryOptions({
        filter,
        dimension: params.breakdown,
        granularity: params.granularity,
        measure: params.measure,
      }),
    );
  } else {
    prefetch(trpc.incidents.series.queryOptions({ filter, granularity: params.granularity, measure: params.measure }));
  }
  return (
    <>
      <PageHeader
        title="Trends"
        description="How the violence moves over time: published figures by year, one line per source (never blended), and counts from the incident log, per year or month and broken down by place, group, target or type, kept apart. Events analysts date things by are marked on every chart."
      />
      <HydrateClient>
        <TrendsView params={params} ignored={ignored} />
      </HydrateClient>
    </>
  );
}
