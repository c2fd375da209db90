"use client";

import {
  type Attribution,
  COUNTRY_IDS,
  formatCount,
  formatDate,
  formatFigure,
  getAdminUnit,
  INCIDENT_TYPE_LABELS,
  INCIDENT_TYPES,
  type IncidentFilter,
  type IncidentListInput,
  type IncidentView,
  listAdminUnits,
  TARGET_LABELS,
  TARGETS,
} from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { ChevronRight, ListChecks } from "lucide-react";
import Link from "next/link";
import { Pagination } from "~/components/ui/pagination";
import { SelectField } from "~/components/ui/select";
import { Table, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { CitationPopover } from "~/features/citations/citation-popover";
import { EnumSelect } from "~/features/filters/enum-select";
import { ListEmptyState } from "~/features/filters/list-empty-state";
import { ProvinceSelect } from "~/features/filters/province-select";
import { DateField, IgnoredFilters, SearchField, UrlFilterForm } from "~/features/filters/url-filter-form";
import { groupColor } from "~/lib/group-colors";
import { hrefWith } from "~/lib/search-params";
import { cn } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";

const FILTER_LABELS: Record<string, string> = {
  country: "Country",
  province: "Province",
  district: "District",
  group: "Group",
  type: "Type",
  target: "Target",
  from: "From",
  to: "To",
  search: "Search",
  offset: "Page",
};

export const ATTRIBUTION_LABELS: Record<Attribution, string> = {
  claimed: "claimed",
  attributed: "attributed",
  suspected: "suspected",
  denied: "denied",
};

const ATTRIBUTION_HELP: Record<Attribution, string> = {
  claimed: "The group claimed responsibility.",
  attributed: "A source attributes the incident to this group; the group did not claim it.",
  suspected: "A source names the group as a suspect; responsibility is not established.",
  denied: "The group denied involvement.",
};

const _PROVINCES = listAdminUnits({ level: "province" });
const COUNTRY_NAMES: Record<string, string> = Object.fromEntries(COUNTRY_IDS.map((c) => [c, getAdminUnit(c)?.name ?? c]));

function unitName(id: string | null | undefined): string | undefined {
  return id ? (getAdminUnit(id)?.name ?? id) : undefined;
}

/** The active filters in words: "in Khyber Pakhtunkhwa, linked to TTP, suicide bombings, from 1 Jan 2023". */
function describeFilter(f: IncidentFilter, groupLabel: (slug: string) => string): string[] {
  const parts: string[] = [];
  if (f.district) parts.push(`in ${unitName(f.district)} district`);
  if (f.province) parts.push(`in ${unitName(f.province)}`);
  if (f.country) parts.push(`in ${COUNTRY_NAMES[f.country] ?? f.country}`);
  if (f.group) parts.push(`linked to ${groupLabel(f.group)} (claimed, attributed, suspected or denied)`);
  if (f.type) parts.push(`of type “${INCIDENT_TYPE_LABELS[f.type]}”`);
  if (f.target) parts.push(`targeting ${TARGET_LABELS[f.target].toLowerCase()}`);
  if (f.from && f.to) parts.push(`dated ${formatDate(f.from)} to ${formatDate(f.to)}`);
  else if (f.from) parts.push(`dated on or after ${formatDate(f.from)}`);
  else if (f.to) parts.push(`dated on or before ${formatDate(f.to)}`);
  if (f.search) parts.push(`matching “${f.search}” in title, place or description`);
  return parts;
}

export interface IncidentsTableProps {
  input: IncidentListInput;
  filter: IncidentFilter;
  ignored: readonly { key: string; message: string }[];
}

export function IncidentsTable({ input, filter, ignored }: IncidentsTableProps) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.incidents.list.queryOptions(input));
  const { data: groups } = useSuspenseQuery(trpc.groups.list.queryOptions({}));
  const groupBySlug = new Map(groups.map((g) => [g.slug, g]));
  const groupLabel = (slug: string) => {
    const g = groupBySlug.get(slug);
    return g ? (g.abbreviation ?? g.name) : slug;
  };

  const { items, total } = data;
  const { limit, offset } = input;
  const active = Object.values(filter).some((v) => v !== undefined && v !== "");
  const described = describeFilter(filter, groupLabel);
  const districts = listAdminUnits({ level: "district", parent: filter.province });
  const districtProvinces = [...new Set(districts.map((d) => d.parent ?? ""))];
  const reversedDates = Boolean(filter.from && filter.to && filter.from > filter.to);
  // Values that pass the schema but name nothing we know: the filter still applies, so say why it matches nothing.
  const unknown = [
    filter.group && !groupBySlug.has(filter.group) ? `no group has the identifier “${filter.group}”` : null,
    filter.province && getAdminUnit(filter.province)?.level !== "province" ? `“${filter.province}” is not a province code` : null,
    filter.district && getAdminUnit(filter.district)?.level !== "district" ? `“${filter.district}” is not a district code` : null,
  ].filter((x): x is string => x !== null);

  return (
    <div className="flex flex-col gap-4">
      <UrlFilterForm key={JSON.stringify(filter)} action="/incidents" label="Filter incidents" active={active}>
        <SelectField label="Country" name="country" defaultValue={filter.country ?? ""} wrapperClassName="w-36">
          <option value="">All countries</option>
          {COUNTRY_IDS.map((c) => (
            <option key={c} value={c}>
              {COUNTRY_NAMES[c]}
            </option>
          ))}
        </SelectField>
        <ProvinceSelect defaultValue={filter.province} />
        <SelectField
          label="District"
          name="district"
          defaultValue={filter.district ?? ""}
          wrapperClassName="w-48"
          disabled={districts.length === 0}
        >
          <option value="">{districts.length === 0 ? "No districts" : "All districts"}</option>
          {districtProvinces.map((pid) => (
            <optgroup key={pid} label={unitName(pid) ?? pid}>
              {districts
                .filter((d) => d.parent === pid)
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </SelectField>
        <SelectField label="Group" name="group" defaultValue={filter.group ?? ""} wrapperClassName="w-56">
          <option value="">All groups</option>
          {groups.map((g) => (
            <option key={g.slug} value={g.slug}>
              {g.name}
              {g.abbreviation ? ` (${g.abbreviation})` : ""}
            </option>
          ))}
        </SelectField>
        <EnumSelect
          label="Type"
          name="type"
          values={INCIDENT_TYPES}
          labels={INCIDENT_TYPE_LABELS}
          defaultValue={filter.type}
          emptyLabel="All types"
          className="w-48"
        />
        <EnumSelect
          label="Target"
          name="target"
          values={TARGETS}
          labels={TARGET_LABELS}
          defaultValue={filter.target}
          emptyLabel="All targets"
          className="w-44"
        />
        <DateField label="From" name="from" defaultValue={filter.from ?? ""} />
        <DateField label="To" name="to" defaultValue={filter.to ?? ""} />
        <SearchField defaultValue={filter.search ?? ""} placeholder="Title, place or description" wrapperClassName="w-64" />
      </UrlFilterForm>

      <IgnoredFilters ignored={ignored} labels={FILTER_LABELS} />

      <div className="flex flex-col gap-1 text-[12.5px]">
        <p aria-live="polite" className="text-muted-foreground">
          <span className="font-medium text-foreground tabular-nums">{formatCount(total)}</span> {total === 1 ? "incident" : "incidents"}
          {described.length ? ` ${described.join(", ")}` : " in the log"}.
        </p>
        {unknown.length ? (
          <p className="text-warning">
            {unknown.join("; ").replace(/^./, (c) => c.toUpperCase())}, so no incident can match. Pick from the lists above.
          </p>
        ) : null}
        {reversedDates ? (
          <p className="text-warning">The “From” date is after the “To” date, so no incident can match. Swap them to see results.</p>
        ) : null}
        <p className="text-subtle">
          Incidents are logged one by one from the sources and are not a complete count. For totals as the sources publish them, see{" "}
          <Link href="/trends" className="text-accent-text hover:underline">
            Trends
          </Link>
          .
        </p>
      </div>

      {items.length === 0 ? (
        <ListEmptyState
          icon={ListChecks}
          noun={["incident", "incidents"]}
          total={total}
          offset={offset}
          active={Boolean(active)}
          firstPageHref={hrefWith("/incidents", filter)}
          clearHref="/incidents"
          noMatchHint="Widen the date range, pick a province instead of a district, choose another group, or clear the filters."
          emptyTitle="The incident log is empty"
        />
      ) : (
        <div>
          <Table>
            <caption className="sr-only">Incidents, newest first. Expand an incident’s title for its description.</caption>
            <THead>
              <Tr className="hover:bg-transparent">
                <Th>Date</Th>
                <Th>Incident</Th>
                <Th>Type · target</Th>
                <Th numeric>Killed</Th>
                <Th numeric>Injured</Th>
                <Th>Perpetrators</Th>
                <Th>Source</Th>
              </Tr>
            </THead>
            <TBody>
              {items.map((i) => (
                <IncidentRow key={i.id} incident={i} groupLabel={groupLabel} />
              ))}
            </TBody>
          </Table>
          <Pagination
            offset={offset}
            count={items.length}
            total={total}
            noun="incidents"
            prevHref={offset > 0 ? hrefWith("/incidents", { ...filter, offset: Math.max(0, offset - limit) || undefined }) : null}
            nextHref={offset + items.length < total ? hrefWith("/incidents", { ...filter, offset: offset + limit }) : null}
            className="mt-1 border-t border-border"
          />
        </div>
      )}
    </div>
  );
}

function Count({ value, qualifier, what }: { value: number | null; qualifier: string; what: string }) {
  if (value === null) {
    return (
      <span className="text-subtle" title={`Number ${what} not reported by the source`}>
        n/r<span className="sr-only"> (not reported)</span>
      </span>
    );
  }
  return <>{formatFigure(value, qualifier)}</>;
}

/** "Mosque, Peshawar · Khyber Pakhtunkhwa": the place as given, then district and province unless the place already names them. */
function placeLine(i: IncidentView): string {
  const place = i.place ?? "";
  const has = (name: string | undefined) => name !== undefined && place.toLowerCase().includes(name.toLowerCase());
  const district = unitName(i.district);
  const province = unitName(i.province) ?? COUNTRY_NAMES[i.country] ?? i.country;
  const parts = [place || null, district && !has(district) ? `${district} district` : null, has(province) ? null : province];
  return parts.filter(Boolean).join(" · ");
}

function IncidentRow({ incident: i, groupLabel }: { incident: IncidentView; groupLabel: (slug: string) => string }) {
  const date = formatDate(i.date, i.datePrecision);
  const place = <div className="mt-0.5 text-[12px] font-normal text-muted-foreground">{placeLine(i)}</div>;
  return (
    <Tr>
      <Td className="whitespace-nowrap">{date}</Td>
      <Td className="min-w-[14rem] max-w-[30rem]">
        {i.description ? (
          <details className="group">
            <summary className="flex cursor-pointer list-none items-start gap-1 marker:hidden [&::-webkit-details-marker]:hidden">
              <ChevronRight
                aria-hidden="true"
                className="mt-[3px] size-3.5 shrink-0 text-subtle transition-transform group-open:rotate-90"
                strokeWidth={2}
              />
              <span>
                <span className="font-medium group-hover:underline">{i.title}</span>
                {place}
              </span>
            </summary>
            <p className="mt-1.5 mb-1 ml-[18px] max-w-[64ch] border-l-2 border-border pl-2.5 text-[12.5px] leading-relaxed text-foreground/85">
              {i.description}
            </p>
          </details>
        ) : (
          <div className="ml-[18px]">
            <span className="font-medium">{i.title}</span>
            {place}
          </div>
        )}
      </Td>
      <Td className="whitespace-nowrap">
        <div>{INCIDENT_TYPE_LABELS[i.type]}</div>
        <div className="text-[12px] text-muted-foreground">{TARGET_LABELS[i.target]}</div>
      </Td>
      <Td numeric className="font-medium">
        <Count value={i.killed} qualifier={i.killedQualifier} what="killed" />
      </Td>
      <Td numeric>
        <Count value={i.injured} qualifier={i.injuredQualifier} what="injured" />
      </Td>
      <Td>
        {i.perpetrators.length ? (
          <ul className="flex flex-col gap-0.5">
            {i.perpetrators.map((p) => (
              <li key={p.group} className="whitespace-nowrap text-[12.5px]">
                <Link
                  href={`/groups/${p.group}`}
                  title={p.groupName}
                  className="inline-flex items-center gap-1.5 font-medium hover:underline"
                >
                  <span aria-hidden="true" className="size-2 shrink-0 rounded-full" style={{ background: groupColor(p.group) }} />
                  {groupLabel(p.group)}
                </Link>{" "}
                <span
                  title={ATTRIBUTION_HELP[p.attribution]}
                  className={cn("cursor-help text-muted-foreground", p.attribution === "claimed" && "text-foreground/80")}
                >
                  ({ATTRIBUTION_LABELS[p.attribution]})
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <span className="text-[12.5px] text-subtle">Not attributed</span>
        )}
      </Td>
      <Td>
        <CitationPopover
          citations={i.citations}
          subject={`${i.title}, ${date}`}
          sourceHrefTemplate="/sources/{source}"
          className="max-w-[9.5rem]"
        />
      </Td>
    </Tr>
  );
}
