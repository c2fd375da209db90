import { z } from "zod";
import type { GroupKind } from "../groups/schemas";
import type { RecommendationStatus } from "../recommendations/schemas";
import type { DatePrecision } from "../shared/schemas";
import type { SourceKind } from "../sources/schemas";

/** What the search box finds, in the order a tie is broken (a group before a source before…). */
export const SEARCH_TYPES = ["group", "source", "recommendation", "incident"] as const;
export const SearchType = z.enum(SEARCH_TYPES);
export type SearchType = z.infer<typeof SearchType>;

export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  group: "Group",
  source: "Source",
  recommendation: "Recommendation",
  incident: "Incident",
};

/** How a result matched, best first: a whole name, the start of a name, words anywhere, a near spelling. */
export const SEARCH_TIERS = ["exact", "prefix", "text", "fuzzy"] as const;
export type SearchTier = (typeof SEARCH_TIERS)[number];

export const SEARCH_TIER_LABELS: Record<SearchTier, string> = {
  exact: "Name match",
  prefix: "Name starts with",
  text: "Words match",
  fuzzy: "Similar spelling",
};

export const SearchInput = z.object({
  q: z.string().trim().min(1, "Type something to search for.").max(200, "Keep the search under 200 characters."),
  /** Only these kinds of record; all when absent. */
  types: z.array(SearchType).min(1).max(SEARCH_TYPES.length).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type SearchInput = z.input<typeof SearchInput>;

/** What each kind of result shows under its title. */
export type SearchResultDetail =
  | { type: "group"; abbreviation: string | null; kind: GroupKind }
  | { type: "incident"; date: string; datePrecision: DatePrecision; place: string | null }
  | { type: "recommendation"; number: string | null; sourceShortTitle: string; status: RecommendationStatus }
  | { type: "source"; shortTitle: string; publisher: string | null; year: number | null; kind: SourceKind };

/**
 * A record the database found for a query, with the signals the ranking reads:
 * - `exact`: one of its names equals the query (or a synonym of it) once normalised or folded;
 *   `exactLiteral`: equal without folding or synonyms (as typed, ignoring case, accents and punctuation);
 * - `prefix`: one of its names starts with the query;
 * - `textRank`: full-text rank when every query word is found in its text (null otherwise);
 * - `similarity` / `wordSimilarity`: trigram similarity of the query to its closest name (0..1).
 */
export interface SearchCandidate {
  type: SearchType;
  /** Slug (groups, sources) or record key (incidents, recommendations). */
  key: string;
  title: string;
  /** Every name the record goes by (title, abbreviation, aliases…), for "matched ISIS-K". */
  names: string[];
  detail: SearchResultDetail;
  exact: boolean;
  exactLiteral: boolean;
  prefix: boolean;
  textRank: number | null;
  similarity: number;
  wordSimilarity: number;
}

export interface SearchResult {
  type: SearchType;
  key: string;
  title: string;
  /** The name that matched when it is not the title (an alias or abbreviation), else null. */
  matchedName: string | null;
  tier: SearchTier;
  score: number;
  detail: SearchResultDetail;
}

export interface SearchResponse {
  query: string;
  results: SearchResult[];
  /** How many records of each kind match, before the limit. */
  totals: Record<SearchType, number>;
  /** The words to mark in result titles (as typed and folded; see highlightParts). */
  highlight: { literal: string[]; folded: string[] };
}
