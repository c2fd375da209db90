import { DATE_PRECISIONS, EVENT_KINDS } from "@monitor/domain";
import { boolean, date, index, pgTable, text } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./_columns";

export const timelineEvents = pgTable(
  "timeline_events",
  {
    id: id(),
    key: text("key").notNull().unique(),
    date: date("date", { mode: "string" }).notNull(),
    datePrecision: text("date_precision", { enum: DATE_PRECISIONS }).notNull(),
    title: text("title").notNull(),
    description: text("description"),
    kind: text("kind", { enum: EVENT_KINDS }).notNull(),
    marker: boolean("marker").notNull().default(false),
    version: version(),
    ...timestamps,
  },
  (t) => [index("timeline_events_date_idx").on(t.date)],
);
