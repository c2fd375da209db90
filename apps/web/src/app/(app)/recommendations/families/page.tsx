import { hasRole } from "@monitor/domain";
import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { FamiliesView } from "~/features/recommendations/families-view";
import { TrackerTabs } from "~/features/recommendations/tracker-tabs";
import type { SearchParams } from "~/lib/search-params";
import { getSession } from "~/server/auth";
import { ensure, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Repeats · Recommendations" };

/** How many likely repeats an editor sees at once (the most similar pairs first). */
const SUGGESTION_LIMIT = 50;

/** After an editor dissolves a family from its page, its title comes back here to say so. */
function readDissolved(sp: SearchParams): string | null {
  const raw = sp.dissolved;
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value ? value.slice(0, 300) : null;
}

export default async function RecommendationFamiliesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const session = await getSession();
  prefetch(trpc.sources.list.queryOptions({}));
  // Suggestions are for editors only; the procedure refuses anyone else, so it is not even asked.
  if (session && hasRole(session.user.role, "editor")) {
    prefetch(trpc.recommendations.duplicateSuggestions.queryOptions({ limit: SUGGESTION_LIMIT }));
  }
  // Each family comes with its summary (how often, by how many sources, since when).
  await ensure(trpc.recommendations.families.queryOptions());
  return (
    <>
      <PageHeader
        title="Recommendations"
        description="How often the same recommendation has been made: report after report asks for the same things. Each family links the originals, each kept and cited."
      />
      <TrackerTabs current="families" />
      <HydrateClient>
        <FamiliesView dissolved={readDissolved(sp)} suggestionLimit={SUGGESTION_LIMIT} />
      </HydrateClient>
    </>
  );
}
