import { normalizeSearchText } from "../search/normalize";

/**
 * Likely duplicate recommendations: the same recommendation made in several reports (or twice in one
 * report, in its abstract and in its body). The suggestions are for an editor to confirm into a family
 * or dismiss; nothing is merged automatically.
 *
 * Method, in order:
 * 1. Text: the title counts twice, then the text. Citations in parentheses ("(Sayed, 2023)") are
 *    dropped: they name who said it, not what is recommended.
 * 2. Words: lower case, accents and apostrophes folded (the search normalisation), possessive "'s"
 *    dropped. Prefix compounds are closed up ("de-radicalisation" = "deradicalisation",
 *    "counter-terrorism" = "counterterrorism"), and a counter- word also counts as the word it
 *    counters (counter-narratives meet narratives). Numbers, words under three letters, English
 *    stopwords and words about the document rather than the recommendation ("abstract", "discussion",
 *    "literature review") are dropped. A few words are read as another: "CT" as counter-terrorism,
 *    "Kabul" and "IEA" as the Taliban, "Afghanistan" as Afghan, "diplomacy" as diplomatic.
 * 3. Stems: British spellings folded to American (-ise/-isation → -ize/-ization, -our → -or,
 *    defence → defense…), then the Porter stemmer (1980) and a final "-ist" dropped, so
 *    radicalisation, radicalization and radicalize share a stem, as do engage, engaging and
 *    engagement, and terrorist and terrorism.
 * 4. Weights: TF-IDF over the given items — sublinear term frequency (1 + ln tf) times smoothed
 *    inverse document frequency (ln((1 + n) / (1 + df)) + 1) — and cosine similarity (0..1).
 *
 * The scores are relative to the collection: a word that many recommendations use (Pakistan,
 * Taliban) counts for less than one only two share. Items without a single content word score 0
 * against everything, even against each other.
 */

export interface SimilarityItem {
  id: string;
  key: string;
  source: string;
  title: string;
  text: string;
  familyId: string | null;
}

export interface DuplicateSuggestion {
  /** Ids of the pair, `a < b` (code-unit order, as `pairKey`). */
  a: string;
  b: string;
  /** Cosine similarity, 0..1, rounded to four decimals. */
  score: number;
  /** Up to eight shared words that weigh most in the score, as written in the items, for display. */
  sharedTerms: string[];
  sameSource: boolean;
}

export interface SuggestDuplicatesOptions {
  /** Lowest score suggested (inclusive). Default `DUPLICATE_THRESHOLD`. */
  threshold?: number;
  /** Most suggestions returned. Default `DUPLICATE_LIMIT`. */
  limit?: number;
  /** Pairs an editor has dismissed, as `pairKey(a, b)`. */
  dismissed?: ReadonlySet<string>;
}

/**
 * Default lowest score suggested. Calibrated on the seed's 72 recommendations (2,556 pairs), where 36
 * pairs reach 0.22: the repeats an editor would join score 0.22–0.50 (a report's abstract and its body
 * on border security, diplomacy with the Taliban, root causes; engagement and border cooperation with
 * Kabul, regional counter-terrorism cooperation, intelligence sharing and counter-narratives across
 * reports), while pairs that only share the setting (Pakistan, the TTP, Balochistan) mostly stay
 * under it. Below 0.22 the share of real repeats drops quickly. Short texts score lower than long
 * ones, so a larger or wordier collection may want it raised.
 */
export const DUPLICATE_THRESHOLD = 0.22;
/** Default most suggestions returned. */
export const DUPLICATE_LIMIT = 50;
/**
 * A pair must share at least this many stems (or all the stems of its shorter item): on short texts one
 * rare word in common ("resolve", "commitments") can score high without the two saying the same thing.
 */
const MIN_SHARED_STEMS = 2;
/** Most shared terms listed per suggestion. */
const SHARED_TERMS = 8;
/** The title is read this many times, the text once. */
const TITLE_WEIGHT = 2;
const MIN_WORD_LENGTH = 3;

/** One key per unordered pair of ids: "min|max". */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

// --- Words -------------------------------------------------------------------------------------

const STOPWORDS = new Set(
  [
    // English function words.
    "a about above after again against all also although am among amongst an and any are aren't around as at be because been before being",
    "below between both but by can cannot could did do does doing done down during each either else even ever every few for",
    "from further had has have having he her here hers herself him himself his how however i if in into is it its itself just",
    "may me might more most much must my myself neither no nor not now of off on once only onto or other others otherwise our",
    "ours ourselves out over own per rather same shall she should since so some such than that the their theirs them",
    "themselves then there these they this those though through thus to too toward towards under until up upon us very via was",
    "we were what when where whether which while who whom whose why will with within without would yet you your yours",
    "yourself yourselves",
    // Words of recommending rather than of what is recommended.
    "need needs needed necessary ensure recommend recommends recommended recommendation recommendations",
    // Words about the document, not the recommendation.
    "abstract discussion conclusion conclusions literature review reported paper report section bullet detailed repeated",
    "listed lists quoted according etc",
  ]
    .join(" ")
    .split(" "),
);

/** Prefixes closed up with the word they are hyphenated to. */
const JOINED_PREFIXES = ["anti", "co", "counter", "cross", "de", "inter", "intra", "multi", "non", "post", "pre", "re", "socio", "sub"];
const HYPHENATED_PREFIX = new RegExp(`\\b(${JOINED_PREFIXES.join("|")})[-\u2010\u2011](?=\\p{L})`, "giu");
/** "(Sayed, 2023)", "(Threlkeld & Easterly, 2021)", "(ICG 2022a)". */
const PARENTHESISED_CITATION = /\([^()]*\b(?:1[89]|20)\d\d[a-z]?\)/g;
/** A possessive "'s" ("China's leverage"), dropped so the word shows as written without it. */
const POSSESSIVE = /(?<=\p{L})['\u2019]s\b/gu;
/**
 * A "counter-" word also counts as the word it counters, so counter-narratives meet alternative
 * narratives and counter-terrorism meets terrorism. Shorter remainders (counterpart) do not count.
 */
const COUNTER = /^counter([a-z]{6,})$/;

/** Abbreviations kept although shorter than `MIN_WORD_LENGTH`, read as the word they stand for. */
const ABBREVIATIONS: Readonly<Record<string, string>> = { ct: "counterterrorism" };

/** Whole words read as another: spellings the rules below do not fold, and names of one thing. */
const WORD_VARIANTS: Readonly<Record<string, string>> = {
  defence: "defense",
  offence: "offense",
  licence: "license",
  programme: "program",
  programmes: "programs",
  centre: "center",
  centres: "centers",
  dialogue: "dialog",
  dialogues: "dialogs",
  diplomacy: "diplomatic",
  // Kabul and the IEA name the Taliban authorities in these texts ("engagement with Kabul").
  kabul: "taliban",
  iea: "taliban",
  afghanistan: "afghan",
  afghans: "afghan",
  pakistani: "pakistan",
  pakistanis: "pakistan",
};

/** British spellings to American, before stemming; applied to every form so they stay consistent. */
function americanise(word: string): string {
  const variant = WORD_VARIANTS[word];
  if (variant !== undefined) return variant;
  return word
    .replace(/^(.{3,})is(e|es|ed|ing|ation|ations|er|ers)$/, "$1iz$2")
    .replace(/^(.{3,})ys(e|es|ed|ing)$/, "$1yz$2")
    .replace(/^(.{3,})our(s|ed|ing|able|ite|ites)?$/, "$1or$2");
}

// --- Porter stemmer (M. F. Porter, "An algorithm for suffix stripping", 1980) ------------------

function isConsonant(w: string, i: number): boolean {
  const c = w[i];
  if (c === "a" || c === "e" || c === "i" || c === "o" || c === "u") return false;
  if (c === "y") return i === 0 || !isConsonant(w, i - 1);
  return true;
}

/** m: the number of vowel–consonant sequences in the stem [C](VC)^m[V]. */
function measure(stem: string): number {
  let m = 0;
  let prevVowel = false;
  for (let i = 0; i < stem.length; i++) {
    const vowel = !isConsonant(stem, i);
    if (!vowel && prevVowel) m++;
    prevVowel = vowel;
  }
  return m;
}

function hasVowel(stem: string): boolean {
  for (let i = 0; i < stem.length; i++) if (!isConsonant(stem, i)) return true;
  return false;
}

function endsDoubleConsonant(w: string): boolean {
  const n = w.length;
  return n >= 2 && w[n - 1] === w[n - 2] && isConsonant(w, n - 1);
}

/** *o: the stem ends consonant–vowel–consonant, the last not w, x or y (hop, not hoop or snow). */
function endsCvc(w: string): boolean {
  const n = w.length;
  if (n < 3) return false;
  const last = w[n - 1];
  return isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1) && last !== "w" && last !== "x" && last !== "y";
}

/** The first rule whose suffix the word ends with decides: replaced when its stem passes, else left. */
function applyRules(w: string, rules: readonly (readonly [string, string])[], minMeasure: number): string {
  for (const [suffix, replacement] of rules) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, w.length - suffix.length);
    return measure(stem) > minMeasure ? stem + replacement : w;
  }
  return w;
}

const STEP2: readonly (readonly [string, string])[] = [
  ["ational", "ate"],
  ["tional", "tion"],
  ["enci", "ence"],
  ["anci", "ance"],
  ["izer", "ize"],
  ["bli", "ble"],
  ["alli", "al"],
  ["entli", "ent"],
  ["eli", "e"],
  ["ousli", "ous"],
  ["ization", "ize"],
  ["ation", "ate"],
  ["ator", "ate"],
  ["alism", "al"],
  ["iveness", "ive"],
  ["fulness", "ful"],
  ["ousness", "ous"],
  ["aliti", "al"],
  ["iviti", "ive"],
  ["biliti", "ble"],
  ["logi", "log"],
];

const STEP3: readonly (readonly [string, string])[] = [
  ["icate", "ic"],
  ["ative", ""],
  ["alize", "al"],
  ["iciti", "ic"],
  ["ical", "ic"],
  ["ful", ""],
  ["ness", ""],
];

const STEP4_LONGEST_FIRST = [
  "al",
  "ance",
  "ence",
  "er",
  "ic",
  "able",
  "ible",
  "ant",
  "ement",
  "ment",
  "ent",
  "ion",
  "ou",
  "ism",
  "ate",
  "iti",
  "ous",
  "ive",
  "ize",
].sort((x, y) => y.length - x.length);

function step1ab(word: string): string {
  let w = word;
  if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("ies")) w = w.slice(0, -2);
  else if (!w.endsWith("ss") && w.endsWith("s")) w = w.slice(0, -1);

  if (w.endsWith("eed")) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
    return w;
  }
  let stripped: string | null = null;
  if (w.endsWith("ed") && hasVowel(w.slice(0, -2))) stripped = w.slice(0, -2);
  else if (w.endsWith("ing") && hasVowel(w.slice(0, -3))) stripped = w.slice(0, -3);
  if (stripped === null) return w;
  w = stripped;
  if (w.endsWith("at") || w.endsWith("bl") || w.endsWith("iz")) return `${w}e`;
  if (endsDoubleConsonant(w) && !/[lsz]$/.test(w)) return w.slice(0, -1);
  if (measure(w) === 1 && endsCvc(w)) return `${w}e`;
  return w;
}

function step4(w: string): string {
  // The longest suffix the word ends with decides, as in Porter's own implementation.
  const suffix = STEP4_LONGEST_FIRST.find((s) => w.endsWith(s));
  if (suffix === undefined) return w;
  const stem = w.slice(0, w.length - suffix.length);
  if (suffix === "ion" && !/[st]$/.test(stem)) return w;
  return measure(stem) > 1 ? stem : w;
}

/**
 * The Porter stem of one lower-case ASCII word, plus one step Porter does not take: a final "-ist" is
 * dropped when the rest is long enough, so terrorist meets terrorism and extremist meets extremism
 * (not list, exist or insist). ("radicalization" → "radic", "engagement" → "engag")
 */
export function stemWord(word: string): string {
  const stem = porterStem(word);
  return stem.endsWith("ist") && measure(stem.slice(0, -3)) > 1 ? stem.slice(0, -3) : stem;
}

/** The Porter stem of one lower-case ASCII word ("radicalization" → "radic", "engagement" → "engag"). */
export function porterStem(word: string): string {
  if (word.length <= 2) return word;
  let w = step1ab(word);
  // Step 1c.
  if (w.endsWith("y") && hasVowel(w.slice(0, -1))) w = `${w.slice(0, -1)}i`;
  w = applyRules(w, STEP2, 0);
  w = applyRules(w, STEP3, 0);
  w = step4(w);
  // Step 5a.
  if (w.endsWith("e")) {
    const stem = w.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) w = stem;
  }
  // Step 5b.
  if (measure(w) > 1 && endsDoubleConsonant(w) && w.endsWith("l")) w = w.slice(0, -1);
  return w;
}

/** The stem a word is compared by, with British spellings folded first. */
export function recommendationStem(word: string): string {
  return stemWord(americanise(word));
}

interface Term {
  stem: string;
  /** The word as written (normalised), for display. */
  word: string;
}

/** The content words of a piece of text, in order, each with its stem. */
export function recommendationTerms(text: string): Term[] {
  const prepared = text.replace(PARENTHESISED_CITATION, " ").replace(POSSESSIVE, "").replace(HYPHENATED_PREFIX, "$1");
  const out: Term[] = [];
  for (const raw of normalizeSearchText(prepared).split(" ")) {
    if (raw === "" || /\d/.test(raw)) continue;
    const word = ABBREVIATIONS[raw] ?? raw;
    if (word.length < MIN_WORD_LENGTH || STOPWORDS.has(word)) continue;
    out.push({ stem: recommendationStem(word), word: raw });
    const countered = COUNTER.exec(word)?.[1];
    if (countered !== undefined && !STOPWORDS.has(countered)) out.push({ stem: recommendationStem(countered), word: countered });
  }
  return out;
}

// --- Vectors -----------------------------------------------------------------------------------

interface Document {
  item: SimilarityItem;
  /** Term frequency per stem (title terms counted `TITLE_WEIGHT` times). */
  tf: Map<string, number>;
  /** How often each written form of each stem occurs, for display. */
  forms: Map<string, Map<string, number>>;
}

interface Vector {
  weights: Map<string, number>;
}

function analyse(item: SimilarityItem): Document {
  const tf = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  const add = (terms: Term[], times: number) => {
    for (const t of terms) {
      tf.set(t.stem, (tf.get(t.stem) ?? 0) + times);
      let f = forms.get(t.stem);
      if (!f) {
        f = new Map();
        forms.set(t.stem, f);
      }
      f.set(t.word, (f.get(t.word) ?? 0) + times);
    }
  };
  add(recommendationTerms(item.title), TITLE_WEIGHT);
  add(recommendationTerms(item.text), 1);
  return { item, tf, forms };
}

/** Unit TF-IDF vectors, one per document, with IDF over the given documents. */
function vectorise(docs: readonly Document[]): Vector[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const stem of d.tf.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
  const n = docs.length;
  return docs.map((d) => {
    const weights = new Map<string, number>();
    let norm = 0;
    for (const [stem, count] of d.tf) {
      const w = (1 + Math.log(count)) * (Math.log((1 + n) / (1 + (df.get(stem) ?? 0))) + 1);
      weights.set(stem, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [stem, w] of weights) weights.set(stem, w / norm);
    return { weights };
  });
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [stem, w] of small.weights) dot += w * (large.weights.get(stem) ?? 0);
  return roundScore(dot);
}

function roundScore(x: number): number {
  return Math.min(1, Math.max(0, Math.round(x * 10_000) / 10_000));
}

/** The written form of a stem most used across two documents (then the shorter, then alphabetical). */
function displayForm(stem: string, a: Document, b: Document): string {
  const counts = new Map<string, number>();
  for (const d of [a, b]) for (const [word, n] of d.forms.get(stem) ?? []) counts.set(word, (counts.get(word) ?? 0) + n);
  const ranked = [...counts].sort((x, y) => y[1] - x[1] || x[0].length - y[0].length || compareText(x[0], y[0]));
  return ranked[0]?.[0] ?? stem;
}

/** The stems two vectors share, the one weighing most in their cosine first. */
function sharedStems(va: Vector, vb: Vector): string[] {
  const shared: [string, number][] = [];
  for (const [stem, w] of va.weights) {
    const other = vb.weights.get(stem);
    if (other !== undefined) shared.push([stem, w * other]);
  }
  shared.sort((x, y) => y[1] - x[1] || compareText(x[0], y[0]));
  return shared.map(([stem]) => stem);
}

/**
 * The cosine similarity (0..1) of two items, with word weights taken over `corpus` plus the two items
 * (by default the two alone, where a shared word weighs less than a word only one of them uses).
 */
export function similarity(a: SimilarityItem, b: SimilarityItem, corpus: readonly SimilarityItem[] = []): number {
  const all = [...corpus];
  if (!all.includes(a)) all.push(a);
  if (!all.includes(b)) all.push(b);
  const vectors = vectorise(all.map(analyse));
  const va = vectors[all.indexOf(a)];
  const vb = vectors[all.indexOf(b)];
  return va && vb ? cosine(va, vb) : 0;
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Suggested duplicate pairs, most similar first (then by the pair's keys, then ids): every pair of
 * items scoring at least `threshold`, except pairs already in one family (same non-null `familyId`),
 * pairs an editor dismissed, and an item paired with itself. At most `limit` pairs.
 */
export function suggestDuplicates(items: readonly SimilarityItem[], options: SuggestDuplicatesOptions = {}): DuplicateSuggestion[] {
  const threshold = options.threshold ?? DUPLICATE_THRESHOLD;
  const limit = options.limit ?? DUPLICATE_LIMIT;
  const dismissed = options.dismissed ?? new Set<string>();
  if (items.length < 2 || limit <= 0) return [];

  const docs = items.map(analyse);
  const vectors = vectorise(docs);

  // Only pairs that share a word can score above 0: accumulate dot products through an inverted index.
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const stem of v.weights.keys()) {
      const list = postings.get(stem);
      if (list) list.push(i);
      else postings.set(stem, [i]);
    }
  });
  const candidates = new Set<number>();
  const n = items.length;
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) candidates.add((list[x] ?? 0) * n + (list[y] ?? 0));
    }
  }

  const found: (DuplicateSuggestion & { keys: string })[] = [];
  for (const code of candidates) {
    const i = Math.floor(code / n);
    const j = code % n;
    const di = docs[i];
    const dj = docs[j];
    const vi = vectors[i];
    const vj = vectors[j];
    if (!di || !dj || !vi || !vj) continue;
    const p = di.item;
    const q = dj.item;
    if (p.id === q.id) continue;
    if (p.familyId !== null && p.familyId === q.familyId) continue;
    if (dismissed.has(pairKey(p.id, q.id))) continue;
    const score = cosine(vi, vj);
    if (score < threshold || score <= 0) continue;
    const shared = sharedStems(vi, vj);
    if (shared.length < Math.min(MIN_SHARED_STEMS, vi.weights.size, vj.weights.size)) continue;
    const [first, second] = p.id < q.id ? [p, q] : [q, p];
    found.push({
      a: first.id,
      b: second.id,
      score,
      sharedTerms: shared.slice(0, SHARED_TERMS).map((stem) => displayForm(stem, di, dj)),
      sameSource: p.source === q.source,
      keys: [p.key, q.key].sort(compareText).join("\u0000"),
    });
  }

  found.sort((x, y) => y.score - x.score || compareText(x.keys, y.keys) || compareText(pairKey(x.a, x.b), pairKey(y.a, y.b)));
  return found.slice(0, limit).map(({ keys: _keys, ...s }) => s);
}
