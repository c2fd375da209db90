import { listEvents } from "@monitor/db";
import { EventFilter } from "@monitor/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { readProcedure } from "../trpc";

export const eventsRouter = {
  list: readProcedure.input(EventFilter.default({})).query(({ ctx, input }) => listEvents(ctx.db, input)),
} satisfies TRPCRouterRecord;
