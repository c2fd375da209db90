"use client";

import {
  type CitationView,
  countryOf,
  getAdminUnit,
  groupPresence,
  PRESENCE_BASES,
  PRESENCE_LABELS,
  PRESENCE_VALUE,
  type PresenceArea,
  type PresenceBasis,
} from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { Users } from "lucide-react";
import Link from "next/link";
import { useRef } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, TableCaption, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { SourceBadges } from "~/features/citations/source-badges";
import { MAP_ATTRIBUTION, shortQuote, uniqueLines } from "~/features/export/chart/chart-export";
import { ExportMenu } from "~/features/export/chart/export-menu";
import { useTRPC } from "~/trpc/react";
import type { MapShapes } from "./build-map-shapes";
import { ChoroplethMap, type MapTooltipDetail } from "./choropleth-map";
import { type MapParams, type MapView, mapHref } from "./map-params";

const unitName = (id: string) => getAdminUnit(id)?.name ?? id;

/** One row of the areas table: a named area, or the areas one listing covers (a province's districts). */
interface TableRow {
  key: string;
  label: string;
  /** The areas' names when a row stands for several. */
  names?: string;
  basis: PresenceBasis;
  listed: string;
  claims: PresenceArea<CitationView>["claims"];
  subject: string;
}

/**
 * What put an area on the map, beyond its own name: "Khyber Pakhtunkhwa, FATA" for a district within
 * them, "Bajaur" for a province whose district is named; nothing when the area itself is named.
 */
function listedText(a: PresenceArea<CitationView>): string {
  if (a.basis === "named") return "";
  const own = a.listed.filter((id) => id !== a.id && (a.basis !== "country-only" ? getAdminUnit(id)?.level !== "country" : true));
  return own.map((id) => (id === "PK-TA" ? "FATA" : unitName(id))).join(", ");
}

export function GroupLayer({ params, view, shapes, group }: { params: MapParams; view: MapView; shapes: MapShapes; group?: string }) {
  const trpc = useTRPC();
  const { data: groups } = useSuspenseQuery(trpc.groups.list.queryOptions({}));
  if (!group) {
    return (
      <Card>
        <CardContent className="pt-6">
          <EmptyState
            icon={Users}
            title="No group has areas of operation in this country"
            description="The dataset lists no group's areas here. Areas are added to a group's profile with a cited claim."
          />
        </CardContent>
      </Card>
    );
  }
  return <GroupPresenceMap params={params} view={view} shapes={shapes} slug={group} groups={groups} />;
}

function GroupPresenceMap({
  params,
  view,
  shapes,
  slug,
  groups,
}: {
  params: MapParams;
  view: MapView;
  shapes: MapShapes;
  slug: string;
  groups: readonly { slug: string; name: string; abbreviation: string | null; areas: string[] }[];
}) {
  const trpc = useTRPC();
  const mapRef = useRef<HTMLDivElement>(null);
  const { data: g } = useSuspenseQuery(trpc.groups.get.queryOptions({ slug }));
  const country = params.country;
  const presence = groupPresence<CitationView>(g, { country, level: view.level });
  const drawn = new Set(shapes.shapes.map((s) => s.id));
  const areas = Object.values(presence.areas).filter((a) => drawn.has(a.id));
  const groupName = g.abbreviation ? `${g.name} (${g.abbreviation})` : g.name;
  const countryName = country === "AF" ? "Afghanistan" : "Pakistan";
  const where = view.province ? unitName(view.province) : countryName;

  const values: Record<string, number> = {};
  const details: Record<string, MapTooltipDetail[]> = {};
  for (const a of areas) {
    values[a.id] = PRESENCE_VALUE[a.basis];
    const listed = listedText(a) ? ` (listed: ${listedText(a)})` : "";
    details[a.id] =
      a.claims.length > 0
        ? a.claims.flatMap((c) =>
            c.citations.slice(0, 1).map((cit) => ({
              figure: `${PRESENCE_LABELS[a.basis]}${listed}`,
              source: cit.sourceShortTitle,
              locator: cit.locator,
              quote: cit.quote,
            })),
          )
        : [
            {
              figure: `${PRESENCE_LABELS[a.basis]}${listed}`,
              source: "Group profile: no cited claim names this place",
            },
          ];
  }
  const categories = PRESENCE_BASES.filter((b) => areas.some((a) => a.basis === b)).map((b) => ({
    value: PRESENCE_VALUE[b],
    label: PRESENCE_LABELS[b],
  }));
  const otherGroups = groups.filter((x) => x.slug !== slug && x.areas.some((id) => countryOf(id) === country)).slice(0, 6);
  const hrefFor = (id: string) =>
    view.level === "province" && country === "PK" ? mapHref(params, { province: id, group: slug }) : undefined;
  const order = (b: PresenceBasis) => -PRESENCE_VALUE[b];
  // Areas painted only because a whole province, FATA or the country is listed share one row per listing:
  // they have the same listing and the same sources.
  const sortedAreas = [...areas].sort((a, b) => order(a.basis) - order(b.basis) || unitName(a.id).localeCompare(unitName(b.id)));
  const rows: TableRow[] = [];
  const grouped = new Map<string, PresenceArea<CitationView>[]>();
  for (const a of sortedAreas) {
    if (a.basis === "named" || a.basis === "districts-named") {
      rows.push({ key: a.id, label: unitName(a.id), basis: a.basis, listed: listedText(a), claims: a.claims, subject: unitName(a.id) });
      continue;
    }
    const key = `${a.basis}|${listedText(a)}`;
    grouped.set(key, [...(grouped.get(key) ?? []), a]);
  }
  const unitWord = view.level === "district" ? "districts" : "provinces";
  for (const [key, members] of grouped) {
    const [first] = members;
    if (!first) continue;
    const claims = [...new Map(members.flatMap((a) => a.claims).map((c) => [c.key, c])).values()];
    const listed = first.basis === "country-only" ? countryName : listedText(first);
    rows.push({
      key,
      label: members.length === 1 ? unitName(first.id) : `${members.length} ${unitWord}`,
      names: members.length > 1 ? members.map((a) => unitName(a.id)).join(", ") : undefined,
      basis: first.basis,
      listed: first.basis === "country-only" ? "" : listed,
      claims,
      subject: listed,
    });
  }
  const elsewhere = presence.elsewhere.map((id) => (id === "PK-TA" ? "FATA" : unitName(id)));
  const areaClaimCitations = presence.areaClaims.flatMap((c) => c.citations);
  const mapTitle = `Where ${groupName} operates: ${where}`;
  const exportData = {
    title: mapTitle,
    filters: [
      { label: "Group", value: groupName },
      { label: "Country", value: countryName },
      { label: "Province", value: view.province ? unitName(view.province) : "" },
    ].filter((f) => f.value !== ""),
    asOf: "areas of operation as listed in the group's profile today",
    sources: uniqueLines(
      rows.flatMap((r) =>
        r.claims.flatMap((c) =>
          c.citations
            .slice(0, 1)
            .map((cit) => `${r.label}: “${shortQuote(cit.quote)}” (${cit.sourceShortTitle}${cit.locator ? `, ${cit.locator}` : ""})`),
        ),
      ),
    ),
    columns: ["Area", "Areas included", "Listing", "Listed as", "Sources"],
    rows: rows.map((r) => [
      r.label,
      r.names ?? "",
      PRESENCE_LABELS[r.basis],
      r.listed,
      uniqueLines(r.claims.flatMap((c) => c.citations.map((cit) => cit.sourceShortTitle))).join("; "),
    ]),
    attribution: MAP_ATTRIBUTION,
  };

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_500px]">
      <Card>
        <CardHeader>
          <div className="flex items-start justify-between gap-3">
            <CardTitle>{mapTitle}</CardTitle>
            <ExportMenu target={mapRef} data={exportData} />
          </div>
          <CardDescription>
            Areas of operation listed in the group's profile. Each painted area cites the claims that name it; darker is more specific.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <div ref={mapRef}>
            <ChoroplethMap
              shapes={shapes.shapes}
              viewBox={shapes.viewBox}
              lines={shapes.lines}
              inset={shapes.inset}
              values={values}
              valueLabel="listing"
              legendTitle={`Areas of operation: ${g.abbreviation ?? g.name}`}
              categories={categories}
              hrefFor={hrefFor}
              linkHint="Click to see its districts"
              selectedId={view.province}
              caption={shapes.caption}
              tooltipDetails={details}
            />
          </div>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Areas and sources</CardTitle>
          <CardDescription>
            <Link className="link" href={`/groups/${encodeURIComponent(slug)}`}>
              {groupName}: full profile
            </Link>
            {elsewhere.length ? ` · Also listed outside this map: ${elsewhere.join(", ")}.` : ""}
          </CardDescription>
        </CardHeader>
        <CardContent>
          {rows.length === 0 ? (
            <EmptyState
              icon={Users}
              title={`No areas of operation in ${where} for ${g.abbreviation ?? g.name}`}
              description={
                <>
                  {g.areas.length === 0
                    ? "The data model stores a group's areas as a list of places in its profile, and this group's list is empty"
                    : `This group's listed areas are all outside ${where}`}
                  {areaClaimCitations.length ? "; its cited claims about areas are in the badge below" : ""}.
                  {otherGroups.length ? (
                    <>
                      {" "}
                      Groups with areas here:{" "}
                      {otherGroups.map((x, i) => (
                        <span key={x.slug}>
                          {i > 0 ? ", " : ""}
                          <Link className="link" href={mapHref(params, { group: x.slug })}>
                            {x.abbreviation ?? x.name}
                          </Link>
                        </span>
                      ))}
                      .
                    </>
                  ) : null}
                </>
              }
            />
          ) : (
            <Table>
              <TableCaption>
                {groupName}, areas of operation in {where}. Areas no cited claim names are marked; the list comes from the group's profile.
              </TableCaption>
              <THead>
                <Tr>
                  <Th>{view.level === "district" ? "District" : "Province"}</Th>
                  <Th>How it is listed</Th>
                  <Th>Source</Th>
                </Tr>
              </THead>
              <TBody>
                {rows.map((r) => (
                  <Tr key={r.key}>
                    <Td>
                      <span className="font-medium">{r.label}</span>
                      {r.names ? (
                        <span title={r.names} className="mt-0.5 line-clamp-3 text-[11.5px] text-muted-foreground">
                          {r.names}
                        </span>
                      ) : null}
                    </Td>
                    <Td className="text-muted-foreground">
                      {PRESENCE_LABELS[r.basis]}
                      {r.listed ? ` (${r.listed})` : ""}
                    </Td>
                    <Td>
                      {r.claims.length ? (
                        <SourceBadges
                          citations={r.claims.flatMap((c) => c.citations)}
                          subject={`${groupName} in ${r.subject}`}
                          badgeClassName="max-w-[11rem]"
                        />
                      ) : (
                        <span className="text-[12px] text-warning">No cited claim names it</span>
                      )}
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
          {rows.length === 0 && areaClaimCitations.length ? (
            <div className="mt-3">
              <SourceBadges badgeClassName="max-w-[10rem]" citations={areaClaimCitations} subject={`${groupName}: areas of operation`} />
            </div>
          ) : null}
        </CardContent>
      </Card>
    </div>
  );
}
