import { CountryId, IsoDate, Metric, Slug } from "@monitor/domain";
import { z } from "zod";

/** The source-comparison page's URL state. */
export const CompareParams = z.object({
  metric: Metric.optional(),
  country: CountryId.optional(),
  province: z.string().max(20).optional(),
  district: z.string().max(60).optional(),
  group: Slug.optional(),
  source: Slug.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  singles: z.enum(["1"]).optional(),
});
export type CompareParams = z.infer<typeof CompareParams>;
export const COMPARE_PARAM_KEYS = ["metric", "country", "province", "district", "group", "source", "from", "to", "singles"] as const;
export const COMPARE_FILTER_LABELS: Record<string, string> = {
  metric: "Metric",
  country: "Country",
  province: "Province",
  district: "District",
  group: "Group",
  source: "Source",
  from: "From",
  to: "To",
  singles: "Single-source figures",
};
