import { getGroupBySlug, listGroups, listRelationships } from "@monitor/db";
import { GroupFilter, NotFoundError, RelationshipFilter, relationshipsAsOf, Slug } from "@monitor/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { cached, readProcedure } from "../trpc";

export const groupsRouter = {
  list: readProcedure.input(GroupFilter.default({})).query(cached(({ ctx, input }) => listGroups(ctx.db, input))),
  get: readProcedure.input(z.object({ slug: Slug })).query(
    cached(async ({ ctx, input }) => {
      const group = await getGroupBySlug(ctx.db, input.slug);
      if (!group) throw new NotFoundError("group", input.slug);
      return group;
    }),
  ),
  /** Ties between groups; with `asOf`, only those that held then and whose groups existed (see networkAsOf). */
  relationships: readProcedure.input(RelationshipFilter.default({})).query(
    cached(async ({ ctx, input }) => {
      const rels = await listRelationships(ctx.db, { group: input.group });
      if (!input.asOf && input.includeUndated !== false) return rels;
      const groups = input.asOf ? await listGroups(ctx.db, {}) : [];
      return relationshipsAsOf(rels, groups, { asOf: input.asOf ?? null, includeUndated: input.includeUndated });
    }),
  ),
} satisfies TRPCRouterRecord;
