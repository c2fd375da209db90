import { countRecommendationsByStatus, getRecommendationByKey, listRecommendations } from "@monitor/db";
import { NotFoundError, RecommendationFilter, RecommendationListInput, RecordKey, summariseStatuses } from "@monitor/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { readProcedure } from "../trpc";

export const recommendationsRouter = {
  list: readProcedure
    .input(RecommendationListInput.default({ limit: 50, offset: 0 }))
    .query(({ ctx, input }) => listRecommendations(ctx.db, input)),
  get: readProcedure.input(z.object({ key: RecordKey })).query(async ({ ctx, input }) => {
    const rec = await getRecommendationByKey(ctx.db, input.key);
    if (!rec) throw new NotFoundError("recommendation", input.key);
    return rec;
  }),
  /** Counts per status, every status present. */
  scoreboard: readProcedure.input(RecommendationFilter.default({})).query(async ({ ctx, input }) => {
    const rows = await countRecommendationsByStatus(ctx.db, input);
    return summariseStatuses(rows.flatMap((r) => Array.from({ length: r.count }, () => ({ status: r.status }))));
  }),
} satisfies TRPCRouterRecord;
