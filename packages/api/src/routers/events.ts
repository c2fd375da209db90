import { listEvents } from "@monitor/db";
import { IsoDate } from "@monitor/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { readProcedure } from "../trpc";

export const eventsRouter = {
  list: readProcedure
    .input(z.object({ from: IsoDate.optional(), to: IsoDate.optional(), markers: z.boolean().optional() }).default({}))
    .query(({ ctx, input }) => listEvents(ctx.db, input)),
} satisfies TRPCRouterRecord;
