import { RECOMMENDATION_STATUSES } from "@monitor/domain";
import { Skeleton } from "~/components/ui/skeleton";

export default function Loading() {
  return (
    <div aria-busy="true" aria-live="polite" className="space-y-4">
      <span className="sr-only">Loading the board…</span>
      <Skeleton className="h-8 w-96 max-w-full" />
      <Skeleton className="h-7 w-64" />
      <Skeleton className="h-14 w-full" />
      <div className="flex gap-2.5 overflow-hidden">
        {RECOMMENDATION_STATUSES.map((s) => (
          <div key={s} className="flex w-[15rem] shrink-0 flex-col gap-2 rounded-lg border border-border bg-surface-2/70 p-2">
            <Skeleton className="h-4 w-28" />
            <Skeleton className="h-24 w-full" />
            <Skeleton className="h-24 w-full" />
          </div>
        ))}
      </div>
    </div>
  );
}
