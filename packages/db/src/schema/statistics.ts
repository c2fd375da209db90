import { DATE_PRECISIONS, METRICS, QUALIFIERS, UNITS } from "@monitor/domain";
import { sql } from "drizzle-orm";
import { check, date, doublePrecision, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./_columns";
import { groups } from "./groups";

export const statistics = pgTable(
  "statistics",
  {
    id: id(),
    key: text("key").notNull().unique(),
    metric: text("metric", { enum: METRICS }).notNull(),
    label: text("label"),
    value: doublePrecision("value").notNull(),
    unit: text("unit", { enum: UNITS }).notNull(),
    qualifier: text("qualifier", { enum: QUALIFIERS }).notNull(),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    periodEnd: date("period_end", { mode: "string" }).notNull(),
    periodPrecision: text("period_precision", { enum: DATE_PRECISIONS }).notNull(),
    country: text("country"),
    province: text("province"),
    district: text("district"),
    /** Several provinces or districts covered together (the figure is a part of the country, not its total). */
    areas: text("areas").array().notNull().default(sql`'{}'::text[]`),
    groupId: uuid("group_id").references(() => groups.id, { onDelete: "set null" }),
    note: text("note"),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index("statistics_metric_period_idx").on(t.metric, t.periodEnd),
    index("statistics_province_idx").on(t.province, t.metric),
    index("statistics_district_idx").on(t.district, t.metric),
    index("statistics_group_idx").on(t.groupId),
    check("statistics_period_order", sql`${t.periodStart} <= ${t.periodEnd}`),
  ],
);

export type StatisticRow = typeof statistics.$inferSelect;
