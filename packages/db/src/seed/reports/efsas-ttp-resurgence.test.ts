import { describe, expect, it } from "vitest";
import { efsasTtpResurgence } from "./efsas-ttp-resurgence";

const SOURCE = "efsas-ttp-resurgence";

function stat(key: string) {
  const s = efsasTtpResurgence.statistics.find((x) => x.key === `${SOURCE}/stat/${key}`);
  if (!s) throw new Error(`missing statistic ${key}`);
  return s;
}

function incident(key: string) {
  const i = efsasTtpResurgence.incidents.find((x) => x.key === `${SOURCE}/incident/${key}`);
  if (!i) throw new Error(`missing incident ${key}`);
  return i;
}

describe("efsas-ttp-resurgence", () => {
  it("keys every record with the source slug", () => {
    const keys = [
      ...efsasTtpResurgence.relationships.map((r) => r.key),
      ...efsasTtpResurgence.statistics.map((r) => r.key),
      ...efsasTtpResurgence.incidents.map((r) => r.key),
      ...efsasTtpResurgence.events.map((r) => r.key),
      ...efsasTtpResurgence.recommendations.map((r) => r.key),
      ...efsasTtpResurgence.groups.flatMap((g) => [...g.claims, ...g.leaders, ...g.strength].map((c) => c.key)),
      ...efsasTtpResurgence.groupFacts.flatMap((g) => [...(g.claims ?? []), ...(g.leaders ?? [])].map((c) => c.key)),
    ];
    for (const k of keys) expect(k.startsWith(`${SOURCE}/`), k).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("gives incidents the same death tolls as the matching statistics", () => {
    const pairs: [string, string][] = [
      ["red-mosque-siege-2007-07", "red-mosque-islamists-killed-2007-07"],
      ["weapons-factory-suicide-attack-2008", "weapons-factory-attack-killed-2008"],
      ["peshawar-car-bombing-2009", "peshawar-car-bombing-killed-2009"],
      ["peshawar-school-massacre-2014", "peshawar-school-massacre-killed-2014"],
    ];
    for (const [i, s] of pairs) {
      expect(incident(i).killed, i).toBe(stat(s).value);
      expect(incident(i).killedQualifier, i).toBe(stat(s).qualifier);
    }
  });

  it("keeps the 42% figure and records PIPS's differing 84% in the note", () => {
    const s = stat("ttp-attacks-pct-change-2021");
    expect(s.value).toBe(42);
    expect(s.note).toContain("84%");
  });

  it("marks every recommendation proposed unless the paper reports action, with a cited update", () => {
    for (const r of efsasTtpResurgence.recommendations) {
      if (r.status === "proposed") expect(r.updates, r.key).toHaveLength(0);
      else {
        expect(r.updates.length, r.key).toBeGreaterThan(0);
        expect(r.updates.at(-1)?.to, r.key).toBe(r.status);
      }
    }
  });
});
