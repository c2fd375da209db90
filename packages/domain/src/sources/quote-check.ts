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
