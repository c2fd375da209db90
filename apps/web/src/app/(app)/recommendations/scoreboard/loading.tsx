import { Skeleton } from "~/components/ui/skeleton";
import { TableSkeleton } from "~/components/ui/table-skeleton";

export default function Loading() {
  return (
    <div className="space-y-6">
      <Skeleton className="h-8 w-96 max-w-full" />
      <Skeleton className="h-7 w-64" />
      <Skeleton className="h-14 w-full" />
      <TableSkeleton title="the implementation scoreboard" rows={12} />
    </div>
  );
}
