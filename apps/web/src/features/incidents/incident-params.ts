import {
  CERTAINTY_LABELS,
  DEFAULT_SORT_DIRECTION,
  formatDate,
  getAdminUnit,
  INCIDENT_TYPE_LABELS,
  type IncidentFilter,
  IncidentSort,
  SortDirection,
  TARGET_LABELS,
} from "@monitor/domain";
import { z } from "zod";
// Relative, not "~/": the unit-test runner has no path alias.
import { hrefWith } from "../../lib/search-params";

/** The URL parameters of the incidents explorer (all of IncidentFilter), in the order they appear in a link. */
export const INCIDENT_FILTER_KEYS = [
  "country",
  "province",
  "district",
  "group",
  "certainty",
  "source",
  "type",
  "target",
  "from",
  "to",
  "search",
] as const;
export type IncidentFilterKey = (typeof INCIDENT_FILTER_KEYS)[number];

export const INCIDENT_FILTER_LABELS: Record<IncidentFilterKey | "offset" | "sort" | "dir", string> = {
  country: "Country",
  province: "Province",
  district: "District",
  group: "Group",
  certainty: "Certainty",
  source: "Source",
  type: "Type",
  target: "Target",
  from: "From",
  to: "To",
  search: "Search",
  offset: "Page",
  sort: "Sort",
  dir: "Sort direction",
};

/** `?sort=killed&dir=asc`: the list's order; absent means newest first. */
export const IncidentSortParams = z.object({ sort: IncidentSort.optional(), dir: SortDirection.optional() });
export type IncidentSortParams = z.infer<typeof IncidentSortParams>;

/** The order actually applied: the column (date by default) and its direction (the column's own by default). */
export function effectiveSort(p: IncidentSortParams): { sort: IncidentSort; dir: SortDirection } {
  const sort = p.sort ?? "date";
  return { sort, dir: p.dir ?? DEFAULT_SORT_DIRECTION[sort] };
}

/** The query of the list's URL: filters, then the order (left out when it is the default), then the page. */
export function listQuery(filter: IncidentFilter, order: IncidentSortParams, offset?: number): Record<string, string | number | undefined> {
  const { sort, dir } = effectiveSort(order);
  const isDefault = sort === "date" && dir === "desc";
  return {
    ...Object.fromEntries(INCIDENT_FILTER_KEYS.map((k) => [k, filter[k]])),
    sort: isDefault ? undefined : sort,
    dir: isDefault || dir === DEFAULT_SORT_DIRECTION[sort] ? undefined : dir,
    offset: offset || undefined,
  };
}

/**
 * Where a column header leads: the same filters from the first page, sorted by that column. The column
 * already sorted flips direction; another starts in its own direction (newest, deadliest first; A–Z).
 */
export function sortHref(filter: IncidentFilter, current: IncidentSortParams, column: IncidentSort): string {
  const now = effectiveSort(current);
  const dir = now.sort === column ? (now.dir === "asc" ? "desc" : "asc") : DEFAULT_SORT_DIRECTION[column];
  return hrefWith("/incidents", listQuery(filter, { sort: column, dir }));
}

export function ariaSort(current: IncidentSortParams, column: IncidentSort): "ascending" | "descending" | "none" {
  const now = effectiveSort(current);
  if (now.sort !== column) return "none";
  return now.dir === "asc" ? "ascending" : "descending";
}

function unitName(id: string): string {
  return getAdminUnit(id)?.name ?? id;
}

/** One active filter in words, for the "loosen" links of the empty state: "Province: Balochistan". */
export function filterValueLabel(
  key: IncidentFilterKey,
  value: string,
  names: { group?: (slug: string) => string; source?: (slug: string) => string } = {},
): string {
  switch (key) {
    case "country":
    case "province":
    case "district":
      return unitName(value);
    case "group":
      return names.group?.(value) ?? value;
    case "source":
      return names.source?.(value) ?? value;
    case "certainty":
      return CERTAINTY_LABELS[value as keyof typeof CERTAINTY_LABELS] ?? value;
    case "type":
      return INCIDENT_TYPE_LABELS[value as keyof typeof INCIDENT_TYPE_LABELS] ?? value;
    case "target":
      return TARGET_LABELS[value as keyof typeof TARGET_LABELS] ?? value;
    case "from":
    case "to":
      return formatDate(value);
    case "search":
      return `“${value}”`;
  }
}

/**
 * For an empty result: one link per active filter that drops just that filter (a district goes with
 * its province; certainty without a group applies to any group, so it stays), keeping the order.
 */
export function loosenLinks(
  filter: IncidentFilter,
  order: IncidentSortParams,
  names: Parameters<typeof filterValueLabel>[2] = {},
): { key: IncidentFilterKey; label: string; href: string }[] {
  const out: { key: IncidentFilterKey; label: string; href: string }[] = [];
  for (const key of INCIDENT_FILTER_KEYS) {
    const value = filter[key];
    if (value === undefined || value === "") continue;
    const rest: IncidentFilter = { ...filter, [key]: undefined };
    if (key === "province") rest.district = undefined;
    out.push({
      key,
      label: `${INCIDENT_FILTER_LABELS[key]}: ${filterValueLabel(key, value, names)}`,
      href: hrefWith("/incidents", listQuery(rest, order)),
    });
  }
  return out;
}

/** The list's own query string (filters, order, page), carried to a detail page so "Back" returns to the same view. */
export function backQuery(filter: IncidentFilter, order: IncidentSortParams, offset: number): string {
  return hrefWith("", listQuery(filter, order, offset)).replace(/^\?/, "");
}

/**
 * A `back` parameter read back on the detail page: only the list's own keys survive, so the link can only
 * ever lead to the incidents list.
 */
export function listHrefFromBack(back: string | undefined): string {
  if (!back) return "/incidents";
  const allowed = new Set<string>([...INCIDENT_FILTER_KEYS, "sort", "dir", "offset"]);
  const q = new URLSearchParams();
  for (const [k, v] of new URLSearchParams(back)) if (allowed.has(k) && v !== "" && !q.has(k)) q.set(k, v.slice(0, 200));
  const s = q.toString();
  return s ? `/incidents?${s}` : "/incidents";
}
