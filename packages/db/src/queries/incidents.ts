import {
  attributionsAtLeast,
  type BreakdownDimension,
  type BreakdownRow,
  DEFAULT_SORT_DIRECTION,
  type Granularity,
  type IncidentFilter,
  type IncidentListInput,
  type IncidentView,
} from "@monitor/domain";
import { and, asc, count, desc, eq, exists, gte, ilike, inArray, lte, ne, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { citations, groups, incidentPerpetrators, incidents, sources } from "../schema";
import { loadCitations } from "./citations";
import { containsPattern } from "./like";

/**
 * The last day an incident may have happened on: its date for a day, the month's or year's last day
 * when it is known only to the month or year (the date column then holds the first day).
 */
const incidentLastDay = sql`(case ${incidents.datePrecision}
  when 'year' then (${incidents.date} + interval '1 year' - interval '1 day')::date
  when 'month' then (${incidents.date} + interval '1 month' - interval '1 day')::date
  else ${incidents.date} end)`;

/**
 * The WHERE conditions of an incident filter, shared by the list, the series, the map counts and the
 * breakdown. A period matches the incidents whose possible dates overlap it: "Aug 2021" matches from
 * 15 Aug 2021, "2021" matches 15 Aug 2021 – 14 Aug 2022.
 */
function incidentConditions(filter: IncidentFilter): SQL[] {
  const c: SQL[] = [];
  if (filter.country) c.push(eq(incidents.country, filter.country));
  if (filter.province) c.push(eq(incidents.province, filter.province));
  if (filter.district) c.push(eq(incidents.district, filter.district));
  if (filter.type) c.push(eq(incidents.type, filter.type));
  if (filter.target) c.push(eq(incidents.target, filter.target));
  if (filter.from) {
    const overlaps = or(
      gte(incidents.date, filter.from),
      and(ne(incidents.datePrecision, "day"), sql`${incidentLastDay} >= ${filter.from}::date`),
    );
    if (overlaps) c.push(overlaps);
    // Implied by the overlap rule (an incident's last possible day is less than a year after its
    // date), stated apart so the planner can range-scan the date indexes despite the OR.
    c.push(sql`${incidents.date} >= (${filter.from}::date - interval '1 year')::date`);
  }
  if (filter.to) c.push(lte(incidents.date, filter.to));
  if (filter.group || filter.certainty) {
    // With a group: that group's link must be at least this certain. Without: any group's. No certainty
    // means "suspected or better": a group's denial never ties it to an incident.
    const accepted = attributionsAtLeast(filter.certainty ?? "suspected");
    const byGroup = filter.group ? sql` and ${groups.slug} = ${filter.group}` : sql``;
    const byCertainty = sql` and ${inArray(incidentPerpetrators.attribution, accepted)}`;
    c.push(
      exists(
        sql`(select 1 from ${incidentPerpetrators} inner join ${groups} on ${groups.id} = ${incidentPerpetrators.groupId} where ${incidentPerpetrators.incidentId} = ${incidents.id}${byGroup}${byCertainty})`,
      ),
    );
  }
  if (filter.source) {
    c.push(
      exists(
        sql`(select 1 from ${citations} inner join ${sources} on ${sources.id} = ${citations.sourceId} where ${citations.incidentId} = ${incidents.id} and ${sources.slug} = ${filter.source})`,
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

/**
 * ORDER BY for the list: the chosen column, then newest first and the key, so pages never overlap.
 * Casualty figures the source did not report (null) sort last in both directions.
 */
function incidentOrder(sort: IncidentListInput["sort"] = "date", dir: IncidentListInput["dir"] = DEFAULT_SORT_DIRECTION[sort]): SQL[] {
  const way = dir === "asc" ? sql`asc` : sql`desc`;
  const tail = [desc(incidents.date), asc(incidents.key)];
  switch (sort) {
    case "date":
      return [dir === "asc" ? asc(incidents.date) : desc(incidents.date), asc(incidents.key)];
    case "killed":
      return [sql`${incidents.killed} ${way} nulls last`, ...tail];
    case "injured":
      return [sql`${incidents.injured} ${way} nulls last`, ...tail];
    case "title":
      return [sql`lower(${incidents.title}) ${way}`, ...tail];
  }
}

export async function listIncidents(
  db: Database,
  filter: IncidentFilter & Partial<Pick<IncidentListInput, "limit" | "offset" | "sort" | "dir">>,
): Promise<{ items: IncidentView[]; total: number }> {
  const where = and(...incidentConditions(filter));
  const [totalRow] = await db.select({ n: count() }).from(incidents).where(where);
  const rows = await selectIncidents(db)
    .where(where)
    .orderBy(...incidentOrder(filter.sort, filter.dir))
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

/**
 * Incident counts and casualties per period and per key of a dimension (SQL GROUP BY); the domain's
 * `shapeIncidentBreakdown` fills the gaps and labels the keys. `key` is null when the incident does
 * not state the dimension (no district, no group). By group, an incident counts once under each group
 * linked to it at the filter's certainty (by default claimed, attributed or suspected; never denied).
 * A monthly breakdown leaves out incidents known only to the year (`countIncidentsKnownOnlyToYear`).
 */
export async function breakdownIncidents(
  db: Database,
  filter: IncidentFilter,
  dimension: BreakdownDimension,
  granularity: Granularity,
): Promise<BreakdownRow[]> {
  const period =
    granularity === "year" ? sql<string>`to_char(${incidents.date}, 'YYYY')` : sql<string>`to_char(${incidents.date}, 'YYYY-MM')`;
  const where = and(...incidentConditions(filter), granularity === "month" ? ne(incidents.datePrecision, "year") : undefined);
  const sums = {
    incidents: count(),
    killed: sql<number>`coalesce(sum(${incidents.killed}), 0)::int`,
    injured: sql<number>`coalesce(sum(${incidents.injured}), 0)::int`,
  };
  let rows: { period: string; key: string | null; incidents: number; killed: number; injured: number }[];
  if (dimension === "group") {
    const accepted = attributionsAtLeast(filter.certainty ?? "suspected");
    // The link's certainty goes in the join, so an incident with no accepted link stays, under null.
    const links = db
      .select({ incidentId: incidentPerpetrators.incidentId, slug: groups.slug })
      .from(incidentPerpetrators)
      .innerJoin(groups, eq(groups.id, incidentPerpetrators.groupId))
      .where(inArray(incidentPerpetrators.attribution, accepted))
      .as("links");
    rows = await db
      .select({ period, key: links.slug, ...sums })
      .from(incidents)
      .leftJoin(links, eq(links.incidentId, incidents.id))
      .where(where)
      .groupBy(period, links.slug)
      .orderBy(period, links.slug);
  } else {
    const column = { province: incidents.province, district: incidents.district, target: incidents.target, type: incidents.type }[
      dimension
    ];
    rows = await db
      .select({ period, key: column, ...sums })
      .from(incidents)
      .where(where)
      .groupBy(period, column)
      .orderBy(period, column);
  }
  return rows.map((r) => ({ ...r, incidents: Number(r.incidents), killed: Number(r.killed), injured: Number(r.injured) }));
}

/** Short labels of groups by slug (abbreviation, else name), for breakdown keys. */
export async function groupLabelsBySlug(db: Database, slugs: readonly string[]): Promise<Record<string, string>> {
  if (slugs.length === 0) return {};
  const rows = await db
    .select({ slug: groups.slug, name: groups.name, abbreviation: groups.abbreviation })
    .from(groups)
    .where(inArray(groups.slug, [...slugs]));
  return Object.fromEntries(rows.map((g) => [g.slug, g.abbreviation ?? g.name]));
}

export async function getIncidentCoverage(db: Database): Promise<{ first: string | null; last: string | null; total: number }> {
  const [row] = await db
    .select({ first: sql<string | null>`min(${incidents.date})`, last: sql<string | null>`max(${incidents.date})`, total: count() })
    .from(incidents);
  return { first: row?.first ?? null, last: row?.last ?? null, total: row?.total ?? 0 };
}

/**
 * Totals for one period, for "this period against the one before": only incidents whose every possible
 * date lies inside the period are counted (an incident known only as "2021" belongs to no Aug–Aug year),
 * so two adjacent periods never share an incident; the ones that may or may not fall inside are counted
 * apart as `uncertain`.
 */
export async function totalIncidentsInPeriod(
  db: Database,
  filter: Omit<IncidentFilter, "from" | "to">,
  period: { from: string; to: string },
): Promise<{ incidents: number; killed: number; injured: number; uncertain: number }> {
  const inside = and(sql`${incidents.date} >= ${period.from}::date`, sql`${incidentLastDay} <= ${period.to}::date`);
  const [row] = await db
    .select({
      incidents: sql<number>`count(*) filter (where ${inside})::int`,
      killed: sql<number>`coalesce(sum(${incidents.killed}) filter (where ${inside}), 0)::int`,
      injured: sql<number>`coalesce(sum(${incidents.injured}) filter (where ${inside}), 0)::int`,
      uncertain: sql<number>`count(*) filter (where not (${inside}))::int`,
    })
    .from(incidents)
    .where(and(...incidentConditions({ ...filter, from: period.from, to: period.to })));
  return {
    incidents: Number(row?.incidents ?? 0),
    killed: Number(row?.killed ?? 0),
    injured: Number(row?.injured ?? 0),
    uncertain: Number(row?.uncertain ?? 0),
  };
}
