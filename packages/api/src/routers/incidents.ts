import {
  aggregateIncidentsByArea,
  aggregateIncidentsByPeriod,
  breakdownIncidents,
  countIncidentsKnownOnlyToYear,
  getIncidentByKey,
  groupLabelsBySlug,
  listIncidents,
} from "@monitor/db";
import {
  fillSeriesGaps,
  IncidentBreakdownInput,
  IncidentFilter,
  IncidentListInput,
  NotFoundError,
  RecordKey,
  shapeIncidentBreakdown,
} from "@monitor/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { cached, readProcedure } from "../trpc";

const Measure = z.enum(["incidents", "killed", "injured"]);

export const incidentsRouter = {
  list: readProcedure
    .input(IncidentListInput.default({ limit: 50, offset: 0 }))
    .query(cached(({ ctx, input }) => listIncidents(ctx.db, input))),
  get: readProcedure.input(z.object({ key: RecordKey })).query(
    cached(async ({ ctx, input }) => {
      const incident = await getIncidentByKey(ctx.db, input.key);
      if (!incident) throw new NotFoundError("incident", input.key);
      return incident;
    }),
  ),
  /** Counts from the incident log per year or month; empty periods inside the range are real zeros. */
  series: readProcedure
    .input(
      z.object({
        filter: IncidentFilter.default({}),
        granularity: z.enum(["year", "month"]).default("year"),
        measure: Measure.default("incidents"),
      }),
    )
    .query(
      cached(async ({ ctx, input }) => {
        const [rows, unplaced] = await Promise.all([
          aggregateIncidentsByPeriod(ctx.db, input.filter, input.granularity),
          input.granularity === "month" ? countIncidentsKnownOnlyToYear(ctx.db, input.filter) : Promise.resolve(0),
        ]);
        const points = fillSeriesGaps(
          rows.map((r) => ({ period: r.period, value: r[input.measure] })),
          { granularity: input.granularity, from: input.filter.from, to: input.filter.to },
        );
        // Incidents dated only to the year are left out of monthly series and counted here instead.
        return { points, unplaced };
      }),
    ),
  byArea: readProcedure
    .input(z.object({ filter: IncidentFilter.default({}), level: z.enum(["province", "district"]).default("province") }))
    .query(cached(({ ctx, input }) => aggregateIncidentsByArea(ctx.db, input.filter, input.level))),
  /**
   * The incident log split by province, district, group, target or type, per year or month: gap-filled
   * periods, keys largest first (incidents that do not state the dimension under "unknown", last), a
   * value for every key in every period, and a note when the stacks can exceed the incident total.
   */
  breakdown: readProcedure.input(IncidentBreakdownInput).query(
    cached(async ({ ctx, input }) => {
      const { filter, dimension, granularity, measure } = input;
      const [rows, unplaced] = await Promise.all([
        breakdownIncidents(ctx.db, filter, dimension, granularity),
        granularity === "month" ? countIncidentsKnownOnlyToYear(ctx.db, filter) : Promise.resolve(0),
      ]);
      const groupLabels =
        dimension === "group" ? await groupLabelsBySlug(ctx.db, [...new Set(rows.flatMap((r) => (r.key ? [r.key] : [])))]) : {};
      return shapeIncidentBreakdown(rows, {
        dimension,
        granularity,
        measure,
        from: filter.from,
        to: filter.to,
        unplaced,
        groupLabels,
        certainty: filter.certainty,
      });
    }),
  ),
} satisfies TRPCRouterRecord;
