import { nameKeys } from "./normalize";
import type { SearchPlan } from "./query";
import { SEARCH_TIERS, SEARCH_TYPES, type SearchCandidate, type SearchResult, type SearchTier } from "./schemas";

/** Below these trigram similarities a near spelling is not offered (pg_trgm's own defaults). */
export const FUZZY_SIMILARITY = 0.3;
export const FUZZY_WORD_SIMILARITY = 0.6;
/** Queries shorter than this get no near-spelling results (two letters are similar to everything). */
export const FUZZY_MIN_LENGTH = 3;

/**
 * The tier of a candidate: a whole name (or abbreviation, alias, synonym) first, then the start of a
 * name, then every word found in its text, then a near spelling of a name; null when none holds.
 */
export function searchTier(c: SearchCandidate, plan: Pick<SearchPlan, "normalized">): SearchTier | null {
  if (c.exact) return "exact";
  if (c.prefix) return "prefix";
  if (c.textRank !== null) return "text";
  if (plan.normalized.length >= FUZZY_MIN_LENGTH && (c.similarity >= FUZZY_SIMILARITY || c.wordSimilarity >= FUZZY_WORD_SIMILARITY)) {
    return "fuzzy";
  }
  return null;
}

/**
 * How close a prefix match is: the share of the closest name the query covers (0..1), so "Lashkar-e-J"
 * puts Lashkar-e-Jhangvi before Lashkar-e-Jhangvi Al-Alami.
 */
export function prefixCloseness(c: Pick<SearchCandidate, "names">, plan: Pick<SearchPlan, "prefix">): number {
  let best = 0;
  for (const name of c.names) {
    const k = nameKeys(name);
    for (const q of plan.prefix.literal) if (k.literal.startsWith(q)) best = Math.max(best, q.length / k.literal.length);
    for (const q of plan.prefix.folded) if (k.folded.startsWith(q)) best = Math.max(best, q.length / k.folded.length);
  }
  return best;
}

/** The name that matched, when it is not the title: "ISIS-K" for a search for isis k. */
export function matchedName(
  c: Pick<SearchCandidate, "names" | "title">,
  plan: Pick<SearchPlan, "exact" | "prefix" | "literalKey">,
): string | null {
  const literal = new Set(plan.exact.literal);
  const folded = new Set(plan.exact.folded);
  const isExact = (name: string) => {
    const k = nameKeys(name);
    return literal.has(k.literal) || folded.has(k.folded);
  };
  // Exactly as typed first, then the title in any spelling, then another name in any spelling, then
  // the title when it starts with the query, else the closest other name that does.
  const typed = c.names.find((n) => nameKeys(n).literal === plan.literalKey);
  if (typed !== undefined) return nameKeys(typed).literal === nameKeys(c.title).literal ? null : typed;
  if (isExact(c.title)) return null;
  const other = c.names.find(isExact);
  if (other !== undefined) return other;
  // Prefixes of the query as typed before those of its other spellings.
  for (const p of [{ prefix: { literal: [plan.literalKey], folded: [] } }, plan]) {
    if (prefixCloseness({ names: [c.title] }, p) > 0) return null;
    let best: { name: string; closeness: number } | null = null;
    for (const n of c.names) {
      const closeness = prefixCloseness({ names: [n] }, p);
      if (closeness > 0 && (!best || closeness > best.closeness)) best = { name: n, closeness };
    }
    if (best) return best.name;
  }
  return null;
}

const TIER_BASE: Record<SearchTier, number> = { exact: 4000, prefix: 3000, text: 2000, fuzzy: 1000 };

/** Groups before sources before recommendations before incidents, when nothing else separates them. */
function typeWeight(type: SearchCandidate["type"]): number {
  return SEARCH_TYPES.length - 1 - SEARCH_TYPES.indexOf(type);
}

/**
 * The score of a candidate in its tier (higher is better). Tiers never overlap: every exact match
 * outranks every prefix match, and so on.
 * - exact: as typed before a folded spelling or a synonym, then by kind;
 * - prefix: by how much of the name the query covers, then by kind;
 * - text: by full-text rank (name words weigh most), then by kind;
 * - fuzzy: by trigram similarity to the whole name and to its closest part.
 */
export function searchScore(c: SearchCandidate, tier: SearchTier, plan: Pick<SearchPlan, "prefix">): number {
  const base = TIER_BASE[tier];
  const kind = typeWeight(c.type);
  switch (tier) {
    case "exact":
      return base + (c.exactLiteral ? 500 : 0) + kind;
    case "prefix":
      return base + Math.round(prefixCloseness(c, plan) * 900) + kind;
    case "text": {
      const rank = c.textRank ?? 0;
      return base + Math.round((rank / (rank + 1)) * 900) + kind / 10;
    }
    case "fuzzy":
      return base + Math.round(((c.similarity + c.wordSimilarity) / 2) * 900) + kind / 10;
  }
}

/** Candidates of every kind in one ranked list, best first; those that match no tier are dropped. */
export function rankSearchResults(candidates: readonly SearchCandidate[], plan: SearchPlan, limit: number): SearchResult[] {
  const ranked: SearchResult[] = [];
  for (const c of candidates) {
    const tier = searchTier(c, plan);
    if (!tier) continue;
    ranked.push({
      type: c.type,
      key: c.key,
      title: c.title,
      matchedName: matchedName(c, plan),
      tier,
      score: searchScore(c, tier, plan),
      detail: c.detail,
    });
  }
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      SEARCH_TIERS.indexOf(a.tier) - SEARCH_TIERS.indexOf(b.tier) ||
      a.title.localeCompare(b.title, "en") ||
      a.key.localeCompare(b.key, "en"),
  );
  return ranked.slice(0, limit);
}
