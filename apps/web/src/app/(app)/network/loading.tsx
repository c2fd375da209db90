import { Skeleton } from "~/components/ui/skeleton";

export default function Loading() {
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <span className="sr-only">Loading the relationship network</span>
      <Skeleton className="h-7 w-64" />
      <Skeleton className="h-4 w-[36rem] max-w-full" />
      <Skeleton className="h-10 w-[42rem] max-w-full" />
      <Skeleton className="h-[560px] w-full" />
    </div>
  );
}
