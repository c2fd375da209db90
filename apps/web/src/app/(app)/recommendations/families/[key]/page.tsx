import { RecordKey } from "@monitor/domain";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FamilyDetail } from "~/features/recommendations/family-detail";
import { orNotFound } from "~/lib/trpc-errors";
import { ensure, HydrateClient, prefetch, serverCaller, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";

/**
 * Family keys contain "/" ("family/counter-narratives"), so links encode them as one path segment.
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
  if (!key) return { title: "Recommendation family not found" };
  const family = await (await serverCaller()).recommendations.family({ key }).catch(() => null);
  return { title: family ? `${family.title} · Repeats` : "Recommendation family" };
}

export default async function RecommendationFamilyPage({ params }: { params: Promise<{ key: string }> }) {
  const key = readKey((await params).key);
  if (!key) notFound();
  prefetch(trpc.sources.list.queryOptions({}));
  await orNotFound(ensure(trpc.recommendations.family.queryOptions({ key })));
  return (
    <HydrateClient>
      <FamilyDetail familyKey={key} />
    </HydrateClient>
  );
}
