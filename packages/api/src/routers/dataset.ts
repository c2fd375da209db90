import { countSources, getIncidentCoverage, getStatisticsCoverage, pingDatabase } from "@monitor/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { cached, publicProcedure, readProcedure } from "../trpc";

export const datasetRouter = {
  /** What the data covers: "published figures up to …; incident log up to …". */
  coverage: readProcedure.query(
    cached(async ({ ctx }) => {
      const [statistics, incidents, sources] = await Promise.all([
        getStatisticsCoverage(ctx.db),
        getIncidentCoverage(ctx.db),
        countSources(ctx.db),
      ]);
      return { statistics, incidents, sources };
    }),
  ),
  /** Liveness of the API and its data store (public, for load balancers and uptime checks). */
  health: publicProcedure.query(async ({ ctx }) => {
    await pingDatabase(ctx.db);
    return { ok: true as const, time: ctx.now().toISOString() };
  }),
} satisfies TRPCRouterRecord;
