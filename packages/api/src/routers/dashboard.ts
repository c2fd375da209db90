import {
  breakdownIncidents,
  getIncidentCoverage,
  listAllStatistics,
  listHouseFigures,
  listSavedViews,
  listStatisticPeriods,
  totalIncidentsInPeriod,
} from "@monitor/db";
import {
  Certainty,
  ClearHouseFigureInput,
  CountryId,
  compareSourceFigures,
  DashboardFilter,
  findSurges,
  formatPeriod,
  HouseFigureInput,
  type IncidentFilter,
  Metric,
  type PercentChange,
  percentChange,
  periodOptions,
  previousPeriod,
  SavedViewInput,
  Slug,
  selectHeadlineFigures,
  seriesByArea,
  withSources,
} from "@monitor/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { userActor } from "../audit";
import { clearHouseFigure, createSavedView, removeSavedView, setHouseFigure } from "../services/dashboard";
import { cached, protectedProcedure, readProcedure, roleProcedure } from "../trpc";

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

export const dashboardRouter = {
  /** Periods for the picker: year-long published periods (calendar and Aug–Aug) and the incident log's years. */
  periods: readProcedure.query(
    cached(async ({ ctx }) => {
      const [periods, coverage] = await Promise.all([listStatisticPeriods(ctx.db), getIncidentCoverage(ctx.db)]);
      const years =
        coverage.first && coverage.last ? { first: Number(coverage.first.slice(0, 4)), last: Number(coverage.last.slice(0, 4)) } : null;
      return periodOptions(periods, years, formatPeriod);
    }),
  ),

  /**
   * Headline figures for the selection: per metric, the published figure for exactly the chosen period
   * (or the latest) and place, its change against the same source's previous period, other sources'
   * figures for the same thing, and the house figure; plus the incident log's own counts for the same
   * period and the one before (kept apart: a log of recorded incidents is not a published total).
   */
  headlines: readProcedure.input(OverviewInput.default({ country: "PK" })).query(
    cached(async ({ ctx, input }) => {
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
        const { from: _f, to: _t, ...filter } = incidentFilterOf(input, period);
        const [current, previous, coverage] = await Promise.all([
          totalIncidentsInPeriod(ctx.db, filter, { from: period.start, to: period.end }),
          totalIncidentsInPeriod(ctx.db, filter, { from: prev.start, to: prev.end }),
          getIncidentCoverage(ctx.db),
        ]);
        // A period the log does not cover is unknown, not zero: no change is computed across it.
        const notes: string[] = [];
        const previousCovered = coverage.first !== null && prev.start >= coverage.first;
        const currentComplete = coverage.last !== null && period.end <= coverage.last;
        if (!previousCovered && coverage.first)
          notes.push(`The log starts on ${coverage.first}, after the period before begins, so no change is given.`);
        if (!currentComplete && coverage.last)
          notes.push(`The log ends on ${coverage.last}, before this period does: the counts are partial and not compared.`);
        const comparable = previousCovered && currentComplete;
        const change = (c: number, p: number) =>
          comparable ? percentChange(c, p) : ({ kind: "unavailable", reason: "no_previous" } as const satisfies PercentChange);
        log = {
          period,
          previousPeriod: prev,
          current,
          previous,
          comparable,
          notes,
          change: {
            incidents: change(current.incidents, previous.incidents),
            killed: change(current.killed, previous.killed),
            injured: change(current.injured, previous.injured),
          },
        };
      }
      return { published, log };
    }),
  ),

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
    .query(
      cached(async ({ ctx, input }) => {
        const { includeSingles, ...filter } = input;
        const [stats, house] = await Promise.all([listAllStatistics(ctx.db, filter), listHouseFigures(ctx.db)]);
        const houseByKey = new Map(house.map((h) => [h.comparisonKey, h]));
        const all = compareSourceFigures(stats.map(withSources), { includeSingles: true });
        const comparisons = all
          .map((c) => {
            // One figure per source: its largest is its total; smaller ones for the same key are parts of it
            // (one target, one city) and are listed apart, never counted as a rival source's figure.
            const bySource = new Map<string, (typeof c.figures)[number]>();
            const parts: typeof c.figures = [];
            for (const f of [...c.figures].sort((a, b) => b.value - a.value)) {
              const src = f.sources[0] ?? f.key;
              if (bySource.has(src)) parts.push(f);
              else bySource.set(src, f);
            }
            const figures = [...bySource.values()].sort((a, b) => a.value - b.value);
            const values = figures.map((f) => f.value);
            const min = Math.min(...values);
            const max = Math.max(...values);
            const statements = new Set(figures.map((f) => `${f.value}|${f.qualifier}`));
            return {
              ...c,
              figures,
              parts,
              min,
              max,
              disagree: figures.length > 1 && statements.size > 1,
              spread: { absolute: max - min, relative: min > 0 ? Math.round(((max - min) / min) * 1000) / 10 : null },
              house: houseByKey.get(c.key) ?? null,
            };
          })
          .filter((c) => includeSingles || c.figures.length > 1);
        // Same metric and place from several sources, but over periods that differ: overlap, not identity.
        const placeKey = (k: string) => k.split("|").slice(0, 7).join("|");
        const byPlace = new Map<string, typeof all>();
        for (const c of all) {
          const list = byPlace.get(placeKey(c.key)) ?? [];
          list.push(c);
          byPlace.set(placeKey(c.key), list);
        }
        const differingPeriods = [...byPlace.values()]
          .map((all) => {
            // Totals over a month or more (a single day's attack is an event, not a period's total).
            const list = all.filter(
              (c) => c.metric !== "percent_change" && Date.parse(c.periodEnd) - Date.parse(c.periodStart) >= 27 * 86_400_000,
            );
            const overlapping = list.filter((a) =>
              list.some((b) => a !== b && a.periodStart <= b.periodEnd && b.periodStart <= a.periodEnd),
            );
            const sources = new Set(overlapping.flatMap((c) => c.figures.flatMap((f) => f.sources)));
            return overlapping.length > 1 && sources.size > 1
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
    ),

  /**
   * Surge alerts from the incident log: provinces whose latest year (or month) exceeds both the period
   * before and their mean over the three years before (the domain's `judgeSurge` states the rule).
   */
  surges: readProcedure
    .input(
      z
        .object({
          granularity: z.enum(["year", "month"]).default("year"),
          country: CountryId.default("PK"),
          group: Slug.optional(),
          certainty: Certainty.optional(),
        })
        .default({ granularity: "year", country: "PK" }),
    )
    .query(
      cached(async ({ ctx, input }) => {
        const coverage = await getIncidentCoverage(ctx.db);
        if (!coverage.first || !coverage.last) return { coverage: null, granularity: input.granularity, verdicts: [] };
        const rows = await breakdownIncidents(
          ctx.db,
          { country: input.country, group: input.group, certainty: input.certainty },
          "province",
          input.granularity,
        );
        const series = seriesByArea(
          rows.filter((r) => r.key !== null).map((r) => ({ period: r.period, area: r.key as string, value: r.incidents })),
        );
        const verdicts = findSurges(series, { granularity: input.granularity, coverage: { first: coverage.first, last: coverage.last } });
        return { coverage: { first: coverage.first, last: coverage.last }, granularity: input.granularity, verdicts };
      }),
    ),

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
