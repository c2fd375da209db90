import { IncidentFilter, type IncidentListInput } from "@monitor/domain";
import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { explainIgnored, readOffset } from "~/features/filters/ignored-filters";
import { IncidentsTable } from "~/features/incidents/incidents-table";
import { parseFilters, type SearchParams } from "~/lib/search-params";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Incidents" };

const PAGE_SIZE = 25;
const FILTER_KEYS = ["country", "province", "district", "group", "type", "target", "from", "to", "search"] as const;

export default async function IncidentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const { filter, ignored } = parseFilters(IncidentFilter, sp, FILTER_KEYS);
  const { offset, problem } = readOffset(sp, PAGE_SIZE);
  const problems = explainIgnored(problem ? [...ignored, problem] : ignored, sp);
  const input: IncidentListInput = { ...filter, limit: PAGE_SIZE, offset };
  prefetch(trpc.incidents.list.queryOptions(input));
  prefetch(trpc.groups.list.queryOptions({}));
  return (
    <>
      <PageHeader
        title="Incidents"
        description="Attacks and operations recorded one by one, newest first: where, what, who was behind them by the sources' account, and how many were killed and injured."
      />
      <HydrateClient>
        <IncidentsTable input={input} filter={filter} ignored={problems} />
      </HydrateClient>
    </>
  );
}
