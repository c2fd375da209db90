import type { Evidence, Indicator } from "@monitor/domain";
import { ASSESSORS, PRIORITIES, RECOMMENDATION_STATUSES, THEMES } from "@monitor/domain";
import { sql } from "drizzle-orm";
import { type AnyPgColumn, date, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./_columns";
import { searchIndex, searchVector } from "./_search";
import { users } from "./auth";
import { sources } from "./sources";

/**
 * Recommendation families: one recommendation made in several reports, confirmed by an editor.
 * Members keep their own rows and citations; `recommendations.family_id` links them.
 */
export const recommendationFamilies = pgTable("recommendation_families", {
  id: id(),
  key: text("key").notNull().unique(),
  title: text("title").notNull(),
  note: text("note"),
  version: version(),
  ...timestamps,
});

export const recommendations = pgTable(
  "recommendations",
  {
    id: id(),
    key: text("key").notNull().unique(),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "restrict" }),
    number: text("number"),
    title: text("title").notNull(),
    text: text("text").notNull(),
    theme: text("theme", { enum: THEMES }).notNull(),
    targetActors: text("target_actors").array().notNull().default(sql`'{}'::text[]`),
    priority: text("priority", { enum: PRIORITIES }).notNull().default("unspecified"),
    status: text("status", { enum: RECOMMENDATION_STATUSES }).notNull().default("not_assessed"),
    ownerId: text("owner_id").references((): AnyPgColumn => users.id, { onDelete: "set null" }),
    nextReviewOn: date("next_review_on", { mode: "string" }),
    /** Province ids (PK-KP…) where implementation is tracked per province. */
    provinces: text("provinces").array().notNull().default(sql`'{}'::text[]`),
    indicator: jsonb("indicator").$type<Indicator>(),
    familyId: uuid("family_id").references(() => recommendationFamilies.id, { onDelete: "set null" }),
    version: version(),
    ...timestamps,
    searchVector: searchVector(sql`public.search_recommendation_document(title, text, target_actors)`),
  },
  (t) => [
    searchIndex("recommendations", t.searchVector),
    index("recommendations_source_idx").on(t.sourceId),
    index("recommendations_status_idx").on(t.status),
    index("recommendations_theme_idx").on(t.theme),
    index("recommendations_family_idx").on(t.familyId),
    index("recommendations_review_idx").on(t.nextReviewOn),
  ],
);

/** Status changes: the only way a recommendation's status moves. Append-only. */
export const recommendationUpdates = pgTable(
  "recommendation_updates",
  {
    id: id(),
    recommendationId: uuid("recommendation_id")
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    fromStatus: text("from_status", { enum: RECOMMENDATION_STATUSES }).notNull(),
    toStatus: text("to_status", { enum: RECOMMENDATION_STATUSES }).notNull(),
    note: text("note").notNull(),
    evidence: jsonb("evidence").$type<Evidence[]>().notNull().default([]),
    author: text("author").notNull(),
    /** The assessment track: who assesses (analyst, government, independent), by name, and where. */
    assessor: text("assessor", { enum: ASSESSORS }).notNull().default("analyst"),
    assessorName: text("assessor_name"),
    province: text("province"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("recommendation_updates_rec_idx").on(t.recommendationId, t.date)],
);

/** Pairs an editor judged "not the same recommendation": never suggested as duplicates again. */
export const recommendationDuplicateDismissals = pgTable(
  "recommendation_duplicate_dismissals",
  {
    /** The two recommendations' ids, a < b. */
    a: uuid("a")
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
    b: uuid("b")
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
    dismissedBy: text("dismissed_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.a, t.b] })],
);
