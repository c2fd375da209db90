import type { RelationshipType } from "@monitor/domain";

/**
 * How each kind of tie is drawn. Colour is never the only cue: every type has its own pair of line
 * pattern and arrowhead (solid/none, long dash/none, sparse dots/bars at both ends, thick solid/triangle,
 * dash-dot/vee, short dash/hollow triangle, thin solid/diamond, dense dots/chevron), and the legend
 * shows both. The canvas cannot read CSS variables, so the colours are listed for each theme.
 */
export type ArrowShape = "none" | "triangle" | "vee" | "diamond" | "chevron" | "tee";

export interface EdgeStyle {
  light: string;
  dark: string;
  /** Dash pattern in pixels (dash, gap, …); null for a solid line. */
  dash: readonly number[] | null;
  /** Round caps turn very short dashes into dots. */
  cap: "butt" | "round";
  width: number;
  /** At the `to` end. */
  arrow: ArrowShape;
  arrowFill: "filled" | "hollow";
  /** Symmetric ties carry the same mark at both ends. */
  bothEnds: boolean;
  /** The pattern in words, for the legend's text alternative. */
  patternWords: string;
}

export const EDGE_STYLES: Record<RelationshipType, EdgeStyle> = {
  alliance: {
    light: "#15803d",
    dark: "#4ade80",
    dash: null,
    cap: "butt",
    width: 3,
    arrow: "none",
    arrowFill: "filled",
    bothEnds: false,
    patternWords: "solid line, no arrow",
  },
  cooperation: {
    light: "#0369a1",
    dark: "#38bdf8",
    dash: [10, 5],
    cap: "butt",
    width: 2.5,
    arrow: "none",
    arrowFill: "filled",
    bothEnds: false,
    patternWords: "long dashes, no arrow",
  },
  rivalry: {
    light: "#b91c1c",
    dark: "#f87171",
    dash: [1, 7],
    cap: "round",
    width: 3.5,
    arrow: "tee",
    arrowFill: "filled",
    bothEnds: true,
    patternWords: "spaced dots, a bar at each end",
  },
  merger: {
    light: "#6d28d9",
    dark: "#a78bfa",
    dash: null,
    cap: "butt",
    width: 4.5,
    arrow: "triangle",
    arrowFill: "filled",
    bothEnds: false,
    patternWords: "thick solid line, filled arrow",
  },
  splinter: {
    light: "#c2410c",
    dark: "#fb923c",
    dash: [11, 4, 2, 4],
    cap: "butt",
    width: 2.5,
    arrow: "vee",
    arrowFill: "filled",
    bothEnds: false,
    patternWords: "dash-dot line, open arrow",
  },
  affiliate: {
    light: "#a16207",
    dark: "#facc15",
    dash: [4, 4],
    cap: "butt",
    width: 2.5,
    arrow: "triangle",
    arrowFill: "hollow",
    bothEnds: false,
    patternWords: "short dashes, hollow arrow",
  },
  sanctuary: {
    light: "#be185d",
    dark: "#f472b6",
    dash: null,
    cap: "butt",
    width: 2,
    arrow: "diamond",
    arrowFill: "filled",
    bothEnds: false,
    patternWords: "thin solid line, diamond",
  },
  defection: {
    light: "#0f766e",
    dark: "#2dd4bf",
    dash: [1, 4],
    cap: "round",
    width: 2.5,
    arrow: "chevron",
    arrowFill: "filled",
    bothEnds: false,
    patternWords: "close dots, chevron",
  },
};

export type ThemeName = "light" | "dark";

/** The page colours the canvas needs, matching the CSS tokens of each theme. */
export const CANVAS_COLORS: Record<ThemeName, { background: string; foreground: string; muted: string; accent: string; node: string }> = {
  light: { background: "#fcfcfd", foreground: "#1f2430", muted: "#6b7280", accent: "#2f5fc4", node: "#ffffff" },
  dark: { background: "#15171c", foreground: "#e8eaef", muted: "#9aa3b2", accent: "#8fb0f0", node: "#1c1f26" },
};
