/**
 * Search normalisation: how a name or a query is reduced so that transliteration variants meet.
 *
 * Two levels:
 * - `normalizeSearchText`: lower case, accents and apostrophes dropped, every other non-ASCII letter or
 *   punctuation a word break ("Tehrik-e-Taliban" → "tehrik e taliban", "Jama'at" → "jamaat").
 * - `foldSearchText`: the normalised words with the joining particles of Urdu/Pashto/Arabic names dropped
 *   ("-e-", "-i-", "-ul-", "al-") and each word of four letters or more reduced to a phonetic key
 *   (q→k, w→v, doubled letters single, a final plural "s" dropped, every run of vowels one "a"), so
 *   Tehrik/Tehreek/Tahrik, Khorasan/Khurasan, Mohammed/Muhammad, Jamaat/Jamat and Qaeda/Qaida fold alike.
 *   Shorter words are kept as they are: they are mostly abbreviations (TTP, LeJ, IEA), which must not
 *   collapse into each other.
 *
 * The database applies the same rules (SQL functions `search_normalize` and `search_fold`, created by
 * the migration `packages/db/migrations/0007_search_functions.sql`) to build the search index; the
 * integration test in packages/db/src/queries/search.integration.test.ts checks both give the same
 * result on every seed name. Change one, change the other (in a new migration).
 *
 * Non-Latin scripts (Urdu, Pashto, Arabic letters) are not searchable: the dataset is in English.
 */

/** Combining marks left by NFKD decomposition (é → e + ◌́); the same ranges as the SQL function. */
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
/** Apostrophes and ʿayn/hamza marks, dropped inside words: Jama'at = Jamaat. */
const APOSTROPHES = /['`\u2018\u2019\u02bc\u02bd\u02be\u02bf]/g;

/** Lower-case ASCII words separated by single spaces. */
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(COMBINING_MARKS, "")
    .replace(APOSTROPHES, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Joining particles of transliterated names, dropped when folding (Tehrik-e-Taliban, Jamaat-ul-Ahrar, Al-Qaeda). */
export const FOLD_PARTICLES: readonly string[] = ["e", "i", "ul", "ud", "ur", "ut", "us", "un", "al", "el"];

/** Words shorter than this are kept as they are (abbreviations). */
export const FOLD_MIN_LENGTH = 4;

/**
 * The phonetic reduction of one word, in order. Each pattern is a regular expression that reads the
 * same in JavaScript and PostgreSQL, applied to every match; `\1` is the first group.
 */
export const FOLD_STEPS: readonly { pattern: string; replacement: string }[] = [
  { pattern: "ph", replacement: "f" },
  { pattern: "ck", replacement: "k" },
  { pattern: "q", replacement: "k" },
  { pattern: "w", replacement: "v" },
  // Doubled letters single: Jamaat → jamat, Mohammed → mohamed, Tayyaba → tayaba.
  { pattern: "([a-z])\\1+", replacement: "\\1" },
  // A final plural s on a long word: attacks → attack, Haqqanis → haqani.
  { pattern: "^([a-z0-9]{4,})s$", replacement: "\\1" },
  // A final h after a vowel: Mullah → mulla, Wilayah → wilaya.
  { pattern: "([aeiou])h$", replacement: "\\1" },
  // A leading y before a vowel is a consonant (Yusuf); protect it from the vowel rule, then restore it.
  { pattern: "^y([aeiou])", replacement: "Y\\1" },
  { pattern: "[aeiouy]+", replacement: "a" },
  { pattern: "Y", replacement: "y" },
];

const JS_STEPS = FOLD_STEPS.map((s) => ({ re: new RegExp(s.pattern, "g"), replacement: s.replacement.replace(/\\(\d)/g, "$$$1") }));

/** The phonetic key of one normalised word. */
export function foldWord(word: string): string {
  if (word.length < FOLD_MIN_LENGTH) return word;
  let w = word;
  for (const s of JS_STEPS) w = w.replace(s.re, s.replacement);
  return w;
}

/** Normalised words, particles dropped, each word folded; joined by single spaces. */
export function foldSearchText(text: string): string {
  return normalizeSearchText(text)
    .split(" ")
    .filter((w) => w !== "" && !FOLD_PARTICLES.includes(w))
    .map(foldWord)
    .join(" ");
}

/** A name without its spaces, as compared for an exact match: "IS-K" = "ISK", "Tehrik e Taliban" = "Tehrik-e-Taliban". */
export function compactKey(normalizedOrFolded: string): string {
  return normalizedOrFolded.replace(/ /g, "");
}

/** The two exact-match keys of a name: its compact normalised form and its compact folded form. */
export function nameKeys(name: string): { literal: string; folded: string } {
  return { literal: compactKey(normalizeSearchText(name)), folded: compactKey(foldSearchText(name)) };
}
