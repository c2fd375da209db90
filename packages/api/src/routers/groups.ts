import { getGroupBySlug, listGroups, listRelationships } from "@monitor/db";
import { GroupFilter, NotFoundError, Slug } from "@monitor/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { readProcedure } from "../trpc";

export const groupsRouter = {
  list: readProcedure.input(GroupFilter.default({})).query(({ ctx, input }) => listGroups(ctx.db, input)),
  get: readProcedure.input(z.object({ slug: Slug })).query(async ({ ctx, input }) => {
    const group = await getGroupBySlug(ctx.db, input.slug);
    if (!group) throw new NotFoundError("group", input.slug);
    return group;
  }),
  relationships: readProcedure
    .input(z.object({ group: Slug.optional() }).default({}))
    .query(({ ctx, input }) => listRelationships(ctx.db, input)),
} satisfies TRPCRouterRecord;
