import {
  aggregateIncidentsByPeriod,
  getIncidentCoverage,
  listAllStatistics,
  listHouseFigures,
  listSavedViews,
  listStatisticPeriods,
} from "@monitor/db";
import {
  ClearHouseFigureInput,
  CountryId,
  compareSourceFigures,
  DashboardFilter,
  formatPeriod,
  HouseFigureInput,
  type IncidentFilter,
  Metric,
  percentChange,
  periodOptions,
  previousPeriod,
  SavedViewInput,
  type StatisticView,
  selectHeadlineFigures,
} from "@monitor/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { userActor } from "../audit";
import { clearHouseFigure, createSavedView, removeSavedView, setHouseFigure } from "../services/dashboard";
import { protectedProcedure, readProcedure, roleProcedure } from "../trpc";

/** The overview's headline metrics, in the order the cards show them. */
export const HEADLINE_METRICS = [
  "terror_attacks",
  "fatalities",
  "injuries",
  "security_forces_deaths",
  "civilian_deaths",
  "militants_killed",
  "counter_terror_operations",
] as const;

const withSources = (s: StatisticView) => ({ ...s, sources: [...new Set(s.citations.map((c) => c.source))] });

/** The overview's filters, with the place narrowed to a country when none is chosen. */
const OverviewInput = DashboardFilter.and(z.object({ country: CountryId.default("PK") }));

function incidentFilterOf(f: z.infer<typeof OverviewInput>, period: { start: string; end: string } | null): IncidentFilter {
  return {
    country: f.province ? undefined : f.country,
    province: f.province,
    district: f.district,
    group: f.group,
    certainty: f.certainty,
    source: f.source,
    from: period?.start,
    to: period?.end,
  };
}

async function logTotals(ctx: { db: Parameters<typeof aggregateIncidentsByPeriod>[0] }, filter: IncidentFilter) {
  const rows = await aggregateIncidentsByPeriod(ctx.db, filter, "year");
  return rows.reduce((t, r) => ({ incidents: t.incidents + r.incidents, killed: t.killed + r.killed, injured: t.injured + r.injured }), {
    incidents: 0,
    killed: 0,
    injured: 0,
  });
}

export const dashboardRouter = {
  /** Periods for the picker: year-long published periods (calendar and Aug–Aug) and the incident log's years. */
  periods: readProcedure.query(async ({ ctx }) => {
    const [periods, coverage] = await Promise.all([listStatisticPeriods(ctx.db), getIncidentCoverage(ctx.db)]);
    const years =
      coverage.first && coverage.last ? { first: Number(coverage.first.slice(0, 4)), last: Number(coverage.last.slice(0, 4)) } : null;
    return periodOptions(periods, years, formatPeriod);
  }),

  /**
   * Headline figures for the selection: per metric, the published figure for exactly the chosen period
   * (or the latest) and place, its change against the same source's previous period, other sources'
   * figures for the same thing, and the house figure; plus the incident log's own counts for the same
   * period and the one before (kept apart: a log of recorded incidents is not a published total).
   */
  headlines: readProcedure.input(OverviewInput.default({ country: "PK" })).query(async ({ ctx, input }) => {
    const place = input.district
      ? { district: input.district }
      : input.province
        ? { province: input.province }
        : { country: input.country };
    const [stats, house] = await Promise.all([
      listAllStatistics(ctx.db, { ...place, province: input.province, group: input.group }),
      listHouseFigures(ctx.db),
    ]);
    const sameArea = stats.filter(
      (s) =>
        (input.district ? s.geography.district === input.district : s.geography.district === null) &&
        (input.province ? s.geography.province === input.province : s.geography.province === null),
    );
    const period = input.from && input.to ? { start: input.from, end: input.to } : undefined;
    const published = selectHeadlineFigures(sameArea.map(withSources), HEADLINE_METRICS, {
      period,
      group: input.group,
      source: input.source,
      houseFigures: house,
    });

    let log = null;
    if (period) {
      const prev = previousPeriod(period.start, period.end);
      const [current, previous] = await Promise.all([
        logTotals(ctx, incidentFilterOf(input, period)),
        logTotals(ctx, incidentFilterOf(input, prev)),
      ]);
      log = {
        period,
        previousPeriod: prev,
        current,
        previous,
        change: {
          incidents: percentChange(current.incidents, previous.incidents),
          killed: percentChange(current.killed, previous.killed),
          injured: percentChange(current.injured, previous.injured),
        },
      };
    }
    return { published, log };
  }),

  /**
   * Source comparison for one metric and place (and optionally period, group, source): every group of
   * figures that measure the same thing, side by side with their spread and house figure, and the
   * figures for the same metric and place over periods that differ, listed as such (not forced together).
   */
  compare: readProcedure
    .input(
      z.object({
        metric: Metric.optional(),
        country: CountryId.optional(),
        province: z.string().max(20).optional(),
        district: z.string().max(60).optional(),
        group: z.string().max(80).optional(),
        source: z.string().max(80).optional(),
        from: z.iso.date().optional(),
        to: z.iso.date().optional(),
        includeSingles: z.boolean().default(false),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { includeSingles, ...filter } = input;
      const [stats, house] = await Promise.all([listAllStatistics(ctx.db, filter), listHouseFigures(ctx.db)]);
      const houseByKey = new Map(house.map((h) => [h.comparisonKey, h]));
      const all = compareSourceFigures(stats.map(withSources), { includeSingles: true });
      const comparisons = all
        .filter((c) => includeSingles || new Set(c.figures.flatMap((f) => f.sources)).size > 1)
        .map((c) => ({
          ...c,
          spread: { absolute: c.max - c.min, relative: c.min > 0 ? Math.round(((c.max - c.min) / c.min) * 1000) / 10 : null },
          house: houseByKey.get(c.key) ?? null,
        }));
      // Same metric and place from several sources, but over periods that differ: overlap, not identity.
      const placeKey = (k: string) => k.split("|").slice(0, 7).join("|");
      const byPlace = new Map<string, typeof all>();
      for (const c of all) {
        const list = byPlace.get(placeKey(c.key)) ?? [];
        list.push(c);
        byPlace.set(placeKey(c.key), list);
      }
      const differingPeriods = [...byPlace.values()]
        .filter((list) => list.length > 1 && new Set(list.flatMap((c) => c.figures.flatMap((f) => f.sources))).size > 1)
        .map((list) => {
          const overlapping = list.filter((a) => list.some((b) => a !== b && a.periodStart <= b.periodEnd && b.periodStart <= a.periodEnd));
          return overlapping.length > 1
            ? {
                key: placeKey(overlapping[0]?.key ?? ""),
                metric: overlapping[0]?.metric,
                geography: overlapping[0]?.geography,
                group: overlapping[0]?.group ?? null,
                periods: overlapping
                  .sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.periodEnd.localeCompare(b.periodEnd))
                  .map((c) => ({ key: c.key, periodStart: c.periodStart, periodEnd: c.periodEnd, figures: c.figures })),
              }
            : null;
        })
        .filter((x) => x !== null);
      return { comparisons, differingPeriods };
    }),

  setHouseFigure: roleProcedure("editor")
    .input(HouseFigureInput)
    .mutation(({ ctx, input }) => setHouseFigure(ctx.db, userActor(ctx.user), input, ctx.now())),
  clearHouseFigure: roleProcedure("editor")
    .input(ClearHouseFigureInput)
    .mutation(({ ctx, input }) => clearHouseFigure(ctx.db, userActor(ctx.user), input, ctx.now())),

  /** The signed-in user's saved views (nobody else's). */
  views: protectedProcedure.query(({ ctx }) => listSavedViews(ctx.db, ctx.user.id)),
  saveView: protectedProcedure
    .input(SavedViewInput)
    .mutation(({ ctx, input }) => createSavedView(ctx.db, { userId: ctx.user.id, label: ctx.user.email }, input, ctx.now())),
  deleteView: protectedProcedure
    .input(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => removeSavedView(ctx.db, { userId: ctx.user.id, label: ctx.user.email }, input.id, ctx.now())),
} satisfies TRPCRouterRecord;
