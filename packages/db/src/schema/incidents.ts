import { ATTRIBUTIONS, DATE_PRECISIONS, INCIDENT_TYPES, QUALIFIERS, TARGETS } from "@monitor/domain";
import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./_columns";
import { searchIndex, searchVector } from "./_search";
import { groups } from "./groups";

export const incidents = pgTable(
  "incidents",
  {
    id: id(),
    key: text("key").notNull().unique(),
    title: text("title").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    datePrecision: text("date_precision", { enum: DATE_PRECISIONS }).notNull(),
    country: text("country").notNull(),
    province: text("province"),
    district: text("district"),
    place: text("place"),
    type: text("type", { enum: INCIDENT_TYPES }).notNull(),
    target: text("target", { enum: TARGETS }).notNull(),
    killed: integer("killed"),
    killedQualifier: text("killed_qualifier", { enum: QUALIFIERS }).notNull().default("exact"),
    injured: integer("injured"),
    injuredQualifier: text("injured_qualifier", { enum: QUALIFIERS }).notNull().default("exact"),
    description: text("description"),
    version: version(),
    ...timestamps,
    searchVector: searchVector(sql`public.search_incident_document(title, place, description)`),
  },
  (t) => [
    searchIndex("incidents", t.searchVector),
    index("incidents_date_idx").on(t.date),
    index("incidents_province_date_idx").on(t.province, t.date),
    index("incidents_district_date_idx").on(t.district, t.date),
    index("incidents_type_idx").on(t.type),
  ],
);

export const incidentPerpetrators = pgTable(
  "incident_perpetrators",
  {
    incidentId: uuid("incident_id")
      .notNull()
      .references(() => incidents.id, { onDelete: "cascade" }),
    groupId: uuid("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "restrict" }),
    attribution: text("attribution", { enum: ATTRIBUTIONS }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.incidentId, t.groupId] }),
    // A group's links at a certainty, index-only (the group filter's semi-join); also serves the
    // foreign key to groups (group_id leads).
    index("incident_perpetrators_group_attribution_idx").on(t.groupId, t.attribution, t.incidentId),
  ],
);

export type IncidentRow = typeof incidents.$inferSelect;
