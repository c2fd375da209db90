import {
  breakdownIncidents,
  countRecommendationsByStatus,
  getFamilyRow,
  getGroupBySlug,
  getRecommendationByKey,
  listAllRecommendations,
  listAllStatistics,
  listDismissedPairs,
  listFamilyMemberSources,
  listRecommendationFamilies,
  listRecommendationOwners,
  listRecommendations,
  listRecommendationTexts,
} from "@monitor/db";
import {
  assessmentsDisagree,
  assessmentTracks,
  buildScoreboard,
  DismissDuplicateInput,
  daysOverdue,
  getAdminUnit,
  LinkFamilyInput,
  METRIC_LABELS,
  NotFoundError,
  orderFamilyMembers,
  pairKey,
  RecommendationEditInput,
  RecommendationFilter,
  RecommendationListInput,
  type RecommendationView,
  RecordKey,
  RecordStatusUpdateInput,
  recommendationCsvRows,
  suggestDuplicates,
  summariseFamily,
  summariseStatuses,
  UnlinkFamilyInput,
} from "@monitor/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { userActor } from "../audit";
import { dismissDuplicate, editRecommendation, linkFamily, recordStatusUpdate, unlinkFamily } from "../services/recommendations";
import { appToday } from "../today";
import { cached, readProcedure, roleProcedure } from "../trpc";

/** A row of the board and the overdue list: what a card shows. */
function card(r: RecommendationView, today: string) {
  const tracks = assessmentTracks(r);
  return {
    key: r.key,
    version: r.version,
    title: r.title,
    number: r.number,
    source: r.source,
    sourceShortTitle: r.sourceShortTitle,
    theme: r.theme,
    targetActors: r.targetActors,
    priority: r.priority,
    status: r.status,
    statusSince: tracks[0]?.since ?? null,
    ownerId: r.ownerId,
    ownerName: r.ownerName,
    nextReviewOn: r.nextReviewOn,
    daysOverdue: daysOverdue(r.nextReviewOn, today),
    family: r.family,
    disagreement: assessmentsDisagree(tracks),
  };
}

/** The shortest published period an indicator's trend shows (a month, counted from its first to its last day). */
const MIN_INDICATOR_PERIOD_DAYS = 27;

/** Published figures and incident-log counts for a recommendation's outcome indicator. */
const LOG_MEASURE = { incidents: "incidents", terror_attacks: "incidents", fatalities: "killed", injuries: "injured" } as const;

export const recommendationsRouter = {
  list: readProcedure
    .input(RecommendationListInput.default({ limit: 50, offset: 0, sort: "source", dir: "asc" }))
    .query(cached(({ ctx, input }) => listRecommendations(ctx.db, { ...input, today: appToday(ctx.now(), ctx.timeZone) }))),

  /** One recommendation with its assessment tracks (main first) and its family's summary. */
  get: readProcedure.input(z.object({ key: RecordKey })).query(
    cached(async ({ ctx, input }) => {
      const rec = await getRecommendationByKey(ctx.db, input.key);
      if (!rec) throw new NotFoundError("recommendation", input.key);
      const tracks = assessmentTracks(rec);
      const today = appToday(ctx.now(), ctx.timeZone);
      return {
        ...rec,
        tracks,
        disagreement: assessmentsDisagree(tracks),
        today,
        daysOverdue: daysOverdue(rec.nextReviewOn, today),
      };
    }),
  ),

  /** Counts per status, every status present. */
  scoreboard: readProcedure.input(RecommendationFilter.default({})).query(
    cached(async ({ ctx, input }) => {
      const rows = await countRecommendationsByStatus(ctx.db, { ...input, today: appToday(ctx.now(), ctx.timeZone) });
      return summariseStatuses(rows.flatMap((r) => Array.from({ length: r.count }, () => ({ status: r.status }))));
    }),
  ),

  /** Shares implemented / partial / stalled / not assessed by theme and by actor. */
  scoreboardBy: readProcedure
    .input(z.object({ filter: RecommendationFilter.default({}), dimension: z.enum(["theme", "actor"]).default("theme") }))
    .query(
      cached(async ({ ctx, input }) => {
        const items = await listAllRecommendations(ctx.db, { ...input.filter, today: appToday(ctx.now(), ctx.timeZone) });
        return buildScoreboard(items, input.dimension);
      }),
    ),

  /** Every recommendation matching the filter (status aside), as cards for the board by status. */
  board: readProcedure.input(RecommendationFilter.omit({ status: true }).default({})).query(
    cached(async ({ ctx, input }) => {
      const today = appToday(ctx.now(), ctx.timeZone);
      const items = await listAllRecommendations(ctx.db, { ...input, today });
      return items.map((r) => card(r, today));
    }),
  ),

  /** Reviews whose date has passed, most overdue first. */
  overdue: readProcedure.input(RecommendationFilter.default({})).query(
    cached(async ({ ctx, input }) => {
      const today = appToday(ctx.now(), ctx.timeZone);
      const items = await listAllRecommendations(ctx.db, { ...input, overdue: true, today, sort: "review", dir: "asc" });
      return { today, items: items.map((r) => card(r, today)) };
    }),
  ),

  /** The rows of the CSV export of the current view, stamped "status as of" today. */
  exportRows: readProcedure
    .input(RecommendationListInput.omit({ limit: true, offset: true }).default({ sort: "source", dir: "asc" }))
    .query(async ({ ctx, input }) => {
      const today = appToday(ctx.now(), ctx.timeZone);
      const items = await listAllRecommendations(ctx.db, { ...input, today });
      return { asOf: today, rows: recommendationCsvRows(items, today) };
    }),

  /** People a recommendation can be assigned to. */
  owners: readProcedure.query(cached(({ ctx }) => listRecommendationOwners(ctx.db))),

  /** Every family with its summary: how many times, by how many sources and since when it was made. */
  families: readProcedure.query(
    cached(async ({ ctx }) => {
      const [families, members] = await Promise.all([listRecommendationFamilies(ctx.db), listFamilyMemberSources(ctx.db)]);
      return families.map((f) => ({ ...f, summary: summariseFamily(members.filter((m) => m.familyId === f.id)) }));
    }),
  ),

  /** A family: how many times and since when the recommendation has been made, each original cited. */
  family: readProcedure.input(z.object({ key: RecordKey })).query(
    cached(async ({ ctx, input }) => {
      const family = await getFamilyRow(ctx.db, input.key);
      if (!family) throw new NotFoundError("recommendation family", input.key);
      const members = orderFamilyMembers(await listAllRecommendations(ctx.db, { family: input.key }));
      return {
        id: family.id,
        key: family.key,
        title: family.title,
        note: family.note,
        version: family.version,
        members,
        summary: summariseFamily(members),
      };
    }),
  ),

  /** Likely repeats (text similarity) for an editor to confirm or dismiss. */
  duplicateSuggestions: roleProcedure("editor")
    .input(z.object({ key: RecordKey.optional(), limit: z.number().int().min(1).max(200).default(50) }).default({ limit: 50 }))
    .query(async ({ ctx, input }) => {
      const [texts, dismissed] = await Promise.all([listRecommendationTexts(ctx.db), listDismissedPairs(ctx.db)]);
      const all = suggestDuplicates(texts, {
        dismissed: new Set(dismissed.map((d) => pairKey(d.a, d.b))),
        limit: input.key ? 1000 : input.limit,
      });
      const byId = new Map(texts.map((t) => [t.id, t]));
      const focus = input.key ? texts.find((t) => t.key === input.key)?.id : undefined;
      const pairs = (focus ? all.filter((p) => p.a === focus || p.b === focus) : all).slice(0, input.limit);
      const keys = new Set(pairs.flatMap((p) => [byId.get(p.a)?.key, byId.get(p.b)?.key]).filter((k): k is string => !!k));
      const views = new Map((await listAllRecommendations(ctx.db, { keys: [...keys] })).map((r) => [r.key, r]));
      return pairs.flatMap((p) => {
        const a = views.get(byId.get(p.a)?.key ?? "");
        const b = views.get(byId.get(p.b)?.key ?? "");
        return a && b ? [{ score: p.score, sharedTerms: p.sharedTerms, sameSource: p.sameSource, a, b }] : [];
      });
    }),

  /** The indicator a recommendation should move: published figures and the incident log, with its status changes. */
  indicator: readProcedure.input(z.object({ key: RecordKey })).query(
    cached(async ({ ctx, input }) => {
      const rec = await getRecommendationByKey(ctx.db, input.key);
      if (!rec) throw new NotFoundError("recommendation", input.key);
      const ind = rec.indicator;
      if (!ind) return null;
      const place = ind.province ? (getAdminUnit(ind.province)?.name ?? ind.province) : "Pakistan";
      const groupName = ind.group ? ((await getGroupBySlug(ctx.db, ind.group))?.name ?? ind.group) : null;
      const label = [METRIC_LABELS[ind.metric], place, groupName].filter(Boolean).join(", ");
      const stats = await listAllStatistics(ctx.db, { metric: ind.metric, province: ind.province ?? undefined, country: "PK" });
      const published = stats
        .filter(
          (s) =>
            s.geography.district === null &&
            s.geography.areas.length === 0 &&
            (ind.province ? s.geography.province === ind.province : s.geography.province === null) &&
            (s.group ?? null) === ind.group &&
            // A trend reads periods of a month or more: a one-day figure (one attack's toll) is not a point on it.
            Date.parse(s.periodEnd) - Date.parse(s.periodStart) >= MIN_INDICATOR_PERIOD_DAYS * 86_400_000,
        )
        .map((s) => ({
          key: s.key,
          source: s.citations[0]?.source ?? "",
          sourceShortTitle: s.citations[0]?.sourceShortTitle ?? "",
          periodStart: s.periodStart,
          periodEnd: s.periodEnd,
          value: s.value,
          qualifier: s.qualifier,
          citations: s.citations,
        }));
      const measure = LOG_MEASURE[ind.metric as keyof typeof LOG_MEASURE];
      let log: { year: string; value: number }[] = [];
      if (measure) {
        const rows = await breakdownIncidents(
          ctx.db,
          { country: ind.province ? undefined : "PK", province: ind.province ?? undefined, group: ind.group ?? undefined },
          "province",
          "year",
        );
        const byYear = new Map<string, number>();
        for (const r of rows) byYear.set(r.period, (byYear.get(r.period) ?? 0) + r[measure]);
        log = [...byYear.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([year, value]) => ({ year, value }));
      }
      const marks = assessmentTracks(rec)
        .flatMap((t) =>
          t.updates.filter((u) => u.from !== u.to).map((u) => ({ date: u.date, from: u.from, to: u.to, track: t.label, main: t.main })),
        )
        .sort((a, b) => a.date.localeCompare(b.date));
      return { indicator: ind, label, published, log, logMeasure: measure ?? null, marks };
    }),
  ),

  recordUpdate: roleProcedure("analyst")
    .input(RecordStatusUpdateInput)
    .mutation(({ ctx, input }) => recordStatusUpdate(ctx.db, userActor(ctx.user), input, ctx.now(), ctx.timeZone)),

  edit: roleProcedure("editor")
    .input(RecommendationEditInput)
    .mutation(({ ctx, input }) => editRecommendation(ctx.db, userActor(ctx.user), input, ctx.now())),

  linkFamily: roleProcedure("editor")
    .input(LinkFamilyInput)
    .mutation(({ ctx, input }) => linkFamily(ctx.db, userActor(ctx.user), input, ctx.now())),

  unlinkFamily: roleProcedure("editor")
    .input(UnlinkFamilyInput)
    .mutation(({ ctx, input }) => unlinkFamily(ctx.db, userActor(ctx.user), input, ctx.now())),

  dismissDuplicate: roleProcedure("editor")
    .input(DismissDuplicateInput)
    .mutation(({ ctx, input }) => dismissDuplicate(ctx.db, userActor(ctx.user), input, ctx.now())),
} satisfies TRPCRouterRecord;
