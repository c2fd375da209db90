import { hasRole, TrashListInput } from "@monitor/domain";
import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { Forbidden } from "~/features/auth/forbidden";
import { explainIgnored, readOffset } from "~/features/filters/ignored-filters";
import { TrashList } from "~/features/history/trash-list";
import { parseFilters, type SearchParams } from "~/lib/search-params";
import { getSession } from "~/server/auth";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Trash" };

const PAGE_SIZE = 50;

/** Deleted records, newest first, each with a Restore button. Editors and admins only. */
export default async function TrashPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const session = await getSession();
  if (!session || !hasRole(session.user.role, "editor")) return <Forbidden needs="editor" has={session?.user.role ?? "viewer"} />;
  const sp = await searchParams;
  const { filter, ignored } = parseFilters(TrashListInput, sp, ["type"]);
  const { offset, problem } = readOffset(sp, PAGE_SIZE);
  const input = { type: filter.type, limit: PAGE_SIZE, offset };
  prefetch(trpc.records.trash.queryOptions(input));
  return (
    <>
      <PageHeader
        title="Trash"
        description="Records deleted by editors. A deleted record is shown nowhere else in the app; restoring it puts it back under its key, exactly as it was, with its history."
      />
      <HydrateClient>
        <TrashList input={input} ignored={explainIgnored(problem ? [...ignored, problem] : ignored, sp)} />
      </HydrateClient>
    </>
  );
}
