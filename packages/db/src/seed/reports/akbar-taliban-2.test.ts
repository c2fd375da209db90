import { describe, expect, it } from "vitest";
import { akbarTaliban2 } from "./akbar-taliban-2";

const SLUG = "akbar-taliban-2";
const stat = (suffix: string) => {
  const s = akbarTaliban2.statistics.find((x) => x.key === `${SLUG}/stat/${suffix}`);
  if (!s) throw new Error(`missing statistic ${suffix}`);
  return s;
};
const incident = (suffix: string) => {
  const i = akbarTaliban2.incidents.find((x) => x.key === `${SLUG}/incident/${suffix}`);
  if (!i) throw new Error(`missing incident ${suffix}`);
  return i;
};

describe("akbar-taliban-2: stated totals and parts", () => {
  it("SATP 2023: the 74 ISKP deaths are part of the 929 deaths 'in the provinces'", () => {
    const total = stat("fatalities-2023-satp");
    const iskp = stat("iskp-fatalities-2023-satp");
    expect(total.value).toBe(929);
    expect(iskp.value).toBe(74);
    expect(iskp.value).toBeLessThanOrEqual(total.value);
    expect([iskp.periodStart, iskp.periodEnd]).toEqual([total.periodStart, total.periodEnd]);
    expect(iskp.geography).toEqual(total.geography);
  });

  it("Dir, 5 Aug 2022: 'three friends and brother were killed' adds up to 4 (statistic and incident agree)", () => {
    const friends = 3;
    const brother = 1;
    expect(stat("dir-mpa-attack-2022-08-05-killed").value).toBe(friends + brother);
    expect(incident("dir-mpa-liaqat-ali-khan-2022-08-05").killed).toBe(friends + brother);
  });

  it("monthly TTP attack record: April 2022 (54 claimed) broke the December 2021 record (45)", () => {
    expect(stat("ttp-attacks-claimed-2022-04").value).toBeGreaterThan(stat("ttp-attacks-2021-12").value);
  });

  it("keeps both of the paper's Peshawar mosque tolls (known internal discrepancy)", () => {
    const killedIntro = stat("peshawar-mosque-2023-01-30-killed-introduction");
    const killedLater = stat("peshawar-mosque-2023-01-30-killed-growing-ttp-threats");
    expect([killedIntro.value, killedIntro.qualifier]).toEqual([100, "exact"]);
    expect([killedLater.value, killedLater.qualifier]).toEqual([100, "at_least"]);
    const injuredIntro = stat("peshawar-mosque-2023-01-30-injured-introduction");
    const injuredLater = stat("peshawar-mosque-2023-01-30-injured-growing-ttp-threats");
    expect([injuredIntro.value, injuredIntro.qualifier]).toEqual([225, "exact"]);
    expect([injuredLater.value, injuredLater.qualifier]).toEqual([225, "more_than"]);
    for (const s of [killedIntro, killedLater, injuredIntro, injuredLater]) expect(s.note?.length ?? 0).toBeGreaterThan(0);
    const inc = incident("peshawar-police-lines-mosque-2023-01-30");
    expect([inc.killed, inc.injured]).toEqual([killedIntro.value, injuredIntro.value]);
  });

  it("incident statistics match their incidents", () => {
    const pairs: [string, string][] = [
      ["balochistan-police-vehicle-2023-03-06-killed", "balochistan-police-vehicle-2023-03-06"],
      ["kech-2023-04-01-killed", "kech-soldiers-2023-04-01"],
      ["bajaur-rally-2023-07-31-killed", "bajaur-political-rally-2023-07-31"],
      ["mastung-procession-2023-09-29-killed", "mastung-religious-procession-2023-09-29"],
    ];
    for (const [s, i] of pairs) {
      expect([stat(s).value, stat(s).qualifier]).toEqual([incident(i).killed, incident(i).killedQualifier]);
      expect(stat(s).periodStart).toBe(incident(i).date);
    }
  });
});

describe("akbar-taliban-2: records", () => {
  it("has the six numbered recommendations of the Recommendations section, all proposed", () => {
    const numbered = akbarTaliban2.recommendations.filter((r) => r.number !== null).map((r) => r.number);
    expect(numbered).toEqual(["1", "2", "3", "4", "5", "6"]);
    for (const r of akbarTaliban2.recommendations) expect(r.status).toBe("proposed");
  });

  it("prefixes every record key with the source slug", () => {
    const keys = [
      ...akbarTaliban2.relationships.map((r) => r.key),
      ...akbarTaliban2.statistics.map((r) => r.key),
      ...akbarTaliban2.incidents.map((r) => r.key),
      ...akbarTaliban2.events.map((r) => r.key),
      ...akbarTaliban2.recommendations.map((r) => r.key),
      ...akbarTaliban2.groupFacts.flatMap((f) => (f.claims ?? []).map((c) => c.key)),
    ];
    for (const k of keys) expect(k.startsWith(`${SLUG}/`), k).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
