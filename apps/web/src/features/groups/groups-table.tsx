"use client";

import {
  COUNTRY_IDS,
  formatCount,
  formatDate,
  GROUP_KINDS,
  type GroupFilter,
  type GroupListItem,
  getAdminUnit,
  listAdminUnits,
} from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { ArrowDown, ArrowUp, ChevronsUpDown, Users } from "lucide-react";
import Link from "next/link";
import { type ReactNode, useMemo, useState } from "react";
import { EmptyState } from "~/components/ui/empty-state";
import { SelectField } from "~/components/ui/select";
import { Table, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { IgnoredFilters, joinWords, SearchField, UrlFilterForm } from "~/features/filters/url-filter-form";
import { hrefWith } from "~/lib/search-params";
import { cn } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";
import { areaProvinceNames } from "./group-areas";
import { GROUP_KIND_LABELS, GroupChip, GroupKindBadge } from "./group-kind-badge";
import type { GroupSort, GroupSortKey, SortDir } from "./group-sort";

const FILTER_LABELS = { kind: "Kind", area: "Area", active: "Active in", search: "Search", sort: "Sort", dir: "Sort direction" };

const PROVINCES = listAdminUnits({ level: "province" });

/** The filter's place, in words: "Khyber Pakhtunkhwa", "FATA". */
const areaName = (id: string) => (id === "PK-TA" ? "FATA" : (getAdminUnit(id)?.name ?? id));

/** "since Dec 2007", "2007 – 2014", or null when the founding is not recorded. */
function activePeriod(g: GroupListItem): string | null {
  if (!g.founded) return g.dissolved ? `until ${formatDate(g.dissolved.date, g.dissolved.precision)}` : null;
  const from = formatDate(g.founded.date, g.founded.precision);
  return g.dissolved ? `${from} – ${formatDate(g.dissolved.date, g.dissolved.precision)}` : `since ${from}`;
}

/** "2015–2024" for the years with dated records, or one year. */
function recordSpan(years: readonly number[]): string | null {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return null;
  return first === last ? String(first) : `${first}–${last}`;
}

/** Numeric columns sort largest first on the first click; text columns A–Z. */
const FIRST_DIR: Record<GroupSortKey, SortDir> = {
  name: "asc",
  kind: "asc",
  founded: "asc",
  incidents: "desc",
  figures: "desc",
  relationships: "desc",
};

function sortValue(g: GroupListItem, key: GroupSortKey): string | number | null {
  switch (key) {
    case "name":
      return g.name.toLowerCase();
    case "kind":
      return GROUP_KIND_LABELS[g.kind];
    case "founded":
      return g.founded?.date ?? (g.recordYears[0] !== undefined ? `${g.recordYears[0]}-12-31` : null);
    case "incidents":
      return g.incidentCount;
    case "figures":
      return g.statisticCount;
    case "relationships":
      return g.relationshipCount;
  }
}

/** Sorts a copy; rows without a value go last in either direction, ties fall back to the name. */
function sortGroups(groups: readonly GroupListItem[], key: GroupSortKey, dir: SortDir): GroupListItem[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...groups].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null && vb !== null) return 1;
    if (vb === null && va !== null) return -1;
    if (va !== null && vb !== null && va !== vb) return (va < vb ? -1 : 1) * sign;
    return a.name.localeCompare(b.name);
  });
}

export interface GroupsTableProps {
  filter: GroupFilter;
  ignored: readonly { key: string; message: string }[];
  sort: GroupSort;
}

export function GroupsTable({ filter, ignored, sort: initialSort }: GroupsTableProps) {
  const trpc = useTRPC();
  const { data: groups } = useSuspenseQuery(trpc.groups.list.queryOptions(filter));
  const { data: everyGroup } = useSuspenseQuery(trpc.groups.list.queryOptions({}));
  const [sort, setSort] = useState<{ key: GroupSortKey; dir: SortDir }>({ key: initialSort.sort, dir: initialSort.dir });
  const rows = useMemo(() => sortGroups(groups, sort.key, sort.dir), [groups, sort]);
  const active = Boolean(filter.kind || filter.area || filter.active || filter.search);
  // The years a group can be "active in": from the earliest date in the data to the latest record or this year.
  const dataYears = everyGroup.flatMap((g) => [...g.recordYears, ...(g.founded ? [Number(g.founded.date.slice(0, 4))] : [])]);
  const lastYear = Math.max(new Date().getFullYear(), ...dataYears);
  const firstYear = Math.min(lastYear, ...dataYears);
  const yearOptions: number[] = [];
  for (let y = lastYear; y >= firstYear; y--) yearOptions.push(y);

  function toggle(key: GroupSortKey) {
    const dir: SortDir = sort.key === key ? (sort.dir === "asc" ? "desc" : "asc") : FIRST_DIR[key];
    setSort({ key, dir });
    // Keep the sort in the URL too, so a shared link opens the table in the same order.
    window.history.replaceState(
      null,
      "",
      hrefWith("/groups", {
        ...filter,
        sort: key === "name" && dir === "asc" ? undefined : key,
        dir: key === "name" && dir === "asc" ? undefined : dir,
      }),
    );
  }

  const described = [
    filter.kind ? `of kind “${GROUP_KIND_LABELS[filter.kind]}”` : null,
    filter.area ? `listed as operating in ${areaName(filter.area)}` : null,
    filter.active ? `active in ${filter.active}` : null,
    filter.search ? `matching “${filter.search}” in name, abbreviation or alias` : null,
  ].filter((x): x is string => x !== null);

  const head = (key: GroupSortKey, label: ReactNode, numeric = false) => {
    const current = sort.key === key;
    const Icon = current ? (sort.dir === "asc" ? ArrowUp : ArrowDown) : ChevronsUpDown;
    return (
      <Th numeric={numeric} aria-sort={current ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}>
        <button
          type="button"
          onClick={() => toggle(key)}
          className={cn(
            "inline-flex items-center gap-1 rounded-sm hover:text-foreground",
            current && "text-foreground",
            numeric && "flex-row-reverse",
          )}
        >
          {label}
          <Icon aria-hidden="true" className={cn("size-3", current ? "opacity-90" : "opacity-40")} strokeWidth={2} />
        </button>
      </Th>
    );
  };

  return (
    <div className="flex flex-col gap-4">
      <UrlFilterForm key={JSON.stringify(filter)} action="/groups" label="Filter groups" active={active}>
        <SelectField label="Kind" name="kind" defaultValue={filter.kind ?? ""} wrapperClassName="w-60">
          <option value="">All kinds</option>
          {GROUP_KINDS.map((k) => (
            <option key={k} value={k}>
              {GROUP_KIND_LABELS[k]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Area" name="area" defaultValue={filter.area ?? ""} wrapperClassName="w-56">
          <option value="">Anywhere</option>
          {COUNTRY_IDS.map((c) => (
            <optgroup key={c} label={getAdminUnit(c)?.name ?? c}>
              <option value={c}>{`All of ${getAdminUnit(c)?.name ?? c}`}</option>
              {PROVINCES.filter((p) => p.parent === c)
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                    {p.formerFata ? " (FATA, until 2018)" : ""}
                  </option>
                ))}
            </optgroup>
          ))}
        </SelectField>
        <SelectField label="Active in" name="active" defaultValue={filter.active ?? ""} wrapperClassName="w-32">
          <option value="">Any year</option>
          {yearOptions.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <SearchField defaultValue={filter.search ?? ""} placeholder="Name, abbreviation or alias" wrapperClassName="w-64" />
        {sort.key !== "name" || sort.dir !== "asc" ? (
          <>
            <input type="hidden" name="sort" value={sort.key} />
            <input type="hidden" name="dir" value={sort.dir} />
          </>
        ) : null}
      </UrlFilterForm>

      <IgnoredFilters ignored={ignored} labels={FILTER_LABELS} />

      <p className="text-[12.5px] text-muted-foreground" aria-live="polite">
        <span className="font-medium text-foreground tabular-nums">{formatCount(rows.length)}</span>{" "}
        {rows.length === 1 ? "group" : "groups"}
        {described.length ? ` ${joinWords(described)}` : ""}. Counts are records in Militancy Monitor: incidents attributed in the log
        (claimed, attributed or suspected), published figures about the group, and relationships with other groups.
        {filter.active
          ? " “Active in” a year means founded by then and not dissolved, or with a dated record that year (an incident, a figure, a tenure, a tie)."
          : ""}
        {filter.area
          ? " Areas are the places listed in each group’s profile; a group listed only country-wide is not counted in each province."
          : ""}
      </p>

      {rows.length === 0 ? (
        <EmptyState
          icon={Users}
          title={active ? "No group matches these filters" : "No groups yet"}
          description={
            active
              ? "Try another spelling or an alias (for example “Pakistani Taliban” or “IS-K”), choose “All kinds”, or clear the filters."
              : "Load the seed reports with `pnpm db:seed`, or import a dataset with `pnpm data:import FILE`."
          }
          action={
            active ? (
              <Link href="/groups" className="text-[13px] font-medium text-accent-text hover:underline">
                Clear filters
              </Link>
            ) : undefined
          }
        />
      ) : (
        <Table>
          <caption className="sr-only">Armed groups. Column headers are buttons that sort the table.</caption>
          <THead>
            <Tr className="hover:bg-transparent">
              {head("name", "Group")}
              {head("kind", "Kind · ideology")}
              {head("founded", "Active")}
              <Th>Main areas</Th>
              {head("incidents", "Incidents", true)}
              {head("figures", "Figures", true)}
              {head(
                "relationships",
                <abbr title="Relationships with other groups" className="no-underline">
                  Relations
                </abbr>,
                true,
              )}
            </Tr>
          </THead>
          <TBody>
            {rows.map((g) => {
              const areas = areaProvinceNames(g.areas);
              const shown = areas.slice(0, 3);
              return (
                <Tr key={g.slug}>
                  <Td className="min-w-[12rem]">
                    <GroupChip slug={g.slug} name={g.name} href={`/groups/${g.slug}`} className="text-[13px] whitespace-normal" />
                    {g.abbreviation ? <div className="ml-3.5 text-[12px] text-muted-foreground">{g.abbreviation}</div> : null}
                  </Td>
                  <Td className="max-w-[15rem]">
                    <GroupKindBadge kind={g.kind} />
                    {g.ideology ? <div className="mt-1 text-[12px] leading-snug text-muted-foreground">{g.ideology}</div> : null}
                  </Td>
                  <Td className="whitespace-nowrap">
                    {activePeriod(g) ? (
                      <span title={g.founded && g.founded.precision !== "day" ? `Founding known to the ${g.founded.precision}` : undefined}>
                        {activePeriod(g)}
                      </span>
                    ) : (
                      <span className="text-subtle">Founding not recorded</span>
                    )}
                    {recordSpan(g.recordYears) ? (
                      <div className="text-[12px] text-muted-foreground">Dated records {recordSpan(g.recordYears)}</div>
                    ) : null}
                  </Td>
                  <Td
                    className="min-w-[9rem] max-w-[18rem] text-muted-foreground"
                    title={areas.length > shown.length ? areas.join(", ") : undefined}
                  >
                    {areas.length ? (
                      <>
                        {shown.join(", ")}
                        {areas.length > shown.length ? <span className="text-subtle"> +{areas.length - shown.length} more</span> : null}
                      </>
                    ) : (
                      <Missing />
                    )}
                  </Td>
                  <Td numeric>
                    <CountLink
                      n={g.incidentCount}
                      href={hrefWith("/incidents", { group: g.slug })}
                      label={`Incidents attributed to ${g.name}`}
                    />
                  </Td>
                  <Td numeric>
                    <CountLink
                      n={g.statisticCount}
                      href={hrefWith("/trends", { group: g.slug })}
                      label={`Published figures about ${g.name}`}
                    />
                  </Td>
                  <Td numeric>
                    <CountLink n={g.relationshipCount} href={`/groups/${g.slug}#relationships`} label={`Relationships of ${g.name}`} />
                  </Td>
                </Tr>
              );
            })}
          </TBody>
        </Table>
      )}
    </div>
  );
}

function Missing() {
  return (
    <span className="text-subtle" title="Not recorded">
      —
    </span>
  );
}

function CountLink({ n, href, label }: { n: number; href: string; label: string }) {
  if (n === 0) return <span className="text-subtle">0</span>;
  return (
    <Link href={href} className="text-accent-text hover:underline" title={label}>
      {formatCount(n)}
    </Link>
  );
}
