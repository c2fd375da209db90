/**
 * Saved views and house figures: each write is one audited transaction. Saved views belong to their
 * user (nobody else can see or delete them); house figures are editors' decisions, guarded by a
 * version so two editors never silently overwrite each other.
 */
import {
  countSavedViews,
  type Database,
  deleteHouseFigure,
  deleteSavedView,
  getHouseFigure,
  insertHouseFigure,
  insertSavedView,
  listAllStatistics,
  updateHouseFigure,
} from "@monitor/db";
import {
  type AuditActor,
  type ClearHouseFigureInput,
  ConflictError,
  comparisonKey,
  formatFigure,
  formatPeriod,
  getAdminUnit,
  type HouseFigure,
  type HouseFigureInput,
  METRIC_LABELS,
  type Metric,
  NotFoundError,
  parseComparisonKey,
  type SavedView,
  type SavedViewInput,
  ValidationError,
} from "@monitor/domain";
import { auditedTransaction } from "../audit";

/** Enough for any analyst's working set; keeps one account from filling the table. */
export const MAX_SAVED_VIEWS = 100;

export function createSavedView(db: Database, actor: AuditActor & { userId: string }, input: SavedViewInput, now: Date) {
  return auditedTransaction(db, actor, now, async (tx) => {
    if ((await countSavedViews(tx, actor.userId)) >= MAX_SAVED_VIEWS) {
      throw new ConflictError(
        `You have ${MAX_SAVED_VIEWS} saved views, the most one account can keep. Delete one you no longer use first.`,
      );
    }
    const view = await insertSavedView(tx, actor.userId, input);
    if (!view) throw new ConflictError(`You already have a view named "${input.name}". Choose another name, or delete that view first.`);
    return {
      result: view,
      audit: {
        action: "saved_view.create",
        entityType: "saved_view",
        entityId: view.id,
        entityLabel: view.name,
        before: null,
        after: { name: view.name, path: view.path, query: view.query },
      },
    };
  });
}

export function removeSavedView(db: Database, actor: AuditActor & { userId: string }, id: string, now: Date) {
  return auditedTransaction(db, actor, now, async (tx) => {
    const view: SavedView | null = await deleteSavedView(tx, actor.userId, id);
    if (!view) throw new NotFoundError("saved view", id);
    return {
      result: { id: view.id },
      audit: {
        action: "saved_view.delete",
        entityType: "saved_view",
        entityId: view.id,
        entityLabel: view.name,
        before: { name: view.name, path: view.path, query: view.query },
        after: null,
      },
    };
  });
}

function snapshot(h: HouseFigure) {
  return { value: h.value, qualifier: h.qualifier, rationale: h.rationale, basedOn: h.basedOn, version: h.version };
}

function staleMessage(current: HouseFigure | null): string {
  if (!current) return "This house figure was removed by someone else while you were editing. Reload to see the current state.";
  return `Someone else changed this house figure while you were editing: it is now ${formatFigure(current.value, current.qualifier)} (set by ${current.setBy}, version ${current.version}). Your change was not saved; reload, review theirs and try again.`;
}

/** "Fatalities, Khyber Pakhtunkhwa, 15 Aug 2021 – 14 Aug 2022": a comparison as the audit log shows it. */
export function describeComparison(key: string): string {
  const p = parseComparisonKey(key);
  if (!p) return key;
  const place = [p.district, p.province, p.country].find((id) => id !== null);
  const placeName =
    p.areas.length > 0 ? p.areas.map((a) => getAdminUnit(a)?.name ?? a).join(" + ") : place ? (getAdminUnit(place)?.name ?? place) : "";
  return [
    METRIC_LABELS[p.metric as Metric] ?? p.metric,
    placeName,
    p.group ? `group ${p.group}` : null,
    formatPeriod(p.periodStart, p.periodEnd),
  ]
    .filter(Boolean)
    .join(", ");
}

/** The sources' figures a comparison key stands for; a house figure needs at least one. */
async function figuresFor(db: Database, key: string) {
  const p = parseComparisonKey(key);
  if (!p) return [];
  const stats = await listAllStatistics(db, {
    metric: p.metric as Metric,
    province: p.province ?? undefined,
    district: p.district ?? undefined,
    from: p.periodStart,
    to: p.periodEnd,
  });
  return stats.filter((s) => comparisonKey({ ...s, sources: [] }) === key);
}

/** Creates (expectedVersion null) or replaces (expectedVersion = the version the editor saw) a house figure. */
export function setHouseFigure(db: Database, actor: AuditActor, input: HouseFigureInput, now: Date) {
  return auditedTransaction(db, actor, now, async (tx) => {
    const figures = await figuresFor(tx, input.comparisonKey);
    if (figures.length === 0) {
      throw new ValidationError("No published figure matches this comparison any more. Reload the comparison page.", [
        { path: ["comparisonKey"], message: "No figure matches this comparison." },
      ]);
    }
    if (input.basedOn !== null && !figures.some((f) => f.key === input.basedOn)) {
      throw new ValidationError("The figure this house figure adopts is not one of the figures compared.", [
        { path: ["basedOn"], message: "Pick one of the figures compared, or none." },
      ]);
    }
    const before = await getHouseFigure(tx, input.comparisonKey);
    const write = {
      comparisonKey: input.comparisonKey,
      value: input.value,
      qualifier: input.qualifier,
      rationale: input.rationale,
      basedOn: input.basedOn,
      setBy: actor.userId,
      setByLabel: actor.label,
    };
    let saved: HouseFigure | null;
    if (input.expectedVersion === null) {
      if (before) throw new ConflictError(staleMessage(before));
      saved = await insertHouseFigure(tx, write, now);
    } else {
      saved = await updateHouseFigure(tx, write, input.expectedVersion, now);
    }
    if (!saved) throw new ConflictError(staleMessage(await getHouseFigure(tx, input.comparisonKey)));
    return {
      result: saved,
      audit: {
        action: before ? "house_figure.update" : "house_figure.create",
        entityType: "house_figure",
        entityId: saved.comparisonKey,
        entityLabel: describeComparison(saved.comparisonKey),
        before: before ? snapshot(before) : null,
        after: snapshot(saved),
      },
    };
  });
}

export function clearHouseFigure(db: Database, actor: AuditActor, input: ClearHouseFigureInput, now: Date) {
  return auditedTransaction(db, actor, now, async (tx) => {
    const removed = await deleteHouseFigure(tx, input.comparisonKey, input.expectedVersion);
    if (!removed) throw new ConflictError(staleMessage(await getHouseFigure(tx, input.comparisonKey)));
    return {
      result: { comparisonKey: removed.comparisonKey },
      audit: {
        action: "house_figure.delete",
        entityType: "house_figure",
        entityId: removed.comparisonKey,
        entityLabel: describeComparison(removed.comparisonKey),
        before: snapshot(removed),
        after: null,
      },
    };
  });
}
