import { describe, expect, it } from "vitest";
import { ullahBano2025 } from "./ullah-bano-2025";

const stat = (suffix: string) => {
  const s = ullahBano2025.statistics.find((x) => x.key === `ullah-bano-2025/stat/${suffix}`);
  if (!s) throw new Error(`missing statistic ${suffix}`);
  return s;
};

describe("ullah-bano-2025", () => {
  it("keeps the Mastung incident consistent with its statistics", () => {
    const incident = ullahBano2025.incidents.find((i) => i.key === "ullah-bano-2025/incident/mastung-election-rally-2018-07");
    const killed = stat("mastung-rally-2018-07-fatalities");
    const injured = stat("mastung-rally-2018-07-injuries");
    expect(incident).toMatchObject({
      killed: killed.value,
      killedQualifier: killed.qualifier,
      injured: injured.value,
      injuredQualifier: injured.qualifier,
      datePrecision: "month",
    });
    expect(incident?.date.slice(0, 7)).toBe(killed.periodStart.slice(0, 7));
  });

  it("records the text's 'more than 149' and the cited BBC headline's '149 dead' side by side", () => {
    const text = stat("mastung-rally-2018-07-fatalities");
    const headline = stat("mastung-rally-2018-07-fatalities-bbc-headline");
    expect(text).toMatchObject({ value: 149, qualifier: "more_than" });
    expect(headline).toMatchObject({ value: 149, qualifier: "exact" });
    expect([text.periodStart, text.periodEnd]).toEqual([headline.periodStart, headline.periodEnd]);
    expect(text.geography).toEqual(headline.geography);
    expect(text.note).toMatch(/149 dead/);
    expect(headline.note).toMatch(/more than 149/);
  });

  it("links each of the 'three' Pakistani-origin groups that swore allegiance to al-Baghdadi", () => {
    const allegiance = ullahBano2025.relationships.filter(
      (r) => r.to === "islamic-state" && r.citations.some((c) => c.quote.includes("three Islamist Pakistani-origin terrorist groups")),
    );
    expect(allegiance.map((r) => r.from).sort()).toEqual(["jundullah", "tehreek-e-khilafat-pakistan", "ttp-shahidullah-faction"]);
  });

  it("keeps every record key under the source slug and every recommendation proposed", () => {
    const keys = [
      ...ullahBano2025.relationships.map((r) => r.key),
      ...ullahBano2025.statistics.map((r) => r.key),
      ...ullahBano2025.incidents.map((r) => r.key),
      ...ullahBano2025.events.map((r) => r.key),
      ...ullahBano2025.recommendations.map((r) => r.key),
      ...ullahBano2025.groupFacts.flatMap((f) => [...(f.claims ?? []), ...(f.leaders ?? []), ...(f.strength ?? [])].map((c) => c.key)),
      ...ullahBano2025.groups.flatMap((g) => [...g.claims, ...g.leaders, ...g.strength].map((c) => c.key)),
    ];
    for (const k of keys) expect(k.startsWith("ullah-bano-2025/"), k).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of ullahBano2025.recommendations) expect(r.status).toBe("proposed");
  });
});
