/**
 * Pure geometry for map insets (Karachi's districts magnified in a box on the Sindh and Pakistan
 * district maps): where to put the box so it hides as little of the map as possible, and the
 * marker shape drawn at an area's centroid. No d3 here, so it is unit-tested on its own.
 */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Corner = "top-left" | "top-right" | "bottom-left" | "bottom-right";
export const CORNERS: readonly Corner[] = ["bottom-right", "top-right", "top-left", "bottom-left"];

/** The box of size `size` tucked into one corner of `view`, `margin` inside its edges. */
export function cornerRect(view: Rect, size: { w: number; h: number }, corner: Corner, margin: number): Rect {
  const left = corner.endsWith("left");
  const top = corner.startsWith("top");
  return {
    x: left ? view.x + margin : view.x + view.w - margin - size.w,
    y: top ? view.y + margin : view.y + view.h - margin - size.h,
    w: size.w,
    h: size.h,
  };
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Evenly spaced sample points inside a rectangle (`n` × `n`, cell centres). */
export function samplePoints(r: Rect, n = 12): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out.push([r.x + ((i + 0.5) * r.w) / n, r.y + ((j + 0.5) * r.h) / n]);
  return out;
}

export interface InsetPlacement {
  box: Rect;
  /** The view, grown when the inset sits beside the map. */
  view: Rect;
  corner: Corner | "beside-left" | "beside-right";
  /** Share of the box's sample points that fall on drawn land (0 = empty sea or a neighbour not drawn). */
  coverage: number;
}

const centre = (r: Rect): [number, number] => [r.x + r.w / 2, r.y + r.h / 2];

/**
 * Puts an inset box where it hides no land and sits close to the area it magnifies (`avoid`, which it
 * must not cover): one of the view's corners whose land cover is at most `maxCoverage`, or beside the
 * map (left or right, level with the area, the view widened). Beside costs `besidePenalty` (as a share
 * of the view's diagonal) because it shrinks the map; among the rest the nearest wins.
 * `onLand(x, y)` says whether a point of the view is on a drawn shape.
 */
export function placeInset(opts: {
  view: Rect;
  size: { w: number; h: number };
  avoid: Rect;
  onLand: (x: number, y: number) => boolean;
  margin?: number;
  maxCoverage?: number;
  besidePenalty?: number;
}): InsetPlacement {
  const { view, size, avoid, onLand } = opts;
  const margin = opts.margin ?? 4;
  const maxCoverage = opts.maxCoverage ?? 0.06;
  const besidePenalty = opts.besidePenalty ?? 0.35;
  const diag = Math.hypot(view.w, view.h);
  const [ax, ay] = centre(avoid);
  const distance = (r: Rect) => {
    const [x, y] = centre(r);
    return Math.hypot(x - ax, y - ay) / diag;
  };

  const candidates: (InsetPlacement & { score: number })[] = [];
  for (const corner of CORNERS) {
    const box = cornerRect(view, size, corner, margin);
    if (rectsOverlap(box, avoid)) continue;
    const pts = samplePoints(box);
    const coverage = pts.filter(([x, y]) => onLand(x, y)).length / pts.length;
    if (coverage <= maxCoverage) candidates.push({ box, view, corner, coverage, score: distance(box) });
  }
  // Beside the map, level with the magnified area (kept within the view's height).
  const y = Math.max(view.y, Math.min(view.y + view.h - size.h, ay - size.h / 2));
  const left = { x: view.x - margin - size.w, y, w: size.w, h: size.h };
  const right = { x: view.x + view.w + margin, y, w: size.w, h: size.h };
  const grownLeft = { x: left.x - margin, y: view.y, w: view.w + size.w + 2 * margin, h: view.h };
  const grownRight = { x: view.x, y: view.y, w: view.w + size.w + 2 * margin, h: view.h };
  candidates.push({ box: left, view: grownLeft, corner: "beside-left", coverage: 0, score: distance(left) + besidePenalty });
  candidates.push({ box: right, view: grownRight, corner: "beside-right", coverage: 0, score: distance(right) + besidePenalty });
  candidates.sort((a, b) => a.score - b.score);
  const { score: _score, ...best } = candidates[0] as InsetPlacement & { score: number };
  return best;
}

/** An upward triangle centred on `c` (its centroid on `c`), as an SVG path. */
export function trianglePath(c: readonly [number, number], size: number, digits = 1): string {
  const k = 10 ** digits;
  const r = (n: number) => Math.round(n * k) / k;
  const h = (size * Math.sqrt(3)) / 2;
  const [x, y] = c;
  return `M${r(x)},${r(y - (2 * h) / 3)}L${r(x + size / 2)},${r(y + h / 3)}L${r(x - size / 2)},${r(y + h / 3)}Z`;
}
