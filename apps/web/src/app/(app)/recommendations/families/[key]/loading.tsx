import { Skeleton } from "~/components/ui/skeleton";

export default function Loading() {
  return (
    <div aria-busy="true" aria-live="polite" className="space-y-6">
      <span className="sr-only">Loading recommendation family…</span>
      <div className="space-y-2 border-b border-border pb-4">
        <Skeleton className="h-3 w-48" />
        <Skeleton className="h-7 w-[32rem] max-w-full" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      <Skeleton className="h-6 w-80" />
      <div className="space-y-3">
        {["a", "b", "c", "d"].map((k) => (
          <Skeleton key={k} className="h-36 w-full" />
        ))}
      </div>
    </div>
  );
}
