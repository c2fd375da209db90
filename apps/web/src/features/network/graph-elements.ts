import type { RelationshipType } from "@monitor/domain";
import type { CoseLayoutOptions, ElementDefinition, StylesheetJson } from "cytoscape";
import { groupColor } from "../../lib/group-colors";
import { CANVAS_COLORS, EDGE_STYLES, type ThemeName } from "./network-style";

/**
 * What the graph draws, kept free of React and of the cytoscape runtime so it can be tested and
 * benchmarked headless. Several records of the same tie (same groups, direction and type, often from
 * different sources) are drawn as one line; clicking it lists every record with its own citation, so
 * sources are never merged into one claim.
 */

export interface NetworkNode {
  slug: string;
  name: string;
  abbreviation: string | null;
}

export interface TieRecord {
  id: string;
  from: string;
  to: string;
  type: RelationshipType;
}

export interface NetworkTie<R extends TieRecord = TieRecord> {
  /** `from|to|type`: stable across years and reloads. */
  id: string;
  from: string;
  to: string;
  type: RelationshipType;
  records: R[];
}

export function tieId(r: Pick<TieRecord, "from" | "to" | "type">): string {
  return `${r.from}|${r.to}|${r.type}`;
}

/** Groups records into drawn ties, in the order each tie first appears. */
export function mergeTies<R extends TieRecord>(records: readonly R[]): NetworkTie<R>[] {
  const byId = new Map<string, NetworkTie<R>>();
  for (const r of records) {
    const id = tieId(r);
    const tie = byId.get(id);
    if (tie) tie.records.push(r);
    else byId.set(id, { id, from: r.from, to: r.to, type: r.type, records: [r] });
  }
  return [...byId.values()];
}

/** The short label drawn under a node: the abbreviation when there is one. */
export function nodeLabel(n: NetworkNode): string {
  return n.abbreviation?.trim() || n.name;
}

/**
 * Elements for every group and tie, whenever they held: the layout runs once on all of them so a group
 * keeps its place while the year changes, and a year only hides what did not hold then. Nodes start on
 * a circle in slug order, which with `randomize: false` makes the layout the same on every load.
 */
export function buildElements(nodes: readonly NetworkNode[], ties: readonly NetworkTie[]): ElementDefinition[] {
  const slugs = new Set(nodes.map((n) => n.slug));
  const all = [...nodes];
  // A tie may name a group the list does not have (a partial import): draw it under its slug.
  for (const t of ties) {
    for (const s of [t.from, t.to]) {
      if (!slugs.has(s)) {
        slugs.add(s);
        all.push({ slug: s, name: s, abbreviation: null });
      }
    }
  }
  all.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const degree = new Map<string, number>();
  for (const t of ties) {
    degree.set(t.from, (degree.get(t.from) ?? 0) + 1);
    degree.set(t.to, (degree.get(t.to) ?? 0) + 1);
  }
  const radius = Math.max(200, all.length * 12);
  const out: ElementDefinition[] = all.map((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, all.length);
    const d = degree.get(n.slug) ?? 0;
    return {
      group: "nodes",
      data: { id: n.slug, label: nodeLabel(n), name: n.name, color: groupColor(n.slug), size: Math.min(48, 14 + 5 * Math.sqrt(d)) },
      position: { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) },
    };
  });
  // The layout pulls each pair of groups together once, however many kinds of tie join them; otherwise
  // the groups with many parallel ties (TTP, Taliban, al-Qaeda) collapse onto one another.
  const pairs = new Set<string>();
  for (const t of ties) {
    const pair = [t.from, t.to].sort().join("|");
    const primary = !pairs.has(pair);
    pairs.add(pair);
    out.push({ group: "edges", data: { id: t.id, source: t.from, target: t.to, type: t.type, count: t.records.length, primary } });
  }
  return out;
}

/** The graph's look for a theme: node colours per group, line pattern, colour and arrow per tie type. */
export function buildStylesheet(theme: ThemeName): StylesheetJson {
  const c = CANVAS_COLORS[theme];
  const sheet: StylesheetJson = [
    {
      selector: "node",
      style: {
        width: "data(size)",
        height: "data(size)",
        "background-color": "data(color)",
        "border-width": 2,
        "border-color": c.background,
        label: "data(label)",
        "font-family": "Inter Variable, Inter, system-ui, sans-serif",
        "font-size": 11,
        "font-weight": 600,
        color: c.foreground,
        "text-valign": "bottom",
        "text-margin-y": 3,
        "text-wrap": "wrap",
        "text-max-width": "110px",
        "text-outline-color": c.background,
        "text-outline-width": 2.5,
        "overlay-opacity": 0,
      },
    },
    {
      selector: "edge",
      style: {
        "curve-style": "bezier",
        "control-point-step-size": 16,
        "arrow-scale": 1.1,
        "overlay-opacity": 0,
      },
    },
  ];
  for (const [type, s] of Object.entries(EDGE_STYLES)) {
    const color = theme === "dark" ? s.dark : s.light;
    sheet.push({
      selector: `edge[type = "${type}"]`,
      style: {
        width: s.width,
        "line-color": color,
        "line-style": s.dash ? "dashed" : "solid",
        ...(s.dash ? { "line-dash-pattern": [...s.dash] } : {}),
        "line-cap": s.cap,
        "target-arrow-shape": s.arrow,
        "target-arrow-color": color,
        "target-arrow-fill": s.arrowFill,
        "source-arrow-shape": s.bothEnds ? s.arrow : "none",
        "source-arrow-color": color,
      },
    });
  }
  sheet.push(
    // Ties the sources give no start date for: drawn lighter (the table says "start not stated").
    { selector: "edge.undated", style: { opacity: 0.5 } },
    { selector: ".hidden", style: { display: "none" } },
    // Outside the highlighted group's neighbourhood.
    { selector: "node.faded", style: { opacity: 0.2 } },
    { selector: "edge.faded", style: { opacity: 0.08 } },
    { selector: "node.focus", style: { "border-color": c.accent, "border-width": 4 } },
    {
      selector: "edge.picked",
      style: { "underlay-color": c.accent, "underlay-opacity": 0.3, "underlay-padding": 6, opacity: 1, "z-index": 10 },
    },
    { selector: "node.picked", style: { "border-color": c.accent, "border-width": 3 } },
  );
  return sheet;
}

/**
 * Force-directed (cose), from the fixed circle above, without animation or randomness. Groups with
 * many ties push harder and sit further from their neighbours, so the hubs do not pile up. Run it on
 * `LAYOUT_SELECTOR` (every node, one edge per pair).
 */
export const NETWORK_LAYOUT: CoseLayoutOptions = {
  name: "cose",
  randomize: false,
  animate: false,
  fit: true,
  padding: 30,
  nodeDimensionsIncludeLabels: true,
  idealEdgeLength: (e) => 30 + 14 * Math.sqrt(Math.min(e.source().degree(false), e.target().degree(false))),
  nodeRepulsion: (n) => 14_000 + 8_000 * n.degree(false),
  gravity: 4,
  numIter: 2500,
  componentSpacing: 30,
};

export const LAYOUT_SELECTOR = "node, edge[?primary]";

/**
 * Label size in model units so labels read at about 11.5 px on screen however far the graph is
 * zoomed out to fit (up to twice the size); zoomed in, they grow with the drawing.
 */
export function labelStyle(zoom: number): { "font-size": number; "text-max-width": string; "text-outline-width": number } {
  const scale = Math.min(2.2, Math.max(1, 1 / zoom));
  return { "font-size": 11.5 * scale, "text-max-width": `${Math.round(110 * scale)}px`, "text-outline-width": 2.5 * scale };
}

/** What a date shows: the ties (by id) with at least one record then, and whether all of those are undated. */
export function tieVisibility<R extends TieRecord & { start: unknown }>(
  ties: readonly NetworkTie<R>[],
  shown: ReadonlySet<string>,
): Map<string, { records: R[]; undated: boolean }> {
  const out = new Map<string, { records: R[]; undated: boolean }>();
  for (const t of ties) {
    const records = t.records.filter((r) => shown.has(r.id));
    if (records.length) out.set(t.id, { records, undated: records.every((r) => r.start === null) });
  }
  return out;
}

/** The group and every group tied to it among the shown ties. */
export function neighbourhood(slug: string, ties: Iterable<Pick<NetworkTie, "from" | "to">>): Set<string> {
  const out = new Set([slug]);
  for (const t of ties) {
    if (t.from === slug) out.add(t.to);
    if (t.to === slug) out.add(t.from);
  }
  return out;
}
