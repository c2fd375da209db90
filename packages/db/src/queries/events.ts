import type { EventFilter, TimelineEventView } from "@monitor/domain";
import { and, asc, eq, gte, ilike, lte, ne, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { timelineEvents } from "../schema";
import { loadCitations } from "./citations";
import { containsPattern } from "./like";

/** The last day an event dated only to the month or year may have happened on (the column holds the first). */
const eventLastDay = sql`(case ${timelineEvents.datePrecision}
  when 'year' then (${timelineEvents.date} + interval '1 year' - interval '1 day')::date
  when 'month' then (${timelineEvents.date} + interval '1 month' - interval '1 day')::date
  else ${timelineEvents.date} end)`;

/**
 * Timeline events in chronological order (`only.key`: just that one event). A period matches the events whose possible dates overlap it
 * ("Aug 2021" matches from 15 Aug 2021).
 */
export async function listEvents(db: Database, filter: EventFilter = {}, only: { key?: string } = {}): Promise<TimelineEventView[]> {
  const c: SQL[] = [];
  if (only.key !== undefined) c.push(eq(timelineEvents.key, only.key));
  if (filter.markers) c.push(eq(timelineEvents.marker, true));
  if (filter.kind) c.push(eq(timelineEvents.kind, filter.kind));
  if (filter.from) {
    const overlaps = or(
      gte(timelineEvents.date, filter.from),
      and(ne(timelineEvents.datePrecision, "day"), sql`${eventLastDay} >= ${filter.from}::date`),
    );
    if (overlaps) c.push(overlaps);
  }
  if (filter.to) c.push(lte(timelineEvents.date, filter.to));
  if (filter.search) {
    const q = containsPattern(filter.search);
    const match = or(ilike(timelineEvents.title, q), ilike(timelineEvents.description, q));
    if (match) c.push(match);
  }
  const rows = await db
    .select({
      id: timelineEvents.id,
      key: timelineEvents.key,
      date: timelineEvents.date,
      datePrecision: timelineEvents.datePrecision,
      title: timelineEvents.title,
      description: timelineEvents.description,
      kind: timelineEvents.kind,
      marker: timelineEvents.marker,
    })
    .from(timelineEvents)
    .where(c.length ? and(...c) : undefined)
    .orderBy(asc(timelineEvents.date), asc(timelineEvents.key));
  const cites = await loadCitations(
    db,
    "eventId",
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, citations: cites.get(r.id) ?? [] }));
}
