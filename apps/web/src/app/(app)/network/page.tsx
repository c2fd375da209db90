import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { explainIgnored } from "~/features/filters/ignored-filters";
import { NETWORK_PARAM_KEYS, NetworkParams } from "~/features/network/network-params";
import { NetworkView } from "~/features/network/network-view";
import { parseFilters, type SearchParams } from "~/lib/search-params";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Relationship network" };

export default async function NetworkPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const { filter: params, ignored } = parseFilters(NetworkParams, sp, NETWORK_PARAM_KEYS);
  prefetch(trpc.groups.list.queryOptions({}));
  prefetch(trpc.groups.relationships.queryOptions({}));
  return (
    <>
      <PageHeader
        title="Relationship network"
        description="Who was allied with whom, who split from whom, who sheltered whom: the ties between groups as the sources describe them, at any year. Every line opens its description and the exact words of its sources."
      />
      <HydrateClient>
        <NetworkView params={params} ignored={explainIgnored(ignored, sp)} currentYear={new Date().getUTCFullYear()} />
      </HydrateClient>
    </>
  );
}
