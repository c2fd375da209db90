import { hasRole, RECORD_TYPE_LABELS, RecordRef, RecordType } from "@monitor/domain";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Forbidden } from "~/features/auth/forbidden";
import { EditRecordPage } from "~/features/entry/record-entry-page";
import { orNotFound } from "~/lib/trpc-errors";
import { getSession } from "~/server/auth";
import { ensure, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";

/**
 * Keys contain "/" (`pips-2022/incident/…`): the route takes every segment and joins them. A key sent
 * as one encoded segment (`pips-2022%2Fincident%2F…`) works too; valid keys never contain "%".
 */
function readRef(rawType: string, segments: string[]): RecordRef | null {
  const type = RecordType.safeParse(rawType);
  if (!type.success) return null;
  let key: string;
  try {
    key = segments.map((s) => decodeURIComponent(s)).join("/");
  } catch {
    return null;
  }
  const ref = RecordRef.safeParse({ type: type.data, key });
  return ref.success ? ref.data : null;
}

export async function generateMetadata({ params }: { params: Promise<{ type: string; key: string[] }> }): Promise<Metadata> {
  const { type, key } = await params;
  const ref = readRef(type, key);
  return { title: ref ? `Edit ${RECORD_TYPE_LABELS[ref.type].toLowerCase()}` : "Record not found" };
}

/** Edit (or delete) one record, against the version loaded here. Editors only. */
export default async function EditRecordRoute({ params }: { params: Promise<{ type: string; key: string[] }> }) {
  const session = await getSession();
  if (!session || !hasRole(session.user.role, "editor")) return <Forbidden needs="editor" has={session?.user.role ?? "viewer"} />;
  const { type, key } = await params;
  const ref = readRef(type, key);
  if (!ref) notFound();
  prefetch(trpc.sources.list.queryOptions({}));
  prefetch(trpc.groups.list.queryOptions({}));
  await orNotFound(ensure(trpc.records.get.queryOptions(ref)));
  return (
    <HydrateClient>
      <EditRecordPage type={ref.type} recordKey={ref.key} />
    </HydrateClient>
  );
}
