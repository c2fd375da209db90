import { Skeleton } from "~/components/ui/skeleton";

export default function Loading() {
  return (
    <div aria-busy="true" className="space-y-6">
      <span className="sr-only">Loading the map…</span>
      <Skeleton className="h-7 w-56" />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_360px]">
        <Skeleton className="aspect-[4/3] w-full" />
        <Skeleton className="h-96 w-full" />
      </div>
    </div>
  );
}
