/**
 * Normalises text for quote matching: typographic quotes and dashes to ASCII, whitespace folded,
 * markdown emphasis dropped. Used to check that a citation's quote really appears in its source.
 */
export function normaliseForQuoteMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\u00A0/g, " ")
    .replace(/\*\*|__|\\\*/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** True when `quote` occurs in `documentText`, ignoring typography and line breaks. */
export function isQuoteInDocument(quote: string, documentText: string): boolean {
  const q = normaliseForQuoteMatch(quote);
  if (q.length === 0) return false;
  return normaliseForQuoteMatch(documentText).includes(q);
}

export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
  /** True when the quote was found only after normalising typography (not verbatim). */
  approximate: boolean;
}

/**
 * The quote with the words around it in its document, cut at sentence or paragraph boundaries
 * within `radius` characters either side. Null when the quote is not in the text.
 */
export function quoteInContext(documentText: string, quote: string, radius = 280): QuoteInContext | null {
  const q = quote.trim();
  let start = documentText.indexOf(q);
  let end = start + q.length;
  let approximate = false;
  if (start < 0) {
    // Not verbatim: search a typography- and whitespace-insensitive copy of the text, keeping an
    // index from each of its characters back to the original, and map the hit back.
    const { text: folded, index } = foldWithIndex(documentText);
    const target = normaliseForQuoteMatch(q);
    const hit = target.length > 0 ? folded.indexOf(target) : -1;
    if (hit < 0) return null;
    start = index[hit] ?? 0;
    end = (index[hit + target.length - 1] ?? start) + 1;
    approximate = true;
  }
  const from = Math.max(0, start - radius);
  const to = Math.min(documentText.length, end + radius);
  let before = documentText.slice(from, start);
  let after = documentText.slice(end, to);
  const para = before.lastIndexOf("\n\n");
  if (para >= 0) before = before.slice(para + 2);
  else if (from > 0) before = `…${before.replace(/^\S*\s/, "")}`;
  const paraEnd = after.indexOf("\n\n");
  if (paraEnd >= 0) after = after.slice(0, paraEnd);
  else if (to < documentText.length) after = `${after.replace(/\s\S*$/, "")}…`;
  return {
    before: before.replace(/\s+/g, " ").trimStart(),
    quote: documentText.slice(start, end),
    after: after.replace(/\s+/g, " ").trimEnd(),
    approximate,
  };
}

/**
 * `normaliseForQuoteMatch` applied character by character, with `index[i]` the position in `text` of
 * the i-th character of the folded copy (so a match in the copy maps back to the original).
 */
function foldWithIndex(text: string): { text: string; index: number[] } {
  let out = "";
  const index: number[] = [];
  let lastWasSpace = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (ch === "*" || ch === "_") {
      if (text[i + 1] === ch) {
        i++;
        continue;
      }
    }
    if (/\s/.test(ch)) {
      if (!lastWasSpace) {
        out += " ";
        index.push(i);
        lastWasSpace = true;
      }
      continue;
    }
    const folded = normaliseForQuoteMatch(ch) || ch.toLowerCase();
    out += folded;
    for (let k = 0; k < folded.length; k++) index.push(i);
    lastWasSpace = false;
  }
  return { text: out, index };
}
