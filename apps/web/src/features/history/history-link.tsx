import type { RecordType } from "@monitor/domain";
import { History } from "lucide-react";
import Link from "next/link";
import { buttonVariants } from "~/components/ui/button";
import { historyHref } from "./history-format";

/** "History": the page listing every saved change to a record, for a record page's header. */
export function HistoryLink({ type, recordKey, className }: { type: RecordType; recordKey: string; className?: string }) {
  return (
    <Link href={historyHref(type, recordKey)} className={buttonVariants({ size: "sm", variant: "ghost", className })}>
      <History aria-hidden="true" />
      History
    </Link>
  );
}
