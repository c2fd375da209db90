/**
 * One writer per record type: upserts a record in the dataset format by its natural key (slug or
 * key), replacing its citations and child rows, and returns the row's id and new version. The dataset
 * import and the editors' forms both write through these, so a record means the same thing whichever
 * way it came in. Callers run them inside a transaction and have checked references.
 */
import type { Citation, Group, GroupRelationship, Incident, Recommendation, Source, Statistic, TimelineEvent } from "@monitor/domain";
import { eq, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { type CitationOwner, replaceCitations } from "../queries/citations";
import {
  groupClaims,
  groupLeaders,
  groupRelationships,
  groupRoles,
  groupStrength,
  groups,
  incidentPerpetrators,
  incidents,
  recommendations,
  recommendationUpdates,
  sources,
  statistics,
  timelineEvents,
} from "../schema";

/** Slug → id of the sources and groups a record may name. */
export interface RecordIds {
  sources: ReadonlyMap<string, string>;
  groups: ReadonlyMap<string, string>;
}

export interface Written {
  id: string;
  version: number;
}

export const bump = (t: { version: AnyPgColumn }) => ({ updatedAt: sql`now()`, version: sql`${t.version} + 1` });

/** The slug → id maps of every source and group (a few hundred rows at most). */
export async function loadRecordIds(db: Database): Promise<RecordIds> {
  const [srcs, grps] = await Promise.all([
    db.select({ id: sources.id, slug: sources.slug }).from(sources),
    db.select({ id: groups.id, slug: groups.slug }).from(groups),
  ]);
  return { sources: new Map(srcs.map((r) => [r.slug, r.id])), groups: new Map(grps.map((r) => [r.slug, r.id])) };
}

function groupIdOf(ids: RecordIds, slug: string): string {
  const id = ids.groups.get(slug);
  if (!id) throw new Error(`Unknown group "${slug}"`);
  return id;
}

const cite = (db: Database, ids: RecordIds, owner: CitationOwner, id: string, list: readonly Citation[]) =>
  replaceCitations(db, owner, id, list, ids.sources);

function one<T>(rows: T[], what: string): T {
  const [row] = rows;
  if (!row) throw new Error(`upsert of ${what} returned nothing`);
  return row;
}

export async function writeSource(db: Database, s: Source): Promise<Written> {
  const values = {
    slug: s.slug,
    title: s.title,
    shortTitle: s.shortTitle,
    publisher: s.publisher,
    authors: s.authors,
    year: s.year,
    publishedOn: s.publishedOn,
    kind: s.kind,
    url: s.url,
    file: s.file,
    inferred: s.inferred,
    notes: s.notes,
  };
  // A record without the source's text (a form, a hand-made file) must not erase the text already held.
  const withText = s.text !== null ? { ...values, text: s.text } : values;
  return one(
    await db
      .insert(sources)
      .values(withText)
      .onConflictDoUpdate({ target: sources.slug, set: { ...withText, ...bump(sources) } })
      .returning({ id: sources.id, version: sources.version }),
    `source ${s.slug}`,
  );
}

export async function writeGroup(db: Database, ids: RecordIds, g: Group): Promise<Written> {
  const values = {
    slug: g.slug,
    name: g.name,
    abbreviation: g.abbreviation,
    aliases: g.aliases,
    kind: g.kind,
    ideology: g.ideology,
    foundedOn: g.founded?.date ?? null,
    foundedPrecision: g.founded?.precision ?? null,
    foundedPlace: g.foundedPlace,
    dissolvedOn: g.dissolved?.date ?? null,
    dissolvedPrecision: g.dissolved?.precision ?? null,
    areas: g.areas,
    mediaWings: g.mediaWings,
    summary: g.summary,
  };
  const row = one(
    await db
      .insert(groups)
      .values(values)
      .onConflictDoUpdate({ target: groups.slug, set: { ...values, ...bump(groups) } })
      .returning({ id: groups.id, version: groups.version }),
    `group ${g.slug}`,
  );
  await db.delete(groupClaims).where(eq(groupClaims.groupId, row.id));
  await db.delete(groupLeaders).where(eq(groupLeaders.groupId, row.id));
  await db.delete(groupStrength).where(eq(groupStrength.groupId, row.id));
  await db.delete(groupRoles).where(eq(groupRoles.groupId, row.id));
  for (const [position, c] of g.claims.entries()) {
    const [claim] = await db
      .insert(groupClaims)
      .values({ key: c.key, groupId: row.id, topic: c.topic, text: c.text, position })
      .returning({ id: groupClaims.id });
    if (claim) await cite(db, ids, "claimId", claim.id, c.citations);
  }
  for (const [position, l] of g.leaders.entries()) {
    const [leader] = await db
      .insert(groupLeaders)
      .values({
        key: l.key,
        groupId: row.id,
        name: l.name,
        role: l.role,
        startOn: l.start?.date ?? null,
        startPrecision: l.start?.precision ?? null,
        endOn: l.end?.date ?? null,
        endPrecision: l.end?.precision ?? null,
        position,
      })
      .returning({ id: groupLeaders.id });
    if (leader) await cite(db, ids, "leaderId", leader.id, l.citations);
  }
  for (const [position, s] of g.strength.entries()) {
    const [est] = await db
      .insert(groupStrength)
      .values({
        key: s.key,
        groupId: row.id,
        low: s.low,
        high: s.high,
        qualifier: s.qualifier,
        asOf: s.asOf.date,
        asOfPrecision: s.asOf.precision,
        position,
      })
      .returning({ id: groupStrength.id });
    if (est) await cite(db, ids, "strengthId", est.id, s.citations);
  }
  for (const [position, r] of (g.roles ?? []).entries()) {
    const [role] = await db
      .insert(groupRoles)
      .values({
        key: r.key,
        groupId: row.id,
        kind: r.kind,
        label: r.label,
        startOn: r.start?.date ?? null,
        startPrecision: r.start?.precision ?? null,
        endOn: r.end?.date ?? null,
        endPrecision: r.end?.precision ?? null,
        position,
      })
      .returning({ id: groupRoles.id });
    if (role) await cite(db, ids, "roleId", role.id, r.citations);
  }
  return row;
}

export async function writeRelationship(db: Database, ids: RecordIds, r: GroupRelationship): Promise<Written> {
  const values = {
    key: r.key,
    fromGroupId: groupIdOf(ids, r.from),
    toGroupId: groupIdOf(ids, r.to),
    type: r.type,
    startOn: r.start?.date ?? null,
    startPrecision: r.start?.precision ?? null,
    endOn: r.end?.date ?? null,
    endPrecision: r.end?.precision ?? null,
    description: r.description,
  };
  const row = one(
    await db
      .insert(groupRelationships)
      .values(values)
      .onConflictDoUpdate({ target: groupRelationships.key, set: { ...values, ...bump(groupRelationships) } })
      .returning({ id: groupRelationships.id, version: groupRelationships.version }),
    `relationship ${r.key}`,
  );
  await cite(db, ids, "relationshipId", row.id, r.citations);
  return row;
}

export function statisticValues(ids: RecordIds, s: Statistic) {
  return {
    key: s.key,
    metric: s.metric,
    label: s.label,
    value: s.value,
    unit: s.unit,
    qualifier: s.qualifier,
    periodStart: s.periodStart,
    periodEnd: s.periodEnd,
    periodPrecision: s.periodPrecision,
    country: s.geography.country,
    province: s.geography.province,
    district: s.geography.district,
    areas: s.geography.areas,
    groupId: s.group ? groupIdOf(ids, s.group) : null,
    note: s.note,
  };
}

export async function writeStatistic(db: Database, ids: RecordIds, s: Statistic): Promise<Written> {
  const values = statisticValues(ids, s);
  const row = one(
    await db
      .insert(statistics)
      .values(values)
      .onConflictDoUpdate({ target: statistics.key, set: { ...values, ...bump(statistics) } })
      .returning({ id: statistics.id, version: statistics.version }),
    `statistic ${s.key}`,
  );
  await cite(db, ids, "statisticId", row.id, s.citations);
  return row;
}

export function incidentValues(i: Incident) {
  return {
    key: i.key,
    title: i.title,
    date: i.date,
    datePrecision: i.datePrecision,
    country: i.country,
    province: i.province,
    district: i.district,
    place: i.place,
    type: i.type,
    target: i.target,
    killed: i.killed,
    killedQualifier: i.killedQualifier,
    injured: i.injured,
    injuredQualifier: i.injuredQualifier,
    description: i.description,
  };
}

export async function writeIncident(db: Database, ids: RecordIds, i: Incident): Promise<Written> {
  const values = incidentValues(i);
  const row = one(
    await db
      .insert(incidents)
      .values(values)
      .onConflictDoUpdate({ target: incidents.key, set: { ...values, ...bump(incidents) } })
      .returning({ id: incidents.id, version: incidents.version }),
    `incident ${i.key}`,
  );
  await db.delete(incidentPerpetrators).where(eq(incidentPerpetrators.incidentId, row.id));
  if (i.perpetrators.length > 0) {
    await db
      .insert(incidentPerpetrators)
      .values(i.perpetrators.map((p) => ({ incidentId: row.id, groupId: groupIdOf(ids, p.group), attribution: p.attribution })));
  }
  await cite(db, ids, "incidentId", row.id, i.citations);
  return row;
}

export async function writeEvent(db: Database, ids: RecordIds, e: TimelineEvent): Promise<Written> {
  const values = {
    key: e.key,
    date: e.date,
    datePrecision: e.datePrecision,
    title: e.title,
    description: e.description,
    kind: e.kind,
    marker: e.marker,
  };
  const row = one(
    await db
      .insert(timelineEvents)
      .values(values)
      .onConflictDoUpdate({ target: timelineEvents.key, set: { ...values, ...bump(timelineEvents) } })
      .returning({ id: timelineEvents.id, version: timelineEvents.version }),
    `event ${e.key}`,
  );
  await cite(db, ids, "eventId", row.id, e.citations);
  return row;
}

/**
 * A recommendation. With `keepProgress` (the seed re-run over an existing recommendation) only its
 * document-side facts (source, number, citations) are refreshed: everything the tracker changes stays.
 * Without it the status and updates are the record's own (a restore, a backup import, a new one).
 */
export async function writeRecommendation(db: Database, ids: RecordIds, r: Recommendation, keepProgress = false): Promise<Written> {
  const sourceId = ids.sources.get(r.source);
  if (!sourceId) throw new Error(`Unknown source "${r.source}"`);
  const values = {
    key: r.key,
    sourceId,
    number: r.number,
    title: r.title,
    text: r.text,
    theme: r.theme,
    targetActors: r.targetActors,
    priority: r.priority,
    nextReviewOn: r.nextReviewOn,
    provinces: r.provinces,
    indicator: r.indicator,
  };
  const row = one(
    await db
      .insert(recommendations)
      .values({ ...values, status: r.status })
      .onConflictDoUpdate({
        target: recommendations.key,
        set: keepProgress
          ? { sourceId, number: r.number, ...bump(recommendations) }
          : { ...values, status: r.status, ...bump(recommendations) },
      })
      .returning({ id: recommendations.id, version: recommendations.version }),
    `recommendation ${r.key}`,
  );
  await cite(db, ids, "recommendationId", row.id, r.citations);
  if (!keepProgress) {
    await db.delete(recommendationUpdates).where(eq(recommendationUpdates.recommendationId, row.id));
    if (r.updates.length > 0) {
      await db.insert(recommendationUpdates).values(
        // Same-day updates keep their order (by created_at) through an export and import.
        r.updates.map((u, i) => ({
          createdAt: new Date(Date.UTC(2000, 0, 1) + i),
          recommendationId: row.id,
          date: u.date,
          fromStatus: u.from,
          toStatus: u.to,
          note: u.note,
          evidence: u.evidence,
          author: u.author,
          assessor: u.assessor,
          assessorName: u.assessorName,
          province: u.province,
        })),
      );
    }
  }
  return row;
}
