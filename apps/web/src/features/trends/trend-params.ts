import { Metric, Slug } from "@monitor/domain";
import { z } from "zod";

export const TrendParams = z.object({
  metric: Metric.default("terror_attacks"),
  province: z
    .string()
    .regex(/^PK-[A-Z]{2}$/, "Pick a Pakistan province from the list.")
    .optional(),
  group: Slug.optional(),
  granularity: z.enum(["year", "month"]).default("year"),
  measure: z.enum(["incidents", "killed", "injured"]).default("incidents"),
});
export type TrendParams = z.infer<typeof TrendParams>;
export const TREND_PARAM_KEYS = ["metric", "province", "group", "granularity", "measure"] as const;
