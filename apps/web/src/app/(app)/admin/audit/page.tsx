import { AuditListInput } from "@monitor/domain";
import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { type AuditFilter, AuditLog } from "~/features/admin/audit-log";
import { Forbidden } from "~/features/auth/forbidden";
import { explainIgnored, readOffset } from "~/features/filters/ignored-filters";
import { parseFilters, type SearchParams } from "~/lib/search-params";
import { getSession } from "~/server/auth";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log" };

const PAGE_SIZE = 50;
const FILTER_KEYS = ["actorId", "entityType", "entityId", "from", "to"] as const;

/** The audit log (admins only). Filters and the page live in the URL. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const session = await getSession();
  if (session?.user.role !== "admin") return <Forbidden needs="admin" has={session?.user.role ?? "viewer"} />;
  const sp = await searchParams;
  const { filter: parsed, ignored } = parseFilters(AuditListInput, sp, FILTER_KEYS);
  const { offset, problem } = readOffset(sp, PAGE_SIZE);
  const filter: AuditFilter = {
    actorId: parsed.actorId,
    entityType: parsed.entityType,
    entityId: parsed.entityId,
    from: parsed.from,
    to: parsed.to,
  };
  const input: AuditListInput = { ...filter, limit: PAGE_SIZE, offset };
  prefetch(trpc.audit.list.queryOptions(input));
  prefetch(trpc.users.list.queryOptions({}));
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change made in the app or on the command line: who made it, when, and the values before and after. The app only ever adds entries; it never edits or deletes them."
      />
      <HydrateClient>
        <AuditLog filter={filter} input={input} ignored={explainIgnored(problem ? [...ignored, problem] : ignored, sp)} />
      </HydrateClient>
    </>
  );
}
