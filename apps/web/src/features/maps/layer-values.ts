import { formatFigure } from "@monitor/domain";

interface LayerFigure {
  value: number;
  qualifier: string;
  unit: string;
  sources: string[];
  citations: readonly { sourceShortTitle: string }[];
}

/**
 * What a choropleth paints from a published-statistics layer: one value per area (the first figure)
 * and a tooltip line naming the source, or saying that sources differ when two sources state
 * different figures for the area. Figures are never averaged.
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
      statements.size > 1 && sourceCount > 1
        ? `Sources differ: ${figures.map((f) => formatFigure(f.value, f.qualifier, f.unit)).join(" vs ")} (${sources})`
        : `Source: ${sources}`;
  }
  return { values, extra };
}
