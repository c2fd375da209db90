/**
 * The recommendation tracker's writes. Each is one audited transaction that locks the rows it
 * changes (SELECT … FOR UPDATE) and checks the version the user saw, so two people never silently
 * overwrite each other: the second gets a conflict that says what changed.
 */
import {
  bumpFamily,
  countFamilyMembers,
  type Database,
  deleteFamily,
  getFamilyRow,
  getGroupBySlug,
  getSourceBySlug,
  getSourceText,
  insertDismissedPair,
  insertFamily,
  insertStatusUpdate,
  isActiveOwner,
  type LockedRecommendation,
  lockFamilies,
  lockRecommendation,
  type RecommendationFields,
  recommendationIdsByKey,
  setRecommendationFamily,
  updateRecommendationFields,
} from "@monitor/db";
import {
  type AuditActor,
  ConflictError,
  type DismissDuplicateInput,
  type Evidence,
  isQuoteInDocument,
  type LinkFamilyInput,
  NotFoundError,
  planStatusUpdate,
  type RecommendationEditInput,
  type RecordStatusUpdateInput,
  STATUS_LABELS,
  trackLabel,
  type UnlinkFamilyInput,
  ValidationError,
} from "@monitor/domain";
import { auditedTransaction } from "../audit";
import { appToday } from "../today";

function staleUpdateMessage(rec: LockedRecommendation, expected: number): string {
  const newer = rec.updates.at(-1);
  const what = newer
    ? ` The latest update: ${trackLabel(newer)} moved it from "${STATUS_LABELS[newer.from]}" to "${STATUS_LABELS[newer.to]}" on ${newer.date} (recorded by ${newer.author}).`
    : "";
  return `Someone else changed this recommendation while you were working (you had version ${expected}, it is now version ${rec.version}; its status is now "${STATUS_LABELS[rec.status]}").${what} Nothing was saved: reload, check their change and record yours again.`;
}

/**
 * Citation evidence must name a known source and, when the source holds its text, quote it
 * exactly; an invented quote is refused with the field it concerns.
 */
async function checkEvidence(db: Database, evidence: readonly Evidence[]) {
  for (const [i, e] of evidence.entries()) {
    if (e.kind !== "citation") continue;
    const source = await getSourceBySlug(db, e.citation.source);
    if (!source) {
      throw new ValidationError(`Evidence ${i + 1} cites an unknown source "${e.citation.source}".`, [
        { path: ["evidence", i, "citation", "source"], message: "Pick a source from the list." },
      ]);
    }
    const text = source.hasText ? await getSourceText(db, source.id) : null;
    if (text !== null && !isQuoteInDocument(e.citation.quote, text)) {
      throw new ValidationError(
        `Evidence ${i + 1}: the quote is not in "${source.shortTitle}". Copy the words exactly as the source prints them.`,
        [{ path: ["evidence", i, "citation", "quote"], message: "Not found in the source's text." }],
      );
    }
  }
}

/** An analyst's dated status update on one assessment track. */
export function recordStatusUpdate(db: Database, actor: AuditActor, raw: RecordStatusUpdateInput, now: Date, timeZone?: string) {
  // Our analysts' tracks are per place only: a name would open a track the forms cannot reach.
  const input = raw.assessor === "analyst" ? { ...raw, assessorName: null } : raw;
  return auditedTransaction(db, actor, now, async (tx) => {
    const rec = await lockRecommendation(tx, input.key);
    if (!rec) throw new NotFoundError("recommendation", input.key);
    if (rec.version !== input.expectedVersion) throw new ConflictError(staleUpdateMessage(rec, input.expectedVersion));
    if (input.nextReviewOn && input.nextReviewOn < appToday(now, timeZone)) {
      throw new ValidationError("The next review date is in the past. Pick today or a later date, or leave it empty.", [
        { path: ["nextReviewOn"], message: "Must be today or later." },
      ]);
    }
    if (input.assessor !== "analyst" && !input.assessorName?.trim()) {
      throw new ValidationError("Say whose assessment this is (for example “Ministry of Interior” or “PIPS”).", [
        { path: ["assessorName"], message: "Name the assessor." },
      ]);
    }
    await checkEvidence(tx, input.evidence);
    const { update, mainStatus, regression } = planStatusUpdate(rec, input, { now: appToday(now, timeZone), by: actor.label });
    const saved = await insertStatusUpdate(tx, rec, update, { mainStatus, nextReviewOn: input.nextReviewOn }, now);
    if (!saved) throw new ConflictError(staleUpdateMessage(rec, input.expectedVersion));
    return {
      result: { key: rec.key, version: saved.version, status: mainStatus, update, regression },
      audit: {
        action: "recommendation.status_update",
        entityType: "recommendation",
        entityId: rec.key,
        entityLabel: rec.title,
        before: { track: trackLabel(update), status: update.from, version: rec.version, nextReviewOn: rec.nextReviewOn },
        after: {
          track: trackLabel(update),
          status: update.to,
          date: update.date,
          note: update.note,
          evidence: update.evidence,
          regression,
          version: saved.version,
          nextReviewOn: input.nextReviewOn === undefined ? rec.nextReviewOn : input.nextReviewOn,
        },
      },
    };
  });
}

const FIELD_LABELS: Record<keyof RecommendationFields, string> = {
  title: "title",
  text: "text",
  theme: "theme",
  targetActors: "addressed to",
  priority: "priority",
  ownerId: "owner",
  nextReviewOn: "next review",
  provinces: "provinces",
  indicator: "outcome indicator",
};

function fieldsOf(r: LockedRecommendation): RecommendationFields {
  return {
    title: r.title,
    text: r.text,
    theme: r.theme,
    targetActors: r.targetActors,
    priority: r.priority,
    ownerId: r.ownerId,
    nextReviewOn: r.nextReviewOn,
    provinces: r.provinces,
    indicator: r.indicator,
  };
}

/** JSON with object keys sorted: jsonb does not keep key order, so plain JSON.stringify would see changes that are not. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

function changedFields(a: RecommendationFields, b: RecommendationFields): (keyof RecommendationFields)[] {
  return (Object.keys(FIELD_LABELS) as (keyof RecommendationFields)[]).filter((k) => canonical(a[k]) !== canonical(b[k]));
}

/** An editor's change to what a recommendation says and how it is tracked (never its status). */
export function editRecommendation(db: Database, actor: AuditActor, input: RecommendationEditInput, now: Date) {
  return auditedTransaction(db, actor, now, async (tx) => {
    const rec = await lockRecommendation(tx, input.key);
    if (!rec) throw new NotFoundError("recommendation", input.key);
    const before = fieldsOf(rec);
    const { key: _k, expectedVersion, ...rest } = input;
    const after: RecommendationFields = { ...rest, provinces: [...new Set(rest.provinces)] };
    if (rec.version !== expectedVersion) {
      const differ = changedFields(before, after).map((k) => FIELD_LABELS[k]);
      throw new ConflictError(
        `Someone else changed this recommendation while you were editing (you had version ${expectedVersion}, it is now version ${rec.version}).${
          differ.length ? ` It now differs from your form in: ${differ.join(", ")}.` : ""
        } Nothing was saved: reload to see their change, then apply yours again.`,
      );
    }
    if (after.ownerId !== null && after.ownerId !== rec.ownerId && !(await isActiveOwner(tx, after.ownerId))) {
      throw new ValidationError("The owner must be an active analyst, editor or admin.", [
        { path: ["ownerId"], message: "Pick an owner from the list." },
      ]);
    }
    if (after.indicator?.group && !(await getGroupBySlug(tx, after.indicator.group))) {
      throw new ValidationError(`Unknown group "${after.indicator.group}".`, [
        { path: ["indicator", "group"], message: "Pick a group from the list." },
      ]);
    }
    const changed = changedFields(before, after);
    if (changed.length === 0) {
      return {
        result: { key: rec.key, version: rec.version, changed: [] as string[] },
        audit: {
          action: "recommendation.edit",
          entityType: "recommendation",
          entityId: rec.key,
          entityLabel: rec.title,
          before: null,
          after: { unchanged: true },
        },
      };
    }
    const saved = await updateRecommendationFields(tx, rec.id, expectedVersion, after, now);
    if (!saved)
      throw new ConflictError("Someone else changed this recommendation while you were editing. Reload and apply your change again.");
    const pick = (f: RecommendationFields) => Object.fromEntries(changed.map((k) => [k, f[k]]));
    return {
      result: { key: rec.key, version: saved.version, changed: changed.map((k) => FIELD_LABELS[k]) },
      audit: {
        action: "recommendation.edit",
        entityType: "recommendation",
        entityId: rec.key,
        entityLabel: after.title,
        before: { ...pick(before), version: rec.version },
        after: { ...pick(after), version: saved.version },
      },
    };
  });
}

/** "engage-kabul-bilaterally": a family key from its title, made unique by the caller. */
function familyKeyFrom(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `family/${base || "recommendation"}`;
}

/**
 * An editor confirms that recommendations are one: they join an existing family or form a new one.
 * A recommendation already in another family moves; a family left with one member is dissolved.
 */
export function linkFamily(db: Database, actor: AuditActor, input: LinkFamilyInput, now: Date) {
  return auditedTransaction(db, actor, now, async (tx) => {
    const keys = [...new Set(input.keys)];
    const rows = await recommendationIdsByKey(tx, keys);
    const missing = keys.filter((k) => !rows.some((r) => r.key === k));
    if (missing.length) throw new NotFoundError("recommendation", missing.join(", "));
    // Lock every family this touches (in id order, so two editors never wait on each other in a cycle),
    // then count: concurrent links and removals queue here instead of leaving one-member families.
    const named = input.familyKey ? await getFamilyRow(tx, input.familyKey) : null;
    if (input.familyKey && !named) throw new NotFoundError("recommendation family", input.familyKey);
    await lockFamilies(tx, [...rows.map((r) => r.familyId), named?.id ?? null]);
    let family = input.familyKey ? await getFamilyRow(tx, input.familyKey) : null;
    if (input.familyKey && !family) {
      throw new ConflictError("Someone else dissolved this family a moment ago. Reload the page and link the recommendations again.");
    }
    if (!family) {
      const title = (input.title ?? "").trim();
      const base = familyKeyFrom(title);
      for (let n = 1; !family && n < 50; n++) {
        family = await insertFamily(tx, { key: n === 1 ? base : `${base}-${n}`, title, note: null }, now);
      }
      if (!family) throw new ConflictError("Could not name the new family; choose a different title.");
    } else {
      await bumpFamily(tx, family.id, now);
    }
    const target = family;
    const previous = [...new Set(rows.map((r) => r.familyId).filter((id): id is string => id !== null && id !== target.id))];
    await setRecommendationFamily(
      tx,
      rows.filter((r) => r.familyId !== target.id).map((r) => r.id),
      target.id,
      now,
    );
    const dissolved: string[] = [];
    for (const old of previous) {
      if ((await countFamilyMembers(tx, old)) < 2) {
        dissolved.push(old);
        await deleteFamily(tx, old);
      }
    }
    if ((await countFamilyMembers(tx, target.id)) < 2) {
      throw new ValidationError("A family links at least two recommendations. Pick another recommendation to link.", [
        { path: ["keys"], message: "Pick at least two recommendations." },
      ]);
    }
    return {
      result: { familyKey: target.key, title: target.title },
      audit: {
        action: input.familyKey ? "recommendation_family.add_members" : "recommendation_family.create",
        entityType: "recommendation_family",
        entityId: target.key,
        entityLabel: target.title,
        before: null,
        after: { members: keys, ...(dissolved.length ? { dissolvedFamilies: dissolved.length } : {}) },
      },
    };
  });
}

/** Takes a recommendation out of its family; a family left with one member is dissolved. */
export function unlinkFamily(db: Database, actor: AuditActor, input: UnlinkFamilyInput, now: Date) {
  return auditedTransaction(db, actor, now, async (tx) => {
    // The recommendation row first, then its family: the same order as linkFamily, so the two never deadlock.
    const [row] = await recommendationIdsByKey(tx, [input.key]);
    if (!row) throw new NotFoundError("recommendation", input.key);
    const named = await getFamilyRow(tx, input.familyKey);
    if (!named) throw new NotFoundError("recommendation family", input.familyKey);
    await lockFamilies(tx, [named.id]);
    const family = await getFamilyRow(tx, input.familyKey);
    if (!family || row.familyId !== family.id) {
      throw new ConflictError(`"${row.title}" is no longer in the family "${named.title}". Reload the page.`);
    }
    await setRecommendationFamily(tx, [row.id], null, now);
    const left = await countFamilyMembers(tx, family.id);
    if (left < 2) await deleteFamily(tx, family.id);
    else await bumpFamily(tx, family.id, now);
    return {
      result: { familyKey: family.key, dissolved: left < 2 },
      audit: {
        action: "recommendation_family.remove_member",
        entityType: "recommendation_family",
        entityId: family.key,
        entityLabel: family.title,
        before: { member: input.key },
        after: left < 2 ? { dissolved: true } : null,
      },
    };
  });
}

/** An editor's "not the same recommendation": the pair is not suggested again. */
export function dismissDuplicate(db: Database, actor: AuditActor, input: DismissDuplicateInput, now: Date) {
  return auditedTransaction(db, actor, now, async (tx) => {
    const rows = await recommendationIdsByKey(tx, [input.a, input.b]);
    const a = rows.find((r) => r.key === input.a);
    const b = rows.find((r) => r.key === input.b);
    if (!a) throw new NotFoundError("recommendation", input.a);
    if (!b) throw new NotFoundError("recommendation", input.b);
    const added = await insertDismissedPair(tx, a.id, b.id, actor.label, now);
    return {
      result: { dismissed: true, already: !added },
      audit: {
        action: "recommendation.dismiss_duplicate",
        entityType: "recommendation",
        entityId: input.a,
        entityLabel: a.title,
        before: null,
        after: { notDuplicateOf: input.b },
      },
    };
  });
}
