import { getAdminUnit } from "../geo/admin-units";
import { applyStatusChange, isRegression } from "./rules";
import {
  ASSESSOR_LABELS,
  type AssessmentScope,
  type Assessor,
  type RecommendationStatus,
  type RecommendationUpdate,
  type StatusChangeInput,
} from "./schemas";

/**
 * Assessment tracks. A recommendation's status is assessed separately per assessor and place: the
 * analysts' national verdict (the "main" track, which is the recommendation's headline status), the
 * analysts' verdict per province, and the government's or an independent body's claims. Each track
 * has its own history and its own status machine; tracks never overwrite each other, so
 * disagreement stays visible.
 */
export interface AssessmentTrack<U extends RecommendationUpdate = RecommendationUpdate> {
  key: string;
  assessor: Assessor;
  assessorName: string | null;
  province: string | null;
  main: boolean;
  status: RecommendationStatus;
  /** Date of the track's last update; null for a main track that has no update yet. */
  since: string | null;
  /** The track's updates, oldest first. */
  updates: U[];
  /** "Government claim (Ministry of Interior), Khyber Pakhtunkhwa" */
  label: string;
}

type Scope = Pick<AssessmentScope, "assessor" | "assessorName" | "province">;

function normaliseName(name: string | null | undefined): string {
  return (name ?? "").trim().replace(/\s+/g, " ").toLowerCase();
}

/** True for the analysts' national assessment: the recommendation's headline status. */
export function isMainTrack(scope: Partial<Scope>): boolean {
  return (scope.assessor ?? "analyst") === "analyst" && !normaliseName(scope.assessorName) && !scope.province;
}

/** One key per track; assessor names compare case- and space-insensitively. */
export function trackKey(scope: Partial<Scope>): string {
  if (isMainTrack(scope)) return "main";
  return [scope.assessor ?? "analyst", normaliseName(scope.assessorName), scope.province ?? ""].join(":");
}

export function trackLabel(scope: Partial<Scope>): string {
  const who = ASSESSOR_LABELS[scope.assessor ?? "analyst"];
  const name = scope.assessorName?.trim();
  const where = scope.province ? (getAdminUnit(scope.province)?.name ?? scope.province) : "national";
  return `${who}${name ? ` (${name})` : ""}, ${where}`;
}

const ASSESSOR_ORDER: Record<Assessor, number> = { analyst: 0, government: 1, independent: 2 };

/**
 * The tracks of a recommendation: the main track first (always present, its status is `status`),
 * then the analysts' provincial tracks, then government and independent assessments, each by
 * province name. `provinces` adds an empty analysts' track ("not assessed") for every province the
 * recommendation applies to that nobody has assessed yet.
 */
export function assessmentTracks<U extends RecommendationUpdate>(rec: {
  status: RecommendationStatus;
  updates: readonly U[];
  provinces?: readonly string[];
}): AssessmentTrack<U>[] {
  const byKey = new Map<string, AssessmentTrack<U>>();
  const ensure = (scope: Scope): AssessmentTrack<U> => {
    const key = trackKey(scope);
    let t = byKey.get(key);
    if (!t) {
      const main = key === "main";
      t = {
        key,
        assessor: main ? "analyst" : scope.assessor,
        assessorName: main ? null : scope.assessorName?.trim() || null,
        province: main ? null : scope.province,
        main,
        status: main ? rec.status : "not_assessed",
        since: null,
        updates: [],
        label: trackLabel(scope),
      };
      byKey.set(key, t);
    }
    return t;
  };
  ensure({ assessor: "analyst", assessorName: null, province: null });
  for (const p of rec.provinces ?? []) ensure({ assessor: "analyst", assessorName: null, province: p });
  const ordered = [...rec.updates].sort((a, b) => a.date.localeCompare(b.date));
  for (const u of ordered) {
    const t = ensure({ assessor: u.assessor ?? "analyst", assessorName: u.assessorName ?? null, province: u.province ?? null });
    t.updates.push(u);
    t.since = u.date;
    if (!t.main) t.status = u.to;
  }
  const place = (t: AssessmentTrack<U>) => (t.province ? (getAdminUnit(t.province)?.name ?? t.province) : "");
  return [...byKey.values()].sort(
    (a, b) =>
      Number(b.main) - Number(a.main) ||
      ASSESSOR_ORDER[a.assessor] - ASSESSOR_ORDER[b.assessor] ||
      (a.assessorName ?? "").localeCompare(b.assessorName ?? "") ||
      place(a).localeCompare(place(b)),
  );
}

/**
 * True when assessors disagree about one place: two tracks for the same province (or both national)
 * that have been assessed through updates give different statuses. Provinces differing from each
 * other (KP moving, Balochistan stalled) is not disagreement, and a track nobody has updated does not count.
 */
export function assessmentsDisagree(tracks: readonly Pick<AssessmentTrack, "status" | "province" | "updates">[]): boolean {
  const byPlace = new Map<string, Set<RecommendationStatus>>();
  for (const t of tracks) {
    if (t.updates.length === 0 || t.status === "not_assessed") continue;
    const place = t.province ?? "";
    const set = byPlace.get(place) ?? new Set<RecommendationStatus>();
    set.add(t.status);
    byPlace.set(place, set);
  }
  return [...byPlace.values()].some((s) => s.size > 1);
}

/**
 * Decides a status update on the track the input names: `from` is that track's current status and
 * dates must not go back before that track's last update. `mainStatus` is the recommendation's new
 * headline status (unchanged unless the update is on the main track).
 */
export function planStatusUpdate(
  rec: { status: RecommendationStatus; updates: readonly RecommendationUpdate[] },
  input: StatusChangeInput,
  ctx: { now: string; by: string },
): { update: RecommendationUpdate; mainStatus: RecommendationStatus; regression: boolean } {
  const scope: Scope = { assessor: input.assessor, assessorName: input.assessorName?.trim() || null, province: input.province };
  const key = trackKey(scope);
  const track = assessmentTracks(rec).find((t) => t.key === key);
  const current = { status: track?.status ?? "not_assessed", updates: track?.updates ?? [] };
  const decided = applyStatusChange(current, input, ctx);
  const update: RecommendationUpdate = {
    ...decided,
    assessor: key === "main" ? "analyst" : scope.assessor,
    assessorName: key === "main" ? null : scope.assessorName,
    province: key === "main" ? null : scope.province,
  };
  return { update, mainStatus: key === "main" ? update.to : rec.status, regression: isRegression(update.from, update.to) };
}

/** True when the next review date has passed. */
export function isReviewOverdue(nextReviewOn: string | null, today: string): boolean {
  return nextReviewOn !== null && nextReviewOn < today;
}

/** Whole days between the review date and today (0 when not overdue). */
export function daysOverdue(nextReviewOn: string | null, today: string): number {
  if (!isReviewOverdue(nextReviewOn, today) || nextReviewOn === null) return 0;
  const ms = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${nextReviewOn}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}
