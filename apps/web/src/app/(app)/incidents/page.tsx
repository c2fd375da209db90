import { IncidentFilter, type IncidentListInput } from "@monitor/domain";
import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { explainIgnored, readOffset } from "~/features/filters/ignored-filters";
import { INCIDENT_FILTER_KEYS, IncidentSortParams } from "~/features/incidents/incident-params";
import { IncidentsTable } from "~/features/incidents/incidents-table";
import { parseFilters, type SearchParams } from "~/lib/search-params";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Incidents" };

const PAGE_SIZE = 25;

export default async function IncidentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const { filter, ignored } = parseFilters(IncidentFilter, sp, INCIDENT_FILTER_KEYS);
  const sorting = parseFilters(IncidentSortParams, sp, ["sort", "dir"]);
  const order = sorting.filter;
  const { offset, problem } = readOffset(sp, PAGE_SIZE);
  const problems = explainIgnored([...ignored, ...sorting.ignored, ...(problem ? [problem] : [])], sp);
  const input: IncidentListInput = { ...filter, ...order, limit: PAGE_SIZE, offset };
  prefetch(trpc.incidents.list.queryOptions(input));
  prefetch(trpc.groups.list.queryOptions({}));
  prefetch(trpc.sources.list.queryOptions({}));
  return (
    <>
      <PageHeader
        title="Incidents"
        description="Attacks and operations recorded one by one: where, what, who was behind them by the sources' account and how sure that is, and how many were killed and injured. Open an incident for its place on the map and every source's words."
      />
      <HydrateClient>
        <IncidentsTable input={input} filter={filter} order={order} ignored={problems} />
      </HydrateClient>
    </>
  );
}
