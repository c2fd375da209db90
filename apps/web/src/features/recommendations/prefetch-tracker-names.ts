import "server-only";
import { prefetch, trpc } from "~/trpc/server";

/** Prefetches what `useTrackerNames` reads (sources, owners, families), which every tracker view's filters name. */
export function prefetchTrackerNames() {
  prefetch(trpc.sources.list.queryOptions({}));
  prefetch(trpc.recommendations.owners.queryOptions());
  prefetch(trpc.recommendations.families.queryOptions());
}
