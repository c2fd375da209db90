import { AdminLevel, listAdminUnits } from "@monitor/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { cached, readProcedure } from "../trpc";

export const geoRouter = {
  /** Countries, provinces and districts with the ids of the boundary files (for pickers and labels). */
  units: readProcedure
    .input(z.object({ level: AdminLevel.optional(), parent: z.string().max(20).optional() }).default({}))
    .query(cached(({ input }) => listAdminUnits(input))),
} satisfies TRPCRouterRecord;
