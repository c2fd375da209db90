import { getSourceBySlug, listCitationsBySource, listSources } from "@monitor/db";
import { NotFoundError, Slug, SourceFilter } from "@monitor/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { readProcedure } from "../trpc";

export const sourcesRouter = {
  list: readProcedure.input(SourceFilter.default({})).query(({ ctx, input }) => listSources(ctx.db, input)),
  get: readProcedure.input(z.object({ slug: Slug })).query(async ({ ctx, input }) => {
    const source = await getSourceBySlug(ctx.db, input.slug);
    if (!source) throw new NotFoundError("source", input.slug);
    return { source, citations: await listCitationsBySource(ctx.db, source.id) };
  }),
} satisfies TRPCRouterRecord;
