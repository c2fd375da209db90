import { Slug } from "@monitor/domain";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { activityInputs } from "~/features/groups/activity-inputs";
import { GroupAreasMap } from "~/features/groups/group-areas-map";
import { GroupProfile } from "~/features/groups/group-profile";
import { orNotFound } from "~/lib/trpc-errors";
import { ensure, HydrateClient, prefetch, serverCaller, trpc } from "~/trpc/server";

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
  const inputs = activityInputs(slug);
  prefetch(trpc.incidents.breakdown.queryOptions(inputs.breakdown));
  prefetch(trpc.statistics.list.queryOptions(inputs.figures));
  const group = await orNotFound(ensure(trpc.groups.get.queryOptions({ slug })));
  if (group.roles?.length) prefetch(trpc.sources.list.queryOptions({}));
  // Open-ended tenures and roles run to today; read once here so server and browser draw the same.
  const today = new Date().toISOString().slice(0, 10);
  return (
    <HydrateClient>
      <GroupProfile slug={slug} today={today} areasMap={<GroupAreasMap group={group} />} />
    </HydrateClient>
  );
}
