import { HistorySkeleton } from "~/features/history/record-history";

export default function Loading() {
  return <HistorySkeleton />;
}
