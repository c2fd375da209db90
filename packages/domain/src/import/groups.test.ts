import { describe, expect, it } from "vitest";
import { buildGroupLookup, groupLookupKeys, matchGroupName, splitGroupCell, unknownGroupMessage } from "./groups";

const TEST_GROUPS = [
  { slug: "ttp", name: "Tehrik-e-Taliban Pakistan", abbreviation: "TTP", aliases: ["Pakistani Taliban"] },
  { slug: "bla", name: "Balochistan Liberation Army", abbreviation: "BLA", aliases: ["Baloch Liberation Army"] },
  { slug: "iskp", name: "Islamic State Khorasan Province", abbreviation: "ISKP", aliases: ["IS-K", "ISIS-K"] },
  { slug: "jua", name: "Jamaat-ul-Ahrar", abbreviation: "JuA", aliases: [] },
  { slug: "lej", name: "Lashkar-e-Jhangvi", abbreviation: "LeJ", aliases: [] },
];

const lookup = buildGroupLookup(TEST_GROUPS);

describe("buildGroupLookup", () => {
  it("keys every slug, name, abbreviation and alias, literally and folded", () => {
    expect(lookup.get("ttp")).toBe("ttp");
    expect(lookup.get("tehriketalibanpakistan")).toBe("ttp");
    expect(lookup.get(groupLookupKeys("Tehrik-e-Taliban Pakistan")[1])).toBe("ttp");
    expect(lookup.get("isk")).toBe("iskp");
  });

  it("leaves out a key two groups share", () => {
    const l = buildGroupLookup([
      { slug: "a", name: "Alpha Front", aliases: ["Front"] },
      { slug: "b", name: "Beta Front", aliases: ["Front"] },
    ]);
    expect(l.has("front")).toBe(false);
    expect(l.get("alphafront")).toBe("a");
  });
});

describe("matchGroupName", () => {
  it.each([
    ["TTP", "ttp"],
    ["ttp", "ttp"],
    ["Tehreek-e-Taliban Pakistan", "ttp"],
    ["Tehrik e Taliban Pakistan", "ttp"],
    ["Pakistani Taliban", "ttp"],
    ["TTP: Tehreek-e-Taliban Pakistan", "ttp"],
    ["Jamaat-ul-Ahrar (JuA)", "jua"],
    ["Jamat ul Ahrar", "jua"],
    ["IS-K", "iskp"],
    ["Baloch Liberation Army", "bla"],
    // Folded: w and v meet, as in search.
    ["Lashkar-e-Jhangwi", "lej"],
  ])("matches %s", (name, slug) => {
    expect(matchGroupName(name, lookup)).toEqual({ kind: "group", slug });
  });

  it.each(["Unknown", "unidentified", "Unidentified Armed Group (Pakistan)", "Unknown gunmen", "none"])("leaves %s open", (name) => {
    expect(matchGroupName(name, lookup)).toEqual({ kind: "open" });
  });

  it.each(["Military Forces of Pakistan (2018-)", "Police Forces of Pakistan (2018-)", "Civilians (Pakistan)", "Protesters (Pakistan)"])(
    "says %s is not a militant group",
    (name) => {
      expect(matchGroupName(name, lookup)).toEqual({ kind: "not-a-group" });
    },
  );

  it("suggests close known groups for an unknown name", () => {
    expect(matchGroupName("Lashkar-e-Jhangi", lookup)).toEqual({ kind: "unknown", suggestions: ["lej"] });
    expect(matchGroupName("Hizb ut-Tahrir", lookup)).toEqual({ kind: "unknown", suggestions: [] });
  });

  it("words the unknown-group message with its hint", () => {
    expect(unknownGroupMessage("Lashkar-e-Jhangwi", ["lej"])).toBe(
      'Unknown group "Lashkar-e-Jhangwi". Did you mean lej? Use a name or alias the Monitor knows, write "unknown", or add the group first.',
    );
  });
});

describe("splitGroupCell", () => {
  it("splits on semicolons, bars and line breaks", () => {
    expect(splitGroupCell("TTP; JuA | BLA\nLeJ;;")).toEqual(["TTP", "JuA", "BLA", "LeJ"]);
    expect(splitGroupCell("  ")).toEqual([]);
  });
});
