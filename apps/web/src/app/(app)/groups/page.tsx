import { GroupFilter } from "@monitor/domain";
import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { explainIgnored } from "~/features/filters/ignored-filters";
import { GroupSort } from "~/features/groups/group-sort";
import { GroupsTable } from "~/features/groups/groups-table";
import { parseFilters, type SearchParams } from "~/lib/search-params";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Groups" };

export default async function GroupsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const { filter, ignored } = parseFilters(GroupFilter, sp, ["kind", "area", "active", "search"]);
  const sort = parseFilters(GroupSort, sp, ["sort", "dir"]);
  prefetch(trpc.groups.list.queryOptions(filter));
  // The unfiltered list gives the years the "Active in" filter offers.
  prefetch(trpc.groups.list.queryOptions({}));
  return (
    <>
      <PageHeader
        title="Groups"
        description="Armed groups active in Pakistan and Afghanistan, as the sources describe them. Filter by kind, area and year; open a group for its cited profile: leaders over time, strength estimates, areas, incidents and relationships."
      />
      <HydrateClient>
        <GroupsTable filter={filter} ignored={explainIgnored([...ignored, ...sort.ignored], sp)} sort={sort.filter} />
      </HydrateClient>
    </>
  );
}
