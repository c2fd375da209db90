import { describe, expect, it } from "vitest";
import { groupPresence, PRESENCE_VALUE, unitsNamedIn } from "./group-presence";

const claim = (key: string, text: string, topic = "areas") => ({ key, topic, text, citations: [{ source: key }] });

describe("unitsNamedIn", () => {
  it("finds provinces and districts by name and alias, longest name first, case-sensitively", () => {
    expect([...unitsNamedIn("Present in KP, Balochistan and Sindh.")].sort()).toEqual(["PK-BA", "PK-KP", "PK-SD"]);
    // "Khyber Pakhtunkhwa" is the province, not the Khyber district.
    expect([...unitsNamedIn("Attacks in Khyber Pakhtunkhwa rose.")]).toEqual(["PK-KP"]);
    expect([...unitsNamedIn("Based in Kunar and Khost; the Khyber district too.")].sort()).toEqual(["AF-KHO", "AF-KNR", "pk-kp-khyber"]);
    // A common word is not a place.
    expect(unitsNamedIn("a tank was destroyed").size).toBe(0);
    expect([...unitsNamedIn("Tank district")]).toEqual(["pk-kp-tank"]);
  });
});

describe("groupPresence", () => {
  const ttp = {
    areas: ["PK-KP", "AF-KNR", "AF-KHO", "pk-kp-bajaur", "PK-TA", "AF"],
    claims: [
      claim("kunar", "Allowed to establish itself in Afghanistan's Kunar province."),
      claim("bajaur", "Most TTP attacks have taken place in Bajaur."),
      claim("lead", "Its leader lives in Kabul.", "leadership"),
      claim("fata", "Its stronghold in FATA was eroded."),
    ],
  };

  it("paints Afghan provinces: named ones strongest, the rest of the country when the country is listed", () => {
    const p = groupPresence(ttp, { country: "AF", level: "province" });
    expect(p.areas["AF-KNR"]?.basis).toBe("named");
    expect(p.areas["AF-KNR"]?.claims.map((c) => c.key)).toEqual(["kunar"]);
    // Khost is listed, but no claim names it: the area says so with an empty list.
    expect(p.areas["AF-KHO"]?.claims).toEqual([]);
    expect(p.areas["AF-HER"]?.basis).toBe("country-only");
    expect(Object.keys(p.areas)).toHaveLength(34);
    expect(p.elsewhere.sort()).toEqual(["PK-KP", "PK-TA", "pk-kp-bajaur"]);
  });

  it("paints Pakistan's provinces, folding FATA into Khyber Pakhtunkhwa", () => {
    const p = groupPresence(ttp, { country: "PK", level: "province" });
    expect(Object.keys(p.areas)).toEqual(["PK-KP"]);
    expect(p.areas["PK-KP"]?.basis).toBe("named");
    expect(p.areas["PK-KP"]?.listed[0]).toBe("PK-KP");
    expect(p.areas["PK-KP"]?.claims.map((c) => c.key).sort()).toEqual(["bajaur", "fata"]);
  });

  it("paints Pakistan's districts: a named district over its named province, FATA's seven agencies", () => {
    const p = groupPresence(ttp, { country: "PK", level: "district" });
    expect(p.areas["pk-kp-bajaur"]?.basis).toBe("named");
    expect(p.areas["pk-kp-bajaur"]?.claims.map((c) => c.key)).toEqual(["bajaur"]);
    expect(p.areas["pk-kp-north-waziristan"]?.claims.map((c) => c.key)).toEqual(["fata"]);
    expect(p.areas["pk-kp-peshawar"]?.basis).toBe("within-named");
    expect(p.areas["pk-kp-north-waziristan"]?.listed).toEqual(["PK-KP", "PK-TA"]);
    expect(p.areas["pk-ba-quetta"]).toBeUndefined();
  });

  it("marks a province whose districts alone are named", () => {
    const p = groupPresence({ areas: ["pk-ba-kech", "pk-ba-gwadar"], claims: [] }, { country: "PK", level: "province" });
    expect(p.areas["PK-BA"]).toMatchObject({ basis: "districts-named", listed: ["pk-ba-kech", "pk-ba-gwadar"] });
    expect(PRESENCE_VALUE["districts-named"]).toBeLessThan(PRESENCE_VALUE.named);
  });

  it("is empty for a group with no areas, and keeps the group's area claims for the empty state", () => {
    const p = groupPresence({ areas: [], claims: [claim("x", "Operates in the region.")] }, { country: "AF", level: "province" });
    expect(p.areas).toEqual({});
    expect(p.areaClaims.map((c) => c.key)).toEqual(["x"]);
    expect(groupPresence({ areas: ["XX-YY"], claims: [] }, { country: "PK", level: "province" }).elsewhere).toEqual(["XX-YY"]);
  });
});
