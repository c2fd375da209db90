import { FATA_MERGER_DATE, getAdminUnit, IncidentType, IsoDate, Metric, RANK_SORT_KEYS, Slug } from "@monitor/domain";
import { z } from "zod";

/** The map page's URL state, validated with zod like every other input. Everything a view shows is here, so a link reopens it. */
export const MapParams = z.object({
  /** Published statistics, incident-log counts, or where a group operates. Default: published (Pakistan), groups (Afghanistan). */
  layer: z.enum(["published", "incidents", "groups"]).optional(),
  // Percent changes and "other" figures measure different things per area; they are not mapped.
  metric: Metric.exclude(["percent_change", "other"]).default("terror_attacks"),
  period: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/, "Pick a period from the list.")
    .optional(),
  /** "district" without a province: every district of Pakistan. */
  level: z.enum(["province", "district"]).optional(),
  province: z
    .string()
    .regex(/^PK-[A-Z]{2}$/, "Pick a Pakistan province.")
    .optional(),
  /** The district in focus (its figures in the side panel). */
  district: z
    .string()
    .regex(/^pk-[a-z]{2}-[a-z0-9-]+$/, "Pick a district on the map.")
    .max(60)
    .optional(),
  country: z.enum(["PK", "AF"]).default("PK"),
  boundary: z.enum(["auto", "post2018", "pre2018"]).default("auto"),
  /** Incident layer: the incident type and dates. */
  type: IncidentType.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** Group presence layer: the group's slug. */
  group: Slug.optional(),
  /** District ranking table order. */
  sort: z.enum(RANK_SORT_KEYS).optional(),
  dir: z.enum(["asc", "desc"]).optional(),
});
export type MapParams = z.infer<typeof MapParams>;

export const MAP_PARAM_KEYS = [
  "layer",
  "metric",
  "period",
  "level",
  "province",
  "district",
  "country",
  "boundary",
  "type",
  "from",
  "to",
  "group",
  "sort",
  "dir",
] as const;

export type MapLayerKind = NonNullable<MapParams["layer"]>;

/** What the page draws, resolved from the URL: the layer, the level, and a province/district only where they apply. */
export interface MapView {
  layer: MapLayerKind;
  level: "province" | "district";
  /** Pakistan province whose districts are drawn. */
  province?: string;
  /** District in focus (on a district map only). */
  district?: string;
}

export function resolveMapView(params: MapParams): MapView {
  const layer = params.layer ?? (params.country === "AF" ? "groups" : "published");
  if (params.country === "AF") return { layer, level: "province" };
  const province = params.province && getAdminUnit(params.province)?.level === "province" ? params.province : undefined;
  const level = province || params.level === "district" ? "district" : "province";
  const unit = params.district ? getAdminUnit(params.district) : undefined;
  const district =
    level === "district" && unit?.level === "district" && (!province || unit.parent === province || province === "PK-TA")
      ? unit.id
      : undefined;
  return { layer, level, province, district };
}

/** Pre-2018 boundaries (FATA separate) for periods that end before the merger, unless chosen by hand. */
export function resolveBoundary(choice: MapParams["boundary"], periodEnd: string | undefined): "post2018" | "pre2018" {
  if (choice !== "auto") return choice;
  return periodEnd !== undefined && periodEnd < FATA_MERGER_DATE ? "pre2018" : "post2018";
}

/**
 * The URL of a map view: the current parameters with some changed. Dropped: values equal to their
 * default, and the district focus, period and table order when the view they belong to changes.
 */
export function mapHref(params: MapParams, patch: Partial<Record<keyof MapParams, string | undefined>>): string {
  const next: Record<string, string | undefined> = {};
  for (const k of MAP_PARAM_KEYS) next[k] = (params as Record<string, string | undefined>)[k];
  const viewChanged = ["layer", "country", "province", "level", "metric"].some(
    (k) => k in patch && patch[k as keyof MapParams] !== next[k],
  );
  if (viewChanged) {
    next.district = undefined;
    next.sort = undefined;
    next.dir = undefined;
    if (!("period" in patch)) next.period = undefined;
  }
  Object.assign(next, patch);
  if (next.country === "PK") next.country = undefined;
  if (next.boundary === "auto") next.boundary = undefined;
  if (next.level === "province") next.level = undefined;
  const q = new URLSearchParams();
  for (const k of MAP_PARAM_KEYS) {
    const v = next[k];
    if (v !== undefined && v !== "") q.set(k, v);
  }
  const s = q.toString();
  return s ? `/map?${s}` : "/map";
}
