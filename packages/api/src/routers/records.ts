/**
 * Data entry for every record type: read a record in its editable form, save (create or update
 * against the version the editor saw), delete to the trash, restore, merge a duplicate incident, its
 * history, and what changed across the dataset since a date. Writes are for editors and admins.
 */
import {
  getRecordVersion,
  getSourceBySlug,
  getSourceText,
  listIncidentLinks,
  listRecordChangesSince,
  listRecordHistory,
  listTrash,
  lockTrashEntry,
  readRecord,
} from "@monitor/db";
import {
  ChangesSinceInput,
  DeleteRecordInput,
  Incident,
  isQuoteInDocument,
  MergeIncidentInput,
  NotFoundError,
  quoteInContext,
  RECORD_TYPE_LABELS,
  RECORD_TYPES,
  RecordRef,
  SaveRecordInput,
  Slug,
  startOfDayInZone,
  TrashListInput,
} from "@monitor/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { userActor } from "../audit";
import { deleteRecord, mergeIncident, restoreRecord, saveRecord, undecidedDuplicates } from "../services/records";
import { readProcedure, roleProcedure } from "../trpc";

const editorProcedure = roleProcedure("editor");

export const recordsRouter = {
  /** A record as the form edits it, with its version; a deleted record comes back as `deleted`. */
  get: readProcedure.input(RecordRef).query(async ({ ctx, input }) => {
    const record = await readRecord(ctx.db, input.type, input.key);
    if (!record) {
      const deleted = await lockTrashEntry(ctx.db, input.type, input.key);
      if (deleted) {
        const { snapshot: _s, ...entry } = deleted;
        return { record: null, version: null, deleted: entry, links: [] };
      }
      throw new NotFoundError(RECORD_TYPE_LABELS[input.type].toLowerCase(), input.key);
    }
    const version = await getRecordVersion(ctx.db, input.type, input.key);
    const links = input.type === "incident" ? ((await listIncidentLinks(ctx.db, [input.key])).get(input.key) ?? []) : [];
    return { record, version, deleted: null, links };
  }),
  save: editorProcedure.input(SaveRecordInput).mutation(({ ctx, input }) => saveRecord(ctx.db, userActor(ctx.user), input, ctx.now())),
  delete: editorProcedure
    .input(DeleteRecordInput)
    .mutation(({ ctx, input }) => deleteRecord(ctx.db, userActor(ctx.user), input, ctx.now())),
  restore: editorProcedure.input(RecordRef).mutation(({ ctx, input }) => restoreRecord(ctx.db, userActor(ctx.user), input, ctx.now())),
  /** Folds a new incident into a likely duplicate already held (the new one is not saved). */
  mergeIncident: editorProcedure
    .input(MergeIncidentInput)
    .mutation(({ ctx, input }) => mergeIncident(ctx.db, userActor(ctx.user), input, ctx.now())),
  /**
   * Incidents already held that the one being entered likely duplicates (same district, a day apart at
   * most, a group in common), each in full for a side-by-side comparison. Pairs an editor has decided
   * about are left out.
   */
  incidentDuplicates: editorProcedure.input(z.object({ record: Incident })).query(async ({ ctx, input }) => {
    const found = await undecidedDuplicates(ctx.db, input.record);
    const full = await Promise.all(
      found.map(async (d) => ({
        ...d,
        record: await readRecord(ctx.db, "incident", d.key),
        version: await getRecordVersion(ctx.db, "incident", d.key),
      })),
    );
    return full.filter((d) => d.record !== null);
  }),
  /** Whether a quote is in a source's text (when the Monitor holds it), with the words around it. */
  checkQuote: readProcedure.input(z.object({ source: Slug, quote: z.string().trim().min(1).max(4000) })).query(async ({ ctx, input }) => {
    const source = await getSourceBySlug(ctx.db, input.source);
    if (!source) return { source: null, held: false, found: null, context: null };
    const text = source.hasText ? await getSourceText(ctx.db, source.id) : null;
    if (!text) return { source: source.shortTitle, held: false, found: null, context: null };
    const found = isQuoteInDocument(input.quote, text);
    return { source: source.shortTitle, held: true, found, context: found ? quoteInContext(text, input.quote) : null };
  }),
  /** Every change to one record (newest first): who, when, and the fields that changed. */
  history: readProcedure.input(RecordRef).query(async ({ ctx, input }) => {
    const [entries, version] = await Promise.all([
      listRecordHistory(ctx.db, input.type, input.key),
      getRecordVersion(ctx.db, input.type, input.key),
    ]);
    return { entries, version };
  }),
  /**
   * Changes to data records since the start of a day in the app's time zone, newest first: "what
   * changed since my last export". Returns the instant it counted from and the zone.
   */
  changesSince: readProcedure.input(ChangesSinceInput).query(async ({ ctx, input }) => {
    const since = startOfDayInZone(input.since, ctx.timeZone);
    const page = await listRecordChangesSince(ctx.db, {
      since,
      types: input.type ? [input.type] : RECORD_TYPES,
      limit: input.limit,
      offset: input.offset,
    });
    return { ...page, since: since.toISOString(), timeZone: ctx.timeZone };
  }),
  trash: editorProcedure.input(TrashListInput.default({ limit: 50, offset: 0 })).query(({ ctx, input }) => listTrash(ctx.db, input)),
} satisfies TRPCRouterRecord;
