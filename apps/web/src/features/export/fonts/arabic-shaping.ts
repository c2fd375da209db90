/**
 * Arabic-script shaping for the chart PDFs. jsPDF draws one glyph per character through the font's
 * cmap and applies no OpenType features, so the joined letter forms are chosen here and written as
 * their Unicode presentation-form code points (U+FB50–FDFF, U+FE70–FEFF), which the PDF font maps.
 * A PDF reader extracts those code points; NFKC folds them back to the ordinary letters.
 *
 * Several Pashto letters (ټ ځ څ ډ ړ ږ ښ ګ ڼ ۍ) have no presentation forms in Unicode: their forms come
 * from the font (`forms`, read from its GSUB table). A letter with no forms at all is drawn isolated and
 * breaks the joining on both sides (neighbours do not reach for a connection that would not be drawn).
 *
 * Pure: no DOM, no jsPDF.
 */

/**
 * Letter → [isolated, final, initial, medial] presentation forms, as far as Unicode has them. Generated
 * from the decompositions in Unicode's character database (Python's unicodedata, Unicode 14:
 * single-letter `<isolated>`, `<final>`, `<initial>`, `<medial>` decompositions in FB50–FDFF, FE70–FEFF).
 */
export const PRESENTATION_FORMS: Readonly<Record<number, readonly number[]>> = {
  1569: [0xfe80],
  1570: [0xfe81, 0xfe82],
  1571: [0xfe83, 0xfe84],
  1572: [0xfe85, 0xfe86],
  1573: [0xfe87, 0xfe88],
  1574: [0xfe89, 0xfe8a, 0xfe8b, 0xfe8c],
  1575: [0xfe8d, 0xfe8e],
  1576: [0xfe8f, 0xfe90, 0xfe91, 0xfe92],
  1577: [0xfe93, 0xfe94],
  1578: [0xfe95, 0xfe96, 0xfe97, 0xfe98],
  1579: [0xfe99, 0xfe9a, 0xfe9b, 0xfe9c],
  1580: [0xfe9d, 0xfe9e, 0xfe9f, 0xfea0],
  1581: [0xfea1, 0xfea2, 0xfea3, 0xfea4],
  1582: [0xfea5, 0xfea6, 0xfea7, 0xfea8],
  1583: [0xfea9, 0xfeaa],
  1584: [0xfeab, 0xfeac],
  1585: [0xfead, 0xfeae],
  1586: [0xfeaf, 0xfeb0],
  1587: [0xfeb1, 0xfeb2, 0xfeb3, 0xfeb4],
  1588: [0xfeb5, 0xfeb6, 0xfeb7, 0xfeb8],
  1589: [0xfeb9, 0xfeba, 0xfebb, 0xfebc],
  1590: [0xfebd, 0xfebe, 0xfebf, 0xfec0],
  1591: [0xfec1, 0xfec2, 0xfec3, 0xfec4],
  1592: [0xfec5, 0xfec6, 0xfec7, 0xfec8],
  1593: [0xfec9, 0xfeca, 0xfecb, 0xfecc],
  1594: [0xfecd, 0xfece, 0xfecf, 0xfed0],
  1601: [0xfed1, 0xfed2, 0xfed3, 0xfed4],
  1602: [0xfed5, 0xfed6, 0xfed7, 0xfed8],
  1603: [0xfed9, 0xfeda, 0xfedb, 0xfedc],
  1604: [0xfedd, 0xfede, 0xfedf, 0xfee0],
  1605: [0xfee1, 0xfee2, 0xfee3, 0xfee4],
  1606: [0xfee5, 0xfee6, 0xfee7, 0xfee8],
  1607: [0xfee9, 0xfeea, 0xfeeb, 0xfeec],
  1608: [0xfeed, 0xfeee],
  1609: [0xfeef, 0xfef0, 0xfbe8, 0xfbe9],
  1610: [0xfef1, 0xfef2, 0xfef3, 0xfef4],
  1649: [0xfb50, 0xfb51],
  1655: [0xfbdd],
  1657: [0xfb66, 0xfb67, 0xfb68, 0xfb69],
  1658: [0xfb5e, 0xfb5f, 0xfb60, 0xfb61],
  1659: [0xfb52, 0xfb53, 0xfb54, 0xfb55],
  1662: [0xfb56, 0xfb57, 0xfb58, 0xfb59],
  1663: [0xfb62, 0xfb63, 0xfb64, 0xfb65],
  1664: [0xfb5a, 0xfb5b, 0xfb5c, 0xfb5d],
  1667: [0xfb76, 0xfb77, 0xfb78, 0xfb79],
  1668: [0xfb72, 0xfb73, 0xfb74, 0xfb75],
  1670: [0xfb7a, 0xfb7b, 0xfb7c, 0xfb7d],
  1671: [0xfb7e, 0xfb7f, 0xfb80, 0xfb81],
  1672: [0xfb88, 0xfb89],
  1676: [0xfb84, 0xfb85],
  1677: [0xfb82, 0xfb83],
  1678: [0xfb86, 0xfb87],
  1681: [0xfb8c, 0xfb8d],
  1688: [0xfb8a, 0xfb8b],
  1700: [0xfb6a, 0xfb6b, 0xfb6c, 0xfb6d],
  1702: [0xfb6e, 0xfb6f, 0xfb70, 0xfb71],
  1705: [0xfb8e, 0xfb8f, 0xfb90, 0xfb91],
  1709: [0xfbd3, 0xfbd4, 0xfbd5, 0xfbd6],
  1711: [0xfb92, 0xfb93, 0xfb94, 0xfb95],
  1713: [0xfb9a, 0xfb9b, 0xfb9c, 0xfb9d],
  1715: [0xfb96, 0xfb97, 0xfb98, 0xfb99],
  1722: [0xfb9e, 0xfb9f],
  1723: [0xfba0, 0xfba1, 0xfba2, 0xfba3],
  1726: [0xfbaa, 0xfbab, 0xfbac, 0xfbad],
  1728: [0xfba4, 0xfba5],
  1729: [0xfba6, 0xfba7, 0xfba8, 0xfba9],
  1733: [0xfbe0, 0xfbe1],
  1734: [0xfbd9, 0xfbda],
  1735: [0xfbd7, 0xfbd8],
  1736: [0xfbdb, 0xfbdc],
  1737: [0xfbe2, 0xfbe3],
  1739: [0xfbde, 0xfbdf],
  1740: [0xfbfc, 0xfbfd, 0xfbfe, 0xfbff],
  1744: [0xfbe4, 0xfbe5, 0xfbe6, 0xfbe7],
  1746: [0xfbae, 0xfbaf],
  1747: [0xfbb0, 0xfbb1],
};

/** Lam followed by an alef is always the lam-alef ligature: alef variant → [isolated, final]. */
const LAM_ALEF: Record<number, readonly [number, number]> = {
  1570: [0xfef5, 0xfef6],
  1571: [0xfef7, 0xfef8],
  1573: [0xfef9, 0xfefa],
  1575: [0xfefb, 0xfefc],
};
const LAM = 0x0644;

const ISOLATED = 0;
const FINAL = 1;
const INITIAL = 2;
const MEDIAL = 3;

/** Combining marks (harakat, Quranic marks): they sit on a letter and do not interrupt its joining. */
function isTransparent(cp: number): boolean {
  return (
    (cp >= 0x0610 && cp <= 0x061a) ||
    (cp >= 0x064b && cp <= 0x065f) ||
    cp === 0x0670 ||
    (cp >= 0x06d6 && cp <= 0x06dc) ||
    (cp >= 0x06df && cp <= 0x06e4) ||
    cp === 0x06e7 ||
    cp === 0x06e8 ||
    (cp >= 0x06ea && cp <= 0x06ed) ||
    (cp >= 0x08ca && cp <= 0x08e1) ||
    (cp >= 0x08e3 && cp <= 0x08ff)
  );
}

/** Tatweel and the zero-width joiner connect on both sides without a form of their own. */
function isJoinCausing(cp: number): boolean {
  return cp === 0x0640 || cp === 0x200d;
}

/** Can the letter connect to the one after it (in reading order)? Only if its initial/medial forms exist. */
function joinsForward(forms: readonly number[] | undefined, cp: number): boolean {
  return isJoinCausing(cp) || (forms?.length ?? 0) >= 3;
}

/** Can the letter connect to the one before it? Only if its final form exists. */
function joinsBackward(forms: readonly number[] | undefined, cp: number): boolean {
  return isJoinCausing(cp) || (forms?.length ?? 0) >= 2;
}

/** Arabic-script letters and marks (the blocks Urdu and Pashto use), including presentation forms. */
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufefc]/;

export function hasArabicScript(text: string): boolean {
  return ARABIC_SCRIPT.test(text);
}

/**
 * The text with each Arabic letter replaced by the presentation form its neighbours call for, in
 * logical (reading) order; everything else is left as it is. `forms` is what the PDF's font can draw
 * (gsub-forms.ts: presentation forms it maps, stand-ins for its own glyphs); by default Unicode's
 * presentation forms.
 */
export function shapeArabic(text: string, forms?: Readonly<Record<number, readonly number[]>>): string {
  if (!hasArabicScript(text)) return text;
  const formsOf = (cp: number) => (forms ? forms[cp] : PRESENTATION_FORMS[cp]);
  const cps = Array.from(text, (c) => c.codePointAt(0) ?? 0);
  // The nearest non-mark letter on each side decides the joining; marks are skipped over.
  const prevJoins: boolean[] = new Array(cps.length).fill(false);
  const nextJoins: boolean[] = new Array(cps.length).fill(false);
  let last = -1;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i] ?? 0;
    if (isTransparent(cp)) continue;
    prevJoins[i] = last >= 0 && joinsForward(formsOf(cps[last] ?? 0), cps[last] ?? 0);
    last = i;
  }
  last = -1;
  for (let i = cps.length - 1; i >= 0; i--) {
    const cp = cps[i] ?? 0;
    if (isTransparent(cp)) continue;
    nextJoins[i] = last >= 0 && joinsBackward(formsOf(cps[last] ?? 0), cps[last] ?? 0);
    last = i;
  }
  let out = "";
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i] ?? 0;
    const own = formsOf(cp);
    if (!own) {
      out += String.fromCodePoint(cp);
      continue;
    }
    const before = prevJoins[i] && joinsBackward(own, cp);
    if (cp === LAM) {
      let j = i + 1;
      while (j < cps.length && isTransparent(cps[j] ?? 0)) j++;
      const ligature = LAM_ALEF[cps[j] ?? 0];
      if (ligature) {
        out += String.fromCodePoint(before ? ligature[1] : ligature[0]);
        // The marks between lam and alef stay, after the ligature; the alef is drawn by it.
        for (let k = i + 1; k < j; k++) out += String.fromCodePoint(cps[k] ?? 0);
        i = j;
        continue;
      }
    }
    const after = nextJoins[i] && joinsForward(own, cp);
    const form = before && after ? MEDIAL : after ? INITIAL : before ? FINAL : ISOLATED;
    out += String.fromCodePoint(own[form] ?? own[ISOLATED] ?? cp);
  }
  return out;
}
