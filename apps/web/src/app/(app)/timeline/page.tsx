import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { TIMELINE_PARAM_KEYS, TimelineParams, toEventFilter } from "~/features/events/timeline-params";
import { TimelineView } from "~/features/events/timeline-view";
import { explainIgnored } from "~/features/filters/ignored-filters";
import { parseFilters, type SearchParams } from "~/lib/search-params";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Timeline" };

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const { filter: params, ignored } = parseFilters(TimelineParams, sp, TIMELINE_PARAM_KEYS);
  prefetch(trpc.events.list.queryOptions(toEventFilter(params)));
  return (
    <>
      <PageHeader
        title="Timeline"
        description="The events analysts date things by (the fall of Kabul, the Doha Agreement, the end of the TTP ceasefire, military operations, laws and leadership changes) in the order they happened, each with the source that records it."
      />
      <HydrateClient>
        <TimelineView params={params} ignored={explainIgnored(ignored, sp)} />
      </HydrateClient>
    </>
  );
}
