import { describe, expect, it } from "vitest";
import { compactKey, foldSearchText, foldWord, nameKeys, normalizeSearchText } from "./normalize";

const sameFold = (a: string, b: string) => expect(foldSearchText(a), `${a} ~ ${b}`).toBe(foldSearchText(b));
const differentFold = (a: string, b: string) => expect(foldSearchText(a), `${a} ≁ ${b}`).not.toBe(foldSearchText(b));

describe("normalizeSearchText", () => {
  it("lower-cases, drops accents and apostrophes and makes every other mark a word break", () => {
    expect(normalizeSearchText("Tehrik-e-Taliban  Pakistan (TTP)")).toBe("tehrik e taliban pakistan ttp");
    expect(normalizeSearchText("Jama’at-ud-Da‘wa")).toBe("jamaat ud dawa");
    expect(normalizeSearchText("Jama'at")).toBe("jamaat");
    expect(normalizeSearchText("Tahrīk-e-Ṭālibān")).toBe("tahrik e taliban");
    expect(normalizeSearchText("ETIM/TIP")).toBe("etim tip");
    expect(normalizeSearchText("Taliban 2.0")).toBe("taliban 2 0");
    expect(normalizeSearchText("  —  ")).toBe("");
  });

  it("drops letters outside the Latin alphabet (the dataset is in English)", () => {
    expect(normalizeSearchText("تحریک طالبان TTP")).toBe("ttp");
  });
});

describe("foldSearchText: transliteration variants meet", () => {
  it("Tehrik / Tehreek / Tahrik, with or without -e-/-i- particles", () => {
    sameFold("Tehrik-e-Taliban Pakistan", "Tehreek-e-Taliban Pakistan");
    sameFold("Tehrik-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan");
    sameFold("Tehrik-e-Taliban Pakistan", "Tahrik Taliban Pakistan");
    sameFold("Tehreek-e-Taliban", "tehrik e taliban");
    expect(foldSearchText("Tehreek-e-Taliban Pakistan")).toBe("tahrak talaban pakastan");
  });

  it("other common spelling pairs", () => {
    sameFold("Islamic State Khorasan", "Islamic State Khurasan");
    sameFold("Jaish-e-Mohammed", "Jaish-e-Muhammad");
    sameFold("Jamaat-ul-Ahrar", "Jamat-ul-Ahrar");
    sameFold("Al-Qaeda", "al-Qaida");
    sameFold("Al-Qaeda", "Al Qaeda");
    sameFold("Lashkar-e-Taiba", "Lashkar-e-Tayyaba");
    sameFold("Lashkar-e-Taiba", "Lashkar-e-Toiba");
    sameFold("Lashkar-e-Jhangvi", "Lashkar-e-Jhangwi");
    sameFold("Hezb-e-Islami", "Hizb-i-Islami");
    sameFold("Mullah Omar", "Mulla Umar");
    sameFold("Yousaf", "Yusuf");
    sameFold("Haqqanis", "Haqqani");
    sameFold("attacks", "attack");
  });

  it("keeps short words (abbreviations) apart", () => {
    differentFold("LeJ", "LeT");
    differentFold("IEA", "IMU");
    differentFold("TTP", "TTA");
    differentFold("ISI", "ISIS");
    expect(foldSearchText("IEA")).toBe("iea");
    expect(foldWord("ttp")).toBe("ttp");
  });

  it("keeps different names apart", () => {
    differentFold("Lashkar-e-Jhangvi", "Lashkar-e-Jhangvi Al-Alami");
    differentFold("Tehreek-e-Taliban Pakistan", "Tehreek-e-Khilafat Pakistan");
    differentFold("Balochistan Liberation Army", "Balochistan Liberation Front");
  });

  it("a leading y before a vowel stays a consonant", () => {
    expect(foldWord("yusuf")).toBe("yasaf");
    expect(foldWord("jhangvy")).toBe("jhangva");
  });

  it("is empty for a query of particles only", () => {
    expect(foldSearchText("al")).toBe("");
    expect(normalizeSearchText("al")).toBe("al");
  });
});

describe("name keys", () => {
  it("compare names without spaces, as typed and folded", () => {
    expect(nameKeys("IS-K")).toEqual({ literal: "isk", folded: "isk" });
    expect(nameKeys("ISK")).toEqual(nameKeys("IS-K"));
    expect(nameKeys("ISIS-K").literal).toBe("isisk");
    expect(nameKeys("Tehreek-e-Taliban").folded).toBe(nameKeys("Tehrik-i-Taliban").folded);
    expect(nameKeys("Tehreek-e-Taliban").literal).not.toBe(nameKeys("Tehrik-i-Taliban").literal);
    expect(compactKey("tahrak talaban")).toBe("tahraktalaban");
  });
});
