import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { readSearchPageParams, searchPageInputs } from "~/features/search/search-page-params";
import { SearchResultsView } from "~/features/search/search-results";
import type { SearchParams } from "~/lib/search-params";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { q } = readSearchPageParams(await searchParams);
  return { title: q ? `Search: ${q}` : "Search" };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = readSearchPageParams(await searchParams);
  if (params.q) {
    const inputs = searchPageInputs(params);
    prefetch(trpc.search.query.queryOptions(inputs.results));
    if (inputs.totals) prefetch(trpc.search.query.queryOptions(inputs.totals));
  }
  return (
    <>
      <PageHeader
        title="Search"
        description="Groups, incidents, recommendations and sources by name, alias, abbreviation or spelling variant (Tehrik or Tehreek, ISKP or ISIS-K), then by the words of their text, then by near spellings."
      />
      <HydrateClient>
        <SearchResultsView params={params} />
      </HydrateClient>
    </>
  );
}
