/**
 * CSV import of incidents and figures, for files of any size: the browser streams the file and sends
 * it in chunks of rows; each chunk is checked here with the domain's row rules (dates, places through
 * the geo aliases, groups through their aliases, figures) and against the incidents already held
 * (likely duplicates, rows imported before), then staged. The commit writes every accepted row in one
 * transaction, or nothing.
 */
import {
  bulkInsertImported,
  countStagedRows,
  type Database,
  existingImportKeys,
  finishImportBatch,
  getImportBatch,
  getSourceText,
  type ImportBatchRow,
  importReferenceData,
  incidentsNear,
  insertImportBatch,
  listStagedCandidates,
  loadRecordIds,
  pageStagedRecords,
  pruneImportBatches,
  stageImportRows,
} from "@monitor/db";
import {
  type AuditActor,
  buildGroupLookup,
  ConflictError,
  type DatePrecision,
  duplicatesWithinFile,
  ForbiddenError,
  type ImportKind,
  type ImportMapping,
  type ImportOptions,
  type ImportRowResult,
  type Incident,
  indexIncidentsForDuplicates,
  NotFoundError,
  normaliseForQuoteMatch,
  parseIncidentRow,
  parseStatisticRow,
  type RawRow,
  type Statistic,
  ValidationError,
} from "@monitor/domain";
import { auditedTransaction } from "../audit";
import { appToday } from "../today";

const DAY = 86_400_000;

async function ownBatch(db: Database, userId: string, batchId: string, lock = false): Promise<ImportBatchRow> {
  const batch = await getImportBatch(db, batchId, lock);
  if (!batch) throw new NotFoundError("import", batchId);
  if (batch.createdBy !== userId) throw new ForbiddenError("This import was started by someone else; start your own.");
  if (batch.status !== "staging") {
    throw new ConflictError(
      batch.status === "committed"
        ? `This file was already imported (${batch.imported ?? 0} rows). Upload it again to check it anew.`
        : "This import was discarded. Upload the file again.",
    );
  }
  return batch;
}

export async function startImport(
  db: Database,
  userId: string,
  input: { fileName: string; mapping: ImportMapping; options: ImportOptions },
  now: Date,
) {
  // Uploads abandoned for a day are cleared when the next one starts.
  await pruneImportBatches(db, new Date(now.getTime() - DAY));
  if (input.options.defaultSource) {
    const ids = await loadRecordIds(db);
    if (!ids.sources.has(input.options.defaultSource.source)) {
      throw new ValidationError("The default source is not in the Monitor; pick one from the list or add it first.", [
        { path: ["options", "defaultSource", "source"], message: "Unknown source." },
      ]);
    }
  }
  const batch = await insertImportBatch(
    db,
    {
      kind: input.mapping.kind,
      fileName: input.fileName,
      mapping: input.mapping.mapping as Record<string, string | null>,
      options: input.options as unknown as Record<string, unknown>,
      createdBy: userId,
    },
    now,
  );
  return { batchId: batch.id };
}

export interface CheckedRow {
  rowNumber: number;
  ok: boolean;
  errors: { column: string | null; field: string; value: string | null; message: string }[];
  warnings: string[];
  /** Existing incidents the row likely duplicates. */
  duplicateOf: { key: string; title: string; date: string }[];
  /** The row's record is already in the Monitor (the file, or this row, was imported before). */
  alreadyImported: boolean;
  /** What the row becomes, in a few words, for the preview. */
  preview: { date: string; place: string; what: string; figures: string } | null;
}

function previewOf(kind: ImportKind, rec: Incident | Statistic): CheckedRow["preview"] {
  if (kind === "incidents") {
    const i = rec as Incident;
    return {
      date: i.date,
      place: i.district ?? i.province ?? i.country,
      what: `${i.title}${i.perpetrators.length ? ` · ${i.perpetrators.map((p) => p.group).join(", ")}` : ""}`,
      figures: `${i.killed ?? "?"} killed, ${i.injured ?? "?"} injured`,
    };
  }
  const s = rec as Statistic;
  return {
    date: s.periodStart === s.periodEnd ? s.periodStart : `${s.periodStart} – ${s.periodEnd}`,
    place: s.geography.district ?? s.geography.province ?? s.geography.country ?? "",
    what: s.label ?? s.metric,
    figures: `${s.value} ${s.unit}`,
  };
}

/** Checks and stages one chunk of rows (a chunk sent again replaces its rows). */
export async function checkImportChunk(
  db: Database,
  userId: string,
  input: { batchId: string; firstRowNumber: number; rows: RawRow[] },
  now: Date,
  timeZone?: string,
): Promise<CheckedRow[]> {
  const batch = await ownBatch(db, userId, input.batchId);
  const kind = batch.kind;
  const options = batch.options as unknown as ImportOptions;
  const { groups, sources } = await importReferenceData(db);
  const knownGroups = buildGroupLookup(groups);
  const knownSources = new Set(sources.map((s) => s.slug));
  const today = appToday(now, timeZone);

  const results: ImportRowResult<Incident | Statistic>[] = input.rows.map((raw, i) => {
    const ctx = {
      rowNumber: input.firstRowNumber + i,
      defaultSource: options.defaultSource,
      knownGroups,
      knownSources,
      today,
      dateOrder: options.dateOrder,
    };
    return kind === "incidents" ? parseIncidentRow(raw, batch.mapping, ctx) : parseStatisticRow(raw, batch.mapping, ctx);
  });
  // A quote taken from the file's quote column must be in its source's text when the Monitor holds
  // that text (a row without a quote column cites its description, and is only warned about).
  const quoteColumn = (batch.mapping as Record<string, string | null>).quote ?? null;
  if (quoteColumn) {
    const texts = new Map<string, string | null>();
    const held = async (slug: string) => {
      if (!texts.has(slug)) {
        const source = sources.find((x) => x.slug === slug);
        const text = source?.hasText ? await getSourceText(db, source.id) : null;
        texts.set(slug, text ? normaliseForQuoteMatch(text) : null);
      }
      return texts.get(slug) ?? null;
    };
    for (const [i, r] of results.entries()) {
      if (!r.ok) continue;
      for (const c of r.value.citations) {
        const text = await held(c.source);
        if (text && !text.includes(normaliseForQuoteMatch(c.quote))) {
          const title = sources.find((x) => x.slug === c.source)?.shortTitle ?? c.source;
          results[i] = {
            ok: false,
            rowNumber: r.rowNumber,
            warnings: r.warnings,
            errors: [
              {
                column: quoteColumn,
                field: "quote",
                value: c.quote,
                message: `The quote is not in the text of “${title}”. Copy the words exactly as the source prints them, or cite another source.`,
              },
            ],
          };
          break;
        }
      }
    }
  }
  const valid = results.flatMap((r) => (r.ok ? [r.value] : []));
  const existing = await existingImportKeys(
    db,
    kind,
    valid.map((v) => v.key),
  );

  const duplicatesOf = new Map<string, { key: string; title: string; date: string }[]>();
  if (kind === "incidents") {
    const incidents = valid as Incident[];
    const near = await incidentsNear(
      db,
      incidents.flatMap((i) => (i.district ? [{ district: i.district, date: i.date }] : [])),
    );
    const titles = new Map(near.map((n) => [n.key, n.title]));
    const index = indexIncidentsForDuplicates(near);
    for (const i of incidents) {
      if (existing.has(i.key)) continue;
      const found = index.find(
        {
          date: i.date,
          datePrecision: i.datePrecision,
          district: i.district,
          groups: i.perpetrators.filter((p) => p.attribution !== "denied").map((p) => p.group),
        },
        { limit: 5, excludeKey: i.key },
      );
      if (found.length)
        duplicatesOf.set(
          i.key,
          found.map((f) => ({ key: f.key, title: titles.get(f.key) ?? f.key, date: f.date })),
        );
    }
  }

  await stageImportRows(
    db,
    batch.id,
    results.map((r) => ({
      rowNumber: r.rowNumber,
      record: r.ok ? (r.value as unknown as Record<string, unknown>) : null,
      key: r.ok ? r.value.key : null,
      errors: r.ok ? [] : r.errors,
      warnings: r.warnings,
      duplicateOf: r.ok
        ? [...(duplicatesOf.get(r.value.key)?.map((d) => d.key) ?? []), ...(existing.has(r.value.key) ? [r.value.key] : [])]
        : [],
    })),
  );

  return results.map((r) => ({
    rowNumber: r.rowNumber,
    ok: r.ok,
    errors: r.ok ? [] : r.errors,
    warnings: r.warnings,
    duplicateOf: r.ok ? (duplicatesOf.get(r.value.key) ?? []) : [],
    alreadyImported: r.ok && existing.has(r.value.key),
    preview: r.ok ? previewOf(kind, r.value) : null,
  }));
}

type Candidate = Awaited<ReturnType<typeof listStagedCandidates>>[number];

function withinFile(kind: ImportKind, candidates: readonly Candidate[]) {
  return duplicatesWithinFile(
    candidates.map((c) => ({
      rowNumber: c.rowNumber,
      key: c.key ?? undefined,
      // Figures are only compared by key (identical rows); incidents also by the same-event rule.
      date: c.date ?? "",
      datePrecision: (c.datePrecision ?? "day") as DatePrecision,
      district: kind === "incidents" ? c.district : null,
      groups: kind === "incidents" ? (c.groups ?? []) : [],
    })),
  );
}

/** After the last chunk: counts and the rows that repeat earlier rows of the same file. */
export async function reviewImport(db: Database, userId: string, batchId: string) {
  const batch = await ownBatch(db, userId, batchId);
  const [counts, candidates] = await Promise.all([countStagedRows(db, batchId), listStagedCandidates(db, batchId)]);
  const within = withinFile(batch.kind, candidates);
  return {
    rows: counts.rows,
    invalid: counts.invalid,
    valid: counts.rows - counts.invalid,
    duplicatesOfRecords: candidates.filter((c) => (c.duplicateOf ?? []).length > 0 && !(c.key && c.duplicateOf.includes(c.key))).length,
    alreadyImported: candidates.filter((c) => c.key && (c.duplicateOf ?? []).includes(c.key)).length,
    withinFile: within,
  };
}

/**
 * Writes the accepted rows in one transaction. Refused while rows have errors unless the editor chose
 * to leave them out; rows flagged as likely duplicates are left out unless the editor chose to keep
 * them; rows already in the Monitor are always left out.
 */
export function commitImport(
  db: Database,
  actor: AuditActor & { userId: string },
  input: { batchId: string; expectedRows: number; skipInvalid: boolean; includeDuplicates: boolean },
  now: Date,
) {
  return auditedTransaction(db, actor, now, async (tx) => {
    const batch = await ownBatch(tx, actor.userId, input.batchId, true);
    const counts = await countStagedRows(tx, batch.id);
    if (counts.rows !== input.expectedRows) {
      throw new ConflictError(
        `The server has ${counts.rows} of the file's ${input.expectedRows} rows: the upload did not finish. Nothing was imported; upload the file again.`,
      );
    }
    if (counts.invalid > 0 && !input.skipInvalid) {
      throw new ValidationError(
        `${counts.invalid} row(s) have errors. Nothing was imported: fix them (the error report lists each one) and upload again, or choose to leave them out.`,
        [{ path: ["skipInvalid"], message: "Rows with errors remain." }],
      );
    }
    const candidates = await listStagedCandidates(tx, batch.id);
    const flagged = new Set<number>();
    for (const w of withinFile(batch.kind, candidates)) {
      // A row identical to an earlier one is never imported twice.
      if (w.reason === "same-key" || !input.includeDuplicates) flagged.add(w.rowNumber);
    }
    let stagedAsImported = 0;
    for (const c of candidates) {
      const dupOf = c.duplicateOf ?? [];
      if (c.key && dupOf.includes(c.key)) {
        if (!flagged.has(c.rowNumber)) stagedAsImported++;
        flagged.add(c.rowNumber);
      } else if (dupOf.length > 0 && !input.includeDuplicates) flagged.add(c.rowNumber);
    }
    const ids = await loadRecordIds(tx);
    let alreadyImported = stagedAsImported;
    let imported = 0;
    let after = 0;
    for (;;) {
      const page = await pageStagedRecords(tx, batch.id, after, 2000);
      if (page.length === 0) break;
      after = page.at(-1)?.rowNumber ?? after;
      const accepted = page.filter((r) => !flagged.has(r.rowNumber)).map((r) => r.record as unknown as Incident | Statistic);
      // Someone may have imported some of these rows since they were checked.
      const taken = await existingImportKeys(
        tx,
        batch.kind,
        accepted.map((a) => a.key),
      );
      const fresh = accepted.filter((a) => !taken.has(a.key));
      alreadyImported += accepted.length - fresh.length;
      await bulkInsertImported(tx, batch.kind, fresh, ids, { actor, at: now, fileName: batch.fileName });
      imported += fresh.length;
    }
    await finishImportBatch(tx, batch.id, "committed", imported, now);
    const summary = {
      file: batch.fileName,
      kind: batch.kind,
      rows: counts.rows,
      imported,
      leftOutInvalid: counts.invalid,
      leftOutDuplicates:
        flagged.size -
        alreadyImported +
        (alreadyImported - candidates.filter((c) => c.key && (c.duplicateOf ?? []).includes(c.key)).length),
      alreadyImported,
    };
    return {
      result: summary,
      audit: {
        action: "dataset.import_csv",
        entityType: "dataset",
        entityId: batch.id,
        entityLabel: `${batch.fileName} (${imported} ${batch.kind})`,
        before: null,
        after: summary,
      },
    };
  });
}

export async function discardImport(db: Database, userId: string, batchId: string, now: Date) {
  const batch = await ownBatch(db, userId, batchId);
  await finishImportBatch(db, batch.id, "discarded", null, now);
  return { discarded: true };
}
