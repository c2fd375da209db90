import { TableSkeleton } from "~/components/ui/table-skeleton";

export default function Loading() {
  return <TableSkeleton title="Users" rows={6} />;
}
