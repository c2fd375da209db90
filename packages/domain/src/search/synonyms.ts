import { compactKey, foldSearchText } from "./normalize";

/**
 * Names that mean the same organisation but that neither the dataset's aliases nor the folding rules
 * are sure to join: abbreviations of abbreviations (ISIL-K, IS-KP), Arabic acronyms (Daesh) and common
 * English names. Each set is one organisation; a query that is (or contains) one of the phrases also
 * searches for the others. Only unambiguous equivalences belong here: "Taliban" alone is not listed,
 * because it names both the Afghan Taliban and (loosely) the TTP; the data's own aliases decide it.
 */
export const SEARCH_SYNONYMS: readonly (readonly string[])[] = [
  // Islamic State Khorasan Province.
  [
    "Islamic State Khorasan Province",
    "Islamic State Khorasan",
    "Islamic State in Khorasan",
    "Islamic State of Khorasan Province",
    "IS Khorasan",
    "ISKP",
    "IS-KP",
    "ISK",
    "IS-K",
    "ISIS-K",
    "ISIL-K",
    "ISIS Khorasan",
    "ISIL Khorasan",
    "Daesh Khorasan",
    "Wilayat Khorasan",
  ],
  // The Islamic State (central).
  [
    "Islamic State",
    "IS",
    "ISIS",
    "ISIL",
    "Daesh",
    "Daish",
    "Islamic State of Iraq and Syria",
    "Islamic State of Iraq and the Levant",
    "Islamic State of Iraq and the Sham",
  ],
  ["Tehrik-e-Taliban Pakistan", "TTP", "Pakistani Taliban"],
  ["Islamic Emirate of Afghanistan", "IEA", "Afghan Taliban"],
  ["Al-Qaeda", "AQ"],
  ["Al-Qaeda in the Indian Subcontinent", "AQIS"],
  ["Lashkar-e-Jhangvi", "LeJ"],
  ["Lashkar-e-Taiba", "Lashkar-e-Tayyiba", "Lashkar-e-Toiba", "LeT"],
  ["Jaish-e-Mohammed", "JeM"],
  ["Jamaat-ul-Ahrar", "JuA"],
  ["Haqqani Network", "HN"],
  ["Balochistan Liberation Army", "Baloch Liberation Army", "BLA"],
  ["Balochistan Liberation Front", "Baloch Liberation Front", "BLF"],
  ["Turkistan Islamic Party", "TIP", "East Turkistan Islamic Movement", "ETIM"],
  ["Islamic Movement of Uzbekistan", "IMU"],
];

/** A phrase of a synonym set, as the query matcher compares it. */
interface SynonymPhrase {
  phrase: string;
  key: string;
  words: number;
}

function prepare(sets: readonly (readonly string[])[]): SynonymPhrase[][] {
  return sets.map((set) =>
    set.map((phrase) => {
      const folded = foldSearchText(phrase);
      return { phrase, key: compactKey(folded), words: folded.split(" ").length };
    }),
  );
}

const PREPARED = prepare(SEARCH_SYNONYMS);
const LONGEST = Math.max(...PREPARED.flat().map((p) => p.words));

/**
 * The synonyms of a run of folded words, or null. The run is matched on its compact folded key, so
 * "IS K", "IS-K" and "isk" are the same phrase.
 */
export function synonymsOf(foldedWords: readonly string[], sets: readonly SynonymPhrase[][] = PREPARED): string[] | null {
  const key = foldedWords.join("");
  if (!key) return null;
  const set = sets.find((s) => s.some((p) => p.key === key));
  return set ? set.map((p) => p.phrase) : null;
}

/** A query cut into runs of words; a run that is a known name carries its synonyms. */
export interface QuerySegment {
  /** The words as typed (normalised, particles dropped). */
  words: string[];
  /** Other names of the same organisation (phrases as written in SEARCH_SYNONYMS), or empty. */
  synonyms: string[];
}

/**
 * Cuts normalised query words into segments, longest known name first from the left: "daesh attack
 * kunduz" → [daesh (+ Islamic State, ISIS…)] [attack] [kunduz].
 */
export function segmentQuery(words: readonly string[]): QuerySegment[] {
  const folded = words.map((w) => foldSearchText(w));
  const out: QuerySegment[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = false;
    for (let n = Math.min(LONGEST, words.length - i); n >= 1; n--) {
      const syn = synonymsOf(folded.slice(i, i + n));
      if (syn) {
        out.push({ words: words.slice(i, i + n), synonyms: syn });
        i += n;
        matched = true;
        break;
      }
    }
    if (!matched) {
      const word = words[i];
      if (word !== undefined) out.push({ words: [word], synonyms: [] });
      i += 1;
    }
  }
  return out;
}
