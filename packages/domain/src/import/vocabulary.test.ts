import { describe, expect, it } from "vitest";
import { INCIDENT_TYPES, TARGETS } from "../incidents/schemas";
import { METRICS } from "../statistics/schemas";
import {
  INCIDENT_TYPE_VOCABULARY,
  METRIC_VOCABULARY,
  matchAttribution,
  matchUnit,
  matchVocabulary,
  matchYesNo,
  TARGET_VOCABULARY,
} from "./vocabulary";

describe("matchVocabulary", () => {
  const table = [
    ["alpha", "a"],
    ["bravo", "b"],
    ["bravo charlie", "c"],
  ] as const;
  it("takes the longest phrase found as whole words, and the earlier entry on a tie", () => {
    expect(matchVocabulary("Bravo, Charlie!", table)).toBe("c");
    expect(matchVocabulary("bravo alpha", table)).toBe("a");
    expect(matchVocabulary("alphabet", table)).toBeNull();
  });
});

describe("incident types", () => {
  it.each([
    // ACLED sub_event_type
    ["Suicide bomb", "suicide_bombing"],
    ["Remote explosive/landmine/IED", "ied"],
    ["Shelling/artillery/missile attack", "rocket_attack"],
    ["Grenade", "rocket_attack"],
    ["Armed clash", "armed_assault"],
    ["Attack", "armed_assault"],
    ["Abduction/forced disappearance", "kidnapping"],
    ["Air/drone strike", "counter_terror_operation"],
    ["Looting/property destruction", "sabotage"],
    // GTD attacktype1_txt
    ["Assassination", "targeted_killing"],
    ["Armed Assault", "armed_assault"],
    ["Bombing/Explosion", "ied"],
    ["Hostage Taking (Kidnapping)", "kidnapping"],
    ["Facility/Infrastructure Attack", "sabotage"],
    ["Unarmed Assault", "other"],
    // plain words, enum values and labels
    ["suicide attack", "suicide_bombing"],
    ["Target killing", "targeted_killing"],
    ["Cross-border attack", "cross_border_attack"],
    ["Rocket attack", "rocket_attack"],
    ["IBO", "counter_terror_operation"],
    ["counter_terror_operation", "counter_terror_operation"],
    ["IED / bombing", "ied"],
  ])("reads %s", (text, type) => {
    expect(matchVocabulary(text, INCIDENT_TYPE_VOCABULARY)).toBe(type);
  });

  it("gives null for unknown text", () => {
    expect(matchVocabulary("Strategic developments", INCIDENT_TYPE_VOCABULARY)).toBeNull();
  });

  it("knows every enum value by its own name", () => {
    for (const t of INCIDENT_TYPES) expect(matchVocabulary(t, INCIDENT_TYPE_VOCABULARY)).toBe(t);
    for (const t of TARGETS) expect(matchVocabulary(t, TARGET_VOCABULARY)).toBe(t);
    for (const m of METRICS) expect(matchVocabulary(m, METRIC_VOCABULARY)).toBe(m);
  });
});

describe("targets", () => {
  it.each([
    ["Military Forces of Pakistan (2018-)", "security_forces"],
    ["Police Forces of Pakistan (2018-)", "security_forces"],
    ["Civilians (Pakistan)", "civilians"],
    ["Private Citizens & Property", "civilians"],
    ["Police", "security_forces"],
    ["Military", "security_forces"],
    ["Terrorists/Non-State Militia", "militants"],
    ["Government (General)", "government"],
    ["Government (Diplomatic)", "foreign_nationals"],
    ["Utilities", "infrastructure"],
    ["Educational Institution", "civilians"],
    ["Violent Political Party", "political"],
    ["Hazara Shia pilgrims", "religious_minority"],
    ["Chinese nationals", "foreign_nationals"],
    ["FC personnel", "security_forces"],
  ])("reads %s", (text, target) => {
    expect(matchVocabulary(text, TARGET_VOCABULARY)).toBe(target);
  });

  it("gives null for text it does not know", () => {
    expect(matchVocabulary("Religious Figures/Institutions", TARGET_VOCABULARY)).toBeNull();
  });
});

describe("metrics", () => {
  it.each([
    ["Fatalities", "fatalities"],
    ["deaths", "fatalities"],
    ["Civilians killed", "civilian_deaths"],
    ["Security forces killed", "security_forces_deaths"],
    ["Militants killed", "militants_killed"],
    ["Terrorist attacks", "terror_attacks"],
    ["Terrorist incidents", "terror_attacks"],
    ["Number of incidents", "incidents"],
    ["Suicide attacks", "suicide_attacks"],
    ["Arrests", "arrests"],
    ["% change", "percent_change"],
    ["Percent change", "percent_change"],
    ["Fighters / strength", "fighters"],
  ])("reads %s", (text, metric) => {
    expect(matchVocabulary(text, METRIC_VOCABULARY)).toBe(metric);
  });
});

describe("small vocabularies", () => {
  it("reads units", () => {
    expect(matchUnit("People")).toBe("people");
    expect(matchUnit("%")).toBe("percent");
    expect(matchUnit("count")).toBe("count");
    expect(matchUnit("kg")).toBeNull();
  });

  it("reads attributions, including GTD's claimed codes", () => {
    expect(matchAttribution("")).toBe("attributed");
    expect(matchAttribution("Claimed")).toBe("claimed");
    expect(matchAttribution("1")).toBe("claimed");
    expect(matchAttribution("0")).toBe("attributed");
    expect(matchAttribution("-9")).toBe("attributed");
    expect(matchAttribution("alleged")).toBe("suspected");
    expect(matchAttribution("denied")).toBe("denied");
    expect(matchAttribution("perhaps")).toBeNull();
  });

  it("reads yes and no", () => {
    expect(matchYesNo("1")).toBe(true);
    expect(matchYesNo("Yes")).toBe(true);
    expect(matchYesNo("0")).toBe(false);
    expect(matchYesNo("")).toBe(false);
    expect(matchYesNo("sometimes")).toBeNull();
  });
});
