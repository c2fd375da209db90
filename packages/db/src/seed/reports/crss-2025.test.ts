import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { crss2025, MEDIA_TABLE_ROWS } from "./crss-2025";

const here = path.dirname(fileURLToPath(import.meta.url));
const documentText = readFileSync(path.resolve(here, "../documents/000_c7a7d7afc8d6b980.txt"), "utf8");

const stat = (key: string) => {
  const s = crss2025.statistics.find((x) => x.key === `crss-2025/stat/${key}`);
  if (!s) throw new Error(`missing statistic ${key}`);
  return s;
};

describe("crss-2025 totals and sub-totals", () => {
  it("1,166 incidents = 909 terror attacks + 257 counter-terror operations (2024)", () => {
    expect(stat("terror-attacks-2024").value + stat("ct-operations-2024").value).toBe(stat("incidents-2024").value);
  });

  it("'nearly fourfold (909 vs. 257)': the stated ratio is about 3.5, under four", () => {
    const ratio = stat("terror-attacks-2024").value / stat("ct-operations-2024").value;
    expect(ratio).toBeGreaterThan(3.5);
    expect(ratio).toBeLessThan(4);
  });

  it("the 'average yearly increase of nearly 45%' is the mean of the four yearly rises (64, 9, 70, 37)", () => {
    const rises = [2021, 2022, 2023, 2024].map((y) => stat(`security-forces-fatalities-pct-change-${y}`).value);
    expect(rises).toEqual([64, 9, 70, 37]);
    const mean = rises.reduce((a, b) => a + b, 0) / rises.length;
    const avg = stat("security-forces-fatalities-avg-yearly-increase-2021-2024");
    // Known wording quirk: the mean is exactly 45, the report says "nearly 45%" (documented in the note).
    expect(mean).toBe(45);
    expect(avg).toMatchObject({ value: 45, qualifier: "nearly" });
    expect(avg.note).toContain("exactly 45%");
  });

  it("KP's share of fatalities (over 63%) is part of the KP + Balochistan share (94%; over 90% of casualties)", () => {
    expect(stat("share-fatalities-kp-2024").value).toBeLessThan(stat("share-fatalities-kp-balochistan-2024").value);
    expect(stat("share-fatalities-kp-balochistan-2024").value).toBeGreaterThan(stat("share-casualties-kp-balochistan-2024").value);
  });

  it("security-force deaths (685) are a part of all 2024 fatalities (2,546); attacks on them (444) part of all terror attacks (909)", () => {
    expect(stat("security-forces-deaths-2024").value).toBeLessThan(stat("fatalities-2024").value);
    expect(stat("attacks-on-security-forces-2024").value).toBeLessThan(stat("terror-attacks-2024").value);
  });

  it("the 13 U.S. service members are part of the over 170 killed at Kabul airport", () => {
    expect(stat("us-service-members-killed-kabul-2021-08").value).toBeLessThan(stat("kabul-airport-bombing-fatalities").value);
    expect(stat("kabul-airport-bombing-fatalities")).toMatchObject({ value: 170, qualifier: "over" });
  });

  it("records the ISKP range 2,000-2,500 as its two ends", () => {
    expect(stat("iskp-fighters-afghanistan-low").value).toBe(2000);
    expect(stat("iskp-fighters-afghanistan-high").value).toBe(2500);
  });
});

describe("crss-2025 media comparison table", () => {
  it("has all ten rows, each printed verbatim (tab-separated) in the document", () => {
    expect(MEDIA_TABLE_ROWS.map(([n]) => n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const [n, iskp, ttp] of MEDIA_TABLE_ROWS) expect(documentText).toContain(`${n}\t${iskp}\t${ttp}`);
  });

  it("row 8 says 'more than 12 languages' but names 14, with Russian twice (13 distinct) — documented discrepancy", () => {
    const row8 = MEDIA_TABLE_ROWS[7][1];
    const names = (row8.match(/\(([^)]*)\)/)?.[1] ?? "").split(",").map((x) => x.trim());
    expect(names).toHaveLength(14);
    expect(new Set(names).size).toBe(13);
    const fact = crss2025.groupFacts.find((f) => f.group === "iskp")?.claims?.find((c) => c.key.endsWith("media-table-row-8"));
    expect(fact?.text).toContain("Russian appears twice");
  });
});

describe("crss-2025 records", () => {
  it("prefixes every key with the source slug", () => {
    const keys = [
      ...crss2025.relationships.map((r) => r.key),
      ...crss2025.statistics.map((r) => r.key),
      ...crss2025.incidents.map((r) => r.key),
      ...crss2025.events.map((r) => r.key),
      ...crss2025.recommendations.map((r) => r.key),
      ...crss2025.groups.flatMap((g) => [...g.claims.map((c) => c.key), ...g.leaders.map((c) => c.key)]),
      ...crss2025.groupFacts.flatMap((f) => [
        ...(f.claims ?? []).map((c) => c.key),
        ...("leaders" in f ? (f.leaders ?? []) : []).map((c) => c.key),
      ]),
    ];
    for (const k of keys) expect(k.startsWith("crss-2025/"), k).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("numbers the eight recommendations 1-8 and marks none as not assessed", () => {
    const numbered = crss2025.recommendations.filter((r) => r.number !== null).map((r) => r.number);
    expect(numbered).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    for (const r of crss2025.recommendations) expect(r.status).not.toBe("not_assessed");
  });

  it("keeps the report's one contradiction on the Taliban-TTP tie (a 'crackdown on the TTP' vs sanctuary) inside the sanctuary record", () => {
    const rel = crss2025.relationships.find((r) => r.key === "crss-2025/rel/afghan-taliban-ttp-sanctuary");
    expect(rel?.citations.some((c) => c.quote.includes("crackdown on the TTP"))).toBe(true);
    expect(rel?.description).toContain("contradicts");
  });

  it("records the ISIS rejection of both the Taliban and the TTP as two rivalries citing the same sentence", () => {
    const quote = "ISIS rejected both the Taliban and TTP";
    for (const to of ["afghan-taliban", "ttp"]) {
      const rel = crss2025.relationships.find((r) => r.from === "islamic-state" && r.to === to);
      expect(rel?.type).toBe("rivalry");
      expect(rel?.citations.some((c) => c.quote.startsWith(quote))).toBe(true);
    }
    expect(documentText).toContain(quote);
  });
});
