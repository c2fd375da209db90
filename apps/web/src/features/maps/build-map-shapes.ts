import "server-only";
import { geoBounds, geoConicEqualArea, geoPath } from "d3-geo";
import { feature, mesh } from "topojson-client";
import afProvinces from "../../../public/geo/afghanistan-provinces.topo.json";
import pkDistricts from "../../../public/geo/pakistan-districts.topo.json";
import pkProvinces from "../../../public/geo/pakistan-provinces.topo.json";
import pkProvincesPre2018 from "../../../public/geo/pakistan-provinces-pre2018.topo.json";

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

export interface MapShapes {
  boundary: BoundarySet;
  viewBox: string;
  width: number;
  height: number;
  shapes: MapShape[];
  lines?: MapLine[];
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
  const key = JSON.stringify([boundary, width, height, opts.filterParent ?? null, digits]);
  const hit = cache.get(key);
  if (hit) return hit;

  const { topo, object, caption: baseCaption } = TOPOLOGIES[boundary];
  const all = featureCollection(topo, object);
  const features = opts.filterParent ? all.features.filter((f) => prop(f, "parent") === opts.filterParent) : all.features;
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
  const vb = { x: Math.floor(x0 - pad), y: Math.floor(y0 - pad), w: Math.ceil(x1 - x0 + 2 * pad), h: Math.ceil(y1 - y0 + 2 * pad) };

  const lines: MapLine[] = [];
  let caption = baseCaption;
  if (boundary === "pk-districts") {
    const provinces = topo.objects.provinces;
    if (provinces && provinces.type === "GeometryCollection") {
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
    caption,
  };
  cache.set(key, result);
  return result;
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
