import type { FuzzyDate, GroupFilter, GroupSummary, GroupView, RelationshipView } from "@monitor/domain";
import { and, asc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { groupClaims, groupLeaders, groupRelationships, groupStrength, groups } from "../schema";
import { loadCitations } from "./citations";
import { containsPattern } from "./like";

function fuzzy(date: string | null, precision: FuzzyDate["precision"] | null): FuzzyDate | null {
  return date && precision ? { date, precision } : null;
}

export async function listGroups(db: Database, filter: GroupFilter = {}): Promise<GroupSummary[]> {
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
  const rows = await db
    .select({
      id: groups.id,
      slug: groups.slug,
      name: groups.name,
      abbreviation: groups.abbreviation,
      kind: groups.kind,
      ideology: groups.ideology,
      foundedOn: groups.foundedOn,
      foundedPrecision: groups.foundedPrecision,
      areas: groups.areas,
      // Correlated subqueries are written with explicit aliases: drizzle renders columns inside
      // sql`` without their table, which would bind "id" to the inner table.
      incidentCount: sql<number>`(select count(*)::int from incident_perpetrators ip where ip.group_id = "groups"."id")`,
      statisticCount: sql<number>`(select count(*)::int from statistics s where s.group_id = "groups"."id")`,
      relationshipCount: sql<number>`(select count(*)::int from group_relationships r where r.from_group_id = "groups"."id" or r.to_group_id = "groups"."id")`,
    })
    .from(groups)
    .where(c.length ? and(...c) : undefined)
    .orderBy(asc(groups.name), asc(groups.slug));
  return rows.map(({ foundedOn, foundedPrecision, ...r }) => ({
    ...r,
    founded: fuzzy(foundedOn, foundedPrecision),
    incidentCount: Number(r.incidentCount),
    statisticCount: Number(r.statisticCount),
    relationshipCount: Number(r.relationshipCount),
  }));
}

const fromGroup = alias(groups, "from_group");
const toGroup = alias(groups, "to_group");

/** Relationships, optionally only those touching one group (by slug). */
export async function listRelationships(db: Database, filter: { group?: string } = {}): Promise<RelationshipView[]> {
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
    .where(filter.group ? or(eq(fromGroup.slug, filter.group), eq(toGroup.slug, filter.group)) : undefined)
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
  const [claims, leaders, strength, relationships] = await Promise.all([
    db.select().from(groupClaims).where(eq(groupClaims.groupId, g.id)).orderBy(asc(groupClaims.position)),
    db.select().from(groupLeaders).where(eq(groupLeaders.groupId, g.id)).orderBy(asc(groupLeaders.position)),
    db.select().from(groupStrength).where(eq(groupStrength.groupId, g.id)).orderBy(asc(groupStrength.asOf), asc(groupStrength.position)),
    listRelationships(db, { group: slug }),
  ]);
  const [claimCites, leaderCites, strengthCites] = await Promise.all([
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
    relationships,
  };
}
