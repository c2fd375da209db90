import { listEvents } from "@monitor/db";
import { EventFilter } from "@monitor/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { cached, readProcedure } from "../trpc";

export const eventsRouter = {
  list: readProcedure.input(EventFilter.default({})).query(cached(({ ctx, input }) => listEvents(ctx.db, input))),
} satisfies TRPCRouterRecord;
