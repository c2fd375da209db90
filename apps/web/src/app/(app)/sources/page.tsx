import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { SourcesTable } from "~/features/sources/sources-table";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sources" };

export default function SourcesPage() {
  prefetch(trpc.sources.list.queryOptions({}));
  return (
    <>
      <PageHeader
        title="Sources"
        description="Every figure, profile claim and recommendation in Militancy Monitor cites one of these documents with an exact quote."
      />
      <HydrateClient>
        <SourcesTable />
      </HydrateClient>
    </>
  );
}
