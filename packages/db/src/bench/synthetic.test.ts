import { getAdminUnit } from "@monitor/domain";
import { describe, expect, it } from "vitest";
import { buildSeedDataset } from "../seed";
import {
  FATA_MERGER_DATE,
  longTail,
  mulberry32,
  profileGroupSlugs,
  SYNTHETIC_KEY_PREFIX,
  type SyntheticIncident,
  syntheticId,
  syntheticIncident,
  weighted,
} from "./synthetic";

const N = 20_000;
const sample: SyntheticIncident[] = Array.from({ length: N }, (_, i) => syntheticIncident(1, i));
const share = (pred: (x: SyntheticIncident) => boolean) => sample.filter(pred).length / N;

describe("weighted", () => {
  it("picks each choice in proportion to its weight and never a zero weight", () => {
    const pick = weighted([
      ["a", 1],
      ["never", 0],
      ["b", 3],
    ]);
    const counts = { a: 0, b: 0, never: 0 };
    for (let k = 0; k < 4000; k++) counts[pick((k + 0.5) / 4000) as keyof typeof counts]++;
    expect(counts).toEqual({ a: 1000, b: 3000, never: 0 });
    expect(pick(0)).toBe("a");
    expect(pick(0.999999)).toBe("b");
  });
  it("refuses an empty list", () => {
    expect(() => weighted([["x", 0]])).toThrow();
  });
});

describe("longTail", () => {
  it("gives zero below the zero share and a capped count of at least 1 above it", () => {
    const opts = { zeroShare: 0.4, alpha: 1, scale: 1, cap: 50 };
    expect(longTail(0.39, 0.5, opts)).toBe(0);
    expect(longTail(0.41, 0, opts)).toBe(1);
    expect(longTail(0.41, 0.5, opts)).toBe(2);
    expect(longTail(0.41, 0.999999, opts)).toBe(50);
  });
});

describe("syntheticIncident", () => {
  it("is a function of (seed, index): the same twice, different for another seed", () => {
    expect(syntheticIncident(1, 123)).toEqual(sample[123]);
    expect(syntheticIncident(2, 123)).not.toEqual(sample[123]);
    const r = mulberry32(9);
    const s = mulberry32(9);
    expect([r(), r(), r()]).toEqual([s(), s(), s()]);
  });

  it("has unique, well-formed ids and synthetic keys, and says it is not real", () => {
    expect(new Set(sample.map((x) => x.id)).size).toBe(N);
    expect(sample.every((x) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/.test(x.id))).toBe(true);
    expect(syntheticId(1, 5)).toBe(sample[5]?.id);
    expect(sample.every((x) => x.key.startsWith(SYNTHETIC_KEY_PREFIX) && x.description.startsWith("SYNTHETIC"))).toBe(true);
  });

  it("spreads dates over 2006–2025 with the 2009 peak above the 2019 lull", () => {
    expect(sample.every((x) => x.date >= "2006-01-01" && x.date <= "2025-12-31" && !Number.isNaN(Date.parse(x.date)))).toBe(true);
    const inYear = (y: number) => share((x) => x.date.startsWith(String(y)));
    expect(inYear(2009)).toBeGreaterThan(3 * inYear(2019));
    expect(inYear(2025)).toBeGreaterThan(inYear(2019));
    expect(share((x) => x.datePrecision === "day")).toBeGreaterThan(0.9);
    expect(sample.filter((x) => x.datePrecision !== "day").every((x) => x.date.endsWith("-01"))).toBe(true);
  });

  it("weights places like the real log: KP (with FATA) ahead of Balochistan ahead of Sindh; districts inside their province", () => {
    const kp = share((x) => x.province === "PK-KP" || x.province === "PK-TA");
    const ba = share((x) => x.province === "PK-BA");
    const sd = share((x) => x.province === "PK-SD");
    expect(kp).toBeGreaterThan(ba);
    expect(ba).toBeGreaterThan(3 * sd);
    expect(share((x) => x.country === "AF")).toBeGreaterThan(0.08);
    expect(share((x) => x.country === "AF")).toBeLessThan(0.2);
    const misplaced = sample.filter((x) =>
      getAdminUnit(x.province)?.level !== "province"
        ? true
        : x.province === "PK-TA"
          ? !(x.date < FATA_MERGER_DATE && getAdminUnit(x.district ?? "")?.formerFata)
          : x.district !== null && getAdminUnit(x.district)?.parent !== x.province,
    );
    expect(misplaced).toEqual([]);
    expect(share((x) => x.province === "PK-TA")).toBeGreaterThan(0.03);
    const peshawar = share((x) => x.district === "pk-kp-peshawar");
    const chitral = share((x) => x.district === "pk-kp-upper-chitral" || x.district === "pk-kp-lower-chitral");
    expect(peshawar).toBeGreaterThan(3 * chitral);
  });

  it("has casualties with a long tail: many zeros, few mass-casualty incidents", () => {
    const known = sample.filter((x) => x.killed !== null);
    const zero = known.filter((x) => x.killed === 0).length / known.length;
    const mass = known.filter((x) => (x.killed ?? 0) >= 100).length / known.length;
    expect(zero).toBeGreaterThan(0.25);
    expect(zero).toBeLessThan(0.5);
    expect(mass).toBeGreaterThan(0);
    expect(mass).toBeLessThan(0.02);
    const sorted = known.map((x) => x.killed ?? 0).sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(2);
    expect(share((x) => x.killed === null)).toBeGreaterThan(0);
  });

  it("names the seed's groups about half the time, with a certainty mix where denials are rare", () => {
    const seedGroups = new Set((buildSeedDataset().groups ?? []).map((g) => g.slug));
    expect(profileGroupSlugs().filter((s) => !seedGroups.has(s))).toEqual([]);
    const named = share((x) => x.perpetrators.length > 0);
    expect(named).toBeGreaterThan(0.4);
    expect(named).toBeLessThan(0.65);
    const links = sample.flatMap((x) => x.perpetrators);
    const by = (a: string) => links.filter((p) => p.attribution === a).length / links.length;
    for (const a of ["claimed", "attributed", "suspected"]) expect(by(a)).toBeGreaterThan(0.2);
    expect(by("denied")).toBeGreaterThan(0);
    expect(by("denied")).toBeLessThan(0.1);
    expect(sample.every((x) => new Set(x.perpetrators.map((p) => p.group)).size === x.perpetrators.length)).toBe(true);
    // TTP leads in Khyber Pakhtunkhwa, the BLA in Balochistan.
    const top = (province: string) => {
      const counts = new Map<string, number>();
      for (const x of sample.filter((i) => i.province === province))
        for (const p of x.perpetrators) counts.set(p.group, (counts.get(p.group) ?? 0) + 1);
      return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    };
    expect(top("PK-KP")).toBe("ttp");
    expect(top("PK-BA")).toBe("bla");
  });
});
