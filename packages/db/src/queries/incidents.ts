import type { IncidentFilter, IncidentView } from "@monitor/domain";
import { and, asc, count, desc, eq, exists, gte, ilike, inArray, lte, ne, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { groups, incidentPerpetrators, incidents } from "../schema";
import { loadCitations } from "./citations";
import { containsPattern } from "./like";

function incidentConditions(filter: IncidentFilter): SQL[] {
  const c: SQL[] = [];
  if (filter.country) c.push(eq(incidents.country, filter.country));
  if (filter.province) c.push(eq(incidents.province, filter.province));
  if (filter.district) c.push(eq(incidents.district, filter.district));
  if (filter.type) c.push(eq(incidents.type, filter.type));
  if (filter.target) c.push(eq(incidents.target, filter.target));
  if (filter.from) c.push(gte(incidents.date, filter.from));
  if (filter.to) c.push(lte(incidents.date, filter.to));
  if (filter.group) {
    c.push(
      exists(
        sql`(select 1 from ${incidentPerpetrators} inner join ${groups} on ${groups.id} = ${incidentPerpetrators.groupId} where ${incidentPerpetrators.incidentId} = ${incidents.id} and ${groups.slug} = ${filter.group})`,
      ),
    );
  }
  if (filter.search) {
    const q = containsPattern(filter.search);
    // A record key (links from a source's citations) matches exactly.
    const match = or(
      eq(incidents.key, filter.search),
      ilike(incidents.title, q),
      ilike(incidents.place, q),
      ilike(incidents.description, q),
    );
    if (match) c.push(match);
  }
  return c;
}

function selectIncidents(db: Database) {
  return db
    .select({
      id: incidents.id,
      key: incidents.key,
      version: incidents.version,
      title: incidents.title,
      date: incidents.date,
      datePrecision: incidents.datePrecision,
      country: incidents.country,
      province: incidents.province,
      district: incidents.district,
      place: incidents.place,
      type: incidents.type,
      target: incidents.target,
      killed: incidents.killed,
      killedQualifier: incidents.killedQualifier,
      injured: incidents.injured,
      injuredQualifier: incidents.injuredQualifier,
      description: incidents.description,
    })
    .from(incidents);
}
type Row = Awaited<ReturnType<typeof selectIncidents>>[number];

async function toViews(db: Database, rows: Row[]): Promise<IncidentView[]> {
  const ids = rows.map((r) => r.id);
  const cites = await loadCitations(db, "incidentId", ids);
  const perps = ids.length
    ? await db
        .select({
          incidentId: incidentPerpetrators.incidentId,
          group: groups.slug,
          groupName: groups.name,
          attribution: incidentPerpetrators.attribution,
        })
        .from(incidentPerpetrators)
        .innerJoin(groups, eq(groups.id, incidentPerpetrators.groupId))
        .where(inArray(incidentPerpetrators.incidentId, ids))
        .orderBy(asc(groups.name))
    : [];
  return rows.map((r) => ({
    ...r,
    country: r.country as IncidentView["country"],
    perpetrators: perps.filter((p) => p.incidentId === r.id).map(({ incidentId: _, ...p }) => p),
    citations: cites.get(r.id) ?? [],
  }));
}

export async function listIncidents(
  db: Database,
  filter: IncidentFilter & { limit?: number; offset?: number },
): Promise<{ items: IncidentView[]; total: number }> {
  const where = and(...incidentConditions(filter));
  const [totalRow] = await db.select({ n: count() }).from(incidents).where(where);
  const rows = await selectIncidents(db)
    .where(where)
    .orderBy(desc(incidents.date), asc(incidents.key))
    .limit(filter.limit ?? 50)
    .offset(filter.offset ?? 0);
  return { items: await toViews(db, rows), total: totalRow?.n ?? 0 };
}

export async function getIncidentByKey(db: Database, key: string): Promise<IncidentView | null> {
  const rows = await selectIncidents(db).where(eq(incidents.key, key));
  const [view] = await toViews(db, rows);
  return view ?? null;
}

/** Incident counts and casualties per year or month (SQL GROUP BY); gaps are filled by the domain. */
export async function aggregateIncidentsByPeriod(
  db: Database,
  filter: IncidentFilter,
  granularity: "year" | "month",
): Promise<{ period: string; incidents: number; killed: number; injured: number }[]> {
  const period =
    granularity === "year" ? sql<string>`to_char(${incidents.date}, 'YYYY')` : sql<string>`to_char(${incidents.date}, 'YYYY-MM')`;
  const rows = await db
    .select({
      period,
      incidents: count(),
      killed: sql<number>`coalesce(sum(${incidents.killed}), 0)::int`,
      injured: sql<number>`coalesce(sum(${incidents.injured}), 0)::int`,
    })
    .from(incidents)
    // An incident known only to the year cannot be placed in a month (never count it in January).
    .where(and(...incidentConditions(filter), granularity === "month" ? ne(incidents.datePrecision, "year") : undefined))
    .groupBy(period)
    .orderBy(period);
  return rows.map((r) => ({ ...r, killed: Number(r.killed), injured: Number(r.injured) }));
}

/** How many incidents match but are known only to the year (so cannot be placed in a monthly series). */
export async function countIncidentsKnownOnlyToYear(db: Database, filter: IncidentFilter): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(incidents)
    .where(and(...incidentConditions(filter), eq(incidents.datePrecision, "year")));
  return row?.n ?? 0;
}

/** Incident counts and casualties per province or district. */
export async function aggregateIncidentsByArea(
  db: Database,
  filter: IncidentFilter,
  level: "province" | "district",
): Promise<{ area: string | null; incidents: number; killed: number; injured: number }[]> {
  const area = level === "province" ? incidents.province : incidents.district;
  const rows = await db
    .select({
      area,
      incidents: count(),
      killed: sql<number>`coalesce(sum(${incidents.killed}), 0)::int`,
      injured: sql<number>`coalesce(sum(${incidents.injured}), 0)::int`,
    })
    .from(incidents)
    .where(and(...incidentConditions(filter)))
    .groupBy(area);
  return rows.map((r) => ({ ...r, killed: Number(r.killed), injured: Number(r.injured) }));
}

export async function getIncidentCoverage(db: Database): Promise<{ first: string | null; last: string | null; total: number }> {
  const [row] = await db
    .select({ first: sql<string | null>`min(${incidents.date})`, last: sql<string | null>`max(${incidents.date})`, total: count() })
    .from(incidents);
  return { first: row?.first ?? null, last: row?.last ?? null, total: row?.total ?? 0 };
}
