import { SOURCE_KINDS } from "@monitor/domain";
import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./_columns";
import { searchIndex, searchVector } from "./_search";
import { timelineEvents } from "./events";
import { groupClaims, groupLeaders, groupRelationships, groupRoles, groupStrength } from "./groups";
import { incidents } from "./incidents";
import { recommendations } from "./recommendations";
import { statistics } from "./statistics";

export const sources = pgTable(
  "sources",
  {
    id: id(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    shortTitle: text("short_title").notNull(),
    publisher: text("publisher"),
    authors: text("authors").array().notNull().default(sql`'{}'::text[]`),
    year: integer("year"),
    publishedOn: date("published_on", { mode: "string" }),
    kind: text("kind", { enum: SOURCE_KINDS }).notNull(),
    url: text("url"),
    file: text("file"),
    inferred: text("inferred").array().notNull().default(sql`'{}'::text[]`),
    notes: text("notes"),
    /** Full text of the document when held (seed documents): quotes are shown in context and checked against it. */
    text: text("text"),
    version: version(),
    ...timestamps,
    searchVector: searchVector(sql`public.search_source_document(title, short_title, publisher, authors, notes, text)`),
  },
  (t) => [searchIndex("sources", t.searchVector)],
);

/**
 * A citation belongs to exactly one record (the check constraint enforces it) and points into one
 * source. Nullable foreign keys instead of a polymorphic (type, id) pair keep referential integrity
 * and cascade deletes.
 */
export const citations = pgTable(
  "citations",
  {
    id: id(),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "restrict" }),
    locator: text("locator").notNull(),
    quote: text("quote").notNull(),
    originalProducer: text("original_producer"),
    position: integer("position").notNull().default(0),
    statisticId: uuid("statistic_id").references(() => statistics.id, { onDelete: "cascade" }),
    incidentId: uuid("incident_id").references(() => incidents.id, { onDelete: "cascade" }),
    eventId: uuid("event_id").references(() => timelineEvents.id, { onDelete: "cascade" }),
    recommendationId: uuid("recommendation_id").references(() => recommendations.id, { onDelete: "cascade" }),
    relationshipId: uuid("relationship_id").references(() => groupRelationships.id, { onDelete: "cascade" }),
    claimId: uuid("claim_id").references(() => groupClaims.id, { onDelete: "cascade" }),
    leaderId: uuid("leader_id").references(() => groupLeaders.id, { onDelete: "cascade" }),
    strengthId: uuid("strength_id").references(() => groupStrength.id, { onDelete: "cascade" }),
    roleId: uuid("role_id").references(() => groupRoles.id, { onDelete: "cascade" }),
  },
  (t) => [
    check(
      "citations_one_owner",
      sql`num_nonnulls(${t.statisticId}, ${t.incidentId}, ${t.eventId}, ${t.recommendationId}, ${t.relationshipId}, ${t.claimId}, ${t.leaderId}, ${t.strengthId}, ${t.roleId}) = 1`,
    ),
    index("citations_source_idx").on(t.sourceId),
    index("citations_statistic_idx").on(t.statisticId),
    index("citations_incident_idx").on(t.incidentId),
    index("citations_event_idx").on(t.eventId),
    index("citations_recommendation_idx").on(t.recommendationId),
    index("citations_relationship_idx").on(t.relationshipId),
    index("citations_claim_idx").on(t.claimId),
    index("citations_leader_idx").on(t.leaderId),
    index("citations_strength_idx").on(t.strengthId),
    index("citations_role_idx").on(t.roleId),
  ],
);

export type SourceRow = typeof sources.$inferSelect;
export type CitationRow = typeof citations.$inferSelect;
