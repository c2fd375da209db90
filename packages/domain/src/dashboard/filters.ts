import { z } from "zod";
import { isAdminUnitId, provinceOf } from "../geo/admin-units";
import { Certainty } from "../incidents/schemas";
import { IsoDate, Slug } from "../shared/schemas";
import { Metric } from "../statistics/schemas";

/**
 * The dashboard's filters, as they stand in the URL (so a copied link reopens the same view) and as
 * the overview's procedures take them. A period is a closed range of ISO dates; figures are matched
 * to it exactly (published figures keep their own periods) and incidents by date.
 */
export const DashboardFilter = z
  .object({
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    province: z
      .string()
      .max(20)
      .refine((id) => isAdminUnitId(id, "province"), "Pick a province from the list.")
      .optional(),
    district: z
      .string()
      .max(60)
      .refine((id) => isAdminUnitId(id, "district"), "Pick a district from the list.")
      .optional(),
    group: Slug.optional(),
    /** The map's and the trend's metric on the overview. */
    metric: Metric.exclude(["percent_change", "other"]).optional(),
    source: Slug.optional(),
    certainty: Certainty.optional(),
  })
  .refine((f) => !(f.from && f.to) || f.from <= f.to, { message: "The period must start before it ends.", path: ["to"] })
  .refine((f) => !f.district || provinceOf(f.district) === f.province, {
    message: "That district is not in the chosen province.",
    path: ["district"],
  });
export type DashboardFilter = z.infer<typeof DashboardFilter>;

export const DASHBOARD_FILTER_KEYS = ["from", "to", "province", "district", "group", "metric", "source", "certainty"] as const;

/** A named period analysts pick from: calendar years and the reports' own reporting years. */
export interface PeriodOption {
  from: string;
  to: string;
  label: string;
}

/**
 * The periods offered in the period picker: every period a published figure covers for a whole year
 * (calendar years and Aug–Aug "years" such as PIPS's), most recent first, without duplicates, plus
 * every calendar year of the incident log's coverage.
 */
export function periodOptions(
  figurePeriods: readonly { start: string; end: string }[],
  incidentYears: { first: number; last: number } | null,
  format: (start: string, end: string) => string,
): PeriodOption[] {
  const seen = new Map<string, PeriodOption>();
  const add = (from: string, to: string) => {
    const key = `${from}..${to}`;
    if (!seen.has(key)) seen.set(key, { from, to, label: format(from, to) });
  };
  for (const p of figurePeriods) {
    const days = (Date.parse(`${p.end}T00:00:00Z`) - Date.parse(`${p.start}T00:00:00Z`)) / 86_400_000;
    if (days >= 363 && days <= 366) add(p.start, p.end);
  }
  if (incidentYears) for (let y = incidentYears.first; y <= incidentYears.last; y++) add(`${y}-01-01`, `${y}-12-31`);
  return [...seen.values()].sort((a, b) => b.to.localeCompare(a.to) || b.from.localeCompare(a.from));
}

/** The pages a saved view may point to (the dashboard's own), so a saved link can never lead elsewhere. */
export const SAVED_VIEW_PATHS = ["/", "/map", "/trends", "/incidents", "/statistics", "/compare", "/timeline"] as const;

export const SavedViewInput = z.object({
  name: z.string().trim().min(1, "Give the view a name.").max(80, "Keep the name under 80 characters."),
  path: z.enum(SAVED_VIEW_PATHS, { message: "Only dashboard pages can be saved as views." }),
  /** The query string without "?", as the page wrote it. */
  query: z
    .string()
    .max(2000, "This view has too many filters to save.")
    .refine((q) => !q.startsWith("?"), "Leave out the leading '?'."),
});
export type SavedViewInput = z.infer<typeof SavedViewInput>;

export interface SavedView {
  id: string;
  name: string;
  path: (typeof SAVED_VIEW_PATHS)[number];
  query: string;
  createdAt: Date;
}

/** The link a saved view reopens. */
export function savedViewHref(v: Pick<SavedView, "path" | "query">): string {
  return v.query ? `${v.path}?${v.query}` : v.path;
}
