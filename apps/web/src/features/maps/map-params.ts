import { FATA_MERGER_DATE, IsoDate, Metric } from "@monitor/domain";
import { z } from "zod";

/** The map page's URL state, validated with zod like every other input. */
export const MapParams = z.object({
  layer: z.enum(["published", "incidents"]).default("published"),
  // Percent changes and "other" figures measure different things per area; they are not mapped.
  metric: Metric.exclude(["percent_change", "other"]).default("terror_attacks"),
  period: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/, "Pick a period from the list.")
    .optional(),
  province: z
    .string()
    .regex(/^PK-[A-Z]{2}$/, "Pick a Pakistan province.")
    .optional(),
  country: z.enum(["PK", "AF"]).default("PK"),
  boundary: z.enum(["auto", "post2018", "pre2018"]).default("auto"),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type MapParams = z.infer<typeof MapParams>;

export const MAP_PARAM_KEYS = ["layer", "metric", "period", "province", "country", "boundary", "from", "to"] as const;

/** Pre-2018 boundaries (FATA separate) for periods that end before the merger, unless chosen by hand. */
export function resolveBoundary(choice: MapParams["boundary"], periodEnd: string | undefined): "post2018" | "pre2018" {
  if (choice !== "auto") return choice;
  return periodEnd !== undefined && periodEnd < FATA_MERGER_DATE ? "pre2018" : "post2018";
}
