import type { Evidence } from "@monitor/domain";
import { PRIORITIES, RECOMMENDATION_STATUSES, THEMES } from "@monitor/domain";
import { sql } from "drizzle-orm";
import { date, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./_columns";
import { searchIndex, searchVector } from "./_search";
import { sources } from "./sources";

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
    ownerId: text("owner_id"),
    nextReviewOn: date("next_review_on", { mode: "string" }),
    version: version(),
    ...timestamps,
    searchVector: searchVector(sql`public.search_recommendation_document(title, text, target_actors)`),
  },
  (t) => [
    searchIndex("recommendations", t.searchVector),
    index("recommendations_source_idx").on(t.sourceId),
    index("recommendations_status_idx").on(t.status),
    index("recommendations_theme_idx").on(t.theme),
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
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("recommendation_updates_rec_idx").on(t.recommendationId, t.date)],
);
