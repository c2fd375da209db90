import { countStatisticsByMetric, getStatisticByKey, listAllStatistics, listAreaStatistics, listStatistics } from "@monitor/db";
import {
  buildMapLayer,
  buildPublishedYearlySeries,
  CountryId,
  compareSourceFigures,
  filterToLevel,
  Metric,
  NotFoundError,
  RecordKey,
  StatisticFilter,
  StatisticListInput,
  withSources,
} from "@monitor/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { cached, readProcedure } from "../trpc";

export const statisticsRouter = {
  list: readProcedure
    .input(StatisticListInput.default({ limit: 50, offset: 0 }))
    .query(cached(({ ctx, input }) => listStatistics(ctx.db, input))),
  get: readProcedure.input(z.object({ key: RecordKey })).query(
    cached(async ({ ctx, input }) => {
      const stat = await getStatisticByKey(ctx.db, input.key);
      if (!stat) throw new NotFoundError("statistic", input.key);
      return stat;
    }),
  ),
  /** Figures for the same thing from different sources, side by side. */
  compare: readProcedure
    .input(StatisticFilter.extend({ includeSingles: z.boolean().default(false) }).default({ includeSingles: false }))
    .query(
      cached(async ({ ctx, input }) => {
        const { includeSingles, ...filter } = input;
        const stats = await listAllStatistics(ctx.db, filter);
        return compareSourceFigures(stats.map(withSources), { includeSingles });
      }),
    ),
  /** Yearly published figures, one series per source; partial-period figures are listed apart. */
  series: readProcedure.input(StatisticFilter.extend({ metric: Metric })).query(
    cached(async ({ ctx, input }) => {
      const stats = filterToLevel((await listAllStatistics(ctx.db, input)).map(withSources), input);
      const sourceTitles: Record<string, string> = {};
      for (const s of stats) for (const c of s.citations) sourceTitles[c.source] = c.sourceShortTitle;
      return { ...buildPublishedYearlySeries(stats), sourceTitles };
    }),
  ),
  /** The map's published-statistics layer: one period at a time, figures per area. */
  mapLayer: readProcedure
    .input(
      z.object({
        metric: Metric,
        country: CountryId.default("PK"),
        level: z.enum(["province", "district"]).default("province"),
        province: z.string().max(20).optional(),
        period: z.string().max(30).optional(),
      }),
    )
    .query(
      cached(async ({ ctx, input }) => {
        const stats = await listAreaStatistics(ctx.db, input);
        return buildMapLayer(stats.map(withSources), input.level, input.period);
      }),
    ),
  metrics: readProcedure
    .input(
      z
        .object({
          level: z.enum(["province", "district"]).optional(),
          country: CountryId.optional(),
          province: z.string().max(20).optional(),
        })
        .default({}),
    )
    .query(cached(({ ctx, input }) => countStatisticsByMetric(ctx.db, input))),
} satisfies TRPCRouterRecord;
