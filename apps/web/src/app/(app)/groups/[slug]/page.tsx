import { Slug } from "@monitor/domain";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GroupProfile } from "~/features/groups/group-profile";
import { orNotFound } from "~/lib/trpc-errors";
import { ensure, HydrateClient, serverCaller, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  if (!Slug.safeParse(slug).success) return { title: "Group not found" };
  const group = await (await serverCaller()).groups.get({ slug }).catch(() => null);
  return { title: group ? (group.abbreviation ?? group.name) : "Group" };
}

export default async function GroupPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // A malformed slug cannot name a group: answer 404, not a validation error.
  if (!Slug.safeParse(slug).success) notFound();
  await orNotFound(ensure(trpc.groups.get.queryOptions({ slug })));
  return (
    <HydrateClient>
      <GroupProfile slug={slug} />
    </HydrateClient>
  );
}
