import type { RecordType } from "@monitor/domain";
import { History, Pencil } from "lucide-react";
import Link from "next/link";
import { buttonVariants } from "~/components/ui/button";
import { RoleGate } from "~/features/auth/session-context";
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

/** "Edit" (editors and admins): the record's form, for a record page's header. */
export function EditRecordLink({ type, recordKey }: { type: RecordType; recordKey: string }) {
  return (
    <RoleGate min="editor">
      <Link
        href={`/admin/records/${type}/${recordKey.split("/").map(encodeURIComponent).join("/")}`}
        className={buttonVariants({ size: "sm", variant: "secondary" })}
      >
        <Pencil aria-hidden="true" />
        Edit
      </Link>
    </RoleGate>
  );
}

/** Compact "History · Edit" text links for a row of a list (Edit for editors and admins only). */
export function RecordRowLinks({ type, recordKey, label }: { type: RecordType; recordKey: string; label: string }) {
  return (
    <span className="inline-flex gap-2 text-[12px]">
      <Link href={historyHref(type, recordKey)} className="text-accent-text hover:underline" aria-label={`History of ${label}`}>
        History
      </Link>
      <RoleGate min="editor">
        <Link
          href={`/admin/records/${type}/${recordKey.split("/").map(encodeURIComponent).join("/")}`}
          className="text-accent-text hover:underline"
          aria-label={`Edit ${label}`}
        >
          Edit
        </Link>
      </RoleGate>
    </span>
  );
}
