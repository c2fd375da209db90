import { DASHBOARD_FILTER_KEYS, DashboardFilter, type IncidentFilter } from "@monitor/domain";
import { param, parseFilters, type SearchParams } from "~/lib/search-params";

/** The overview's URL keys: the dashboard filters plus `period` ("2021-08-15..2022-08-14"), the picker's shorthand for from/to. */
export const OVERVIEW_PARAM_KEYS = [...DASHBOARD_FILTER_KEYS, "period"] as const;

export const OVERVIEW_FILTER_LABELS: Record<string, string> = {
  period: "Period",
  from: "From",
  to: "To",
  province: "Province",
  district: "District",
  group: "Group",
  metric: "Map metric",
  source: "Source",
  certainty: "Attribution",
};

/**
 * Reads the overview's filters from the URL. A `period` from the picker stands for from/to; dates typed
 * by hand win over it. Invalid values are dropped and reported, so a mistyped link still opens.
 */
export function parseOverviewParams(sp: SearchParams) {
  const raw: SearchParams = { ...sp };
  const ignored: { key: string; message: string }[] = [];
  const period = param(sp, "period");
  if (period && !param(sp, "from") && !param(sp, "to")) {
    const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(period);
    if (m) {
      raw.from = m[1];
      raw.to = m[2];
    } else ignored.push({ key: "period", message: "Pick a period from the list." });
  }
  const parsed = parseFilters(DashboardFilter, raw, DASHBOARD_FILTER_KEYS);
  // A half-open period (only from, or only to) cannot be compared with a previous one: say so.
  if (parsed.filter.from && !parsed.filter.to) ignored.push({ key: "from", message: "Give the period an end date too." });
  if (parsed.filter.to && !parsed.filter.from) ignored.push({ key: "to", message: "Give the period a start date too." });
  const filter = parsed.filter.from && parsed.filter.to ? parsed.filter : { ...parsed.filter, from: undefined, to: undefined };
  return { filter, ignored: [...ignored, ...parsed.ignored] };
}

/** The incident-log part of the overview's filters (the list, the log counts, the main trend). */
export function incidentFilterOf(filter: DashboardFilter): IncidentFilter {
  return {
    // Without a province the overview is about Pakistan: Afghan incidents stay out of its counts and lists.
    country: filter.province ? undefined : "PK",
    province: filter.province,
    district: filter.district,
    group: filter.group,
    certainty: filter.certainty,
    source: filter.source,
    from: filter.from,
    to: filter.to,
  };
}

/** The main trend shows the whole log for the selection, so the chosen period has a context. */
export function trendFilterOf(filter: DashboardFilter): IncidentFilter {
  return { ...incidentFilterOf(filter), from: undefined, to: undefined };
}
