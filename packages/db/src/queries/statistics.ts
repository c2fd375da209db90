import type { Metric, Statistic, StatisticFilter, StatisticView } from "@monitor/domain";
import { and, asc, count, desc, eq, exists, gte, ilike, inArray, isNotNull, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { citations, groups, sources, statistics } from "../schema";
import { loadCitations } from "./citations";
import { containsPattern } from "./like";

function statisticConditions(filter: StatisticFilter): SQL[] {
  const c: SQL[] = [];
  if (filter.metric) c.push(eq(statistics.metric, filter.metric));
  if (filter.country) c.push(eq(statistics.country, filter.country));
  if (filter.province) c.push(eq(statistics.province, filter.province));
  if (filter.district) c.push(eq(statistics.district, filter.district));
  if (filter.group) c.push(eq(groups.slug, filter.group));
  // A figure is in the window when its period overlaps it.
  if (filter.from) c.push(gte(statistics.periodEnd, filter.from));
  if (filter.to) c.push(lte(statistics.periodStart, filter.to));
  if (filter.search) {
    const q = containsPattern(filter.search);
    const match = or(ilike(statistics.label, q), ilike(statistics.note, q));
    if (match) c.push(match);
  }
  if (filter.source) {
    c.push(
      exists(
        sql`(select 1 from ${citations} inner join ${sources} on ${sources.id} = ${citations.sourceId} where ${citations.statisticId} = ${statistics.id} and ${sources.slug} = ${filter.source})`,
      ),
    );
  }
  return c;
}

const columns = {
  id: statistics.id,
  key: statistics.key,
  version: statistics.version,
  metric: statistics.metric,
  label: statistics.label,
  value: statistics.value,
  unit: statistics.unit,
  qualifier: statistics.qualifier,
  periodStart: statistics.periodStart,
  periodEnd: statistics.periodEnd,
  periodPrecision: statistics.periodPrecision,
  country: statistics.country,
  province: statistics.province,
  district: statistics.district,
  areas: statistics.areas,
  group: groups.slug,
  groupName: groups.name,
  note: statistics.note,
};

function selectStatistics(db: Database) {
  return db.select(columns).from(statistics).leftJoin(groups, eq(groups.id, statistics.groupId));
}

type Row = Awaited<ReturnType<typeof selectStatistics>>[number];

async function toViews(db: Database, rows: Row[]): Promise<StatisticView[]> {
  const cites = await loadCitations(
    db,
    "statisticId",
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    version: r.version,
    metric: r.metric,
    label: r.label,
    value: r.value,
    unit: r.unit,
    qualifier: r.qualifier,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    periodPrecision: r.periodPrecision,
    geography: { country: r.country as Statistic["geography"]["country"], province: r.province, district: r.district, areas: r.areas },
    group: r.group,
    groupName: r.groupName,
    note: r.note,
    citations: cites.get(r.id) ?? [],
  }));
}

export async function listStatistics(
  db: Database,
  filter: StatisticFilter & { limit?: number; offset?: number },
): Promise<{ items: StatisticView[]; total: number }> {
  const where = and(...statisticConditions(filter));
  const [totalRow] = await db.select({ n: count() }).from(statistics).leftJoin(groups, eq(groups.id, statistics.groupId)).where(where);
  const rows = await selectStatistics(db)
    .where(where)
    .orderBy(desc(statistics.periodEnd), asc(statistics.metric), asc(statistics.key))
    .limit(filter.limit ?? 50)
    .offset(filter.offset ?? 0);
  return { items: await toViews(db, rows), total: totalRow?.n ?? 0 };
}

/** All figures matching a filter, unpaginated, for comparisons and series (bounded by `max`). */
export async function listAllStatistics(db: Database, filter: StatisticFilter, max = 5000): Promise<StatisticView[]> {
  const rows = await selectStatistics(db)
    .where(and(...statisticConditions(filter)))
    .orderBy(asc(statistics.periodStart), asc(statistics.key))
    .limit(max);
  return toViews(db, rows);
}

/** Figures for one metric at province or district level (the map's published-statistics layer). */
export async function listAreaStatistics(
  db: Database,
  params: { metric: Metric; level: "province" | "district"; country?: string; province?: string },
): Promise<StatisticView[]> {
  // Figures for the whole area only: one group's share is not the area's total.
  const c: SQL[] = [eq(statistics.metric, params.metric), isNull(statistics.groupId)];
  if (params.country) c.push(eq(statistics.country, params.country));
  if (params.level === "province") c.push(isNotNull(statistics.province), isNull(statistics.district));
  else c.push(isNotNull(statistics.district));
  if (params.province) c.push(eq(statistics.province, params.province));
  const rows = await selectStatistics(db)
    .where(and(...c))
    .orderBy(desc(statistics.periodEnd), asc(statistics.key));
  return toViews(db, rows);
}

export async function getStatisticByKey(db: Database, key: string): Promise<StatisticView | null> {
  const rows = await selectStatistics(db).where(eq(statistics.key, key));
  const [view] = await toViews(db, rows);
  return view ?? null;
}

/**
 * Which metrics have figures, and how many, to build metric pickers that never offer an empty
 * choice; optionally only figures at province or district level (within one province).
 */
export async function countStatisticsByMetric(
  db: Database,
  params: { level?: "province" | "district"; country?: string; province?: string } = {},
): Promise<{ metric: Metric; count: number }[]> {
  const c: SQL[] = [];
  // At a map level, count what the map can show: whole-area figures, not one group's share.
  if (params.level === "province") c.push(isNotNull(statistics.province), isNull(statistics.district), isNull(statistics.groupId));
  if (params.level === "district") c.push(isNotNull(statistics.district), isNull(statistics.groupId));
  if (params.country) c.push(eq(statistics.country, params.country));
  if (params.province) c.push(eq(statistics.province, params.province));
  return db
    .select({ metric: statistics.metric, count: count() })
    .from(statistics)
    .where(c.length ? and(...c) : undefined)
    .groupBy(statistics.metric)
    .orderBy(desc(count()));
}

export async function getStatisticsCoverage(db: Database): Promise<{ first: string | null; last: string | null; total: number }> {
  const [row] = await db
    .select({
      first: sql<string | null>`min(${statistics.periodStart})`,
      last: sql<string | null>`max(${statistics.periodEnd})`,
      total: count(),
    })
    .from(statistics);
  return { first: row?.first ?? null, last: row?.last ?? null, total: row?.total ?? 0 };
}

export async function getStatisticIdsByKeys(db: Database, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await db.select({ id: statistics.id, key: statistics.key }).from(statistics).where(inArray(statistics.key, keys));
  return new Map(rows.map((r) => [r.key, r.id]));
}
