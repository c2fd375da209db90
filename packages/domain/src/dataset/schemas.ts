import { z } from "zod";
import { TimelineEvent } from "../events/schemas";
import { Group, GroupRelationship } from "../groups/schemas";
import { Incident } from "../incidents/schemas";
import { Recommendation, RecommendationFamily } from "../recommendations/schemas";
import { Source } from "../sources/schemas";
import { Statistic } from "../statistics/schemas";

/**
 * The whole dataset as one document: the `pnpm data:export` / `pnpm data:import` format, and the
 * shape each seed report module contributes. Records refer to each other by natural key
 * (source and group slugs), never by database id, so a file moves between databases.
 */
export const Dataset = z.object({
  format: z.literal("militancy-monitor/dataset@1").default("militancy-monitor/dataset@1"),
  sources: z.array(Source).default([]),
  groups: z.array(Group).default([]),
  relationships: z.array(GroupRelationship).default([]),
  statistics: z.array(Statistic).default([]),
  incidents: z.array(Incident).default([]),
  events: z.array(TimelineEvent).default([]),
  recommendations: z.array(Recommendation).default([]),
  /** Recommendations confirmed by an editor to be one recommendation made in several reports. */
  recommendationFamilies: z.array(RecommendationFamily).default([]),
});
export type Dataset = z.infer<typeof Dataset>;
export type DatasetInput = z.input<typeof Dataset>;
