"use client";

import { formatDate, formatFigure, formatPeriod, getAdminUnit, INCIDENT_TYPE_LABELS, METRIC_LABELS } from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { MapPinned, X } from "lucide-react";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { SourceBadges } from "~/features/citations/source-badges";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";
import { figureWithQualifier } from "./layer-values";
import type { MapParams } from "./map-params";
import { districtIncidentsInput, districtStatsInput } from "./map-queries";

function PanelHeader({ district, clearHref, description }: { district: string; clearHref: string; description: string }) {
  const unit = getAdminUnit(district);
  const province = unit?.parent ? getAdminUnit(unit.parent)?.name : undefined;
  return (
    <CardHeader>
      <div className="flex items-start justify-between gap-3">
        <div>
          <CardTitle>
            <span id="district-panel-title">
              {unit?.name ?? district}
              {province ? <span className="font-normal text-muted-foreground"> · {province}</span> : null}
            </span>
          </CardTitle>
          <CardDescription>{description}</CardDescription>
        </div>
        <Link
          href={clearHref}
          scroll={false}
          className="inline-flex items-center gap-1 rounded-md px-1.5 py-1 text-[12px] text-muted-foreground hover:bg-surface-2 hover:text-foreground"
        >
          <X aria-hidden="true" className="size-3.5" />
          Close<span className="sr-only"> {unit?.name ?? district}</span>
        </Link>
      </div>
    </CardHeader>
  );
}

/** A district's published figures (every metric), each with its period, qualifier and source; the map's metric first. */
export function DistrictFigures({ params, district, clearHref }: { params: MapParams; district: string; clearHref: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.statistics.list.queryOptions(districtStatsInput(district)));
  const name = getAdminUnit(district)?.name ?? district;
  const items = [...data.items].sort(
    (a, b) =>
      Number(b.metric === params.metric) - Number(a.metric === params.metric) ||
      b.periodEnd.localeCompare(a.periodEnd) ||
      a.metric.localeCompare(b.metric),
  );
  return (
    <Card aria-labelledby="district-panel-title" data-testid="district-panel">
      <PanelHeader
        district={district}
        clearHref={clearHref}
        description="Every published figure for this district, with its source and quote."
      />
      <CardContent>
        {items.length === 0 ? (
          <EmptyState
            icon={MapPinned}
            title={`No published figures for ${name}`}
            description="No source in the dataset publishes a figure for this district. The incident-log layer may have incidents here."
          />
        ) : (
          <Table className="[&_td]:px-2 [&_th]:px-2">
            <THead>
              <Tr>
                <Th>What</Th>
                <Th>Period</Th>
                <Th numeric>Figure</Th>
                <Th>Source</Th>
              </Tr>
            </THead>
            <TBody>
              {items.map((s) => (
                <Tr key={s.key} className={s.metric === params.metric ? "bg-accent-soft/40" : undefined}>
                  <Td>
                    {METRIC_LABELS[s.metric]}
                    {s.groupName ? <span className="text-muted-foreground"> ({s.groupName})</span> : null}
                  </Td>
                  <Td className="whitespace-nowrap">{formatPeriod(s.periodStart, s.periodEnd)}</Td>
                  <Td numeric>
                    <span title={figureWithQualifier(s)}>{formatFigure(s.value, s.qualifier, s.unit)}</span>
                  </Td>
                  <Td>
                    <SourceBadges citations={s.citations} subject={`${METRIC_LABELS[s.metric]}, ${name}`} badgeClassName="max-w-[9rem]" />
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
        {data.total > data.items.length ? (
          <p className="mt-2 text-[12px] text-muted-foreground">
            Showing {data.items.length} of {data.total}.{" "}
            <Link className="link" href={hrefWith("/statistics", { district })}>
              See them all
            </Link>
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}

/** A district's incidents in the log under the map's filters, each with its citations. */
export function DistrictIncidents({ params, district, clearHref }: { params: MapParams; district: string; clearHref: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.incidents.list.queryOptions(districtIncidentsInput(params, district)));
  const name = getAdminUnit(district)?.name ?? district;
  return (
    <Card aria-labelledby="district-panel-title" data-testid="district-panel">
      <PanelHeader
        district={district}
        clearHref={clearHref}
        description={`${data.total} incident${data.total === 1 ? "" : "s"} in the log${params.type ? ` (${INCIDENT_TYPE_LABELS[params.type].toLowerCase()})` : ""}, each with its sources.`}
      />
      <CardContent>
        {data.items.length === 0 ? (
          <EmptyState
            icon={MapPinned}
            title={`No incidents in the log for ${name}`}
            description="None matches these filters. Clear the incident type or the dates to see more."
          />
        ) : (
          <Table className="[&_td]:px-2 [&_th]:px-2">
            <THead>
              <Tr>
                <Th>Date</Th>
                <Th>Incident</Th>
                <Th numeric>Killed</Th>
                <Th>Source</Th>
              </Tr>
            </THead>
            <TBody>
              {data.items.map((i) => (
                <Tr key={i.key}>
                  <Td className="whitespace-nowrap">{formatDate(i.date, i.datePrecision)}</Td>
                  <Td>
                    <Link className="hover:underline" href={`/incidents/${encodeURIComponent(i.key)}`}>
                      {i.title}
                    </Link>
                  </Td>
                  <Td numeric>{i.killed ?? "–"}</Td>
                  <Td>
                    <SourceBadges citations={i.citations} subject={i.title} badgeClassName="max-w-[9rem]" />
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
