import { compactKey, FOLD_PARTICLES, foldWord, nameKeys, normalizeSearchText } from "./normalize";
import { type QuerySegment, segmentQuery } from "./synonyms";

/** Words the full-text part ignores (the name parts still compare every word). */
export const SEARCH_STOPWORDS: readonly string[] = [
  "a",
  "an",
  "and",
  "or",
  "the",
  "of",
  "on",
  "in",
  "at",
  "for",
  "to",
  "by",
  "with",
  "from",
];

/** A literal key shorter than this is a prefix only for the query as typed (not for a synonym's "is"). */
export const MIN_LITERAL_PREFIX = 3;
/** A folded key shorter than this is never a prefix ("asas", from ISIS, starts Assassination too). */
export const MIN_FOLDED_PREFIX = 6;

/** Synonyms this short (compact) are abbreviations, whose words are marked in titles. */
const MAX_MARKED_SYNONYM = 6;

/** At most this many spellings of the whole query are compared with names (synonym combinations). */
const MAX_ALTERNATIVES = 24;

/** Compact name keys, as typed (literal) and folded; the index marks them "=" and "~". */
export interface NameKeySet {
  literal: string[];
  folded: string[];
}

/**
 * What the database is asked for one query. Every record's names are indexed as keys (its compact
 * normalised name marked "=", its compact folded name marked "~"), so an exact match is one of
 * `exact` and a prefix match starts with one of `prefix`; the words of every record are indexed
 * normalised and folded, so `textQuery` asks for each query word in either form, as a prefix (the last
 * word is usually still being typed).
 */
export interface SearchPlan {
  /** The query normalised (lower-case ASCII words), compared with names by trigram similarity. */
  normalized: string;
  /** The query as typed, compact: an exact match on it is "literal". */
  literalKey: string;
  /** Keys of the query and of each synonym spelling: a name equal to one is an exact match. */
  exact: NameKeySet;
  /**
   * Keys a name may start with: the query and its synonyms (and, once widened, the other names of a
   * group the query named), without the short ones that would start too many names.
   */
  prefix: NameKeySet;
  /** A PostgreSQL tsquery (`to_tsquery` syntax, lexemes quoted) over normalised+folded words, or null. */
  textQuery: string | null;
  /** Words to highlight in result titles: as typed and folded. */
  highlight: { literal: string[]; folded: string[] };
}

function isParticle(word: string): boolean {
  return FOLD_PARTICLES.includes(word);
}

/** Every spelling of the whole query: each segment as typed or as one of its synonyms. */
function alternatives(segments: QuerySegment[]): string[] {
  let out: string[] = [""];
  for (const s of segments) {
    const options = [s.words.join(" "), ...s.synonyms];
    const next: string[] = [];
    for (const prefix of out) for (const o of options) if (next.length < MAX_ALTERNATIVES) next.push(prefix ? `${prefix} ${o}` : o);
    out = next;
  }
  return out;
}

const quote = (lexeme: string, prefix: boolean) => `'${lexeme}'${prefix ? ":*" : ""}`;

/** The index marks folded words with a leading "0" (see search_words in migration 0007). */
export const FOLDED_WORD_MARK = "0";

/**
 * One word in the index's two forms: as typed, a prefix when it has two letters or more; folded (when
 * folding changes it), a prefix of folded words only.
 */
function wordQuery(word: string): string {
  const literal = quote(word, word.length >= 2);
  const folded = foldWord(word);
  return folded === word ? literal : `(${literal} | ${quote(FOLDED_WORD_MARK + folded, true)})`;
}

/** The words of a phrase that the full-text part looks for. */
function textWords(phrase: string): string[] {
  return normalizeSearchText(phrase)
    .split(" ")
    .filter((w) => w !== "" && !isParticle(w) && !SEARCH_STOPWORDS.includes(w));
}

/** The full-text query for every word of a phrase (a name), or null when it has none. */
export function phraseQuery(phrase: string): string | null {
  const words = textWords(phrase);
  if (words.length === 0) return null;
  return words.length === 1 ? wordQuery(words[0] as string) : `(${words.map(wordQuery).join(" & ")})`;
}

function textQueryOf(segments: QuerySegment[]): string | null {
  const parts: string[] = [];
  for (const s of segments) {
    const options = [s.words.join(" "), ...s.synonyms].map(phraseQuery).filter((p): p is string => p !== null);
    const unique = [...new Set(options)];
    if (unique.length === 0) continue;
    parts.push(unique.length === 1 ? (unique[0] as string) : `(${unique.join(" | ")})`);
  }
  return parts.length ? parts.join(" & ") : null;
}

/** Adds the keys of names to key sets; prefixes only from names long enough to be specific. */
function addKeys(names: readonly string[], exact: Set<string>[], prefix: Set<string>[] | null): void {
  const [exactLiteral, exactFolded] = exact as [Set<string>, Set<string>];
  for (const name of names) {
    const k = nameKeys(name);
    if (k.literal) exactLiteral.add(k.literal);
    if (k.folded) exactFolded.add(k.folded);
    if (!prefix) continue;
    const [prefixLiteral, prefixFolded] = prefix as [Set<string>, Set<string>];
    if (k.literal.length >= MIN_LITERAL_PREFIX) prefixLiteral.add(k.literal);
    if (k.folded.length >= MIN_FOLDED_PREFIX) prefixFolded.add(k.folded);
  }
}

const keySet = (literal: Set<string>, folded: Set<string>): NameKeySet => ({ literal: [...literal], folded: [...folded] });

/** The plan for a query, or null when it has nothing to search for (only punctuation). */
export function buildSearchPlan(query: string): SearchPlan | null {
  const normalized = normalizeSearchText(query);
  if (!normalized) return null;
  const words = normalized.split(" ");
  const content = words.filter((w) => !isParticle(w));
  // A query of particles only ("al") is still a name prefix: compare it as typed.
  const segments = segmentQuery(content.length ? content : words);
  const literalKey = compactKey(normalized);
  const exact = [new Set<string>([literalKey]), new Set<string>()];
  // The query as typed is a prefix however short it is ("t" lists the names starting with t).
  const prefix = [new Set<string>([literalKey]), new Set<string>()];
  addKeys([normalized], exact, prefix);
  addKeys(alternatives(segments), exact, prefix);
  const highlightWords = new Set<string>(content);
  // Synonyms are marked when they are abbreviations (ISKP, IS-K, Daesh, LeJ): the words of a full name
  // would mark "Islamic" or "Lashkar" in titles that are about another group.
  for (const s of segments) {
    for (const syn of s.synonyms) {
      if (nameKeys(syn).literal.length <= MAX_MARKED_SYNONYM) for (const x of textWords(syn)) highlightWords.add(x);
    }
  }
  return {
    normalized,
    literalKey,
    exact: keySet(exact[0] as Set<string>, exact[1] as Set<string>),
    prefix: keySet(prefix[0] as Set<string>, prefix[1] as Set<string>),
    textQuery: textQueryOf(segments),
    highlight: { literal: [...highlightWords], folded: [...new Set([...highlightWords].map(foldWord))] },
  };
}

/** The tsquery for an exact name match (`prefix` false) or a name prefix (`prefix` true). */
export function keyQuery(keys: NameKeySet, prefix: boolean): string {
  return [...keys.literal.map((k) => quote(`=${k}`, prefix)), ...keys.folded.map((k) => quote(`~${k}`, prefix))].join(" | ");
}

/**
 * Widens a plan with the other names of a group the query named exactly: after "Pakistani Taliban"
 * finds the TTP, incidents titled "TTP attack…" start with one of its names (prefix) and records that
 * mention "Tehrik-e-Taliban" match its words. One-word names (abbreviations) are also highlighted.
 */
export function withNamesOf(plan: SearchPlan, names: readonly string[]): SearchPlan {
  const parts = [...new Set(names.map(phraseQuery).filter((p): p is string => p !== null))];
  const prefix = [new Set(plan.prefix.literal), new Set(plan.prefix.folded)];
  addKeys(names, [new Set<string>(), new Set<string>()], prefix);
  const textQuery = [plan.textQuery, ...parts].filter((p): p is string => p !== null).join(" | ") || null;
  const single = names.map((n) => normalizeSearchText(n)).filter((n) => n !== "" && !n.includes(" ") && !isParticle(n));
  return {
    ...plan,
    prefix: keySet(prefix[0] as Set<string>, prefix[1] as Set<string>),
    textQuery,
    highlight: {
      literal: [...new Set([...plan.highlight.literal, ...single])],
      folded: [...new Set([...plan.highlight.folded, ...single.map(foldWord)])],
    },
  };
}
