import {
  activeInYear,
  type FuzzyDate,
  type GroupFilter,
  type GroupListItem,
  type GroupView,
  groupListedIn,
  type RelationshipView,
} from "@monitor/domain";
import { and, asc, eq, ilike, ne, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import {
  groupClaims,
  groupLeaders,
  groupRelationships,
  groupRoles,
  groupStrength,
  groups,
  incidentPerpetrators,
  incidents,
} from "../schema";
import { loadCitations } from "./citations";
import { containsPattern } from "./like";

function fuzzy(date: string | null, precision: FuzzyDate["precision"] | null): FuzzyDate | null {
  return date && precision ? { date, precision } : null;
}

/**
 * One grouped pass over the incident links (never denials): per group and year, how many incidents.
 * `listGroups` reads it twice (the incident count and the record years), as a CTE, so the log is read
 * once for the whole list instead of once per group.
 */
const GROUP_INCIDENT_YEARS = "group_incident_years";

/**
 * The years with a dated record about the group (correlated on "groups"."id"): attributed incidents
 * (never denials; from the group_incident_years CTE of `listGroups`), published figures (every year of
 * their period), leader tenures and strength estimates, and relationships (every year from start to
 * end; an open one only its start year).
 */
const RECORD_YEARS = sql<number[]>`array(
  select distinct y from (
    select giy.year as y from ${sql.identifier(GROUP_INCIDENT_YEARS)} giy where giy.group_id = "groups"."id"
    union all
    select generate_series(extract(year from s.period_start)::int, extract(year from s.period_end)::int)
      from statistics s where s.group_id = "groups"."id"
    union all
    select generate_series(extract(year from coalesce(l.start_on, l.end_on))::int, extract(year from coalesce(l.end_on, l.start_on))::int)
      from group_leaders l where l.group_id = "groups"."id" and coalesce(l.start_on, l.end_on) is not null
    union all
    select extract(year from gs.as_of)::int from group_strength gs where gs.group_id = "groups"."id"
    union all
    select generate_series(extract(year from coalesce(r.start_on, r.end_on))::int, extract(year from coalesce(r.end_on, r.start_on))::int)
      from group_relationships r
      where (r.from_group_id = "groups"."id" or r.to_group_id = "groups"."id") and coalesce(r.start_on, r.end_on) is not null
  ) years order by y
)`;

/**
 * Groups with their counts: incidents attributed in the log (claimed, attributed or suspected, as the
 * incidents list counts them; never a denial), published figures about the group, relationships.
 * Kind and text filter in SQL; area and active year with the domain's rules (`groupListedIn`,
 * `activeInYear`).
 */
export async function listGroups(db: Database, filter: GroupFilter = {}): Promise<GroupListItem[]> {
  const c: SQL[] = [];
  if (filter.kind) c.push(eq(groups.kind, filter.kind));
  if (filter.search) {
    const q = containsPattern(filter.search);
    const match = or(
      ilike(groups.name, q),
      ilike(groups.abbreviation, q),
      sql`exists (select 1 from unnest(${groups.aliases}) a where a ilike ${q})`,
    );
    if (match) c.push(match);
  }
  const incidentYears = db.$with(GROUP_INCIDENT_YEARS).as(
    db
      .select({
        groupId: incidentPerpetrators.groupId,
        year: sql<number>`extract(year from ${incidents.date})::int`.as("year"),
        incidents: sql<number>`count(*)::int`.as("incidents"),
      })
      .from(incidentPerpetrators)
      .innerJoin(incidents, eq(incidents.id, incidentPerpetrators.incidentId))
      .where(ne(incidentPerpetrators.attribution, "denied"))
      .groupBy(incidentPerpetrators.groupId, sql`extract(year from ${incidents.date})`),
  );
  const rows = await db
    .with(incidentYears)
    .select({
      id: groups.id,
      slug: groups.slug,
      name: groups.name,
      abbreviation: groups.abbreviation,
      aliases: groups.aliases,
      kind: groups.kind,
      ideology: groups.ideology,
      foundedOn: groups.foundedOn,
      foundedPrecision: groups.foundedPrecision,
      dissolvedOn: groups.dissolvedOn,
      dissolvedPrecision: groups.dissolvedPrecision,
      areas: groups.areas,
      // Correlated subqueries are written with explicit aliases: drizzle renders columns inside
      // sql`` without their table, which would bind "id" to the inner table.
      incidentCount: sql<number>`(select coalesce(sum(giy.incidents), 0)::int from ${sql.identifier(GROUP_INCIDENT_YEARS)} giy where giy.group_id = "groups"."id")`,
      statisticCount: sql<number>`(select count(*)::int from statistics s where s.group_id = "groups"."id")`,
      relationshipCount: sql<number>`(select count(*)::int from group_relationships r where r.from_group_id = "groups"."id" or r.to_group_id = "groups"."id")`,
      recordYears: RECORD_YEARS,
    })
    .from(groups)
    .where(c.length ? and(...c) : undefined)
    .orderBy(asc(groups.name), asc(groups.slug));
  const items = rows.map(({ foundedOn, foundedPrecision, dissolvedOn, dissolvedPrecision, ...r }) => ({
    ...r,
    founded: fuzzy(foundedOn, foundedPrecision),
    dissolved: fuzzy(dissolvedOn, dissolvedPrecision),
    incidentCount: Number(r.incidentCount),
    statisticCount: Number(r.statisticCount),
    relationshipCount: Number(r.relationshipCount),
    recordYears: (r.recordYears ?? []).map(Number),
  }));
  const { area, active } = filter;
  return items.filter((g) => (!area || groupListedIn(g.areas, area)) && (!active || activeInYear(g, g.recordYears, Number(active))));
}

const fromGroup = alias(groups, "from_group");
const toGroup = alias(groups, "to_group");

/** Relationships, optionally only those touching one group (by slug), or only one (by key). */
export async function listRelationships(db: Database, filter: { group?: string; key?: string } = {}): Promise<RelationshipView[]> {
  const rows = await db
    .select({
      id: groupRelationships.id,
      key: groupRelationships.key,
      from: fromGroup.slug,
      fromName: fromGroup.name,
      to: toGroup.slug,
      toName: toGroup.name,
      type: groupRelationships.type,
      startOn: groupRelationships.startOn,
      startPrecision: groupRelationships.startPrecision,
      endOn: groupRelationships.endOn,
      endPrecision: groupRelationships.endPrecision,
      description: groupRelationships.description,
    })
    .from(groupRelationships)
    .innerJoin(fromGroup, eq(fromGroup.id, groupRelationships.fromGroupId))
    .innerJoin(toGroup, eq(toGroup.id, groupRelationships.toGroupId))
    .where(
      and(
        filter.group ? or(eq(fromGroup.slug, filter.group), eq(toGroup.slug, filter.group)) : undefined,
        filter.key !== undefined ? eq(groupRelationships.key, filter.key) : undefined,
      ),
    )
    .orderBy(asc(groupRelationships.startOn), asc(groupRelationships.key));
  const cites = await loadCitations(
    db,
    "relationshipId",
    rows.map((r) => r.id),
  );
  return rows.map(({ startOn, startPrecision, endOn, endPrecision, ...r }) => ({
    ...r,
    start: fuzzy(startOn, startPrecision),
    end: fuzzy(endOn, endPrecision),
    citations: cites.get(r.id) ?? [],
  }));
}

export async function getGroupBySlug(db: Database, slug: string): Promise<GroupView | null> {
  const [g] = await db.select().from(groups).where(eq(groups.slug, slug));
  if (!g) return null;
  const [claims, leaders, strength, roles, relationships] = await Promise.all([
    db.select().from(groupClaims).where(eq(groupClaims.groupId, g.id)).orderBy(asc(groupClaims.position)),
    db.select().from(groupLeaders).where(eq(groupLeaders.groupId, g.id)).orderBy(asc(groupLeaders.position)),
    db.select().from(groupStrength).where(eq(groupStrength.groupId, g.id)).orderBy(asc(groupStrength.asOf), asc(groupStrength.position)),
    db.select().from(groupRoles).where(eq(groupRoles.groupId, g.id)).orderBy(asc(groupRoles.position)),
    listRelationships(db, { group: slug }),
  ]);
  const [claimCites, leaderCites, strengthCites, roleCites] = await Promise.all([
    loadCitations(
      db,
      "claimId",
      claims.map((c) => c.id),
    ),
    loadCitations(
      db,
      "leaderId",
      leaders.map((c) => c.id),
    ),
    loadCitations(
      db,
      "strengthId",
      strength.map((c) => c.id),
    ),
    loadCitations(
      db,
      "roleId",
      roles.map((r) => r.id),
    ),
  ]);
  return {
    id: g.id,
    version: g.version,
    slug: g.slug,
    name: g.name,
    abbreviation: g.abbreviation,
    aliases: g.aliases,
    kind: g.kind,
    ideology: g.ideology,
    founded: fuzzy(g.foundedOn, g.foundedPrecision),
    foundedPlace: g.foundedPlace,
    dissolved: fuzzy(g.dissolvedOn, g.dissolvedPrecision),
    areas: g.areas,
    mediaWings: g.mediaWings,
    summary: g.summary,
    claims: claims.map((c) => ({ key: c.key, topic: c.topic, text: c.text, citations: claimCites.get(c.id) ?? [] })),
    leaders: leaders.map((l) => ({
      key: l.key,
      name: l.name,
      role: l.role,
      start: fuzzy(l.startOn, l.startPrecision),
      end: fuzzy(l.endOn, l.endPrecision),
      citations: leaderCites.get(l.id) ?? [],
    })),
    strength: strength.map((s) => ({
      key: s.key,
      low: s.low,
      high: s.high,
      qualifier: s.qualifier,
      asOf: { date: s.asOf, precision: s.asOfPrecision },
      citations: strengthCites.get(s.id) ?? [],
    })),
    roles: roles.map((r) => ({
      key: r.key,
      kind: r.kind,
      label: r.label,
      start: fuzzy(r.startOn, r.startPrecision),
      end: fuzzy(r.endOn, r.endPrecision),
      citations: roleCites.get(r.id) ?? [],
    })),
    relationships,
  };
}
