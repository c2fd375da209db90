/**
 * Editors' writes to any record (incident, figure, event, source, group, relationship, recommendation):
 * create, update, delete to the trash, restore, and merge a duplicate incident. Each is one audited
 * transaction that locks the record's row and checks the version the editor saw, so a stale edit is
 * refused with who changed what, and nothing is overwritten. References and quotes are checked before
 * anything is written.
 */
import {
  type Database,
  deleteRecordRow,
  deleteTrashEntry,
  getFamilyRow,
  getRecommendationByKey,
  getSourceBySlug,
  getSourceText,
  incidentsNear,
  insertTrash,
  isActiveOwner,
  latestRecordChange,
  listIncidentLinks,
  loadRecordIds,
  lockRecordRow,
  lockTrashEntry,
  readRecord,
  recordReferences,
  restoreRecommendationTracking,
  setRecordVersion,
  upsertIncidentLinks,
  writeRecord,
} from "@monitor/db";
import {
  type AnyRecord,
  type AuditActor,
  ConflictError,
  checkDatasetReferences,
  citationsOf,
  Dataset,
  type DeleteRecordInput,
  findIncidentDuplicates,
  type Incident,
  isQuoteInDocument,
  type MergeIncidentInput,
  mergeIncidents,
  NotFoundError,
  RECORD_SCHEMAS,
  RECORD_TYPE_LABELS,
  type RecordType,
  recordKeyOf,
  recordLabel,
  type SaveRecordInput,
  sameRecord,
  staleRecordMessage,
  ValidationError,
} from "@monitor/domain";
import { auditedTransaction } from "../audit";

const DATASET_LIST: Record<RecordType, keyof Dataset> = {
  incident: "incidents",
  statistic: "statistics",
  event: "events",
  source: "sources",
  group: "groups",
  relationship: "relationships",
  recommendation: "recommendations",
};

/** Sources, groups and places a record names must exist; paths come back relative to the record. */
async function checkReferences(db: Database, type: RecordType, record: AnyRecord) {
  const list = DATASET_LIST[type];
  const data = Dataset.parse({ [list]: [record] });
  const ids = await loadRecordIds(db);
  // The record itself is in `data`; only its references matter here.
  const issues = checkDatasetReferences(data, { sources: ids.sources.keys(), groups: ids.groups.keys() });
  if (issues.length > 0) {
    const relative = issues.map((i) => ({ path: i.path.slice(2), message: i.message }));
    throw new ValidationError(`${relative[0]?.message ?? "A reference is unknown."} Nothing was saved.`, relative);
  }
}

const citationId = (c: { source: string; quote: string }) => `${c.source}\u0000${c.quote}`;

/**
 * Every new or changed quote must be in its source's text when the Monitor holds that text (quotes
 * the record already had are not re-judged, so an edit of another field is never blocked by them).
 */
async function checkQuotes(db: Database, record: AnyRecord, before: AnyRecord | null = null) {
  const texts = new Map<string, string | null>();
  const held = new Set(before ? citationsOf(before).map((c) => citationId(c.citation)) : []);
  for (const { path, citation } of citationsOf(record)) {
    if (held.has(citationId(citation))) continue;
    if (!texts.has(citation.source)) {
      const source = await getSourceBySlug(db, citation.source);
      texts.set(citation.source, source?.hasText ? await getSourceText(db, source.id) : null);
    }
    const text = texts.get(citation.source);
    if (text && !isQuoteInDocument(citation.quote, text)) {
      throw new ValidationError(
        `A quote is not in the text of "${citation.source}": copy the words exactly as the source prints them. Nothing was saved.`,
        [{ path: [...path, "quote"], message: "Not found in the source's text. Copy the words exactly as printed." }],
      );
    }
  }
}

async function staleError(db: Database, type: RecordType, key: string, label: string, expected: number, current: number) {
  const latest = await latestRecordChange(db, type, key);
  return new ConflictError(staleRecordMessage({ label, expected, current, latest }));
}

/** Likely duplicates of an incident that no editor has decided about yet, closest first. */
export async function undecidedDuplicates(db: Database, incident: Incident) {
  if (!incident.district) return [];
  const near = await incidentsNear(db, [{ district: incident.district, date: incident.date }], { excludeKeys: [incident.key] });
  const matches = findIncidentDuplicates(
    {
      date: incident.date,
      datePrecision: incident.datePrecision,
      district: incident.district,
      groups: incident.perpetrators.filter((p) => p.attribution !== "denied").map((p) => p.group),
    },
    near,
  );
  const decided = new Set((await listIncidentLinks(db, [incident.key])).get(incident.key)?.map((l) => l.key) ?? []);
  const titles = new Map(near.map((n) => [n.key, n.title]));
  return matches.filter((m) => !decided.has(m.key)).map((m) => ({ ...m, title: titles.get(m.key) ?? m.key }));
}

/** Creates (expectedVersion null) or updates one record. */
export function saveRecord(db: Database, actor: AuditActor, input: SaveRecordInput, now: Date) {
  const { type } = input;
  let record = input.record as AnyRecord;
  const key = recordKeyOf(type, record);
  const label = recordLabel(type, record);
  return auditedTransaction(db, actor, now, async (tx) => {
    const row = await lockRecordRow(tx, type, key);
    if (input.expectedVersion === null) {
      if (row) {
        throw new ValidationError(
          `A ${RECORD_TYPE_LABELS[type].toLowerCase()} with the key “${key}” already exists. Pick another key, or open that record to edit it.`,
          [{ path: [type === "source" || type === "group" ? "slug" : "key"], message: "This key is taken." }],
        );
      }
      const deleted = await lockTrashEntry(tx, type, key);
      if (deleted) {
        throw new ValidationError(`“${deleted.label}” used the key “${key}” and is in the trash. Restore it, or pick another key.`, [
          { path: [type === "source" || type === "group" ? "slug" : "key"], message: "A deleted record has this key." },
        ]);
      }
    } else {
      if (!row) throw new NotFoundError(RECORD_TYPE_LABELS[type].toLowerCase(), key);
      if (row.version !== input.expectedVersion) throw await staleError(tx, type, key, label, input.expectedVersion, row.version);
    }
    const before = row ? await readRecord(tx, type, key) : null;

    if (type === "recommendation") {
      const rec = record as Extract<AnyRecord, { updates: unknown }>;
      if (before) {
        // Status moves only through dated updates on the tracker: an edit here keeps them as they are.
        const held = before as typeof rec;
        record = { ...rec, status: held.status, updates: held.updates };
      } else if (rec.status !== "not_assessed" || rec.updates.length > 0) {
        throw new ValidationError("A new recommendation starts as “not assessed”; record its status as an update on the tracker.", [
          { path: ["status"], message: "Leave it as “not assessed”." },
        ]);
      }
    }
    await checkReferences(tx, type, record);
    await checkQuotes(tx, record, before);

    if (type === "incident" && input.type === "incident") {
      const decisions = new Map(input.duplicates.map((d) => [d.key, d.decision]));
      const open = (await undecidedDuplicates(tx, record as Incident)).filter((d) => !decisions.has(d.key));
      if (open.length > 0) {
        throw new ValidationError(
          `This incident looks like ${open.map((d) => `“${d.title}” (${d.date})`).join(", ")}: same district, a day apart at most, a group in common. Compare them, then link, merge or confirm it is distinct.`,
          [{ path: ["duplicates"], message: `Decide about ${open.length} likely duplicate(s).` }],
        );
      }
      await upsertIncidentLinks(
        tx,
        input.duplicates.map((d) => ({ a: key, b: d.key, kind: d.decision === "link" ? "same_event" : "distinct" })),
        actor.label,
        now,
      );
    }

    if (before && sameRecord(before, { ...record, ...(type === "source" ? { text: null } : {}) })) {
      throw new ValidationError("Nothing changed: the record is as you saw it. Change a field, or close the form.", []);
    }
    const written = await writeRecord(tx, type, RECORD_SCHEMAS[type].parse(record) as AnyRecord);
    const after = await readRecord(tx, type, key);
    return {
      result: { type, key, version: written.version, created: !before },
      audit: {
        action: `${type}.${before ? "update" : "create"}`,
        entityType: type,
        entityId: key,
        entityLabel: label,
        before: before as Record<string, unknown> | null,
        after: after as Record<string, unknown> | null,
      },
    };
  });
}

/** Moves a record to the trash (its full snapshot) and removes it from every view. */
export function deleteRecord(db: Database, actor: AuditActor, input: DeleteRecordInput, now: Date) {
  const { type, key } = input;
  return auditedTransaction(db, actor, now, async (tx) => {
    const row = await lockRecordRow(tx, type, key);
    if (!row) throw new NotFoundError(RECORD_TYPE_LABELS[type].toLowerCase(), key);
    const record = await readRecord(tx, type, key);
    if (!record) throw new NotFoundError(RECORD_TYPE_LABELS[type].toLowerCase(), key);
    const label = recordLabel(type, record);
    if (row.version !== input.expectedVersion) throw await staleError(tx, type, key, label, input.expectedVersion, row.version);
    const refs = await recordReferences(tx, type, row.id);
    if (refs.length > 0) {
      throw new ConflictError(
        `“${label}” is still referred to by ${refs.map((r) => `${r.count} ${r.what}`).join(", ")}. Deleting it would change or break them: edit or delete those first.`,
      );
    }
    // The trash keeps what the record format leaves out (a source's document text, a recommendation's
    // owner and family), so a restore gives back what was deleted.
    let snapshot: Record<string, unknown> = record as unknown as Record<string, unknown>;
    if (type === "source") snapshot = { ...snapshot, text: await getSourceText(tx, row.id) };
    if (type === "recommendation") {
      const view = await getRecommendationByKey(tx, key);
      snapshot = { ...snapshot, tracking: { ownerId: view?.ownerId ?? null, familyKey: view?.family?.key ?? null } };
    }
    await insertTrash(
      tx,
      { type, key, label, snapshot: snapshot as unknown as AnyRecord, version: row.version, reason: input.reason, deletedBy: actor.label },
      now,
    );
    await deleteRecordRow(tx, type, row.id);
    return {
      result: { type, key, label },
      audit: {
        action: `${type}.delete`,
        entityType: type,
        entityId: key,
        entityLabel: label,
        before: { ...(record as Record<string, unknown>), ...(input.reason ? { deleteReason: input.reason } : {}) },
        after: null,
      },
    };
  });
}

/** Puts a deleted record back under its key, with the version it had plus one. */
export function restoreRecord(db: Database, actor: AuditActor, input: { type: RecordType; key: string }, now: Date) {
  const { type, key } = input;
  return auditedTransaction(db, actor, now, async (tx) => {
    const entry = await lockTrashEntry(tx, type, key);
    if (!entry) throw new NotFoundError(`deleted ${RECORD_TYPE_LABELS[type].toLowerCase()}`, key);
    if (await lockRecordRow(tx, type, key)) {
      throw new ConflictError(
        `A new record with the key “${key}” was created after “${entry.label}” was deleted. Delete or re-key it before restoring this one.`,
      );
    }
    const parsed = RECORD_SCHEMAS[type].safeParse(entry.snapshot);
    if (!parsed.success)
      throw new ValidationError(`The deleted record can no longer be read: ${parsed.error.issues[0]?.message ?? "invalid"}.`, []);
    const record = parsed.data as AnyRecord;
    try {
      await checkReferences(tx, type, record);
    } catch (err) {
      if (err instanceof ValidationError) {
        throw new ConflictError(
          `“${entry.label}” cannot come back yet: ${err.message.replace(" Nothing was saved.", "")} Restore or create what it refers to first.`,
        );
      }
      throw err;
    }
    const written = await writeRecord(tx, type, record, await loadRecordIds(tx));
    const tracking = (entry.snapshot as { tracking?: { ownerId: string | null; familyKey: string | null } }).tracking;
    if (type === "recommendation" && tracking) {
      // The owner only if still an active analyst or above, the family only if it still exists.
      const ownerId = tracking.ownerId && (await isActiveOwner(tx, tracking.ownerId)) ? tracking.ownerId : null;
      const family = tracking.familyKey ? await getFamilyRow(tx, tracking.familyKey) : null;
      await restoreRecommendationTracking(tx, written.id, { ownerId, familyId: family?.id ?? null });
    }
    await setRecordVersion(tx, type, written.id, entry.version + 1);
    await deleteTrashEntry(tx, entry.id);
    const after = await readRecord(tx, type, key);
    return {
      result: { type, key, version: entry.version + 1, label: entry.label },
      audit: {
        action: `${type}.restore`,
        entityType: type,
        entityId: key,
        entityLabel: entry.label,
        before: null,
        after: after as Record<string, unknown> | null,
      },
    };
  });
}

/** Folds a new report of an incident into the one held, instead of saving it as a second incident. */
export function mergeIncident(db: Database, actor: AuditActor, input: MergeIncidentInput, now: Date) {
  return auditedTransaction(db, actor, now, async (tx) => {
    const row = await lockRecordRow(tx, "incident", input.into);
    if (!row) throw new NotFoundError("incident", input.into);
    const held = await readRecord(tx, "incident", input.into);
    if (!held) throw new NotFoundError("incident", input.into);
    if (row.version !== input.expectedVersion) {
      throw await staleError(tx, "incident", input.into, held.title, input.expectedVersion, row.version);
    }
    await checkReferences(tx, "incident", input.record);
    await checkQuotes(tx, input.record, held);
    const merged = mergeIncidents(held, input.record);
    const written = await writeRecord(tx, "incident", merged);
    const after = await readRecord(tx, "incident", input.into);
    return {
      result: { type: "incident" as const, key: input.into, version: written.version },
      audit: {
        action: "incident.merge",
        entityType: "incident",
        entityId: input.into,
        entityLabel: held.title,
        before: held as unknown as Record<string, unknown>,
        after: { ...(after as unknown as Record<string, unknown>), mergedFrom: input.record.key },
      },
    };
  });
}
