import { RECORD_TYPE_LABELS, RecordRef } from "@monitor/domain";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { keyFromSegments } from "~/features/history/history-format";
import { RecordHistory } from "~/features/history/record-history";
import { ensure, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";

type Params = Promise<{ type: string; key: string[] }>;

/** The type and key from the URL (keys hold "/", so the key is every segment after the type). */
async function readRef(params: Params) {
  const { type, key } = await params;
  const parsed = RecordRef.safeParse({ type, key: keyFromSegments(key) });
  return parsed.success ? parsed.data : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const ref = await readRef(params);
  return { title: ref ? `History of a ${RECORD_TYPE_LABELS[ref.type].toLowerCase()}` : "History not found" };
}

/** A record's revision history: every change with who, when and a diff. Readable by every signed-in user. */
export default async function HistoryPage({ params }: { params: Params }) {
  const ref = await readRef(params);
  if (!ref) notFound();
  prefetch(trpc.records.history.queryOptions(ref));
  let known = true;
  try {
    await ensure(trpc.records.get.queryOptions(ref));
  } catch (err) {
    if (!(err instanceof TRPCError && err.code === "NOT_FOUND")) throw err;
    // Neither in the database nor in the trash: the history page still stands if changes were logged.
    const history = await ensure(trpc.records.history.queryOptions(ref));
    if (history.entries.length === 0) notFound();
    known = false;
  }
  return (
    <HydrateClient>
      <RecordHistory type={ref.type} recordKey={ref.key} known={known} />
    </HydrateClient>
  );
}
