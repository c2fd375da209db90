import { describe, expect, it } from "vitest";
import { briefingFileName, briefingPeriod, resolveBriefing } from "./briefing-params";

const at = new Date("2026-11-24T10:00:00Z");

describe("resolveBriefing", () => {
  it("defaults to the overview and keeps only the overview's valid filters", () => {
    const r = resolveBriefing({ province: "PK-KP", from: "2021-01-01", to: "2022-12-31", bogus: "x", group: "Not A Slug!" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.target.view).toBe("overview");
    expect(r.target.printPath).toBe("/print/overview?from=2021-01-01&to=2022-12-31&province=PK-KP");
    expect(r.target.appPath).toBe("/?from=2021-01-01&to=2022-12-31&province=PK-KP");
    expect(briefingFileName(r.target, at)).toBe("briefing-overview-PK-KP-2021-01-01-2022-12-31-2026-11-24.pdf");
  });

  it("a province briefing needs a province (not a district, not a country) and takes a whole period only", () => {
    expect(resolveBriefing({ view: "province" })).toMatchObject({ ok: false, message: expect.stringContaining("province=PK-KP") });
    expect(resolveBriefing({ view: "province", province: "PK" }).ok).toBe(false);
    expect(resolveBriefing({ view: "province", province: "pk-kp-peshawar" }).ok).toBe(false);
    const half = resolveBriefing({ view: "province", province: "PK-BA", from: "2021-01-01" });
    expect(half.ok && half.target.printPath).toBe("/print/province?province=PK-BA");
    const r = resolveBriefing({ view: "province", province: "PK-KP", from: "2021-01-01", to: "2022-12-31" });
    expect(r.ok && r.target.printPath).toBe("/print/province?province=PK-KP&from=2021-01-01&to=2022-12-31");
    expect(r.ok && r.target.appPath).toBe("/?province=PK-KP&from=2021-01-01&to=2022-12-31");
    expect(r.ok && briefingFileName(r.target, at)).toBe("briefing-province-PK-KP-2021-01-01-2022-12-31-2026-11-24.pdf");
  });

  it("reads a period only when both ends are dates in order", () => {
    expect(briefingPeriod({ from: "2022-12-31", to: "2021-01-01" })).toBeUndefined();
    expect(briefingPeriod({ from: "2021-02-30", to: "2021-03-01" })).toBeUndefined();
    expect(briefingPeriod({ from: "2021-01-01", to: "2021-01-01" })).toEqual({ from: "2021-01-01", to: "2021-01-01" });
  });

  it("a group briefing names the group by its slug, and refuses anything else", () => {
    expect(resolveBriefing({ view: "group" }).ok).toBe(false);
    expect(resolveBriefing({ view: "group", group: "../admin" }).ok).toBe(false);
    const r = resolveBriefing({ view: "group", group: "ttp" });
    expect(r.ok && r.target).toMatchObject({ printPath: "/print/group/ttp", appPath: "/groups/ttp", fileParts: ["group", "ttp"] });
  });

  it("the scoreboard briefing keeps the tracker's filters (not status) and the dimension", () => {
    const r = resolveBriefing({ view: "recommendations", theme: "governance", status: "stalled", by: "actor" });
    expect(r.ok && r.target.printPath).toBe("/print/recommendations?theme=governance&by=actor");
    expect(r.ok && r.target.appPath).toBe("/recommendations/scoreboard?theme=governance&by=actor");
    const plain = resolveBriefing({ view: "recommendations", by: "nonsense" });
    expect(plain.ok && plain.target.printPath).toBe("/print/recommendations");
  });

  it("an unknown view is refused with the list of views", () => {
    expect(resolveBriefing({ view: "incidents" })).toEqual({
      ok: false,
      message: 'There is no briefing for the view "incidents". Choose one of: overview, province, group, recommendations.',
    });
  });
});
