/**
 * The naive answer to each question the dashboard asks of the incident log: one plain GROUP BY over
 * the incidents table (joined to the group links where the question is about groups), with the filter
 * as a plain WHERE. The benchmark times these beside the procedures, so every figure is also a ratio
 * (the issue's yardstick: a rollup or cache should make the procedure many times faster than this).
 */
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";

export interface NaiveFilter {
  country?: string;
  province?: string;
  district?: string;
  type?: string;
  group?: string;
  from?: string;
  to?: string;
}

export type NaiveQuery =
  | { kind: "coverage" }
  | { kind: "by-period"; filter: NaiveFilter; granularity: "year" | "month" }
  | { kind: "by-area"; filter: NaiveFilter; level: "province" | "district" }
  | {
      kind: "breakdown";
      filter: NaiveFilter;
      dimension: "province" | "district" | "type" | "target" | "group";
      granularity: "year" | "month";
    }
  | { kind: "period-totals"; filter: NaiveFilter; current: { from: string; to: string }; previous: { from: string; to: string } }
  | { kind: "latest"; filter: NaiveFilter; limit: number }
  | { kind: "group-counts" }
  | { kind: "citation-counts" };

function where(f: NaiveFilter): SQL {
  const c: SQL[] = [sql`true`];
  if (f.country) c.push(sql`i.country = ${f.country}`);
  if (f.province) c.push(sql`i.province = ${f.province}`);
  if (f.district) c.push(sql`i.district = ${f.district}`);
  if (f.type) c.push(sql`i.type = ${f.type}`);
  if (f.from) c.push(sql`i.date >= ${f.from}::date`);
  if (f.to) c.push(sql`i.date <= ${f.to}::date`);
  if (f.group)
    c.push(
      sql`exists (select 1 from incident_perpetrators ip join groups g on g.id = ip.group_id where ip.incident_id = i.id and g.slug = ${f.group} and ip.attribution <> 'denied')`,
    );
  return sql.join(c, sql` and `);
}

const period = (g: "year" | "month") => sql.raw(g === "year" ? `to_char(i.date, 'YYYY')` : `to_char(i.date, 'YYYY-MM')`);
const sums = sql`count(*)::int as incidents, coalesce(sum(i.killed), 0)::int as killed, coalesce(sum(i.injured), 0)::int as injured`;

/** The SQL of a naive query (exported for EXPLAIN in the benchmark notes). */
export function naiveSql(q: NaiveQuery): SQL {
  switch (q.kind) {
    case "coverage":
      return sql`select min(i.date) as first, max(i.date) as last, count(*)::int as total from incidents i`;
    case "by-period":
      return sql`select ${period(q.granularity)} as period, ${sums} from incidents i where ${where(q.filter)} group by 1 order by 1`;
    case "by-area": {
      const col = sql.raw(q.level === "province" ? "i.province" : "i.district");
      return sql`select ${col} as area, ${sums} from incidents i where ${where(q.filter)} group by 1`;
    }
    case "breakdown":
      if (q.dimension === "group")
        return sql`select ${period(q.granularity)} as period, g.slug as key, ${sums} from incidents i
          left join incident_perpetrators ip on ip.incident_id = i.id and ip.attribution <> 'denied'
          left join groups g on g.id = ip.group_id
          where ${where(q.filter)} group by 1, 2 order by 1, 2`;
      return sql`select ${period(q.granularity)} as period, ${sql.raw(`i.${q.dimension}`)} as key, ${sums} from incidents i
        where ${where(q.filter)} group by 1, 2 order by 1, 2`;
    case "period-totals":
      return sql`select case when i.date >= ${q.current.from}::date then 'current' else 'previous' end as which, ${sums}
        from incidents i where ${where({ ...q.filter, from: q.previous.from, to: q.current.to })} group by 1`;
    case "latest":
      return sql`select count(*) over () as total, i.key, i.title, i.date from incidents i where ${where(q.filter)}
        order by i.date desc limit ${q.limit}`;
    case "group-counts":
      return sql`select ip.group_id, count(*)::int as incidents, array_agg(distinct extract(year from i.date)::int) as years
        from incident_perpetrators ip join incidents i on i.id = ip.incident_id where ip.attribution <> 'denied' group by 1`;
    case "citation-counts":
      return sql`select c.source_id, count(*)::int as n from citations c group by 1`;
  }
}

export async function runNaive(db: Database, q: NaiveQuery): Promise<number> {
  const r = (await db.execute(naiveSql(q))) as unknown as { rows: unknown[] };
  return r.rows.length;
}
