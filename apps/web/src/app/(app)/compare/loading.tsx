import { TableSkeleton } from "~/components/ui/table-skeleton";

export default function Loading() {
  return <TableSkeleton title="the source comparison" rows={8} />;
}
