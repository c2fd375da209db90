import { describe, expect, it } from "vitest";
import { hasArabicScript, shapeArabic } from "./arabic-shaping";
import { type FontCoverage, layoutLine, splitDirectionRuns, wrapText } from "./script-runs";

const TTP_URDU = "تحریک طالبان پاکستان";
const hex = (s: string) => Array.from(s, (c) => (c.codePointAt(0) ?? 0).toString(16));

describe("shapeArabic", () => {
  it("gives each Urdu letter the form its neighbours call for", () => {
    expect(hex(shapeArabic(TTP_URDU))).toEqual(
      // ت init, ح medial, ر final, ی init, ک final; ط init, ا final, ل init, ب medial, ا final, ن isolated;
      // پ init, ا final, ک init, س medial, ت medial, ا final, ن isolated
      [
        ...["fe97", "fea4", "feae", "fbfe", "fb8f", "20"],
        ...["fec3", "fe8e", "fedf", "fe92", "fe8e", "fee5", "20"],
        ...["fb58", "fe8e", "fb90", "feb4", "fe98", "fe8e", "fee5"],
      ],
    );
  });

  it("folds back to the same letters under NFKC (what a PDF reader's text extraction yields)", () => {
    for (const s of [TTP_URDU, "لشکر جھنگوی", "صوبہ خیبر پختونخوا", "بلوچستان لبریشن آرمی", "ڈیرہ اسماعیل خان", "لا إله"]) {
      const shaped = shapeArabic(s);
      expect(shaped).not.toBe(s);
      expect(shaped.normalize("NFKC")).toBe(s.normalize("NFKC"));
    }
  });

  it("writes lam followed by alef as the lam-alef ligature, final when lam joins the letter before", () => {
    expect(hex(shapeArabic("لا"))).toEqual(["fefb"]);
    expect(hex(shapeArabic("سلا"))).toEqual(["feb3", "fefc"]);
  });

  it("skips combining marks when deciding the joining, and keeps them", () => {
    expect(hex(shapeArabic("بَب"))).toEqual(["fe91", "64e", "fe90"]);
  });

  it("leaves Pashto letters that have no presentation forms isolated, and breaks the joining around them", () => {
    // ل does not reach for ښ (it has no final form to draw); ک starts a new join after it.
    expect(hex(shapeArabic("لښکر"))).toEqual(["fedd", "69a", "fb90", "feae"]);
  });

  it("leaves text without Arabic script alone", () => {
    expect(shapeArabic("Tehrik-e-Taliban Pakistan (TTP) – 2021")).toBe("Tehrik-e-Taliban Pakistan (TTP) – 2021");
    expect(hasArabicScript("Peshawar")).toBe(false);
    expect(hasArabicScript(`TTP ${TTP_URDU}`)).toBe(true);
  });
});

describe("splitDirectionRuns", () => {
  it("keeps Latin and Urdu stretches in reading order, with the spaces between Urdu words inside the Urdu run", () => {
    expect(splitDirectionRuns(`Group: ${TTP_URDU} (TTP)`)).toEqual([
      { text: "Group: ", rtl: false },
      { text: TTP_URDU, rtl: true },
      { text: " (TTP)", rtl: false },
    ]);
  });

  it("lets digits after an Arabic word join its run, and digits before it stay left-to-right", () => {
    expect(splitDirectionRuns("طالبان 2021")).toEqual([{ text: "طالبان 2021", rtl: true }]);
    expect(splitDirectionRuns("2021 طالبان")).toEqual([
      { text: "2021 ", rtl: false },
      { text: "طالبان", rtl: true },
    ]);
  });

  it("gives a line without right-to-left letters one run", () => {
    expect(splitDirectionRuns("Filters: Province Khyber Pakhtunkhwa · 2021–2022")).toEqual([
      { text: "Filters: Province Khyber Pakhtunkhwa · 2021–2022", rtl: false },
    ]);
  });
});

// Coverage like the bundled fonts': the Latin font has no Arabic, the Arabic font has ASCII and Arabic; neither has CJK.
const covers: FontCoverage = {
  latin: (cp) => cp < 0x0600 || (cp >= 0x2000 && cp <= 0x20ff),
  arabic: (cp) => (cp >= 0x20 && cp <= 0x7e) || (cp >= 0x0600 && cp <= 0x06ff) || (cp >= 0xfb50 && cp <= 0xfeff),
};

describe("layoutLine", () => {
  it("sets Latin in the Latin font and shaped Urdu in the Arabic font, left to right", () => {
    expect(layoutLine(`Group: ${TTP_URDU} (TTP)`, covers)).toEqual([
      { text: "Group: ", font: "latin", rtl: false },
      { text: shapeArabic(TTP_URDU), font: "arabic", rtl: true },
      { text: " (TTP)", font: "latin", rtl: false },
    ]);
  });

  it("prints ? only for characters no bundled font has, and flattens whitespace", () => {
    expect(layoutLine("Kabul\t喀布尔", covers)).toEqual([{ text: "Kabul ???", font: "latin", rtl: false }]);
  });

  it("takes an Arabic-only character outside an Arabic run from the Arabic font", () => {
    // The Arabic comma is neutral: between Latin words it stays in the left-to-right flow.
    expect(layoutLine("a، b", covers)).toEqual([
      { text: "a", font: "latin", rtl: false },
      { text: "،", font: "arabic", rtl: false },
      { text: " b", font: "latin", rtl: false },
    ]);
  });
});

describe("wrapText", () => {
  const measure = (s: string) => s.length;

  it("breaks at spaces so no line is wider than the width", () => {
    expect(wrapText("Sources: SATP report 2022, PICSS annual", 20, measure)).toEqual(["Sources: SATP report", "2022, PICSS annual"]);
  });

  it("breaks a word wider than the line between characters", () => {
    const lines = wrapText("see https://example.org/a/very/long/path", 12, measure);
    expect(lines).toEqual(["see", "https://exam", "ple.org/a/ve", "ry/long/path"]);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(12);
  });

  it("returns one empty line for empty text", () => {
    expect(wrapText("", 10, measure)).toEqual([""]);
  });
});
