import { ChangesSinceInput, RECORD_TYPES } from "@monitor/domain";
import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { explainIgnored, readOffset } from "~/features/filters/ignored-filters";
import { ChangesSince } from "~/features/history/changes-since";
import { daysBefore } from "~/features/history/history-format";
import { parseFilters, type SearchParams } from "~/lib/search-params";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "What changed" };

const PAGE_SIZE = 50;
/** The first page opens on the last seven days. */
const DEFAULT_DAYS = 7;

/** What changed in the dataset since a date (00:00 UTC), for every signed-in user. The date, type and page live in the URL. */
export default async function ChangesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const today = new Date().toISOString().slice(0, 10);
  const fallback = daysBefore(today, DEFAULT_DAYS);
  const { filter: parsed, ignored } = parseFilters(ChangesSinceInput.partial(), sp, ["since", "type"]);
  const { offset, problem } = readOffset(sp, PAGE_SIZE);
  const since = parsed.since ?? fallback;
  const type = parsed.type;
  const input = { since, type, limit: PAGE_SIZE, offset };
  prefetch(trpc.records.changesSince.queryOptions(input));
  for (const t of RECORD_TYPES) prefetch(trpc.records.changesSince.queryOptions({ since, type: t, limit: 1, offset: 0 }));
  return (
    <>
      <PageHeader
        title="What changed"
        description="Every change to the data since a date: records created, edited, imported, merged, deleted and restored, with who made them. Use it to see what is new since your last export."
      />
      <HydrateClient>
        <ChangesSince
          since={since}
          type={type}
          input={input}
          defaultSince={fallback}
          ignored={explainIgnored(problem ? [...ignored, problem] : ignored, sp)}
        />
      </HydrateClient>
    </>
  );
}
