import { FOLD_PARTICLES, foldWord, normalizeSearchText } from "./normalize";
import type { SearchPlan } from "./query";

/** A piece of a title: `match` pieces are shown highlighted. */
export interface HighlightPart {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}'’ʼ]+/gu;

/** Whether one word of a title answers a query word: same start as typed, or same start once folded. */
function wordMatches(word: string, highlight: SearchPlan["highlight"]): boolean {
  const n = normalizeSearchText(word).replace(/ /g, "");
  if (!n) return false;
  // One- and two-letter words ("is", "k" of IS-K) mark only themselves, not every word they start.
  if (highlight.literal.some((q) => (q.length <= 2 ? n === q : n.startsWith(q)))) return true;
  const f = foldWord(n);
  return highlight.folded.some((q) => q.length > 2 && f.startsWith(q));
}

/**
 * Splits a title into highlighted and plain parts by the query's words (and their synonyms), matched
 * like the search matches them. Neighbouring highlighted words joined only by hyphens, spaces or a
 * particle ("Tehrik-e-Taliban") are one highlight.
 */
export function highlightParts(text: string, highlight: SearchPlan["highlight"]): HighlightPart[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    if (m.index === undefined) continue;
    if (wordMatches(m[0], highlight)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  if (spans.length === 0) return [{ text, match: false }];
  const merged: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && isJoiner(text.slice(last.end, s.start))) last.end = s.end;
    else merged.push({ ...s });
  }
  const parts: HighlightPart[] = [];
  let at = 0;
  for (const s of merged) {
    if (s.start > at) parts.push({ text: text.slice(at, s.start), match: false });
    parts.push({ text: text.slice(s.start, s.end), match: true });
    at = s.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

function isJoiner(gap: string): boolean {
  if (/^[\s\-‐‑–]*$/.test(gap)) return true;
  const m = /^[\s\-‐‑–]+([\p{L}]+)[\s\-‐‑–]+$/u.exec(gap);
  return !!m?.[1] && FOLD_PARTICLES.includes(m[1].toLowerCase());
}
