import {
  buildSearchPlan,
  FUZZY_MIN_LENGTH,
  FUZZY_SIMILARITY,
  FUZZY_WORD_SIMILARITY,
  type GroupKind,
  keyQuery,
  type RecommendationStatus,
  rankSearchResults,
  SEARCH_TYPES,
  type SearchCandidate,
  type SearchPlan,
  type SearchResponse,
  type SearchResultDetail,
  type SearchType,
  type SourceKind,
  withNamesOf,
} from "@monitor/domain";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";

/*
 * Search across groups, sources, recommendations and incidents.
 *
 * Each table has a stored `search_vector` (migration 0008, built by the SQL functions of migration 0007):
 * its names as keys ("=" + compact normalised name, "~" + compact folded name) and its words, normalised
 * and folded, with names weighing most. One query per kind of record asks, in SQL, for:
 *   exact   — a key equal to one of the plan's keys (the query, its folded spelling, its synonyms);
 *   prefix  — a key starting with one of them;
 *   text    — every query word (either form, as a prefix), ranked by ts_rank;
 *   fuzzy   — pg_trgm similarity of the normalised query to each name (both drivers ship pg_trgm).
 * The domain ranks the candidates of all kinds into one list (packages/domain/src/search/rank.ts).
 *
 * Trigram similarity is computed on the fly from the names and titles (cheap: names are short); there
 * is no trigram index, so a PGlite folder stays usable by a process that has not loaded pg_trgm except
 * for search itself.
 */

/**
 * ts_rank weights for D, C, B, A: names and titles (A) count most; a source's full text (D) counts
 * little, so a document that merely mentions a word ranks below a record named by it.
 */
const TEXT_WEIGHTS = "{0.02,0.2,0.4,1}";

/** Exact group matches whose other names widen the search of the other kinds (see withNamesOf). */
const NAMED_GROUPS = 3;

/** Candidates fetched per kind of record: enough for the limit after ranking across kinds. */
const PER_TYPE_FLOOR = 10;

interface Row {
  key: string;
  title: string;
  names: string[] | null;
  exact: boolean;
  exact_literal: boolean;
  prefix: boolean;
  text_rank: number | string | null;
  sim: number | string | null;
  wsim: number | string | null;
  total: number | string;
  [column: string]: unknown;
}

interface KindQuery {
  /** `from` clause with the table aliased `r`, and any joins. */
  from: SQL;
  key: SQL;
  title: SQL;
  /** Every name the record goes by, as a text[] expression. */
  names: SQL;
  /** Extra columns for the result's detail. */
  extra: SQL;
  detail: (row: Row) => SearchResultDetail;
}

const KINDS: Record<SearchType, KindQuery> = {
  group: {
    from: sql`groups r`,
    key: sql`r.slug`,
    title: sql`r.name`,
    names: sql`array_remove(array[r.name, r.abbreviation] || r.aliases, null)`,
    extra: sql`r.abbreviation, r.kind`,
    detail: (row) => ({ type: "group", abbreviation: (row.abbreviation as string | null) ?? null, kind: row.kind as GroupKind }),
  },
  source: {
    from: sql`sources r`,
    key: sql`r.slug`,
    title: sql`r.title`,
    names: sql`array[r.title, r.short_title]`,
    extra: sql`r.short_title, r.publisher, r.year, r.kind`,
    detail: (row) => ({
      type: "source",
      shortTitle: row.short_title as string,
      publisher: (row.publisher as string | null) ?? null,
      year: row.year === null || row.year === undefined ? null : Number(row.year),
      kind: row.kind as SourceKind,
    }),
  },
  recommendation: {
    from: sql`recommendations r join sources s on s.id = r.source_id`,
    key: sql`r.key`,
    title: sql`r.title`,
    names: sql`array[r.title]`,
    extra: sql`r.number, r.status, s.short_title as source_short_title`,
    detail: (row) => ({
      type: "recommendation",
      number: (row.number as string | null) ?? null,
      sourceShortTitle: row.source_short_title as string,
      status: row.status as RecommendationStatus,
    }),
  },
  incident: {
    from: sql`incidents r`,
    key: sql`r.key`,
    title: sql`r.title`,
    names: sql`array[r.title]`,
    extra: sql`r.date::text as date, r.date_precision, r.place`,
    detail: (row) => ({
      type: "incident",
      date: String(row.date),
      datePrecision: row.date_precision as "day" | "month" | "year",
      place: (row.place as string | null) ?? null,
    }),
  },
};

function kindSql(kind: KindQuery, plan: SearchPlan, limit: number): SQL {
  const exact = keyQuery(plan.exact, false);
  const literal = keyQuery({ literal: [plan.literalKey], folded: [] }, false);
  const prefix = keyQuery(plan.prefix, true);
  const fuzzy = plan.normalized.length >= FUZZY_MIN_LENGTH;
  const textRank = plan.textQuery
    ? sql`case when r.search_vector @@ ${plan.textQuery}::tsquery then ts_rank(${TEXT_WEIGHTS}::real[], r.search_vector, ${plan.textQuery}::tsquery) end`
    : sql`null::real`;
  const matches = plan.textQuery
    ? sql`r.search_vector @@ (${exact}::tsquery || ${prefix}::tsquery || ${plan.textQuery}::tsquery)`
    : sql`r.search_vector @@ (${exact}::tsquery || ${prefix}::tsquery)`;
  const near = fuzzy ? sql` or t.sim >= ${FUZZY_SIMILARITY} or t.wsim >= ${FUZZY_WORD_SIMILARITY}` : sql``;
  return sql`
    select c.*, count(*) over ()::int as total from (
      select ${kind.key} as key, ${kind.title} as title, ${kind.names} as names, ${kind.extra},
        r.search_vector @@ ${exact}::tsquery as exact,
        r.search_vector @@ ${literal}::tsquery as exact_literal,
        r.search_vector @@ ${prefix}::tsquery as prefix,
        ${textRank} as text_rank,
        t.sim, t.wsim,
        ${matches}${near} as matched
      from ${kind.from}
      cross join lateral (
        select coalesce(max(similarity(${plan.normalized}, public.search_normalize(n))), 0) as sim,
               coalesce(max(word_similarity(${plan.normalized}, public.search_normalize(n))), 0) as wsim
        from unnest(${kind.names}) as n
      ) t
    ) c
    where c.matched
    order by c.exact desc, c.exact_literal desc, c.prefix desc, c.text_rank desc nulls last, greatest(c.sim, c.wsim) desc, c.title
    limit ${limit}`;
}

const num = (v: number | string | null): number => (v === null ? 0 : Number(v));

async function searchKind(db: Database, type: SearchType, plan: SearchPlan, limit: number) {
  const kind = KINDS[type];
  const result = await db.execute(kindSql(kind, plan, limit));
  const rows = (result as unknown as { rows: Row[] }).rows;
  const candidates: SearchCandidate[] = rows.map((row) => ({
    type,
    key: row.key,
    title: row.title,
    names: row.names ?? [row.title],
    detail: kind.detail(row),
    exact: row.exact,
    exactLiteral: row.exact_literal,
    prefix: row.prefix,
    textRank: row.text_rank === null ? null : Number(row.text_rank),
    similarity: num(row.sim),
    wordSimilarity: num(row.wsim),
  }));
  return { candidates, total: rows.length ? num(rows[0]?.total ?? 0) : 0 };
}

export interface SearchOptions {
  types?: readonly SearchType[];
  limit: number;
}

/** Records of every kind (or of `types`) matching a query, ranked into one list, with totals per kind. */
export async function searchRecords(db: Database, query: string, options: SearchOptions): Promise<SearchResponse> {
  const totals = Object.fromEntries(SEARCH_TYPES.map((t) => [t, 0])) as Record<SearchType, number>;
  const plan = buildSearchPlan(query);
  if (!plan) return { query, results: [], totals, highlight: { literal: [], folded: [] } };
  const types = options.types?.length ? SEARCH_TYPES.filter((t) => options.types?.includes(t)) : SEARCH_TYPES;
  const perType = Math.max(options.limit, PER_TYPE_FLOOR);
  const candidates: SearchCandidate[] = [];
  // Groups first: a group the query names exactly lends its other names (abbreviation, aliases) to the
  // search of the other kinds, so "Pakistani Taliban" also finds incidents titled "TTP attack…".
  const groups = await searchKind(db, "group", plan, perType);
  if (types.includes("group")) {
    candidates.push(...groups.candidates);
    totals.group = groups.total;
  }
  const named = groups.candidates.filter((c) => c.exact).slice(0, NAMED_GROUPS);
  const widened = named.length
    ? withNamesOf(
        plan,
        named.flatMap((c) => c.names),
      )
    : plan;
  // One kind after the other: PGlite runs one query at a time anyway.
  for (const type of types) {
    if (type === "group") continue;
    const found = await searchKind(db, type, widened, perType);
    candidates.push(...found.candidates);
    totals[type] = found.total;
  }
  return { query, results: rankSearchResults(candidates, widened, options.limit), totals, highlight: widened.highlight };
}
