import { describe, expect, it } from "vitest";
import { ariaSort, backQuery, listHrefFromBack, listQuery, loosenLinks, sortHref } from "./incident-params";

describe("incident list URL", () => {
  it("leaves the default order out of links and keeps filters", () => {
    expect(listQuery({ province: "PK-KP" }, {})).toEqual({ province: "PK-KP", sort: undefined, dir: undefined, offset: undefined });
    expect(listQuery({}, { sort: "killed" }, 25)).toEqual({ sort: "killed", dir: undefined, offset: 25 });
    expect(listQuery({}, { sort: "killed", dir: "asc" })).toMatchObject({ sort: "killed", dir: "asc" });
  });

  it("flips the sorted column and starts another in its own direction, back on the first page", () => {
    expect(sortHref({ province: "PK-KP" }, {}, "date")).toBe("/incidents?province=PK-KP&sort=date&dir=asc");
    expect(sortHref({ province: "PK-KP" }, { sort: "date", dir: "asc" }, "date")).toBe("/incidents?province=PK-KP");
    expect(sortHref({}, {}, "killed")).toBe("/incidents?sort=killed");
    expect(sortHref({}, { sort: "killed" }, "killed")).toBe("/incidents?sort=killed&dir=asc");
    expect(sortHref({}, { sort: "killed" }, "title")).toBe("/incidents?sort=title");
  });

  it("tells assistive technology which column is sorted and how", () => {
    expect(ariaSort({}, "date")).toBe("descending");
    expect(ariaSort({}, "killed")).toBe("none");
    expect(ariaSort({ sort: "title" }, "title")).toBe("ascending");
  });

  it("offers to drop each active filter, a province together with its district", () => {
    const links = loosenLinks(
      { province: "PK-BA", district: "pk-ba-quetta", certainty: "claimed", group: "ttp", from: "2022-01-01" },
      { sort: "killed" },
      { group: (s) => s.toUpperCase() },
    );
    expect(links.map((l) => [l.label, l.href])).toEqual([
      ["Province: Balochistan", "/incidents?group=ttp&certainty=claimed&from=2022-01-01&sort=killed"],
      ["District: Quetta", "/incidents?province=PK-BA&group=ttp&certainty=claimed&from=2022-01-01&sort=killed"],
      ["Group: TTP", "/incidents?province=PK-BA&district=pk-ba-quetta&certainty=claimed&from=2022-01-01&sort=killed"],
      ["Certainty: Claimed only", "/incidents?province=PK-BA&district=pk-ba-quetta&group=ttp&from=2022-01-01&sort=killed"],
      ["From: 1 Jan 2022", "/incidents?province=PK-BA&district=pk-ba-quetta&group=ttp&certainty=claimed&sort=killed"],
    ]);
    expect(loosenLinks({}, {})).toEqual([]);
  });

  it("carries the list's view to a detail page and back, and never anywhere else", () => {
    const back = backQuery({ province: "PK-KP", search: "a&b" }, { sort: "killed" }, 25);
    expect(back).toBe("province=PK-KP&search=a%26b&sort=killed&offset=25");
    expect(listHrefFromBack(back)).toBe("/incidents?province=PK-KP&search=a%26b&sort=killed&offset=25");
    expect(listHrefFromBack("next=https://evil.example&province=PK-BA")).toBe("/incidents?province=PK-BA");
    expect(listHrefFromBack("//evil.example")).toBe("/incidents");
    expect(listHrefFromBack(undefined)).toBe("/incidents");
  });
});
