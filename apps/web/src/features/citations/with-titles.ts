import type { Citation, CitationView, SourceView } from "@monitor/domain";

/** Citations as the dataset stores them, with their sources' titles (roles and recommendation evidence come without them). */
export function withTitles(citations: readonly (Citation | CitationView)[], sources: readonly SourceView[]): CitationView[] {
  return citations.map((c) => {
    if ("sourceShortTitle" in c) return c;
    const s = sources.find((x) => x.slug === c.source);
    return { ...c, sourceTitle: s?.title ?? c.source, sourceShortTitle: s?.shortTitle ?? c.source };
  });
}
