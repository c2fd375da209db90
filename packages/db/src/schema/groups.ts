import { DATE_PRECISIONS, GROUP_CLAIM_TOPICS, GROUP_KINDS, RELATIONSHIP_TYPES, STRENGTH_QUALIFIERS } from "@monitor/domain";
import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./_columns";
import { searchIndex, searchVector } from "./_search";

export const groups = pgTable(
  "groups",
  {
    id: id(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    abbreviation: text("abbreviation"),
    aliases: text("aliases").array().notNull().default(sql`'{}'::text[]`),
    kind: text("kind", { enum: GROUP_KINDS }).notNull(),
    ideology: text("ideology"),
    foundedOn: date("founded_on", { mode: "string" }),
    foundedPrecision: text("founded_precision", { enum: DATE_PRECISIONS }),
    foundedPlace: text("founded_place"),
    dissolvedOn: date("dissolved_on", { mode: "string" }),
    dissolvedPrecision: text("dissolved_precision", { enum: DATE_PRECISIONS }),
    areas: text("areas").array().notNull().default(sql`'{}'::text[]`),
    mediaWings: text("media_wings").array().notNull().default(sql`'{}'::text[]`),
    summary: text("summary"),
    version: version(),
    ...timestamps,
    searchVector: searchVector(sql`public.search_group_document(name, abbreviation, aliases, ideology, summary, media_wings)`),
  },
  (t) => [searchIndex("groups", t.searchVector)],
);

export const groupClaims = pgTable(
  "group_claims",
  {
    id: id(),
    key: text("key").notNull().unique(),
    groupId: uuid("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    topic: text("topic", { enum: GROUP_CLAIM_TOPICS }).notNull(),
    text: text("text").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("group_claims_group_idx").on(t.groupId)],
);

export const groupLeaders = pgTable(
  "group_leaders",
  {
    id: id(),
    key: text("key").notNull().unique(),
    groupId: uuid("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    role: text("role").notNull(),
    startOn: date("start_on", { mode: "string" }),
    startPrecision: text("start_precision", { enum: DATE_PRECISIONS }),
    endOn: date("end_on", { mode: "string" }),
    endPrecision: text("end_precision", { enum: DATE_PRECISIONS }),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("group_leaders_group_idx").on(t.groupId)],
);

/** A group's role in a period (insurgency, de facto government…), for groups whose role changed. */
export const groupRoles = pgTable(
  "group_roles",
  {
    id: id(),
    key: text("key").notNull().unique(),
    groupId: uuid("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: GROUP_KINDS }).notNull(),
    label: text("label").notNull(),
    startOn: date("start_on", { mode: "string" }),
    startPrecision: text("start_precision", { enum: DATE_PRECISIONS }),
    endOn: date("end_on", { mode: "string" }),
    endPrecision: text("end_precision", { enum: DATE_PRECISIONS }),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("group_roles_group_idx").on(t.groupId)],
);

export const groupStrength = pgTable(
  "group_strength",
  {
    id: id(),
    key: text("key").notNull().unique(),
    groupId: uuid("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    low: integer("low").notNull(),
    high: integer("high").notNull(),
    qualifier: text("qualifier", { enum: STRENGTH_QUALIFIERS }).notNull(),
    asOf: date("as_of", { mode: "string" }).notNull(),
    asOfPrecision: text("as_of_precision", { enum: DATE_PRECISIONS }).notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("group_strength_group_idx").on(t.groupId), check("group_strength_range", sql`${t.low} <= ${t.high}`)],
);

export const groupRelationships = pgTable(
  "group_relationships",
  {
    id: id(),
    key: text("key").notNull().unique(),
    fromGroupId: uuid("from_group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    toGroupId: uuid("to_group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    type: text("type", { enum: RELATIONSHIP_TYPES }).notNull(),
    startOn: date("start_on", { mode: "string" }),
    startPrecision: text("start_precision", { enum: DATE_PRECISIONS }),
    endOn: date("end_on", { mode: "string" }),
    endPrecision: text("end_precision", { enum: DATE_PRECISIONS }),
    description: text("description").notNull(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index("group_relationships_from_idx").on(t.fromGroupId),
    index("group_relationships_to_idx").on(t.toGroupId),
    check("group_relationships_not_self", sql`${t.fromGroupId} <> ${t.toGroupId}`),
  ],
);

export type GroupRow = typeof groups.$inferSelect;
