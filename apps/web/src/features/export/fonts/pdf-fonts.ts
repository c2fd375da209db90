import type { jsPDF } from "jspdf";
import { gsubJoinedForms, planForms } from "./gsub-forms";
import type { FontCoverage, FontRole } from "./script-runs";

/**
 * The fonts the chart PDFs embed, fetched from the app's own origin the first time a PDF is made
 * (about 0.95 MB of TrueType, cached by the browser and kept for the page's life), never from a CDN:
 * - Inter (static TTF cut of the app's UI font; jsPDF embeds TrueType, not the woff2 the page uses);
 * - Vazirmatn for Urdu, Pashto and Arabic names: it maps the presentation forms and has each joined
 *   form of the Pashto letters as a glyph of its own (Noto's Arabic fonts build them from a skeleton and
 *   separate dots placed by GPOS, which jsPDF cannot do), and its sans design sits well beside Inter.
 * jsPDF embeds only the glyphs a document uses (a subset), so a PDF grows by tens of kB, not by the files.
 * The bundler copies each file into the build's static assets (`new URL(…, import.meta.url)`).
 */
const FILES = [
  {
    family: "Inter",
    style: "normal",
    file: "Inter-Regular.ttf",
    url: () => new URL("../../../../node_modules/@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf", import.meta.url),
  },
  {
    family: "Inter",
    style: "bold",
    file: "Inter-Bold.ttf",
    url: () => new URL("../../../../node_modules/@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf", import.meta.url),
  },
  {
    family: "Vazirmatn",
    style: "normal",
    file: "Vazirmatn-Regular.ttf",
    url: () => new URL("../../../../node_modules/@expo-google-fonts/vazirmatn/400Regular/Vazirmatn_400Regular.ttf", import.meta.url),
  },
  {
    family: "Vazirmatn",
    style: "bold",
    file: "Vazirmatn-Bold.ttf",
    url: () => new URL("../../../../node_modules/@expo-google-fonts/vazirmatn/700Bold/Vazirmatn_700Bold.ttf", import.meta.url),
  },
] as const;

export const PDF_FAMILY: Record<FontRole, string> = { latin: "Inter", arabic: "Vazirmatn" };

interface LoadedFile {
  bytes: Uint8Array;
  /** The same bytes as jsPDF's virtual file system takes them (one char per byte). */
  binary: string;
}

let loading: Promise<LoadedFile[]> | null = null;

function binaryString(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

function loadFiles(): Promise<LoadedFile[]> {
  if (!loading) {
    loading = Promise.all(
      FILES.map(async (f) => {
        const res = await fetch(f.url());
        if (!res.ok) throw new Error(`The PDF font ${f.file} could not be loaded from this site (HTTP ${res.status}).`);
        const bytes = new Uint8Array(await res.arrayBuffer());
        return { bytes, binary: binaryString(bytes) };
      }),
    );
    // A failed load (offline for a moment) is tried again on the next export, not remembered.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/** The parts of jsPDF's parsed TrueType font used here. */
interface TtfMetadata {
  characterToGlyph(codePoint: number): number;
  cmap: { unicode: { codeMap: Record<number, number> } };
  /** Glyph id → the character the text layer gives for it; jsPDF fills it as text is drawn. */
  toUnicode: Record<number, number>;
}

export interface PdfFonts {
  covers: FontCoverage;
  /** Call before doc.output(): points the text layer of the stand-in glyphs back at their letters. */
  finish(): void;
}

/**
 * Loads the fonts (once per page) and registers them with this document: each family in normal and
 * bold, with italic mapped to the upright files (svg2pdf asks for the style the SVG names, and a
 * missing style would make it fall back to an unembedded standard font). The Arabic fonts also get
 * their joined forms of the Pashto letters under stand-in code points (gsub-forms.ts).
 */
export async function registerPdfFonts(doc: jsPDF): Promise<PdfFonts> {
  const files = await loadFiles();
  FILES.forEach((f, i) => {
    doc.addFileToVFS(f.file, files[i]?.binary ?? "");
    doc.addFont(f.file, f.family, f.style, undefined, "Identity-H");
    doc.addFont(f.file, f.family, f.style === "bold" ? "bolditalic" : "italic", undefined, "Identity-H");
  });
  // The Arabic font's joined forms (gsub-forms.ts), one table for regular and bold; the stand-ins go
  // into each font's cmap.
  const arabic = FILES.flatMap((f, i) =>
    f.family === PDF_FAMILY.arabic ? [{ metadata: fontMetadata(doc, f.family, f.style), bytes: files[i]?.bytes ?? new Uint8Array() }] : [],
  );
  const plan = planForms(
    arabic.map(({ metadata, bytes }) => ({ glyphOf: (cp: number) => metadata.characterToGlyph(cp), joinedGlyph: gsubJoinedForms(bytes) })),
  );
  arabic.forEach(({ metadata }, i) => {
    for (const s of plan.standIns) metadata.cmap.unicode.codeMap[s.codePoint] = s.glyphs[i] ?? 0;
  });
  const covers: FontCoverage = {
    latin: coverage(fontMetadata(doc, PDF_FAMILY.latin, "normal")),
    arabic: coverage(fontMetadata(doc, PDF_FAMILY.arabic, "normal")),
    arabicForms: plan.forms,
  };
  return {
    covers,
    finish() {
      arabic.forEach(({ metadata }, i) => {
        for (const s of plan.standIns) {
          const glyph = s.glyphs[i] ?? 0;
          if (metadata.toUnicode[glyph] !== undefined) metadata.toUnicode[glyph] = s.letter;
        }
      });
    },
  };
}

function fontMetadata(doc: jsPDF, family: string, style: string): TtfMetadata {
  const previous = doc.getFont();
  doc.setFont(family, style);
  const metadata = (doc.getFont() as unknown as { metadata?: TtfMetadata }).metadata;
  doc.setFont(previous.fontName, previous.fontStyle);
  if (!metadata) throw new Error(`The PDF font ${family} (${style}) did not load.`);
  return metadata;
}

/** Whether the font has a glyph for a code point, from its own cmap (jsPDF parsed it on addFont). */
function coverage(metadata: TtfMetadata): (codePoint: number) => boolean {
  const cache = new Map<number, boolean>();
  return (cp) => {
    let has = cache.get(cp);
    if (has === undefined) {
      // jsPDF writes UTF-16 code units; anything past the BMP would be split into surrogates.
      has = cp <= 0xffff && metadata.characterToGlyph(cp) > 0;
      cache.set(cp, has);
    }
    return has;
  };
}
