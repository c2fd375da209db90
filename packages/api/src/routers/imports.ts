/**
 * CSV import of incidents and figures (editors): start a batch with the confirmed mapping, send the
 * file's rows in chunks to be checked and staged, review the whole file, then commit all accepted
 * rows in one transaction, or discard. See services/imports.ts.
 */
import { ImportMapping, ImportOptions } from "@monitor/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { userActor } from "../audit";
import { checkImportChunk, commitImport, discardImport, reviewImport, startImport } from "../services/imports";
import { roleProcedure } from "../trpc";

const editorProcedure = roleProcedure("editor");
const BatchId = z.uuid({ error: "Unknown import: upload the file again." });

/** At most this many rows per chunk; the browser sends 2,000. */
export const IMPORT_CHUNK_MAX_ROWS = 5000;

const RawRow = z.record(z.string().max(200), z.string().max(20_000, "A cell is longer than 20,000 characters; shorten it."));

export const importsRouter = {
  start: editorProcedure
    .input(
      z.object({
        fileName: z.string().trim().min(1).max(255),
        mapping: ImportMapping,
        options: ImportOptions.default({ defaultSource: null, dateOrder: "day-first" }),
      }),
    )
    .mutation(({ ctx, input }) => startImport(ctx.db, ctx.user.id, input, ctx.now())),
  check: editorProcedure
    .input(
      z.object({
        batchId: BatchId,
        firstRowNumber: z.number().int().min(2).max(100_000_000),
        rows: z.array(RawRow).min(1).max(IMPORT_CHUNK_MAX_ROWS, `Send at most ${IMPORT_CHUNK_MAX_ROWS} rows at a time.`),
      }),
    )
    .mutation(({ ctx, input }) => checkImportChunk(ctx.db, ctx.user.id, input, ctx.now(), ctx.timeZone)),
  review: editorProcedure.input(z.object({ batchId: BatchId })).query(({ ctx, input }) => reviewImport(ctx.db, ctx.user.id, input.batchId)),
  commit: editorProcedure
    .input(
      z.object({
        batchId: BatchId,
        expectedRows: z.number().int().min(1).max(100_000_000),
        skipInvalid: z.boolean().default(false),
        includeDuplicates: z.boolean().default(false),
      }),
    )
    .mutation(({ ctx, input }) => commitImport(ctx.db, { ...userActor(ctx.user), userId: ctx.user.id }, input, ctx.now())),
  discard: editorProcedure
    .input(z.object({ batchId: BatchId }))
    .mutation(({ ctx, input }) => discardImport(ctx.db, ctx.user.id, input.batchId, ctx.now())),
} satisfies TRPCRouterRecord;
