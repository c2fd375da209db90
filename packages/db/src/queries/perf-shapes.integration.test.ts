import type { DatasetInput, IncidentFilter } from "@monitor/domain";
import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, DbHandle } from "../client";
import { importDataset } from "../dataset/import";
import { seedDatabase } from "../seed";
import { createTestDb } from "../testing";
import { listGroups } from "./groups";
import {
  aggregateIncidentsByArea,
  aggregateIncidentsByPeriod,
  breakdownIncidents,
  countIncidentsKnownOnlyToYear,
  listIncidents,
  totalIncidentsInPeriod,
} from "./incidents";
import { getSourceBySlug, listSources } from "./sources";

/*
 * The query shapes rewritten for speed (issue #10) against plain reference SQL, written the way the
 * queries were before: correlated counts per group and per source, and the window filter's overlap
 * rule alone (without the sargable date bound). The data: the seed (every kind of source, citation,
 * group record and relationship) plus incidents known to the day, month or year right at the edges of
 * the windows asked, linked to several groups at every certainty, denials included, and cited.
 */

async function rows<T>(db: Database, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Dates at the edges of the windows below, at every precision (month and year values hold their first day). */
const EDGES: { date: string; precision: "day" | "month" | "year" }[] = [
  { date: "2019-01-01", precision: "year" },
  { date: "2020-01-01", precision: "year" },
  { date: "2020-02-01", precision: "month" },
  { date: "2020-02-28", precision: "day" },
  { date: "2020-02-29", precision: "day" },
  { date: "2020-03-01", precision: "month" },
  { date: "2022-08-01", precision: "month" },
  { date: "2022-08-14", precision: "day" },
  { date: "2022-08-15", precision: "day" },
  { date: "2023-01-01", precision: "year" },
  { date: "2023-01-01", precision: "day" },
  { date: "2023-02-01", precision: "month" },
  { date: "2023-08-01", precision: "month" },
  { date: "2023-12-01", precision: "month" },
  { date: "2023-12-31", precision: "day" },
  { date: "2024-01-01", precision: "year" },
  { date: "2024-01-01", precision: "month" },
  { date: "2024-01-01", precision: "day" },
  { date: "2024-02-01", precision: "month" },
  { date: "2024-02-29", precision: "day" },
  { date: "2024-12-01", precision: "month" },
  { date: "2024-12-31", precision: "day" },
  { date: "2025-01-01", precision: "year" },
  { date: "2025-01-01", precision: "day" },
];

/** Windows (from, to) whose edges those dates straddle, including a leap day and an Aug–Aug year. */
const WINDOWS: { from: string; to?: string }[] = [
  { from: "2024-01-01", to: "2024-12-31" },
  { from: "2024-01-02", to: "2024-12-30" },
  { from: "2024-02-29", to: "2025-02-28" },
  { from: "2023-12-31", to: "2024-01-01" },
  { from: "2022-08-15", to: "2023-08-14" },
  { from: "2020-02-29", to: "2020-12-31" },
  { from: "2020-03-01" },
  { from: "2025-01-01" },
  { from: "2006-01-01", to: "2030-12-31" },
];

const PROVINCES = ["PK-KP", "PK-BA", "PK-SD", null] as const;
const ATTRIBUTIONS = ["claimed", "attributed", "suspected", "denied"] as const;

let handle: DbHandle;
let groupSlugs: string[] = [];
beforeAll(async () => {
  handle = await createTestDb();
  await seedDatabase(handle.db);
  const db = handle.db;
  groupSlugs = (await rows<{ slug: string }>(db, sql`select slug from groups order by slug`)).map((g) => g.slug);
  const sourceSlugs = (await rows<{ slug: string }>(db, sql`select slug from sources order by slug`)).map((s) => s.slug);
  const incidents: DatasetInput["incidents"] = EDGES.flatMap((e, i) =>
    [0, 1].map((j) => {
      const n = i * 2 + j;
      const province = PROVINCES[n % PROVINCES.length] ?? null;
      const g1 = groupSlugs[n % groupSlugs.length] ?? "";
      const g2 = groupSlugs[(n * 7 + 3) % groupSlugs.length] ?? "";
      const perpetrators =
        n % 5 === 4
          ? []
          : [
              { group: g1, attribution: ATTRIBUTIONS[n % ATTRIBUTIONS.length] ?? "claimed" },
              ...(g2 !== g1 && n % 3 === 0 ? [{ group: g2, attribution: ATTRIBUTIONS[(n + 3) % ATTRIBUTIONS.length] ?? "denied" }] : []),
            ];
      const source = sourceSlugs[n % sourceSlugs.length] ?? "";
      return {
        key: `perf-shapes/${n}`,
        title: `Edge incident ${n}`,
        date: e.date,
        datePrecision: e.precision,
        country: province === null && n % 2 === 0 ? "AF" : "PK",
        province,
        district: null,
        place: null,
        type: n % 2 ? "ied" : "armed_assault",
        target: n % 3 ? "civilians" : "security_forces",
        killed: n % 4 === 0 ? null : n,
        killedQualifier: "exact",
        injured: n % 6 === 0 ? null : n * 2,
        injuredQualifier: "exact",
        description: null,
        perpetrators,
        // Some cite the same source twice (distinct counts must not double them).
        citations: [
          { source, locator: "p. 1", quote: `edge ${n}` },
          ...(n % 4 === 1 ? [{ source, locator: "p. 2", quote: `edge ${n} again` }] : []),
        ],
      };
    }),
  );
  await importDataset(db, { incidents });
}, 120_000);
afterAll(async () => {
  await handle?.close();
});

/** The window rule alone, as the filter stated it before the sargable bound. */
const overlapRule = (from: string) =>
  sql`(i.date >= ${from}::date or (i.date_precision <> 'day' and (case i.date_precision
    when 'year' then (i.date + interval '1 year' - interval '1 day')::date
    when 'month' then (i.date + interval '1 month' - interval '1 day')::date
    else i.date end) >= ${from}::date))`;

function referenceWhere(f: IncidentFilter): SQL {
  const parts: SQL[] = [sql`true`];
  if (f.country) parts.push(sql`i.country = ${f.country}`);
  if (f.province) parts.push(sql`i.province = ${f.province}`);
  if (f.from) parts.push(overlapRule(f.from));
  if (f.to) parts.push(sql`i.date <= ${f.to}::date`);
  if (f.group)
    parts.push(
      sql`exists (select 1 from incident_perpetrators ip join groups g on g.id = ip.group_id where ip.incident_id = i.id and g.slug = ${f.group} and ip.attribution <> 'denied')`,
    );
  return sql.join(parts, sql` and `);
}

describe(`rewritten query shapes against reference SQL on ${process.env.TEST_DB_DRIVER ?? "pglite"}`, () => {
  it("lists groups with the same counts and record years as a correlated query per group", async () => {
    const reference = await rows<{
      slug: string;
      incident_count: number;
      statistic_count: number;
      relationship_count: number;
      years: number[];
    }>(
      handle.db,
      sql`select g.slug,
        (select count(*)::int from incident_perpetrators ip where ip.group_id = g.id and ip.attribution <> 'denied') as incident_count,
        (select count(*)::int from statistics s where s.group_id = g.id) as statistic_count,
        (select count(*)::int from group_relationships r where r.from_group_id = g.id or r.to_group_id = g.id) as relationship_count,
        array(select distinct y from (
          select extract(year from i.date)::int as y from incidents i join incident_perpetrators ip on ip.incident_id = i.id
            where ip.group_id = g.id and ip.attribution <> 'denied'
          union all
          select generate_series(extract(year from s.period_start)::int, extract(year from s.period_end)::int) from statistics s where s.group_id = g.id
          union all
          select generate_series(extract(year from coalesce(l.start_on, l.end_on))::int, extract(year from coalesce(l.end_on, l.start_on))::int)
            from group_leaders l where l.group_id = g.id and coalesce(l.start_on, l.end_on) is not null
          union all
          select extract(year from gs.as_of)::int from group_strength gs where gs.group_id = g.id
          union all
          select generate_series(extract(year from coalesce(r.start_on, r.end_on))::int, extract(year from coalesce(r.end_on, r.start_on))::int)
            from group_relationships r where (r.from_group_id = g.id or r.to_group_id = g.id) and coalesce(r.start_on, r.end_on) is not null
        ) years order by y) as years
      from groups g order by g.name, g.slug`,
    );
    const listed = await listGroups(handle.db);
    expect(listed.length).toBeGreaterThan(3);
    expect(listed.filter((g) => g.incidentCount > 0).length).toBeGreaterThan(3);
    expect(
      listed.map((g) => ({
        slug: g.slug,
        incident_count: g.incidentCount,
        statistic_count: g.statisticCount,
        relationship_count: g.relationshipCount,
        years: g.recordYears,
      })),
    ).toEqual(reference.map((r) => ({ ...r, years: r.years.map(Number) })));
    // A filtered list is the same rows, filtered.
    const first = listed[0];
    if (!first) throw new Error("no groups");
    expect(await listGroups(handle.db, { kind: first.kind })).toEqual(listed.filter((g) => g.kind === first.kind));
    const searched = await listGroups(handle.db, { search: first.name });
    expect(searched).toContainEqual(first);
    for (const g of searched) expect(listed).toContainEqual(g);
  });

  it("lists sources with the same counts as seven correlated counts per source", async () => {
    const reference = await rows<Record<string, string | number | boolean>>(
      handle.db,
      sql`select s.slug, (s.text is not null) as has_text,
        (select count(*)::int from citations c where c.source_id = s.id) as citation_count,
        (select count(*)::int from recommendations r where r.source_id = s.id) as recommendation_count,
        (select count(distinct c.statistic_id)::int from citations c where c.source_id = s.id) as statistics,
        (select count(distinct c.incident_id)::int from citations c where c.source_id = s.id) as incidents,
        (select count(distinct c.event_id)::int from citations c where c.source_id = s.id) as events,
        (select count(distinct c.relationship_id)::int from citations c where c.source_id = s.id) as relationships,
        (select count(distinct c.claim_id)::int from citations c where c.source_id = s.id) as group_claims,
        (select count(distinct c.recommendation_id)::int from citations c where c.source_id = s.id) as recommendations
      from sources s order by s.year, s.title, s.slug`,
    );
    const listed = await listSources(handle.db);
    const shape = (v: NonNullable<Awaited<ReturnType<typeof getSourceBySlug>>>) => ({
      slug: v.slug,
      has_text: v.hasText,
      citation_count: v.citationCount,
      recommendation_count: v.recommendationCount,
      ...{
        statistics: v.counts.statistics,
        incidents: v.counts.incidents,
        events: v.counts.events,
        relationships: v.counts.relationships,
        group_claims: v.counts.groupClaims,
        recommendations: v.counts.recommendations,
      },
    });
    expect(listed.map(shape)).toEqual(reference);
    // The data exercises every kind of count, and a source cited twice by one incident.
    for (const k of ["statistics", "incidents", "events", "relationships", "group_claims", "recommendations", "recommendation_count"])
      expect(
        reference.some((r) => Number(r[k]) > 0),
        k,
      ).toBe(true);
    expect(reference.some((r) => Number(r.citation_count) > 0 && r.has_text === true)).toBe(true);
    // No search vector or full text in the list.
    for (const s of listed) {
      expect(s).not.toHaveProperty("searchVector");
      expect(s).not.toHaveProperty("text");
    }
    // One source by slug: the same row as in the list.
    for (const s of listed) expect(await getSourceBySlug(handle.db, s.slug)).toEqual(s);
  });

  it("matches the overlap rule exactly for windows at every edge, with and without other filters", async () => {
    const group = groupSlugs[1] ?? "";
    for (const w of WINDOWS) {
      for (const extra of [{}, { country: "PK" }, { province: "PK-KP" }, { group }] as IncidentFilter[]) {
        const filter: IncidentFilter = { ...extra, ...w };
        const label = JSON.stringify(filter);
        const where = referenceWhere(filter);
        const keys = (
          await rows<{ key: string }>(handle.db, sql`select i.key from incidents i where ${where} order by i.date desc, i.key`)
        ).map((r) => r.key);
        const listed = await listIncidents(handle.db, { ...filter, limit: 1000 });
        expect(listed.total, label).toBe(keys.length);
        expect(
          listed.items.map((i) => i.key),
          label,
        ).toEqual(keys);

        const byYear = await rows<{ period: string; incidents: number; killed: number; injured: number }>(
          handle.db,
          sql`select to_char(i.date, 'YYYY') as period, count(*)::int as incidents, coalesce(sum(i.killed), 0)::int as killed,
            coalesce(sum(i.injured), 0)::int as injured from incidents i where ${where} group by 1 order by 1`,
        );
        expect(await aggregateIncidentsByPeriod(handle.db, filter, "year"), label).toEqual(byYear);

        const byArea = await rows<{ area: string | null; incidents: number; killed: number; injured: number }>(
          handle.db,
          sql`select i.province as area, count(*)::int as incidents, coalesce(sum(i.killed), 0)::int as killed,
            coalesce(sum(i.injured), 0)::int as injured from incidents i where ${where} group by 1`,
        );
        const sortArea = (r: { area: string | null }[]) => [...r].sort((a, b) => String(a.area).localeCompare(String(b.area)));
        expect(sortArea(await aggregateIncidentsByArea(handle.db, filter, "province")), label).toEqual(sortArea(byArea));

        const [yearOnly] = await rows<{ n: number }>(
          handle.db,
          sql`select count(*)::int as n from incidents i where ${where} and i.date_precision = 'year'`,
        );
        expect(await countIncidentsKnownOnlyToYear(handle.db, filter), label).toBe(yearOnly?.n);

        const byType = await rows<{ period: string; key: string; incidents: number; killed: number; injured: number }>(
          handle.db,
          sql`select to_char(i.date, 'YYYY-MM') as period, i.type as key, count(*)::int as incidents,
            coalesce(sum(i.killed), 0)::int as killed, coalesce(sum(i.injured), 0)::int as injured
            from incidents i where ${where} and i.date_precision <> 'year' group by 1, 2 order by 1, 2`,
        );
        expect(await breakdownIncidents(handle.db, filter, "type", "month"), label).toEqual(byType);
      }
    }
  });

  it("totals a period the same as the rule without the date bound", async () => {
    for (const w of WINDOWS) {
      const period = { from: w.from, to: w.to ?? "2030-12-31" };
      for (const extra of [{}, { country: "PK" }, { province: "PK-BA" }] as IncidentFilter[]) {
        const where = referenceWhere({ ...extra, ...period });
        const inside = sql`(i.date >= ${period.from}::date and (case i.date_precision
          when 'year' then (i.date + interval '1 year' - interval '1 day')::date
          when 'month' then (i.date + interval '1 month' - interval '1 day')::date
          else i.date end) <= ${period.to}::date)`;
        const [ref] = await rows<{ incidents: number; killed: number; injured: number; uncertain: number }>(
          handle.db,
          sql`select count(*) filter (where ${inside})::int as incidents,
            coalesce(sum(i.killed) filter (where ${inside}), 0)::int as killed,
            coalesce(sum(i.injured) filter (where ${inside}), 0)::int as injured,
            count(*) filter (where not ${inside})::int as uncertain
          from incidents i where ${where}`,
        );
        expect(await totalIncidentsInPeriod(handle.db, extra, period), JSON.stringify({ ...extra, ...period })).toEqual(ref);
      }
    }
  });
});
