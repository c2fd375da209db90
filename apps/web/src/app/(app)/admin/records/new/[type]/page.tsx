import { hasRole, RECORD_TYPE_LABELS, RecordType } from "@monitor/domain";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Forbidden } from "~/features/auth/forbidden";
import { NewRecordPage } from "~/features/entry/record-entry-page";
import { getSession } from "~/server/auth";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ type: string }> }): Promise<Metadata> {
  const type = RecordType.safeParse((await params).type);
  return { title: type.success ? `New ${RECORD_TYPE_LABELS[type.data].toLowerCase()}` : "Record type not found" };
}

/** A new record of one type (incident, statistic, event, source, group, relationship, recommendation). Editors only. */
export default async function NewRecordRoute({ params }: { params: Promise<{ type: string }> }) {
  const session = await getSession();
  if (!session || !hasRole(session.user.role, "editor")) return <Forbidden needs="editor" has={session?.user.role ?? "viewer"} />;
  const type = RecordType.safeParse((await params).type);
  if (!type.success) notFound();
  // The pickers' lists, so the form opens complete.
  prefetch(trpc.sources.list.queryOptions({}));
  prefetch(trpc.groups.list.queryOptions({}));
  return (
    <HydrateClient>
      <NewRecordPage type={type.data} />
    </HydrateClient>
  );
}
