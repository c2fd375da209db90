import { SEARCH_TYPES, type SearchInput, SearchType } from "@monitor/domain";
import { param, type SearchParams } from "~/lib/search-params";

/** The full results page shows up to this many results (of one kind when filtered). */
export const PAGE_LIMIT = 100;

export interface SearchPageParams {
  q: string;
  /** One kind of record, or null for all. */
  type: SearchType | null;
}

/** `?q=` (trimmed, at most 200 characters) and `?type=` (ignored unless a known kind). */
export function readSearchPageParams(sp: SearchParams): SearchPageParams {
  const q = (param(sp, "q") ?? "").trim().slice(0, 200);
  const type = SearchType.safeParse(param(sp, "type"));
  return { q, type: type.success ? type.data : null };
}

/** The procedure inputs of the page: its results, and (when filtered) the counts of every kind. */
export function searchPageInputs({ q, type }: SearchPageParams): { results: SearchInput; totals: SearchInput | null } {
  return {
    results: type ? { q, types: [type], limit: PAGE_LIMIT } : { q, limit: PAGE_LIMIT },
    totals: type ? { q, types: [...SEARCH_TYPES], limit: 1 } : null,
  };
}
