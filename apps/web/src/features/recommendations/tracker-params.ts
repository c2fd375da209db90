import {
  getAdminUnit,
  NO_OWNER,
  RecommendationFilter,
  RecommendationSort,
  STATUS_LABELS,
  TARGET_ACTOR_LABELS,
  THEME_LABELS,
} from "@monitor/domain";
import { z } from "zod";
import { explainIgnored, type IgnoredFilter, readOffset } from "~/features/filters/ignored-filters";
import { hrefWith, parseFilters, type SearchParams } from "~/lib/search-params";

/**
 * The URL state the tracker's views share: the filters (all of RecommendationFilter), the table's order
 * and page. A copied link reopens the same view; an invalid value is dropped with a note saying why.
 */
export const TRACKER_FILTER_KEYS = [
  "search",
  "source",
  "theme",
  "targetActor",
  "status",
  "owner",
  "province",
  "family",
  "overdue",
] as const;
export type TrackerFilterKey = (typeof TRACKER_FILTER_KEYS)[number];

export const TRACKER_PARAM_LABELS: Record<TrackerFilterKey | "offset" | "sort" | "dir" | "by", string> = {
  search: "Search",
  source: "Source",
  theme: "Theme",
  targetActor: "Addressed to",
  status: "Status",
  owner: "Owner",
  province: "Province",
  family: "Repeated as",
  overdue: "Review overdue",
  offset: "Page",
  sort: "Sort",
  dir: "Sort direction",
  by: "Scoreboard by",
};

type SortDir = "asc" | "desc";

/** `?sort=review&dir=desc`: the table's order; absent means by source document, oldest first. */
export const TrackerSortParams = z.object({ sort: RecommendationSort.optional(), dir: z.enum(["asc", "desc"]).optional() });
export type TrackerSortParams = z.infer<typeof TrackerSortParams>;

/** The direction a column sorts in first: A–Z, the machine's order of statuses, high priority and the oldest review date first. */
const FIRST_DIRECTION: Record<RecommendationSort, SortDir> = {
  source: "asc",
  title: "asc",
  status: "asc",
  theme: "asc",
  priority: "asc",
  review: "asc",
  updated: "desc",
};

export const SORT_NAMES: Record<RecommendationSort, string> = {
  source: "source document",
  title: "title",
  status: "status",
  theme: "theme",
  priority: "priority",
  review: "next review date",
  updated: "last change",
};

export function effectiveSort(p: TrackerSortParams): { sort: RecommendationSort; dir: SortDir } {
  const sort = p.sort ?? "source";
  return { sort, dir: p.dir ?? FIRST_DIRECTION[sort] };
}

type QueryValues = Record<string, string | number | boolean | undefined>;

/** The filters as URL values, in the order they appear in a link; `omit` leaves some out. */
export function filterValues(filter: RecommendationFilter, omit: readonly TrackerFilterKey[] = []): QueryValues {
  return Object.fromEntries(TRACKER_FILTER_KEYS.filter((k) => !omit.includes(k)).map((k) => [k, filter[k]]));
}

/** The filters as a query string without "?", for the tabs between the tracker's views. */
export function filterQuery(filter: RecommendationFilter, omit: readonly TrackerFilterKey[] = []): string {
  return hrefWith("", filterValues(filter, omit)).replace(/^\?/, "");
}

/** The table's query: filters, then the order (left out when it is the default), then the page. */
export function listQuery(filter: RecommendationFilter, order: TrackerSortParams, offset?: number): QueryValues {
  const { sort, dir } = effectiveSort(order);
  return {
    ...filterValues(filter),
    sort: sort === "source" && dir === "asc" ? undefined : sort,
    dir: dir === FIRST_DIRECTION[sort] ? undefined : dir,
    offset: offset || undefined,
  };
}

/**
 * Where a column header leads: the same filters from the first page, sorted by that column. The column
 * already sorted flips direction; another starts in its own first direction.
 */
export function sortHref(filter: RecommendationFilter, current: TrackerSortParams, column: RecommendationSort): string {
  const now = effectiveSort(current);
  const dir = now.sort === column ? (now.dir === "asc" ? "desc" : "asc") : FIRST_DIRECTION[column];
  return hrefWith("/recommendations", listQuery(filter, { sort: column, dir }));
}

export function ariaSort(current: TrackerSortParams, column: RecommendationSort): "ascending" | "descending" | "none" {
  const now = effectiveSort(current);
  if (now.sort !== column) return "none";
  return now.dir === "asc" ? "ascending" : "descending";
}

/** Names the filters refer to by id: sources, owners and families (the rest are domain enums). */
export interface TrackerNames {
  source: (slug: string) => string | undefined;
  owner: (id: string) => string | undefined;
  family: (key: string) => string | undefined;
}

/** One active filter as a short label: "Theme: Madrassa reform", "Owner: nobody". */
function filterLabel(key: TrackerFilterKey, filter: RecommendationFilter, names: TrackerNames): string {
  const name = TRACKER_PARAM_LABELS[key];
  switch (key) {
    case "search":
      return `${name}: “${filter.search}”`;
    case "source":
      return `${name}: ${names.source(filter.source ?? "") ?? filter.source}`;
    case "theme":
      return `${name}: ${filter.theme ? THEME_LABELS[filter.theme] : ""}`;
    case "targetActor":
      return `${name}: ${filter.targetActor ? TARGET_ACTOR_LABELS[filter.targetActor] : ""}`;
    case "status":
      return `${name}: ${filter.status ? STATUS_LABELS[filter.status] : ""}`;
    case "owner":
      return filter.owner === NO_OWNER ? "Owner: nobody" : `${name}: ${names.owner(filter.owner ?? "") ?? filter.owner}`;
    case "province":
      return `${name}: ${getAdminUnit(filter.province ?? "")?.name ?? filter.province}`;
    case "family":
      return `${name}: ${names.family(filter.family ?? "") ?? filter.family}`;
    case "overdue":
      return name;
  }
}

/** The active filters in words: "on the theme “Madrassa reform”, addressed to Parliament, owned by nobody". */
export function describeFilter(filter: RecommendationFilter, names: TrackerNames): string[] {
  const parts: string[] = [];
  if (filter.source) parts.push(`from ${names.source(filter.source) ?? filter.source}`);
  if (filter.theme) parts.push(`on the theme “${THEME_LABELS[filter.theme]}”`);
  if (filter.targetActor) parts.push(`addressed to ${TARGET_ACTOR_LABELS[filter.targetActor]}`);
  if (filter.status) parts.push(`with status “${STATUS_LABELS[filter.status]}”`);
  if (filter.owner) parts.push(filter.owner === NO_OWNER ? "owned by nobody" : `owned by ${names.owner(filter.owner) ?? filter.owner}`);
  if (filter.province) parts.push(`tracked in ${getAdminUnit(filter.province)?.name ?? filter.province}`);
  if (filter.family) parts.push(`in the repeat “${names.family(filter.family) ?? filter.family}”`);
  if (filter.overdue) parts.push("whose review is overdue");
  if (filter.search) parts.push(`matching “${filter.search}” in title or text`);
  return parts;
}

/** Values that pass the schema but name nothing we know: the filter still applies, so say why it matches nothing. */
export function unknownValues(filter: RecommendationFilter, names: TrackerNames): string[] {
  return [
    filter.source && names.source(filter.source) === undefined ? `no source has the identifier “${filter.source}”` : null,
    filter.owner && filter.owner !== NO_OWNER && names.owner(filter.owner) === undefined
      ? `no current owner has the id “${filter.owner}”`
      : null,
    filter.family && names.family(filter.family) === undefined ? `no repeat group has the key “${filter.family}”` : null,
  ].filter((x): x is string => x !== null);
}

/** For an empty result: one link per active filter that drops just that filter, keeping the rest. */
export function loosenLinks(
  path: string,
  filter: RecommendationFilter,
  names: TrackerNames,
  extra: QueryValues = {},
  omit: readonly TrackerFilterKey[] = [],
): { key: TrackerFilterKey; label: string; href: string }[] {
  const out: { key: TrackerFilterKey; label: string; href: string }[] = [];
  for (const key of TRACKER_FILTER_KEYS) {
    if (omit.includes(key)) continue;
    const value = filter[key];
    if (value === undefined || value === "" || value === false) continue;
    out.push({
      key,
      label: filterLabel(key, filter, names),
      href: hrefWith(path, { ...filterValues({ ...filter, [key]: undefined }, omit), ...extra }),
    });
  }
  return out;
}

/**
 * Reads a tracker page's URL: the filters (without `omit`, which the page does not use), the order
 * and the page offset, with a note for each value it had to drop.
 */
export function readTrackerParams(
  sp: SearchParams,
  { pageSize, omit = [] }: { pageSize?: number; omit?: readonly TrackerFilterKey[] } = {},
) {
  const keys = TRACKER_FILTER_KEYS.filter((k) => !omit.includes(k));
  const { filter, ignored } = parseFilters(RecommendationFilter, sp, keys);
  const sorting = pageSize ? parseFilters(TrackerSortParams, sp, ["sort", "dir"]) : { filter: {}, ignored: [] };
  const paging = pageSize ? readOffset(sp, pageSize) : { offset: 0, problem: null };
  const problems: IgnoredFilter[] = explainIgnored([...ignored, ...sorting.ignored, ...(paging.problem ? [paging.problem] : [])], sp);
  return { filter: filter as RecommendationFilter, order: sorting.filter as TrackerSortParams, offset: paging.offset, problems };
}

/** Whether any filter is set. */
export function isFiltered(filter: RecommendationFilter): boolean {
  return TRACKER_FILTER_KEYS.some((k) => {
    const v = filter[k];
    return v !== undefined && v !== "" && v !== false;
  });
}

/** A family's page; family keys contain "/", so they travel encoded as one path segment. */
export function familyHref(key: string): string {
  return `/recommendations/families/${encodeURIComponent(key)}`;
}
