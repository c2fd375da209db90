import { PRESENTATION_FORMS } from "./arabic-shaping";

/**
 * The joined letter forms one PDF font can draw, for the shaper. jsPDF draws one glyph per character
 * through the font's cmap and applies no OpenType features, so a form is drawn either as its Unicode
 * presentation-form character (when the font maps it) or, when Unicode has none (most Pashto letters:
 * ټ ځ څ ډ ړ ږ ښ ګ ڼ ۍ ې) or the font does not map it, as the glyph the font's own `init`, `medi` or
 * `fina` feature substitutes, read here from its GSUB table. Such a glyph gets a stand-in code point
 * (noncharacters and unassigned points of U+FD90–FDEF: kept for a program's internal use, and counted
 * as Arabic letters by jsPDF's bidi step, so they are ordered with their neighbours). The PDF writer
 * maps each stand-in to its glyph in the font's cmap, and its text layer back to the letter, so copying
 * the text gives the letter typed.
 *
 * Pure: bytes and cmap lookups in, tables out.
 */

/** Letters Unicode gave no (or not all) presentation forms, with their joining type (D: both sides, R: right only). */
const FONT_ONLY_LETTERS: Readonly<Record<number, "D" | "R">> = {
  1660: "D", // ټ teh with ring
  1665: "D", // ځ hah with hamza above
  1669: "D", // څ hah with three dots above
  1690: "D", // ښ seen with dot below and dot above
  1707: "D", // ګ kaf with ring
  1724: "D", // ڼ noon with ring
  1722: "D", // ں noon ghunna (Unicode has its isolated and final forms only)
  1673: "R", // ډ dal with ring
  1683: "R", // ړ reh with ring
  1686: "R", // ږ reh with dot below and dot above
  1741: "R", // ۍ yeh with tail
};

/** Stand-in code points: the noncharacters U+FDD0–FDEF, then unassigned U+FDC8–FDCE and U+FD90–FD91. */
const STAND_INS = [...Array.from({ length: 32 }, (_, i) => 0xfdd0 + i), ...Array.from({ length: 7 }, (_, i) => 0xfdc8 + i), 0xfd90, 0xfd91];

const FEATURE_OF_FORM = ["", "fina", "init", "medi"] as const;

/** A letter → [isolated, final, initial, medial] code points to write (fewer when it joins on fewer sides). */
export type LetterForms = Record<number, readonly number[]>;

/** One font as the planner sees it: its cmap, and its GSUB table's joined forms. */
export interface FontView {
  glyphOf(codePoint: number): number;
  joinedGlyph(glyph: number, feature: "fina" | "init" | "medi"): number | null;
}

export interface StandIn {
  codePoint: number;
  letter: number;
  /** The glyph in each font, in the order the fonts were given. */
  glyphs: number[];
}

export interface FormPlan {
  forms: LetterForms;
  standIns: StandIn[];
}

/**
 * The forms every given font (regular and bold: the shaper writes one table for both) can draw. A
 * dual-joining letter joins on both sides only with all three joined forms, else it degrades to
 * right-joining (final form only) or to no joining.
 */
export function planForms(fonts: readonly FontView[]): FormPlan {
  const forms: LetterForms = {};
  const standIns: StandIn[] = [];
  const letters = new Map<number, "D" | "R" | "U">();
  for (const [cp, f] of Object.entries(PRESENTATION_FORMS)) letters.set(Number(cp), f.length >= 4 ? "D" : f.length >= 2 ? "R" : "U");
  for (const [cp, j] of Object.entries(FONT_ONLY_LETTERS)) letters.set(Number(cp), j);
  if (fonts.length === 0) return { forms, standIns };

  for (const [letter, joining] of letters) {
    const bases = fonts.map((f) => f.glyphOf(letter));
    if (bases.some((g) => !g)) continue;
    // Each form: a character to write, or the glyphs (one per font) a stand-in must draw, or nothing.
    const candidates: (number | number[] | null)[] = [];
    for (let form = 0; form < (joining === "D" ? 4 : joining === "R" ? 2 : 1); form++) {
      const presentation = PRESENTATION_FORMS[letter]?.[form];
      if (presentation && fonts.every((f) => f.glyphOf(presentation) > 0)) candidates.push(presentation);
      // The isolated form is the letter's own glyph, written as the letter when Unicode has no form for it
      // (jsPDF's own Arabic step would reshape a letter it has a form for, so those get a stand-in).
      else if (form === 0) candidates.push(presentation ? bases : letter);
      else {
        const glyphs = fonts.map((f, i) => f.joinedGlyph(bases[i] ?? 0, FEATURE_OF_FORM[form] as "fina" | "init" | "medi") ?? 0);
        candidates.push(glyphs.every((g) => g > 0) ? glyphs : null);
      }
    }
    // Whole joining behaviours only: isolated; isolated and final; all four.
    const known = candidates.indexOf(null) < 0 ? candidates.length : candidates.indexOf(null);
    let usable = known === 3 ? 2 : known;
    while (usable > 0 && standIns.length + candidates.slice(0, usable).filter(Array.isArray).length > STAND_INS.length) {
      usable = usable === 4 ? 2 : usable - 1;
    }
    if (usable === 0) continue;
    forms[letter] = candidates.slice(0, usable).map((c) => {
      if (typeof c === "number") return c;
      const codePoint = STAND_INS[standIns.length] ?? 0;
      standIns.push({ codePoint, letter, glyphs: c ?? [] });
      return codePoint;
    });
  }
  return { forms, standIns };
}

class Reader {
  private view: DataView;
  constructor(bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u16(at: number) {
    return this.view.getUint16(at);
  }
  i16(at: number) {
    return this.view.getInt16(at);
  }
  u32(at: number) {
    return this.view.getUint32(at);
  }
  tag(at: number) {
    return String.fromCharCode(this.view.getUint8(at), this.view.getUint8(at + 1), this.view.getUint8(at + 2), this.view.getUint8(at + 3));
  }
}

function tableOffset(r: Reader, tag: string): number | null {
  const count = r.u16(4);
  for (let i = 0; i < count; i++) {
    const rec = 12 + i * 16;
    if (r.tag(rec) === tag) return r.u32(rec + 8);
  }
  return null;
}

function coverageIndex(r: Reader, at: number, glyph: number): number {
  const format = r.u16(at);
  if (format === 1) {
    const n = r.u16(at + 2);
    for (let i = 0; i < n; i++) if (r.u16(at + 4 + i * 2) === glyph) return i;
  } else if (format === 2) {
    const n = r.u16(at + 2);
    for (let i = 0; i < n; i++) {
      const rec = at + 4 + i * 6;
      const start = r.u16(rec);
      if (glyph >= start && glyph <= r.u16(rec + 2)) return r.u16(rec + 4) + glyph - start;
    }
  }
  return -1;
}

/**
 * The one glyph a lookup puts for `glyph`: single substitution (type 1), or a multiple substitution
 * (type 2) to exactly one glyph, also inside an extension (type 7). A font that builds a letter from a
 * skeleton and separate dots (Noto's Arabic fonts do) gives several glyphs placed by GPOS, which jsPDF
 * cannot do: that form is not offered.
 */
function substitute(r: Reader, lookup: number, glyph: number): number | null {
  const type = r.u16(lookup);
  const subtables = r.u16(lookup + 4);
  for (let i = 0; i < subtables; i++) {
    let sub = lookup + r.u16(lookup + 6 + i * 2);
    let subType = type;
    if (type === 7) {
      subType = r.u16(sub + 2);
      sub += r.u32(sub + 4);
    }
    if (subType !== 1 && subType !== 2) continue;
    const index = coverageIndex(r, sub + r.u16(sub + 2), glyph);
    if (index < 0) continue;
    if (subType === 2) {
      const sequence = sub + r.u16(sub + 6 + index * 2);
      return r.u16(sequence) === 1 ? r.u16(sequence + 2) : null;
    }
    if (r.u16(sub) === 1) return (glyph + r.i16(sub + 4)) & 0xffff;
    return r.u16(sub + 6 + index * 2);
  }
  return null;
}

/** The lookups of a feature in the Arabic script's default language system (or DFLT's). */
function featureLookups(r: Reader, gsub: number, feature: string): number[] {
  const scripts = gsub + r.u16(gsub + 4);
  const features = gsub + r.u16(gsub + 6);
  const lookups = gsub + r.u16(gsub + 8);
  let script: number | null = null;
  for (const want of ["arab", "DFLT"]) {
    for (let i = 0; i < r.u16(scripts) && script === null; i++) {
      const rec = scripts + 2 + i * 6;
      if (r.tag(rec) === want) script = scripts + r.u16(rec + 4);
    }
    if (script !== null) break;
  }
  if (script === null || r.u16(script) === 0) return [];
  const langSys = script + r.u16(script);
  const out: number[] = [];
  for (let i = 0; i < r.u16(langSys + 4); i++) {
    const rec = features + 2 + r.u16(langSys + 6 + i * 2) * 6;
    if (r.tag(rec) !== feature) continue;
    const table = features + r.u16(rec + 4);
    for (let j = 0; j < r.u16(table + 2); j++) out.push(lookups + r.u16(lookups + 2 + r.u16(table + 4 + j * 2) * 2));
  }
  return out;
}

/** A font's joined forms from its GSUB table: the first lookup of the feature that changes the glyph. */
export function gsubJoinedForms(font: Uint8Array): FontView["joinedGlyph"] {
  const r = new Reader(font);
  const gsub = tableOffset(r, "GSUB");
  if (gsub === null) return () => null;
  const lookups = { fina: featureLookups(r, gsub, "fina"), init: featureLookups(r, gsub, "init"), medi: featureLookups(r, gsub, "medi") };
  return (glyph, feature) => {
    for (const lookup of lookups[feature]) {
      const out = substitute(r, lookup, glyph);
      if (out !== null && out !== glyph) return out;
    }
    return null;
  };
}
