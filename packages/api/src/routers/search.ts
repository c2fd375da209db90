import { searchRecords } from "@monitor/db";
import { SearchInput } from "@monitor/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { readProcedure } from "../trpc";

export const searchRouter = {
  /**
   * One search box over groups, sources, recommendations and incidents: names, aliases, abbreviations
   * and transliteration variants, then words, then near spellings (packages/domain/src/search).
   */
  query: readProcedure
    .input(SearchInput)
    .query(({ ctx, input }) => searchRecords(ctx.db, input.q, { types: input.types, limit: input.limit })),
} satisfies TRPCRouterRecord;
