import type { SearchResult, SearchType } from "@monitor/domain";
import { hrefWith } from "~/lib/search-params";

/** Where a result opens: the record's own page (keys with "/" travel encoded as one path segment). */
export function searchResultHref(result: Pick<SearchResult, "type" | "key">): string {
  switch (result.type) {
    case "group":
      return `/groups/${result.key}`;
    case "source":
      return `/sources/${result.key}`;
    case "recommendation":
      return `/recommendations/${encodeURIComponent(result.key)}`;
    case "incident":
      return `/incidents/${encodeURIComponent(result.key)}`;
  }
}

/** The full results page for a query, optionally of one kind. */
export function searchPageHref(q: string, type?: SearchType | null): string {
  return hrefWith("/search", { q: q.trim(), type: type ?? undefined });
}
