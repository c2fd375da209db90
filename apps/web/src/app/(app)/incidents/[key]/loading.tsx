import { Skeleton } from "~/components/ui/skeleton";

export default function Loading() {
  return (
    <div aria-busy="true" aria-live="polite" className="space-y-6">
      <span className="sr-only">Loading incident…</span>
      <div className="space-y-2 border-b border-border pb-4">
        <Skeleton className="h-3 w-32" />
        <Skeleton className="h-7 w-[32rem] max-w-full" />
        <Skeleton className="h-4 w-80 max-w-full" />
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_340px]">
        <div className="space-y-3">
          <Skeleton className="h-5 w-48" />
          {Array.from({ length: 7 }, (_, i) => `fact-${i}`).map((k) => (
            <Skeleton key={k} className="h-5 w-full" />
          ))}
          <Skeleton className="h-5 w-40" />
          <Skeleton className="h-20 w-full" />
          <Skeleton className="h-24 w-full" />
        </div>
        <Skeleton className="h-80 w-full" />
      </div>
    </div>
  );
}
