import { describe, expect, it } from "vitest";
import { findAdminUnitByName, listAdminUnits } from "../geo/admin-units";
import { boundedEditDistance, matchAdminUnits, placeNameKey, resolvePlace, suggestAdminUnits } from "./places";

const cells = (province: string, district = "", country = "") => ({ country, province, district });
const after = { date: "2023-01-01", allowAreas: false };
const before = { date: "2015-01-01", allowAreas: false };

describe("matchAdminUnits", () => {
  it("finds every unit by its name and each alias, as findAdminUnitByName does", () => {
    for (const unit of listAdminUnits()) {
      for (const name of [unit.name, ...unit.aliases]) {
        expect(matchAdminUnits(name, unit.level).map((u) => u.id)).toContain(unit.id);
        // findAdminUnitByName drops accented letters where we drop only the accent; both agree on plain names.
        if (/^[\x20-\x7e]*$/.test(name)) expect(findAdminUnitByName(name, unit.level)?.id).toBe(unit.id);
      }
    }
  });

  it.each([
    ["KP", "PK-KP"],
    ["KPK", "PK-KP"],
    ["Khyber-Pakhtunkhwa", "PK-KP"],
    ["khyber pakhtunkhwa", "PK-KP"],
    ["NWFP", "PK-KP"],
    ["North-West Frontier Province", "PK-KP"],
    ["Baluchistan", "PK-BA"],
    ["FATA", "PK-TA"],
    ["Federally Administered Tribal Areas", "PK-TA"],
    ["ICT", "PK-IS"],
    ["Sind", "PK-SD"],
    ["Punjab Province", "PK-PB"],
  ])("matches the province %s", (name, id) => {
    expect(matchAdminUnits(name, "province").map((u) => u.id)).toEqual([id]);
  });

  it.each([
    ["D.I. Khan", "pk-kp-dera-ismail-khan"],
    ["DI Khan", "pk-kp-dera-ismail-khan"],
    ["Bajaur Agency", "pk-kp-bajaur"],
    ["North Waziristan", "pk-kp-north-waziristan"],
    ["Peshawar District", "pk-kp-peshawar"],
    ["Qila Abdullah", "pk-ba-killa-abdullah"],
    ["Nawabshah", "pk-sd-shaheed-benazirabad"],
  ])("matches the district %s", (name, id) => {
    expect(matchAdminUnits(name, "district").map((u) => u.id)).toEqual([id]);
  });

  it("matches accented spellings", () => {
    expect(placeNameKey("Urōzgān")).toBe("urozgan");
    expect(matchAdminUnits("Urōzgān", "province").map((u) => u.id)).toEqual(["AF-URU"]);
  });
});

describe("suggestAdminUnits", () => {
  it("suggests close spellings and names that contain the text", () => {
    expect(suggestAdminUnits("Peshwar", "district").map((u) => u.name)).toEqual(["Peshawar"]);
    expect(suggestAdminUnits("Waziristan", "district").map((u) => u.name)).toEqual(["North Waziristan", "South Waziristan"]);
    expect(suggestAdminUnits("Balochstan", "province").map((u) => u.name)).toEqual(["Balochistan"]);
    expect(suggestAdminUnits("Zzzzzz", "district")).toEqual([]);
  });
  it("keeps to a province when asked", () => {
    const inBalochistan = suggestAdminUnits("Kohat", "district", "PK-BA");
    expect(inBalochistan.length).toBeGreaterThan(0);
    expect(inBalochistan.every((u) => u.parent === "PK-BA")).toBe(true);
    expect(suggestAdminUnits("Kohat", "district").map((u) => u.name)[0]).toBe("Kohat");
  });
});

describe("boundedEditDistance", () => {
  it("computes small distances and caps large ones", () => {
    expect(boundedEditDistance("peshawar", "peshwar", 2)).toBe(1);
    expect(boundedEditDistance("kitten", "sitting", 3)).toBe(3);
    expect(boundedEditDistance("abc", "xyzxyz", 2)).toBe(3);
  });
});

describe("resolvePlace", () => {
  it("resolves a province and a district in it", () => {
    expect(resolvePlace(cells("KPK", "Peshawar"), after)).toEqual({
      ok: true,
      value: { country: "PK", province: "PK-KP", district: "pk-kp-peshawar", areas: [], unmatchedDistrict: null },
      warnings: [],
    });
  });

  it("takes the province from the district", () => {
    const r = resolvePlace(cells("", "D.I. Khan"), after);
    expect(r.ok && r.value).toMatchObject({ country: "PK", province: "PK-KP", district: "pk-kp-dera-ismail-khan" });
  });

  it("puts a former FATA district in FATA before the merger, in KP after it", () => {
    const pre = resolvePlace(cells("", "North Waziristan"), before);
    expect(pre.ok && pre.value.province).toBe("PK-TA");
    const post = resolvePlace(cells("", "North Waziristan"), after);
    expect(post.ok && post.value.province).toBe("PK-KP");
    const fata = resolvePlace(cells("FATA", "Bajaur Agency"), before);
    expect(fata).toMatchObject({ ok: true, value: { province: "PK-TA", district: "pk-kp-bajaur" }, warnings: [] });
  });

  it("warns about FATA after the merger", () => {
    const r = resolvePlace(cells("FATA", "Bajaur"), after);
    expect(r).toMatchObject({ ok: true, warnings: [expect.stringContaining("merged into Khyber Pakhtunkhwa on 31 May 2018")] });
  });

  it("refuses a district outside the province", () => {
    expect(resolvePlace(cells("Punjab", "Quetta"), after)).toEqual({
      ok: false,
      issues: [{ field: "district", message: "Quetta is in Balochistan, not in Punjab. Fix the province or the district." }],
    });
    // A district that was never in FATA cannot sit there.
    expect(resolvePlace(cells("FATA", "Peshawar"), before)).toMatchObject({ ok: false, issues: [{ field: "district" }] });
  });

  it("refuses an unknown district with suggestions from the province", () => {
    expect(resolvePlace(cells("Khyber Pakhtunkhwa", "Peshwar"), after)).toEqual({
      ok: false,
      issues: [{ field: "district", message: 'Unknown district "Peshwar" in Khyber Pakhtunkhwa. Did you mean Peshawar?' }],
    });
  });

  it("suggests districts of other provinces, naming their province, when none in the province is close", () => {
    const r = resolvePlace(cells("Punjab", "Quetah"), after);
    expect(r).toEqual({
      ok: false,
      issues: [{ field: "district", message: 'Unknown district "Quetah" in Punjab. Did you mean Quetta (Balochistan)?' }],
    });
  });

  it("refuses an unknown province with suggestions", () => {
    expect(resolvePlace(cells("Balochstan"), after)).toEqual({
      ok: false,
      issues: [{ field: "province", message: 'Unknown province "Balochstan". Did you mean Balochistan?' }],
    });
    expect(resolvePlace(cells("Atlantis"), after)).toEqual({
      ok: false,
      issues: [{ field: "province", message: 'Unknown province "Atlantis". Use a province name from the province picker.' }],
    });
  });

  it("says when a district cell holds a province", () => {
    expect(resolvePlace(cells("", "Balochistan"), after)).toEqual({
      ok: false,
      issues: [{ field: "district", message: expect.stringContaining('"Balochistan" is a province, not a district') }],
    });
  });

  it("reads a district written in the province column, with a warning", () => {
    const r = resolvePlace(cells("Quetta"), after);
    expect(r).toMatchObject({
      ok: true,
      value: { province: "PK-BA", district: "pk-ba-quetta" },
      warnings: [expect.stringContaining('"Quetta" is a district, not a province')],
    });
  });

  it("checks the country against the province", () => {
    expect(resolvePlace(cells("Nangarhar", "", "Pakistan"), after)).toEqual({
      ok: false,
      issues: [{ field: "country", message: expect.stringContaining("Nangarhar is in Afghanistan, but the country says Pakistan") }],
    });
    expect(resolvePlace(cells("Nangarhar", "", "AFG"), after)).toMatchObject({ ok: true, value: { country: "AF", province: "AF-NAN" } });
    expect(resolvePlace(cells("", "", "586"), after)).toMatchObject({ ok: true, value: { country: "PK", province: null } });
    expect(resolvePlace(cells("", "", "India"), after)).toEqual({
      ok: false,
      issues: [{ field: "country", message: expect.stringContaining("covers Pakistan (PK) and Afghanistan (AF)") }],
    });
  });

  it("keeps an Afghan district as the place", () => {
    const r = resolvePlace(cells("Nangarhar", "Jalalabad"), after);
    expect(r).toMatchObject({
      ok: true,
      value: { country: "AF", province: "AF-NAN", district: null, unmatchedDistrict: "Jalalabad" },
      warnings: [expect.stringContaining("Afghan districts are not in the boundary data")],
    });
  });

  it("reads several areas in a province cell when allowed", () => {
    const stats = { date: "2023-01-01", allowAreas: true };
    expect(resolvePlace(cells("Punjab & Islamabad"), stats)).toMatchObject({
      ok: true,
      value: { country: "PK", province: null, district: null, areas: ["PK-PB", "PK-IS"] },
    });
    expect(resolvePlace(cells("KP and Balochistan"), stats)).toMatchObject({ ok: true, value: { areas: ["PK-KP", "PK-BA"] } });
    // A name that contains "and" or "&" is still one province.
    expect(resolvePlace(cells("Azad Jammu & Kashmir"), stats)).toMatchObject({ ok: true, value: { province: "PK-JK", areas: [] } });
    expect(resolvePlace(cells("Punjab & Nangarhar"), stats)).toMatchObject({ ok: false, issues: [{ field: "province" }] });
    expect(resolvePlace(cells("Punjab & Islamabad"), after)).toMatchObject({ ok: false, issues: [{ field: "province" }] });
  });
});
