import { UserListInput } from "@monitor/domain";
import type { Metadata } from "next";
import { UsersAdmin } from "~/features/admin/users-admin";
import { Forbidden } from "~/features/auth/forbidden";
import { explainIgnored } from "~/features/filters/ignored-filters";
import { parseFilters, type SearchParams } from "~/lib/search-params";
import { getSession } from "~/server/auth";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

const FILTER_KEYS = ["q", "role", "status"] as const;

/** User management (admins only): the filters live in the URL, so a filtered list can be shared. */
export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const session = await getSession();
  if (session?.user.role !== "admin") return <Forbidden needs="admin" has={session?.user.role ?? "viewer"} />;
  const sp = await searchParams;
  const { filter, ignored } = parseFilters(UserListInput, sp, FILTER_KEYS);
  prefetch(trpc.users.list.queryOptions(filter));
  return (
    <HydrateClient>
      <UsersAdmin filter={filter} ignored={explainIgnored(ignored, sp)} />
    </HydrateClient>
  );
}
