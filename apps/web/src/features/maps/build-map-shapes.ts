import "server-only";
import { type GeoPath, type GeoProjection, geoBounds, geoConicEqualArea, geoContains, geoPath } from "d3-geo";
import { feature, mesh } from "topojson-client";
import afProvinces from "../../../public/geo/afghanistan-provinces.topo.json";
import pkDistricts from "../../../public/geo/pakistan-districts.topo.json";
import pkProvinces from "../../../public/geo/pakistan-provinces.topo.json";
import pkProvincesPre2018 from "../../../public/geo/pakistan-provinces-pre2018.topo.json";
import { placeInset, type Rect } from "./inset";

/*
 * Server-side map geometry. The TopoJSON files (OpenStreetMap, ODbL; see public/geo/README.md) are read
 * here, projected with an equal-area conic fitted to the view, and turned into SVG path strings, so the
 * browser gets only the paths it draws and never the topology.
 */

export type BoundarySet = "pk-provinces" | "pk-provinces-pre2018" | "af-provinces" | "pk-districts";

export interface MapShape {
  /** ISO 3166-2 code (PK-KP, AF-NAN) or district slug (pk-kp-bannu), as stored in the database. */
  id: string;
  name: string;
  /** The province (for districts) or country (for provinces). */
  parent: string;
  /** SVG path in the viewBox's coordinates. */
  d: string;
  centroid: [number, number];
}

export interface MapLine {
  /** "province-borders", "outline" or "line-of-control". */
  id: string;
  d: string;
  /** Draw dashed (the Line of Control). */
  dashed?: boolean;
}

/**
 * A magnified box inside the map for areas too small to see at the map's scale (Karachi's districts).
 * Its shapes have the same ids as the main map's and are drawn in the same viewBox, inside `box`.
 */
export interface MapInset {
  /** "Karachi (inset)". */
  label: string;
  /** The inset's box, in the main viewBox's coordinates. */
  box: Rect;
  /** The magnified area's frame on the main map. */
  frame: Rect;
  /** A leader line from the frame to the box. */
  leader: [[number, number], [number, number]];
  shapes: MapShape[];
}

export interface MapShapes {
  boundary: BoundarySet;
  viewBox: string;
  width: number;
  height: number;
  shapes: MapShape[];
  lines?: MapLine[];
  /** Karachi's districts, magnified, on district maps that show them. */
  inset?: MapInset;
  /** Which boundary set this is, for the caption under the map. */
  caption: string;
}

export interface BuildMapShapesOptions {
  width?: number;
  height?: number;
  /** Districts only: keep the districts of this province (e.g. "PK-KP") and fit the view to them. */
  filterParent?: string;
  /** Coordinate precision of the paths (default 1 decimal; the view is a few hundred units wide). */
  digits?: number;
  /** District maps: magnify Karachi's districts in an inset when they are on the map (default true). */
  inset?: boolean;
}

type Topology = Parameters<typeof feature>[0];
type MeshObject = NonNullable<Parameters<typeof mesh>[1]>;
type FeatureCollection = ReturnType<typeof featureCollection>;
type GeoFeature = FeatureCollection["features"][number];

const TOPOLOGIES: Record<BoundarySet, { topo: Topology; object: string; caption: string }> = {
  "pk-provinces": {
    topo: pkProvinces as unknown as Topology,
    object: "provinces",
    caption: "Pakistan, provinces and territories after the 2018 FATA merger",
  },
  "pk-provinces-pre2018": {
    topo: pkProvincesPre2018 as unknown as Topology,
    object: "provinces",
    caption: "Pakistan, provinces and territories before the 2018 FATA merger (FATA shown separately)",
  },
  "af-provinces": {
    topo: afProvinces as unknown as Topology,
    object: "provinces",
    caption: "Afghanistan, 34 provinces",
  },
  "pk-districts": {
    topo: pkDistricts as unknown as Topology,
    object: "districts",
    caption: "Pakistan, districts on the 2023-census frame",
  },
};

function featureCollection(topo: Topology, name: string) {
  const obj = topo.objects[name];
  if (obj?.type !== "GeometryCollection") throw new Error(`Boundary object "${name}" is missing or not a collection.`);
  return feature(topo, obj);
}

function prop(f: GeoFeature, key: string): string {
  const v = (f.properties as Record<string, unknown> | null)?.[key];
  return typeof v === "string" ? v : "";
}

const cache = new Map<string, MapShapes>();

/**
 * Projects one boundary set into SVG paths. Results are cached per arguments (the files never change at run time).
 *
 * - `pk-districts` with `filterParent: "PK-KP"` fits the view to Khyber Pakhtunkhwa's districts and adds that
 *   province's outline; without a filter it adds province borders. The Line of Control is returned as a dashed
 *   line whenever it falls inside the view.
 */
export function buildMapShapes(boundary: BoundarySet, opts: BuildMapShapesOptions = {}): MapShapes {
  const width = opts.width ?? 800;
  const height = opts.height ?? 640;
  const digits = opts.digits ?? 1;
  const wantInset = opts.inset ?? true;
  const key = JSON.stringify([boundary, width, height, opts.filterParent ?? null, digits, wantInset]);
  const hit = cache.get(key);
  if (hit) return hit;

  const { topo, object, caption: baseCaption } = TOPOLOGIES[boundary];
  const all = featureCollection(topo, object);
  // FATA (PK-TA) is no longer a province in the district file: its seven agencies are districts of Khyber Pakhtunkhwa.
  const fata = boundary === "pk-districts" && opts.filterParent === "PK-TA";
  const features = fata
    ? all.features.filter((f) => (f.properties as { former_fata?: boolean } | null)?.former_fata === true)
    : opts.filterParent
      ? all.features.filter((f) => prop(f, "parent") === opts.filterParent)
      : all.features;
  if (features.length === 0) throw new Error(`No ${object} with parent "${opts.filterParent}" in ${boundary}.`);
  const collection = { type: "FeatureCollection" as const, features };

  // Equal-area conic with standard parallels at 1/6 and 5/6 of the latitude span, centred on the data.
  const [[lon0, lat0], [lon1, lat1]] = geoBounds(collection);
  const span = lat1 - lat0;
  const projection = geoConicEqualArea()
    .rotate([-(lon0 + lon1) / 2, 0])
    .parallels([lat0 + span / 6, lat1 - span / 6])
    .fitSize([width, height], collection);
  const path = geoPath(projection).digits(digits);

  const shapes: MapShape[] = features.map((f) => {
    const [cx, cy] = path.centroid(f);
    return {
      id: prop(f, "id"),
      name: prop(f, "name"),
      parent: prop(f, "parent"),
      d: path(f) ?? "",
      centroid: [round(cx, digits), round(cy, digits)],
    };
  });

  // Trim the viewBox to the drawn shapes (fitSize leaves slack on one axis) with a small margin.
  const [[x0, y0], [x1, y1]] = path.bounds(collection);
  const pad = 4;
  let vb = { x: Math.floor(x0 - pad), y: Math.floor(y0 - pad), w: Math.ceil(x1 - x0 + 2 * pad), h: Math.ceil(y1 - y0 + 2 * pad) };

  const lines: MapLine[] = [];
  let caption = baseCaption;
  let inset: MapInset | undefined;
  if (boundary === "pk-districts" && wantInset) {
    const karachi = features.filter((f) => prop(f, "division") === KARACHI_DIVISION);
    if (karachi.length > 0) {
      const built = buildInset(karachi, { collection, projection, path, view: vb, digits, label: "Karachi (inset)" });
      inset = built.inset;
      // Beside the map, the view grows to hold the box.
      vb = {
        x: Math.floor(built.view.x),
        y: Math.floor(built.view.y),
        w: Math.ceil(built.view.w + (built.view.x - Math.floor(built.view.x))),
        h: Math.ceil(built.view.h),
      };
    }
  }
  if (boundary !== "pk-districts") {
    // The country's outline, so a map that is all "no data" still reads as a map.
    const obj = topo.objects[object];
    const outline = obj ? path(mesh(topo, obj as MeshObject, (a, b) => a === b)) : null;
    if (outline) lines.push({ id: "outline", d: outline });
  }
  if (boundary === "pk-districts") {
    const provinces = topo.objects.provinces;
    const districts = topo.objects.districts;
    if (fata && districts && districts.type === "GeometryCollection") {
      const own = {
        ...districts,
        geometries: districts.geometries.filter((g) => (g.properties as { former_fata?: boolean } | undefined)?.former_fata === true),
      };
      const outline = path(mesh(topo, own as MeshObject, (a, b) => a === b));
      if (outline) lines.push({ id: "outline", d: outline });
      caption = "Former FATA: the seven tribal agencies, now districts of Khyber Pakhtunkhwa (2023-census frame)";
    } else if (provinces && provinces.type === "GeometryCollection") {
      if (opts.filterParent) {
        const own = {
          ...provinces,
          geometries: provinces.geometries.filter((g) => (g.properties as { id?: string } | undefined)?.id === opts.filterParent),
        };
        const outline = path(mesh(topo, own as MeshObject));
        if (outline) lines.push({ id: "outline", d: outline });
        const name = provinceName(topo, opts.filterParent);
        caption = `${name}, districts on the 2023-census frame (former FATA agencies included)`;
      } else {
        const borders = path(mesh(topo, provinces as MeshObject, (a, b) => a !== b));
        if (borders) lines.push({ id: "province-borders", d: borders });
      }
    }
    // The Line of Control bounds AJK and Gilgit-Baltistan; other provinces' views would show only a stray stub of it.
    const loc = topo.objects.lineOfControl;
    const locRelevant = !opts.filterParent || opts.filterParent === "PK-JK" || opts.filterParent === "PK-GB";
    if (loc && locRelevant) {
      const locMesh = mesh(topo, loc as MeshObject);
      const [[lx0, ly0], [lx1, ly1]] = path.bounds(locMesh);
      const inView = lx1 >= vb.x && lx0 <= vb.x + vb.w && ly1 >= vb.y && ly0 <= vb.y + vb.h;
      const d = path(locMesh);
      if (inView && d) lines.push({ id: "line-of-control", d, dashed: true });
    }
  }

  const result: MapShapes = {
    boundary,
    viewBox: `${vb.x} ${vb.y} ${vb.w} ${vb.h}`,
    width: vb.w,
    height: vb.h,
    shapes,
    lines: lines.length > 0 ? lines : undefined,
    inset,
    caption,
  };
  cache.set(key, result);
  return result;
}

/** Karachi's districts share this `division` property in the district file. */
const KARACHI_DIVISION = "Karachi";

/**
 * Magnifies a few small features in a box: the box goes in the emptiest corner of the view (or beside
 * the map when none is free), its features are projected afresh to fill it, and a frame marks the
 * area on the main map.
 */
function buildInset(
  features: GeoFeature[],
  ctx: {
    collection: { type: "FeatureCollection"; features: GeoFeature[] };
    projection: GeoProjection;
    path: GeoPath;
    view: Rect;
    digits: number;
    label: string;
  },
): { inset: MapInset; view: Rect } {
  // A large district (rural Malir) is drawn clipped by the box.
  // Fit to the districts no larger than a few times the median: the city, not rural Malir.
  const areas = features.map((f) => ctx.path.area(f)).sort((a, b) => a - b);
  const median = areas[Math.floor(areas.length / 2)] ?? 0;
  const small = features.filter((f) => ctx.path.area(f) <= 4 * median);
  const sub = { type: "FeatureCollection" as const, features: small.length > 0 ? small : features };
  const [[fx0, fy0], [fx1, fy1]] = ctx.path.bounds(sub);
  const framePad = Math.max(2, ctx.view.w / 160);
  const frame = { x: fx0 - framePad, y: fy0 - framePad, w: fx1 - fx0 + 2 * framePad, h: fy1 - fy0 + 2 * framePad };
  const aspect = Math.max(0.4, Math.min(2.5, (fx1 - fx0) / Math.max(1e-6, fy1 - fy0)));

  // Box size: about a quarter of the map's width, with room for the label above and the credit below.
  const fontSize = ctx.view.w / 55;
  const labelH = fontSize * 1.7;
  const creditH = fontSize * 1.3;
  const inner = 8;
  const w = Math.round(ctx.view.w * 0.3);
  const h = Math.round((w - 2 * inner) / aspect + 2 * inner + labelH + creditH);
  const onLand = (x: number, y: number) => {
    const p = ctx.projection.invert?.([x, y]);
    return p ? geoContains(ctx.collection, p) : false;
  };
  let placement = placeInset({ view: ctx.view, size: { w, h }, avoid: frame, onLand });
  if (placement.corner.startsWith("beside")) {
    // Beside the map the box costs map space anyway: make it large enough to read.
    const k = 1.6;
    placement = placeInset({ view: ctx.view, size: { w: Math.round(w * k), h: Math.round(h * k) }, avoid: frame, onLand, maxCoverage: -1 });
  }
  const box = placement.box;

  const [[lon0, lat0], [lon1, lat1]] = geoBounds(sub);
  const projection = geoConicEqualArea()
    .rotate([-(lon0 + lon1) / 2, 0])
    .parallels([lat0, lat1])
    .fitExtent(
      [
        [box.x + inner, box.y + labelH + inner / 2],
        [box.x + box.w - inner, box.y + box.h - creditH - inner / 2],
      ],
      sub,
    );
  const path = geoPath(projection).digits(ctx.digits + 1);
  const shapes = features.map((f) => {
    // A clipped shape's label point is the centre of its visible part, not its centroid outside the box.
    const [cx, cy] = small.length > 0 && !small.includes(f) ? visibleCentre(path.bounds(f), box, inner) : path.centroid(f);
    return {
      id: prop(f, "id"),
      name: prop(f, "name"),
      parent: prop(f, "parent"),
      d: path(f) ?? "",
      centroid: [round(cx, ctx.digits), round(cy, ctx.digits)] as [number, number],
    };
  });
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  const centre = (r: Rect): [number, number] => [r.x + r.w / 2, r.y + r.h / 2];
  const [bcx, bcy] = centre(box);
  const [fcx, fcy] = centre(frame);
  const leader: [[number, number], [number, number]] = [
    [round(clamp(bcx, frame.x, frame.x + frame.w), 1), round(clamp(bcy, frame.y, frame.y + frame.h), 1)],
    [round(clamp(fcx, box.x, box.x + box.w), 1), round(clamp(fcy, box.y, box.y + box.h), 1)],
  ];
  const r1 = (r: Rect): Rect => ({ x: round(r.x, 1), y: round(r.y, 1), w: round(r.w, 1), h: round(r.h, 1) });
  return { inset: { label: ctx.label, box: r1(box), frame: r1(frame), leader, shapes }, view: placement.view };
}

function visibleCentre([[x0, y0], [x1, y1]]: [[number, number], [number, number]], box: Rect, inner: number): [number, number] {
  const lo = (a: number, b: number) => Math.max(a, b);
  const hi = (a: number, b: number) => Math.min(a, b);
  const vx0 = lo(x0, box.x + inner);
  const vx1 = hi(x1, box.x + box.w - inner);
  const vy0 = lo(y0, box.y + inner);
  const vy1 = hi(y1, box.y + box.h - inner);
  return [(vx0 + vx1) / 2, (vy0 + vy1) / 2];
}

function provinceName(topo: Topology, id: string): string {
  const fc = featureCollection(topo, "provinces");
  const f = fc.features.find((x) => prop(x, "id") === id);
  return f ? prop(f, "name") : id;
}

function round(n: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(n * k) / k;
}
