import { getAdminUnit } from "@monitor/domain";
import { type ChartExportData, type ExportFilter, MAP_ATTRIBUTION, shortQuote, uniqueLines } from "~/features/export/chart/chart-export";

interface LayerFigure {
  value: number;
  qualifier: string;
  unit?: string | null;
  citations: readonly { sourceShortTitle: string; quote: string; locator: string }[];
}

const areaName = (id: string) => getAdminUnit(id)?.name ?? id;

/**
 * What a map of published figures exports (the map page's layer and the overview's map): every area's
 * figures, largest first, with the quote each comes from, and the boundary attribution.
 */
export function publishedLayerExport({
  title,
  filters,
  figures,
  level,
  periodLabel,
}: {
  title: string;
  filters: readonly ExportFilter[];
  figures: Readonly<Record<string, readonly LayerFigure[]>>;
  level: "province" | "district";
  periodLabel: string | null;
}): ChartExportData {
  const rows = Object.entries(figures)
    .flatMap(([area, fs]) => fs.map((f) => ({ area, f })))
    .sort((a, b) => b.f.value - a.f.value);
  return {
    title,
    filters: filters.filter((f) => f.value !== ""),
    asOf: periodLabel ? `published figures for ${periodLabel}, by ${level}` : "no period with figures",
    sources: uniqueLines(
      rows.map(({ area, f }) => {
        const c = f.citations[0];
        return c
          ? `${areaName(area)}: “${shortQuote(c.quote)}” (${c.sourceShortTitle}${c.locator ? `, ${c.locator}` : ""})`
          : `${areaName(area)}: no quote recorded`;
      }),
    ),
    columns: [level === "province" ? "Province" : "District", "Figure", "Qualifier", "Unit", "Source", "Quote", "Locator"],
    rows: rows.map(({ area, f }) => [
      areaName(area),
      f.value,
      f.qualifier,
      f.unit ?? "",
      f.citations[0]?.sourceShortTitle ?? "",
      f.citations[0]?.quote ?? "",
      f.citations[0]?.locator ?? "",
    ]),
    attribution: MAP_ATTRIBUTION,
  };
}
