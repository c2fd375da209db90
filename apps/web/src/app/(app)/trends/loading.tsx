import { Skeleton } from "~/components/ui/skeleton";

/** The page's shape while its figures load: title, filter bar, the two chart cards with their tables. */
export default function Loading() {
  return (
    <div aria-busy="true" className="space-y-6">
      <span className="sr-only">Loading trends…</span>
      <div className="space-y-2 border-b border-border pb-5">
        <Skeleton className="h-7 w-40" />
        <Skeleton className="h-4 w-full max-w-2xl" />
      </div>
      <div className="flex flex-wrap gap-3">
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} className="h-12 w-40" />
        ))}
      </div>
      <Skeleton className="h-12 w-full" />
      {[0, 1].map((card) => (
        <div key={card} className="space-y-3 rounded-lg border border-border p-4">
          <Skeleton className="h-5 w-72" />
          <Skeleton className="h-64 w-full" />
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      ))}
    </div>
  );
}
