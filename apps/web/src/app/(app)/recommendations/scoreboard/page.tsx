import type { Metadata } from "next";
import { z } from "zod";
import { PageHeader } from "~/components/ui/page-header";
import { ExportBriefingButton } from "~/features/export/briefing/export-briefing-button";
import { explainIgnored } from "~/features/filters/ignored-filters";
import { prefetchTrackerNames } from "~/features/recommendations/prefetch-tracker-names";
import { ScoreboardBy } from "~/features/recommendations/scoreboard-by";
import { filterQuery, readTrackerParams } from "~/features/recommendations/tracker-params";
import { TrackerTabs } from "~/features/recommendations/tracker-tabs";
import { parseFilters, type SearchParams } from "~/lib/search-params";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Implementation scoreboard · Recommendations" };

const ScoreboardParams = z.object({ by: z.enum(["theme", "actor"]).default("theme") });

export default async function RecommendationScoreboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  // The scoreboard counts every status, so a status in the link (from the table's tabs) is left out.
  const { filter, problems } = readTrackerParams(sp, { omit: ["status"] });
  const dimension = parseFilters(ScoreboardParams, sp, ["by"]);
  const by = dimension.filter.by;
  prefetch(trpc.recommendations.scoreboardBy.queryOptions({ filter, dimension: by }));
  prefetchTrackerNames();
  return (
    <>
      <PageHeader
        title="Recommendations"
        description="What has and has not been done, per theme and per actor addressed: the share of recommendations implemented, partially implemented, stalled or not yet assessed."
        actions={<ExportBriefingButton view="recommendations" />}
      />
      <TrackerTabs current="scoreboard" query={filterQuery(filter)} />
      <HydrateClient>
        <ScoreboardBy filter={filter} by={by} ignored={[...problems, ...explainIgnored(dimension.ignored, sp)]} />
      </HydrateClient>
    </>
  );
}
