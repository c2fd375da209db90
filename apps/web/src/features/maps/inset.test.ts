import { describe, expect, it } from "vitest";
import { cornerRect, placeInset, rectsOverlap, samplePoints, trianglePath } from "./inset";

const view = { x: 0, y: 0, w: 100, h: 80 };

describe("cornerRect", () => {
  it("tucks the box into each corner, inside the margin", () => {
    expect(cornerRect(view, { w: 20, h: 10 }, "top-left", 2)).toEqual({ x: 2, y: 2, w: 20, h: 10 });
    expect(cornerRect(view, { w: 20, h: 10 }, "bottom-right", 2)).toEqual({ x: 78, y: 68, w: 20, h: 10 });
  });
});

describe("placeInset", () => {
  // Land fills the left half of the view; the right half is sea.
  const leftHalfLand = (x: number) => x < 50;
  it("picks an empty corner near the magnified area and leaves the view as it is", () => {
    const p = placeInset({ view, size: { w: 30, h: 20 }, avoid: { x: 45, y: 70, w: 5, h: 5 }, onLand: leftHalfLand });
    expect(p.corner).toBe("bottom-right");
    expect(p.coverage).toBe(0);
    expect(p.view).toEqual(view);
  });
  it("never covers the area it magnifies", () => {
    const p = placeInset({ view, size: { w: 30, h: 20 }, avoid: { x: 80, y: 70, w: 5, h: 5 }, onLand: leftHalfLand });
    expect(p.corner).toBe("top-right");
    expect(rectsOverlap(p.box, { x: 80, y: 70, w: 5, h: 5 })).toBe(false);
  });
  it("prefers beside the map, on the area's side, to a free corner far away", () => {
    const p = placeInset({ view, size: { w: 30, h: 20 }, avoid: { x: 2, y: 70, w: 6, h: 6 }, onLand: leftHalfLand });
    expect(p.corner).toBe("beside-left");
    expect(p.box.x + p.box.w).toBeLessThanOrEqual(view.x);
    expect(p.view.x).toBeLessThan(view.x);
    expect(p.view.w).toBeGreaterThan(view.w + 30);
  });
  it("goes beside the map when every corner is land", () => {
    const p = placeInset({ view, size: { w: 30, h: 20 }, avoid: { x: 60, y: 40, w: 2, h: 2 }, onLand: () => true });
    expect(p.corner).toBe("beside-right");
    expect(p.box.x).toBeGreaterThanOrEqual(view.x + view.w);
    expect(p.view.w).toBeGreaterThan(view.w + 30);
  });
});

describe("samplePoints and trianglePath", () => {
  it("samples cell centres inside the rectangle", () => {
    const pts = samplePoints({ x: 0, y: 0, w: 10, h: 10 }, 2);
    expect(pts).toEqual([
      [2.5, 2.5],
      [2.5, 7.5],
      [7.5, 2.5],
      [7.5, 7.5],
    ]);
  });
  it("draws an upward triangle centred on the point", () => {
    expect(trianglePath([10, 10], 6)).toBe("M10,6.5L13,11.7L7,11.7Z");
  });
});
