import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { jsPDF } from "jspdf";
import { describe, expect, it } from "vitest";
import { PRESENTATION_FORMS, shapeArabic } from "./arabic-shaping";
import { type FontView, gsubJoinedForms, planForms } from "./gsub-forms";

const fontFile = (path: string) =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../../node_modules/${path}`, import.meta.url))));

/** A font file the PDFs embed, as the planner sees it: jsPDF's reading of its cmap, and its GSUB. */
function view(path: string): FontView & { bytes: Uint8Array } {
  const bytes = fontFile(path);
  const doc = new jsPDF();
  doc.addFileToVFS("f.ttf", Buffer.from(bytes).toString("binary"));
  doc.addFont("f.ttf", "F", "normal", undefined, "Identity-H");
  doc.setFont("F", "normal");
  const metadata = (doc.getFont() as unknown as { metadata: { characterToGlyph(cp: number): number } }).metadata;
  return { bytes, glyphOf: (cp) => metadata.characterToGlyph(cp), joinedGlyph: gsubJoinedForms(bytes) };
}

const hex = (s: string) => Array.from(s, (c) => (c.codePointAt(0) ?? 0).toString(16));
const isStandIn = (cp: number | undefined) => cp !== undefined && cp >= 0xfd90 && cp <= 0xfdef;

describe("planForms with Vazirmatn (regular and bold)", () => {
  const regular = view("@expo-google-fonts/vazirmatn/400Regular/Vazirmatn_400Regular.ttf");
  const bold = view("@expo-google-fonts/vazirmatn/700Bold/Vazirmatn_700Bold.ttf");
  const plan = planForms([regular, bold]);

  it("gives the dual-joining Pashto letters all four forms and the right-joining ones two, from the font's own glyphs", () => {
    for (const letter of [0x067c, 0x0681, 0x0685, 0x069a, 0x06ab, 0x06bc]) {
      const forms = plan.forms[letter] ?? [];
      expect(forms).toHaveLength(4);
      expect(forms[0]).toBe(letter);
      for (const f of forms.slice(1)) expect(isStandIn(f)).toBe(true);
    }
    for (const letter of [0x0689, 0x0693, 0x0696, 0x06cd]) {
      expect(plan.forms[letter]).toHaveLength(2);
      expect(isStandIn(plan.forms[letter]?.[1])).toBe(true);
    }
    // Each stand-in draws a glyph of its own in both weights, not the isolated letter again.
    for (const s of plan.standIns.filter((x) => x.letter === 0x069a)) {
      expect(s.glyphs[0]).not.toBe(regular.glyphOf(0x069a));
      expect(s.glyphs[1]).not.toBe(bold.glyphOf(0x069a));
    }
    expect(new Set(plan.standIns.map((s) => s.codePoint)).size).toBe(plan.standIns.length);
  });

  it("keeps Unicode's presentation forms where the font maps them, and uses a stand-in where it does not (ې, isolated ہ)", () => {
    expect(plan.forms[0x0628]).toEqual(PRESENTATION_FORMS[0x0628]);
    expect(plan.forms[0x06a9]).toEqual(PRESENTATION_FORMS[0x06a9]);
    expect(plan.forms[0x06d0]).toHaveLength(4);
    for (const f of plan.forms[0x06d0] ?? []) expect(isStandIn(f)).toBe(true);
    expect(isStandIn(plan.forms[0x06c1]?.[0])).toBe(true);
    expect(plan.forms[0x06c1]?.slice(1)).toEqual(PRESENTATION_FORMS[0x06c1]?.slice(1));
    // The isolated stand-in is the letter's own glyph.
    expect(plan.standIns.find((s) => s.codePoint === plan.forms[0x06c1]?.[0])?.glyphs).toEqual([
      regular.glyphOf(0x06c1),
      bold.glyphOf(0x06c1),
    ]);
  });

  it("lets the shaper join Pashto words: ښ in لښکر takes its medial form", () => {
    const shaped = shapeArabic("لښکر", plan.forms);
    expect(hex(shaped)[0]).toBe("fedf");
    expect(shaped.codePointAt(1)).toBe(plan.forms[0x069a]?.[3]);
    expect(hex(shaped).slice(2)).toEqual(["fb91", "feae"]);
  });

  it("finds no Arabic joined forms in Inter", () => {
    const inter = view("@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf");
    expect(inter.joinedGlyph(inter.glyphOf(0x0061), "init")).toBeNull();
  });
});

describe("planForms degrading", () => {
  /** A font that has every letter and presentation form, but no initial or medial glyph of its own. */
  const noInitial: FontView = {
    glyphOf: (cp) => (cp < 0xfd90 || cp > 0xfdef ? cp : 0),
    joinedGlyph: (glyph, feature) => (feature === "fina" ? glyph + 0x10000 : null),
  };

  it("lets a dual-joining letter without initial and medial glyphs join to the right only", () => {
    const plan = planForms([noInitial]);
    expect(plan.forms[0x069a]).toHaveLength(2);
    expect(plan.forms[0x0628]).toEqual(PRESENTATION_FORMS[0x0628]);
    // ښ does not reach forward, so ک after it starts a new join.
    expect(hex(shapeArabic("ښک", plan.forms))).toEqual(["69a", "fb8e"]);
  });

  it("offers nothing without a font", () => {
    expect(planForms([])).toEqual({ forms: {}, standIns: [] });
  });
});
