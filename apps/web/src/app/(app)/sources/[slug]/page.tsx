import { Slug } from "@monitor/domain";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SourceDetail } from "~/features/sources/source-detail";
import { orNotFound } from "~/lib/trpc-errors";
import { ensure, HydrateClient, serverCaller, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  const data = await (await serverCaller()).sources.get({ slug }).catch(() => null);
  return { title: data?.source.shortTitle ?? "Source" };
}

export default async function SourcePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!Slug.safeParse(slug).success) notFound();
  await orNotFound(ensure(trpc.sources.get.queryOptions({ slug })));
  return (
    <HydrateClient>
      <SourceDetail slug={slug} />
    </HydrateClient>
  );
}
