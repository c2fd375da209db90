"use client";

/** The create and edit pages of any record type: header, the deleted state, Delete, and the type's form. */
import { formatDate, RECORD_TYPE_LABELS, type RecordOf, type RecordType, recordHref, recordLabel } from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { ArchiveX, ArrowLeft } from "lucide-react";
import Link from "next/link";
import { buttonVariants } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { useTRPC } from "~/trpc/react";
import { DeleteRecordButton } from "./delete-record-button";
import { RecordForm } from "./registry";

const Back = () => (
  <span>
    <Link href="/admin" className="hover:text-foreground hover:underline">
      Data administration
    </Link>{" "}
    / Records
  </span>
);

export function NewRecordPage({ type }: { type: RecordType }) {
  const what = RECORD_TYPE_LABELS[type].toLowerCase();
  return (
    <>
      <PageHeader
        eyebrow={<Back />}
        title={`New ${what}`}
        description={`Fields not marked optional must be filled${type === "source" ? "" : ", and every record needs at least one citation"}. Nothing is saved until you press Save.`}
      />
      <div className="max-w-4xl">
        <RecordForm type={type} mode="create" initial={null} version={null} />
      </div>
    </>
  );
}

export function EditRecordPage({ type, recordKey }: { type: RecordType; recordKey: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.records.get.queryOptions({ type, key: recordKey }));
  const what = RECORD_TYPE_LABELS[type].toLowerCase();

  if (!data.record || data.version === null) {
    const d = data.deleted;
    return (
      <>
        <PageHeader eyebrow={<Back />} title={`Edit ${what}`} />
        <EmptyState
          icon={ArchiveX}
          title={d ? `“${d.label}” was deleted` : `This ${what} is not in the database`}
          description={
            d
              ? `Deleted by ${d.deletedBy} on ${formatDate(String(d.deletedAt).slice(0, 10))}${d.reason ? ` (“${d.reason}”)` : ""}. Restore it from the trash to edit it again.`
              : "Check the address."
          }
          action={
            <Link href="/admin/trash" className={buttonVariants({ variant: "secondary" })}>
              Open the trash
            </Link>
          }
        />
      </>
    );
  }

  const record = data.record as RecordOf[typeof type];
  const label = recordLabel(type, record);
  const href = recordHref(type, recordKey);
  return (
    <>
      <PageHeader
        eyebrow={<Back />}
        title={`Edit ${what}`}
        description={
          <>
            <span className="font-medium text-foreground">{label}</span> · version {data.version}
          </>
        }
        actions={
          <>
            {href ? (
              <Link href={href} className="inline-flex items-center gap-1 text-[13px] font-medium text-accent-text hover:underline">
                <ArrowLeft aria-hidden="true" className="size-3.5" strokeWidth={2} />
                Back to the {what}
              </Link>
            ) : null}
            <DeleteRecordButton type={type} recordKey={recordKey} label={label} version={data.version} />
          </>
        }
      />
      <div className="max-w-4xl">
        <RecordForm type={type} mode="edit" initial={record} version={data.version} />
      </div>
    </>
  );
}
