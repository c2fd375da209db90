import { shapeArabic } from "./arabic-shaping";
import type { LetterForms } from "./gsub-forms";

/**
 * Splitting a line of PDF text into runs that one font can draw and that read in one direction, and
 * wrapping text by measured width. jsPDF draws a string in one font, left to right, so a line such as
 * "Group: تحریک طالبان پاکستان (TTP)" is drawn as three runs side by side: Inter, Vazirmatn,
 * Inter. The page is left-to-right, so the runs stay in reading order; jsPDF's own bidi step (run on
 * every string it draws) reverses the letters inside a right-to-left run.
 *
 * Pure: the fonts' coverage and the width measure are passed in.
 */

/**
 * Right-to-left letters and their marks: Hebrew and the Arabic-script blocks, less the digits, number
 * signs and separators (the Arabic comma is neutral, like the Latin one).
 */
const RTL = /[\u0590-\u05ff\u0608\u060b\u060d-\u065f\u066d-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
/** Digits (European and Arabic-Indic): they read left to right, but follow an Arabic word into its run. */
const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;
const LETTER = /[\p{L}\p{M}]/u;

export interface DirectionRun {
  text: string;
  rtl: boolean;
}

/**
 * The line as left-to-right and right-to-left stretches, in reading order (a simplified Unicode bidi
 * algorithm for a left-to-right paragraph): right-to-left letters are RTL, other letters LTR; digits
 * after an Arabic letter belong to it (as in the algorithm's rule W2); spaces and punctuation between
 * two RTL stretches join them, anywhere else they are LTR.
 */
export function splitDirectionRuns(text: string): DirectionRun[] {
  const chars = Array.from(text);
  const dir: ("l" | "r" | null)[] = [];
  let lastStrong: "l" | "r" = "l";
  for (const c of chars) {
    if (RTL.test(c)) {
      lastStrong = "r";
      dir.push("r");
    } else if (DIGIT.test(c)) {
      dir.push(lastStrong);
    } else if (LETTER.test(c)) {
      lastStrong = "l";
      dir.push("l");
    } else {
      dir.push(null);
    }
  }
  // Neutrals take RTL only between two RTL neighbours (rule N1); otherwise the paragraph's LTR (N2).
  for (let i = 0; i < dir.length; i++) {
    if (dir[i] !== null) continue;
    let j = i;
    while (j < dir.length && dir[j] === null) j++;
    const before = i > 0 ? dir[i - 1] : "l";
    const after = j < dir.length ? dir[j] : "l";
    const resolved = before === "r" && after === "r" ? "r" : "l";
    for (let k = i; k < j; k++) dir[k] = resolved;
    i = j - 1;
  }
  const runs: DirectionRun[] = [];
  chars.forEach((c, i) => {
    const rtl = dir[i] === "r";
    const last = runs[runs.length - 1];
    if (last && last.rtl === rtl) last.text += c;
    else runs.push({ text: c, rtl });
  });
  return runs;
}

export type FontRole = "latin" | "arabic";

export interface FontCoverage {
  latin: (codePoint: number) => boolean;
  arabic: (codePoint: number) => boolean;
  /** The letter forms the Arabic font can draw (gsub-forms.ts); Unicode's presentation forms if not given. */
  arabicForms?: LetterForms;
}

export interface FontRun {
  text: string;
  font: FontRole;
  /** Shaped, in reading order; jsPDF reverses it when drawing. */
  rtl: boolean;
}

/** What the PDF prints for a character no bundled font has. */
export const MISSING_GLYPH = "?";

/**
 * The runs to draw for one line, left to right: each has one font and one direction. Arabic-script
 * stretches are shaped and set in the Arabic font (which also has ASCII, so their digits and spaces
 * stay inside); elsewhere each character takes the Latin font if it has it, else the Arabic font, else
 * "?". Whitespace becomes plain spaces (a PDF text run has no tabs or line breaks).
 */
export function layoutLine(text: string, covers: FontCoverage): FontRun[] {
  const runs: FontRun[] = [];
  const push = (t: string, font: FontRole, rtl: boolean) => {
    const last = runs[runs.length - 1];
    if (last && last.font === font && last.rtl === rtl && !rtl) last.text += t;
    else runs.push({ text: t, font, rtl });
  };
  for (const run of splitDirectionRuns(text.replace(/\s/g, " "))) {
    if (run.rtl) {
      const shaped = Array.from(shapeArabic(run.text, covers.arabicForms), (c) =>
        covers.arabic(c.codePointAt(0) ?? 0) ? c : MISSING_GLYPH,
      ).join("");
      push(shaped, "arabic", true);
      continue;
    }
    for (const c of run.text) {
      const cp = c.codePointAt(0) ?? 0;
      if (covers.latin(cp)) push(c, "latin", false);
      else if (covers.arabic(cp)) push(c, "arabic", false);
      else push(MISSING_GLYPH, "latin", false);
    }
  }
  return runs;
}

/**
 * Greedy word wrap by measured width: lines break at spaces; a word wider than the line on its own
 * (a long URL) is broken between characters.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.replace(/\s+/g, " ").trim().split(" ")) {
    if (!word) continue;
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    if (measure(word) <= maxWidth) {
      line = word;
      continue;
    }
    for (const c of word) {
      if (line && measure(line + c) > maxWidth) {
        lines.push(line);
        line = "";
      }
      line += c;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
