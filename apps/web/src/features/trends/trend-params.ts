import { BreakdownDimension, BreakdownMeasure, DashboardFilter, Granularity, Metric } from "@monitor/domain";
import type { z } from "zod";

/**
 * The Trends page's URL state: the dashboard's filters (period, place, group, metric, source,
 * attribution certainty) plus how the incident log is cut (per year or month, what it sums, what it
 * is broken down by). A copied link reopens the same view; an invalid value is dropped with a note.
 */
export const TrendParams = DashboardFilter.safeExtend({
  // Percent changes and "other" figures are not one quantity over time: they are not plotted.
  metric: Metric.exclude(["percent_change", "other"]).default("terror_attacks"),
  granularity: Granularity.default("year"),
  measure: BreakdownMeasure.default("incidents"),
  breakdown: BreakdownDimension.optional(),
}).refine((p) => p.breakdown !== "district" || p.province !== undefined, {
  message: "Districts are broken down within one province: pick a province first.",
  path: ["breakdown"],
});
export type TrendParams = z.infer<typeof TrendParams>;

export const TREND_PARAM_KEYS = [
  "from",
  "to",
  "province",
  "district",
  "group",
  "metric",
  "source",
  "certainty",
  "granularity",
  "measure",
  "breakdown",
] as const;

export const TREND_PARAM_LABELS: Record<(typeof TREND_PARAM_KEYS)[number], string> = {
  from: "From",
  to: "To",
  province: "Province",
  district: "District",
  group: "Group",
  metric: "Metric",
  source: "Source",
  certainty: "Attribution",
  granularity: "Per",
  measure: "Count",
  breakdown: "Break down by",
};

const DEFAULTS: Partial<Record<keyof TrendParams, string>> = { metric: "terror_attacks", granularity: "year", measure: "incidents" };

/**
 * The query values of a view, without the defaults (so a shared link stays short), with `changes`
 * applied; `undefined` in `changes` removes a value.
 */
export function trendQuery(params: TrendParams, changes: Partial<Record<keyof TrendParams, string | undefined>> = {}) {
  const merged: Record<string, string | undefined> = { ...(params as Record<string, string | undefined>), ...changes };
  const out: Record<string, string> = {};
  for (const key of TREND_PARAM_KEYS) {
    const v = merged[key];
    if (v !== undefined && v !== "" && DEFAULTS[key] !== v) out[key] = v;
  }
  return out;
}

/** The published-figures query of a view. A district is not passed: published series stand for whole provinces. */
export function publishedInput(p: TrendParams) {
  return { metric: p.metric, province: p.province, group: p.group, source: p.source, from: p.from, to: p.to };
}

/** The incident-log filter of a view. */
export function incidentFilterOf(p: TrendParams) {
  return {
    province: p.province,
    district: p.district,
    group: p.group,
    certainty: p.certainty,
    source: p.source,
    from: p.from,
    to: p.to,
  };
}
