"use client";

import {
  CERTAINTY_LABELS,
  CERTAINTY_LEVELS,
  COUNTRY_IDS,
  formatCount,
  formatDate,
  getAdminUnit,
  INCIDENT_TYPE_LABELS,
  INCIDENT_TYPES,
  type IncidentFilter,
  type IncidentListInput,
  type IncidentSort,
  type IncidentView,
  TARGET_LABELS,
  TARGETS,
} from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { ArrowDown, ArrowUp, ChevronsUpDown, ListChecks, X } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "~/components/ui/empty-state";
import { Pagination } from "~/components/ui/pagination";
import { SelectField } from "~/components/ui/select";
import { Table, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { SourceBadges } from "~/features/citations/source-badges";
import { EnumSelect } from "~/features/filters/enum-select";
import { ListEmptyState } from "~/features/filters/list-empty-state";
import { DateField, IgnoredFilters, SearchField, UrlFilterForm } from "~/features/filters/url-filter-form";
import { hrefWith } from "~/lib/search-params";
import { cn } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";
import { CasualtyCount, PerpetratorList } from "./attribution";
import { ariaSort, backQuery, INCIDENT_FILTER_LABELS, type IncidentSortParams, listQuery, loosenLinks, sortHref } from "./incident-params";
import { PlaceFields } from "./place-fields";

const COUNTRY_NAMES: Record<string, string> = Object.fromEntries(COUNTRY_IDS.map((c) => [c, getAdminUnit(c)?.name ?? c]));

function unitName(id: string | null | undefined): string | undefined {
  return id ? (getAdminUnit(id)?.name ?? id) : undefined;
}

/** The active filters in words: "in Khyber Pakhtunkhwa, linked to TTP (claimed only), suicide bombings, from 1 Jan 2023". */
function describeFilter(f: IncidentFilter, groupLabel: (slug: string) => string, sourceLabel: (slug: string) => string): string[] {
  const parts: string[] = [];
  if (f.district) parts.push(`in ${unitName(f.district)} district`);
  if (f.province) parts.push(`in ${unitName(f.province)}`);
  if (f.country) parts.push(`in ${COUNTRY_NAMES[f.country] ?? f.country}`);
  if (f.group) {
    const how = f.certainty ? CERTAINTY_LABELS[f.certainty].toLowerCase() : "claimed, attributed, suspected or denied";
    parts.push(`linked to ${groupLabel(f.group)} (${how})`);
  } else if (f.certainty) {
    parts.push(`linked to a group (${CERTAINTY_LABELS[f.certainty].toLowerCase()})`);
  }
  if (f.type) parts.push(`of type “${INCIDENT_TYPE_LABELS[f.type]}”`);
  if (f.target) parts.push(`targeting ${TARGET_LABELS[f.target].toLowerCase()}`);
  if (f.source) parts.push(`cited from ${sourceLabel(f.source)}`);
  if (f.from && f.to) parts.push(`dated ${formatDate(f.from)} to ${formatDate(f.to)}`);
  else if (f.from) parts.push(`dated on or after ${formatDate(f.from)}`);
  else if (f.to) parts.push(`dated on or before ${formatDate(f.to)}`);
  if (f.search) parts.push(`matching “${f.search}” in title, place or description`);
  return parts;
}

const SORT_NAMES: Record<IncidentSort, string> = { date: "date", killed: "number killed", injured: "number injured", title: "title" };

export interface IncidentsTableProps {
  input: IncidentListInput;
  filter: IncidentFilter;
  order: IncidentSortParams;
  ignored: readonly { key: string; message: string }[];
}

export function IncidentsTable({ input, filter, order, ignored }: IncidentsTableProps) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.incidents.list.queryOptions(input));
  const { data: groups } = useSuspenseQuery(trpc.groups.list.queryOptions({}));
  const { data: sources } = useSuspenseQuery(trpc.sources.list.queryOptions({}));
  const groupBySlug = new Map(groups.map((g) => [g.slug, g]));
  const sourceBySlug = new Map(sources.map((s) => [s.slug, s]));
  const groupLabel = (slug: string) => {
    const g = groupBySlug.get(slug);
    return g ? (g.abbreviation ?? g.name) : slug;
  };
  const sourceLabel = (slug: string) => sourceBySlug.get(slug)?.shortTitle ?? slug;

  const { items, total } = data;
  const { limit, offset } = input;
  const active = Object.values(filter).some((v) => v !== undefined && v !== "");
  const described = describeFilter(filter, groupLabel, sourceLabel);
  const reversedDates = Boolean(filter.from && filter.to && filter.from > filter.to);
  // Values that pass the schema but name nothing we know: the filter still applies, so say why it matches nothing.
  const unknown = [
    filter.group && !groupBySlug.has(filter.group) ? `no group has the identifier “${filter.group}”` : null,
    filter.source && !sourceBySlug.has(filter.source) ? `no source has the identifier “${filter.source}”` : null,
    filter.province && getAdminUnit(filter.province)?.level !== "province" ? `“${filter.province}” is not a province code` : null,
    filter.district && getAdminUnit(filter.district)?.level !== "district" ? `“${filter.district}” is not a district code` : null,
  ].filter((x): x is string => x !== null);
  const back = backQuery(filter, order, offset);
  const pageHref = (o: number) => hrefWith("/incidents", listQuery(filter, order, o));

  const head = (column: IncidentSort, label: string, numeric = false) => {
    const state = ariaSort(order, column);
    const Icon = state === "none" ? ChevronsUpDown : state === "ascending" ? ArrowUp : ArrowDown;
    const icon = (
      <Icon aria-hidden="true" className={cn("size-3 shrink-0", state === "none" ? "opacity-40" : "opacity-90")} strokeWidth={2} />
    );
    return (
      <Th numeric={numeric} aria-sort={state}>
        <Link
          href={sortHref(filter, order, column)}
          scroll={false}
          className={cn(
            "flex w-fit items-center gap-1 rounded-sm hover:text-foreground",
            state !== "none" && "text-foreground",
            numeric && "ml-auto",
          )}
        >
          {numeric ? icon : null}
          {label}
          {numeric ? null : icon}
          <span className="sr-only">
            {state === "none"
              ? `, sort by ${SORT_NAMES[column]}`
              : `, sorted ${state}; activate to sort ${state === "ascending" ? "descending" : "ascending"}`}
          </span>
        </Link>
      </Th>
    );
  };

  return (
    <div className="flex flex-col gap-4">
      <UrlFilterForm key={JSON.stringify(filter)} action="/incidents" label="Filter incidents" active={active}>
        {/* The order survives a new filter; the page does not. */}
        {order.sort ? <input type="hidden" name="sort" value={order.sort} /> : null}
        {order.dir ? <input type="hidden" name="dir" value={order.dir} /> : null}
        <SelectField label="Country" name="country" defaultValue={filter.country ?? ""} wrapperClassName="w-36">
          <option value="">All countries</option>
          {COUNTRY_IDS.map((c) => (
            <option key={c} value={c}>
              {COUNTRY_NAMES[c]}
            </option>
          ))}
        </SelectField>
        <PlaceFields province={filter.province} district={filter.district} />
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
          label="Attribution certainty"
          name="certainty"
          values={CERTAINTY_LEVELS}
          labels={CERTAINTY_LABELS}
          defaultValue={filter.certainty}
          emptyLabel="Any link, or none"
          className="w-60"
        />
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
        <SelectField label="Source" name="source" defaultValue={filter.source ?? ""} wrapperClassName="w-48">
          <option value="">All sources</option>
          {sources.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.shortTitle}
            </option>
          ))}
        </SelectField>
        <DateField label="From" name="from" defaultValue={filter.from ?? ""} />
        <DateField label="To" name="to" defaultValue={filter.to ?? ""} />
        <SearchField defaultValue={filter.search ?? ""} placeholder="Title, place or description" wrapperClassName="w-64" />
      </UrlFilterForm>

      <IgnoredFilters ignored={ignored} labels={INCIDENT_FILTER_LABELS} />

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
        <p className="text-muted-foreground">
          Incidents are logged one by one from the sources and are not a complete count. An incident known only to the month or year matches
          any period it may fall in. For totals as the sources publish them, see{" "}
          <Link href="/trends" className="link">
            Trends
          </Link>
          .
        </p>
      </div>

      {items.length === 0 ? (
        offset === 0 && active ? (
          <NoMatch links={loosenLinks(filter, order, { group: groupLabel, source: sourceLabel })} />
        ) : (
          <ListEmptyState
            icon={ListChecks}
            noun={["incident", "incidents"]}
            total={total}
            offset={offset}
            active={active}
            firstPageHref={pageHref(0)}
            clearHref="/incidents"
            noMatchHint="Widen the date range, pick a province instead of a district, choose another group, or clear the filters."
            emptyTitle="The incident log is empty"
          />
        )
      ) : (
        <div>
          <Table>
            <caption className="sr-only">
              Incidents, sorted by {SORT_NAMES[order.sort ?? "date"]}. Column headers sort the list; each title opens the incident.
            </caption>
            <THead>
              <Tr className="hover:bg-transparent">
                {head("date", "Date")}
                {head("title", "Incident")}
                <Th>Type · target</Th>
                {head("killed", "Killed", true)}
                {head("injured", "Injured", true)}
                <Th>Perpetrators</Th>
                <Th>Source</Th>
              </Tr>
            </THead>
            <TBody>
              {items.map((i) => (
                <IncidentRow key={i.id} incident={i} groupLabel={groupLabel} back={back} />
              ))}
            </TBody>
          </Table>
          <Pagination
            offset={offset}
            count={items.length}
            total={total}
            noun="incidents"
            prevHref={offset > 0 ? pageHref(Math.max(0, offset - limit)) : null}
            nextHref={offset + items.length < total ? pageHref(offset + limit) : null}
            className="mt-1 border-t border-border"
          />
        </div>
      )}
    </div>
  );
}

/** Filters that match nothing: say so, and offer to drop each filter on its own, or all of them. */
function NoMatch({ links }: { links: { key: string; label: string; href: string }[] }) {
  return (
    <EmptyState
      icon={ListChecks}
      title="No incident matches these filters"
      description="Loosen one of them: each link below drops just that filter and keeps the rest."
      action={
        <div className="flex flex-col items-center gap-2">
          <ul className="flex flex-wrap justify-center gap-1.5" aria-label="Drop one filter">
            {links.map((l) => (
              <li key={l.key}>
                <Link
                  href={l.href}
                  scroll={false}
                  className="inline-flex h-6 items-center gap-1 rounded-full border border-border-strong/70 bg-surface px-2.5 text-[12px] text-foreground hover:border-accent/50 hover:bg-accent-soft"
                >
                  <X aria-hidden="true" className="size-3 text-subtle" strokeWidth={2} />
                  <span className="sr-only">Drop </span>
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
          <Link href="/incidents" className="text-[13px] font-medium text-accent-text hover:underline">
            Clear all filters
          </Link>
        </div>
      }
    />
  );
}

/** "Mosque, Peshawar · Khyber Pakhtunkhwa": the place as given, then district and province unless the place already names them. */
export function placeLine(i: Pick<IncidentView, "place" | "district" | "province" | "country">): string {
  const place = i.place ?? "";
  const has = (name: string | undefined) => name !== undefined && place.toLowerCase().includes(name.toLowerCase());
  const district = unitName(i.district);
  const province = unitName(i.province) ?? COUNTRY_NAMES[i.country] ?? i.country;
  const parts = [place || null, district && !has(district) ? `${district} district` : null, has(province) ? null : province];
  return parts.filter(Boolean).join(" · ");
}

export function incidentHref(key: string, back?: string): string {
  const path = `/incidents/${encodeURIComponent(key)}`;
  return back ? `${path}?${new URLSearchParams({ back }).toString()}` : path;
}

function IncidentRow({ incident: i, groupLabel, back }: { incident: IncidentView; groupLabel: (slug: string) => string; back: string }) {
  const date = formatDate(i.date, i.datePrecision);
  return (
    <Tr>
      <Td className="whitespace-nowrap">{date}</Td>
      <Td className="min-w-[14rem] max-w-[30rem]">
        <Link href={incidentHref(i.key, back)} className="font-medium hover:underline">
          {i.title}
        </Link>
        <div className="mt-0.5 text-[12px] text-muted-foreground">{placeLine(i)}</div>
        {i.description ? (
          <p className="mt-1 line-clamp-2 max-w-[64ch] text-[12px] leading-snug text-muted-foreground">{i.description}</p>
        ) : null}
      </Td>
      <Td className="whitespace-nowrap">
        <div>{INCIDENT_TYPE_LABELS[i.type]}</div>
        <div className="text-[12px] text-muted-foreground">{TARGET_LABELS[i.target]}</div>
      </Td>
      <Td numeric className="font-medium">
        <CasualtyCount value={i.killed} qualifier={i.killedQualifier} what="killed" />
      </Td>
      <Td numeric>
        <CasualtyCount value={i.injured} qualifier={i.injuredQualifier} what="injured" />
      </Td>
      <Td>
        <PerpetratorList perpetrators={i.perpetrators} groupLabel={groupLabel} />
      </Td>
      <Td>
        <SourceBadges
          citations={i.citations}
          subject={`${i.title}, ${date}`}
          className="flex-col items-start"
          badgeClassName="max-w-[9.5rem]"
        />
      </Td>
    </Tr>
  );
}
