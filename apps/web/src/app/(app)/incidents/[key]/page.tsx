import { RecordKey } from "@monitor/domain";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IncidentDetail } from "~/features/incidents/incident-detail";
import { listHrefFromBack } from "~/features/incidents/incident-params";
import { LocatorMap } from "~/features/incidents/locator-map";
import { param, type SearchParams } from "~/lib/search-params";
import { orNotFound } from "~/lib/trpc-errors";
import { ensure, HydrateClient, prefetch, serverCaller, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";

/**
 * Incident keys contain "/" ("pips-2022/incident/…"), so links encode them as one path segment.
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
  if (!key) return { title: "Incident not found" };
  const incident = await (await serverCaller()).incidents.get({ key }).catch(() => null);
  return { title: incident ? incident.title : "Incident not found" };
}

export default async function IncidentPage({
  params,
  searchParams,
}: {
  params: Promise<{ key: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const key = readKey((await params).key);
  if (!key) notFound();
  const listHref = listHrefFromBack(param(await searchParams, "back"));
  prefetch(trpc.groups.list.queryOptions({}));
  const incident = await orNotFound(ensure(trpc.incidents.get.queryOptions({ key })));
  return (
    <HydrateClient>
      <IncidentDetail
        incidentKey={key}
        listHref={listHref}
        map={
          <LocatorMap
            place={{ country: incident.country, province: incident.province, district: incident.district }}
            label={`“${incident.title}”`}
            incident={{ title: incident.title, date: incident.date, datePrecision: incident.datePrecision, citations: incident.citations }}
          />
        }
      />
    </HydrateClient>
  );
}
