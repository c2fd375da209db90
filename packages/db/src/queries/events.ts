import type { TimelineEventView } from "@monitor/domain";
import { and, asc, eq, gte, lte, type SQL } from "drizzle-orm";
import type { Database } from "../client";
import { timelineEvents } from "../schema";
import { loadCitations } from "./citations";

export async function listEvents(
  db: Database,
  filter: { from?: string; to?: string; markers?: boolean } = {},
): Promise<TimelineEventView[]> {
  const c: SQL[] = [];
  if (filter.markers) c.push(eq(timelineEvents.marker, true));
  if (filter.from) c.push(gte(timelineEvents.date, filter.from));
  if (filter.to) c.push(lte(timelineEvents.date, filter.to));
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
