import { formatFigure, formatPeriod } from "@monitor/domain";
import type { MapTooltipDetail } from "./choropleth-map";

interface LayerCitation {
  sourceShortTitle: string;
  locator: string;
  quote: string;
}

interface LayerFigure {
  value: number;
  qualifier: string;
  unit: string;
  periodStart: string;
  periodEnd: string;
  sources: string[];
  citations: readonly LayerCitation[];
}

/** How exact a figure is, in words, for tooltips: "20 (exact figure)", "over 170 (lower bound)". */
export const QUALIFIER_TEXT: Record<string, string> = {
  exact: "exact figure",
  about: "approximate",
  nearly: "approximate",
  over: "lower bound",
  at_least: "lower bound",
  more_than: "lower bound",
  up_to: "upper bound",
  less_than: "upper bound",
};

export function figureWithQualifier(f: { value: number; qualifier: string; unit: string }): string {
  const q = QUALIFIER_TEXT[f.qualifier];
  return `${formatFigure(f.value, f.qualifier, f.unit)}${q ? ` (${q})` : ""}`;
}

/**
 * What a choropleth paints from a published-statistics layer: one value per area (the first figure)
 * and a tooltip line naming the source, or saying that the figures differ when an area has figures
 * that do not agree (from different sources, or one source stating two). Figures are never averaged.
 */
export function valuesFromLayer(figuresByArea: Readonly<Record<string, readonly LayerFigure[]>>): {
  values: Record<string, number>;
  extra: Record<string, string>;
} {
  const values: Record<string, number> = {};
  const extra: Record<string, string> = {};
  for (const [area, figures] of Object.entries(figuresByArea)) {
    const [first] = figures;
    if (!first) continue;
    values[area] = first.value;
    const sources = [...new Set(figures.flatMap((f) => f.citations.map((c) => c.sourceShortTitle)))].join(", ");
    const statements = new Set(figures.map((f) => `${f.value}|${f.qualifier}`));
    const sourceCount = new Set(figures.flatMap((f) => f.sources)).size;
    extra[area] =
      statements.size > 1
        ? `${sourceCount > 1 ? "Sources differ" : "Figures differ"}: ${figures.map((f) => formatFigure(f.value, f.qualifier, f.unit)).join(" vs ")} (${sources})`
        : `Source: ${sources}`;
  }
  return { values, extra };
}

/** Tooltip details per area: each figure with its qualifier, period, source, locator and exact quote. */
export function detailsFromLayer(figuresByArea: Readonly<Record<string, readonly LayerFigure[]>>): Record<string, MapTooltipDetail[]> {
  const out: Record<string, MapTooltipDetail[]> = {};
  for (const [area, figures] of Object.entries(figuresByArea)) {
    out[area] = figures.map((f) => {
      const [c] = f.citations;
      return {
        figure: figureWithQualifier(f),
        period: formatPeriod(f.periodStart, f.periodEnd),
        source: [...new Set(f.citations.map((x) => x.sourceShortTitle))].join(", ") || "No source",
        locator: c?.locator,
        quote: c?.quote,
      };
    });
  }
  return out;
}
