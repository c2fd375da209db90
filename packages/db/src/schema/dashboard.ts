import { QUALIFIERS, SAVED_VIEW_PATHS } from "@monitor/domain";
import { sql } from "drizzle-orm";
import { check, doublePrecision, index, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./_columns";
import { users } from "./auth";

/** A user's named dashboard views: a page and its query string, reopened as a link. */
export const savedViews = pgTable(
  "saved_views",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    path: text("path", { enum: SAVED_VIEW_PATHS }).notNull(),
    query: text("query").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [unique("saved_views_user_name_key").on(t.userId, t.name), index("saved_views_user_idx").on(t.userId, t.createdAt)],
);

/**
 * The editors' house figure for one comparison (metric, unit, place, group, period; the domain's
 * `comparisonKey`), with its rationale. The sources' figures are untouched; the overview shows this
 * one and the sources beside it. `version` guards against two editors overwriting each other.
 */
export const houseFigures = pgTable(
  "house_figures",
  {
    id: id(),
    comparisonKey: text("comparison_key").notNull().unique(),
    value: doublePrecision("value").notNull(),
    qualifier: text("qualifier", { enum: QUALIFIERS }).notNull(),
    rationale: text("rationale").notNull(),
    /** The statistic key it adopts, when it adopts one source's figure. */
    basedOn: text("based_on"),
    setBy: text("set_by").references(() => users.id, { onDelete: "set null" }),
    setByLabel: text("set_by_label").notNull(),
    version: version(),
    ...timestamps,
  },
  (t) => [check("house_figures_value_nonnegative", sql`${t.value} >= 0`)],
);
