import { getSourceBySlug, getSourceText, listCitationsBySource, listSources } from "@monitor/db";
import { NotFoundError, quoteInContext, Slug, SourceFilter } from "@monitor/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { cached, readProcedure } from "../trpc";

export const sourcesRouter = {
  list: readProcedure.input(SourceFilter.default({})).query(cached(({ ctx, input }) => listSources(ctx.db, input))),
  get: readProcedure.input(z.object({ slug: Slug })).query(
    cached(async ({ ctx, input }) => {
      const source = await getSourceBySlug(ctx.db, input.slug);
      if (!source) throw new NotFoundError("source", input.slug);
      const [citations, text] = await Promise.all([listCitationsBySource(ctx.db, source.id), getSourceText(ctx.db, source.id)]);
      // Each quote in its context in the document, when the app holds the document's text.
      return { source, citations: citations.map((c) => ({ ...c, context: text ? quoteInContext(text, c.quote) : null })) };
    }),
  ),
} satisfies TRPCRouterRecord;
