import { describe, expect, it } from "vitest";
import { describeMapKey, estimateTextWidth, layoutMapKey, wrapWords } from "./map-key";

const items = [
  { label: "1–4", fill: "var(--choro-1)" },
  { label: "5–9", fill: "var(--choro-3)" },
  { label: "No data", fill: "url(#nodata)", outlined: true },
];

describe("layoutMapKey", () => {
  it("puts the title above one row of swatches when they fit, each label right of its swatch", () => {
    const k = layoutMapKey({ x: 10, y: 0, width: 800, fontSize: 10, title: "Attacks", items });
    expect(k.titleLines).toHaveLength(1);
    expect(new Set(k.items.map((i) => i.y)).size).toBe(1);
    const [a, b] = k.items;
    if (!a || !b) throw new Error("two items expected");
    expect(a.x).toBe(10);
    expect(a.labelX).toBeGreaterThan(a.x + k.swatch.w);
    // The next swatch starts after the previous label's estimated end.
    expect(b.x).toBeGreaterThan(a.labelX + estimateTextWidth(a.label, 10));
    expect(a.y).toBeGreaterThan(k.titleLines[0]?.y ?? 0);
    expect(k.height).toBeGreaterThan((a.y ?? 0) + k.swatch.h);
  });

  it("wraps swatches onto further rows within the width, and grows its height for them", () => {
    const one = layoutMapKey({ x: 0, y: 0, width: 800, fontSize: 10, title: "Attacks", items });
    const narrow = layoutMapKey({ x: 0, y: 0, width: 70, fontSize: 10, title: "Attacks", items });
    expect(new Set(narrow.items.map((i) => i.y)).size).toBe(3);
    for (const i of narrow.items) expect(i.x).toBe(0);
    expect(narrow.height).toBeGreaterThan(one.height);
  });

  it("wraps a long title and adds a note line when there are no values", () => {
    const k = layoutMapKey({
      x: 0,
      y: 0,
      width: 120,
      fontSize: 10,
      title: "Fatalities in attacks by separatist groups",
      items: items.slice(2),
      note: "No values for this selection.",
    });
    expect(k.titleLines.length).toBeGreaterThan(1);
    expect(k.note?.y).toBeGreaterThan(k.items[0]?.y ?? 0);
  });
});

describe("wrapWords and describeMapKey", () => {
  it("keeps a long word on its own line and names every entry", () => {
    expect(wrapWords("a Khyber-Pakhtunkhwa b", 30, 10)).toEqual(["a", "Khyber-Pakhtunkhwa", "b"]);
    expect(describeMapKey("Attacks", items)).toBe("Key, Attacks: 1–4; 5–9; No data");
  });
});
