import { RecordKey } from "@monitor/domain";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecommendationDetail } from "~/features/recommendations/recommendation-detail";
import { orNotFound } from "~/lib/trpc-errors";
import { ensure, HydrateClient, prefetch, serverCaller, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";

/**
 * Recommendation keys contain "/" ("crss-2025/rec/3-…"), so links encode them as one path segment.
 * Whether the segment arrives still encoded depends on how it was requested; decoding is safe either
 * way because valid keys never contain "%".
 */
function readKey(raw: string): string | null {
  let key = raw;
  try {
    key = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return RecordKey.safeParse(key).success ? key : null;
}

export async function generateMetadata({ params }: { params: Promise<{ key: string }> }): Promise<Metadata> {
  const key = readKey((await params).key);
  if (!key) return { title: "Recommendation not found" };
  const rec = await (await serverCaller()).recommendations.get({ key }).catch(() => null);
  return { title: rec ? rec.title : "Recommendation" };
}

export default async function RecommendationPage({ params }: { params: Promise<{ key: string }> }) {
  const key = readKey((await params).key);
  if (!key) notFound();
  prefetch(trpc.sources.list.queryOptions({}));
  prefetch(trpc.recommendations.indicator.queryOptions({ key }));
  const rec = await orNotFound(ensure(trpc.recommendations.get.queryOptions({ key })));
  if (rec.family) prefetch(trpc.recommendations.family.queryOptions({ key: rec.family.key }));
  return (
    <HydrateClient>
      <RecommendationDetail recKey={key} />
    </HydrateClient>
  );
}
