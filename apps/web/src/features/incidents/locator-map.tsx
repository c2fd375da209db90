import "server-only";
import { type CitationView, type DatePrecision, formatDate, getAdminUnit } from "@monitor/domain";
import { type ChartExportData, MAP_ATTRIBUTION, shortQuote, uniqueLines } from "~/features/export/chart/chart-export";
import { FigureExportFrame } from "~/features/groups/figure-export-frame";
import { type BoundarySet, buildMapShapes, type MapShapes } from "~/features/maps/build-map-shapes";

export interface LocatorPlace {
  country: string;
  province: string | null;
  district: string | null;
}

export interface LocatorChoice {
  boundary: BoundarySet;
  filterParent?: string;
  /** The shape to highlight, or null when the incident is placed only in the country. */
  highlight: string | null;
  /** What the highlight is, in words. */
  level: "district" | "province" | "country";
}

/**
 * Which map shows an incident best: its district within its province's district map when the district
 * is known, else its province on the country's province map (the pre-2018 map for FATA), else the
 * country's province map with nothing highlighted.
 */
export function chooseLocator(p: LocatorPlace): LocatorChoice {
  if (p.country === "AF") {
    return p.province
      ? { boundary: "af-provinces", highlight: p.province, level: "province" }
      : { boundary: "af-provinces", highlight: null, level: "country" };
  }
  const district = p.district ? getAdminUnit(p.district) : undefined;
  if (district?.level === "district" && district.parent) {
    return { boundary: "pk-districts", filterParent: district.parent, highlight: district.id, level: "district" };
  }
  if (p.province === "PK-TA") return { boundary: "pk-provinces-pre2018", highlight: "PK-TA", level: "province" };
  if (p.province) return { boundary: "pk-provinces", highlight: p.province, level: "province" };
  return { boundary: "pk-provinces", highlight: null, level: "country" };
}

function shapesFor(choice: LocatorChoice): MapShapes {
  return buildMapShapes(choice.boundary, { width: 420, height: 340, filterParent: choice.filterParent });
}

/**
 * A small locator map for one incident (SVG drawn on the server from the OpenStreetMap boundary files;
 * no tiles, no network). The incident's district or province is filled with the accent colour.
 */
export function LocatorMap({
  place,
  label,
  incident,
}: {
  place: LocatorPlace;
  label: string;
  /** The incident the map locates: with it the map gets an Export menu whose files cite its sources. */
  incident?: { title: string; date: string; datePrecision: DatePrecision; citations: readonly CitationView[] };
}) {
  let choice = chooseLocator(place);
  let map = shapesFor(choice);
  // A code the boundary file does not hold (e.g. a renamed district): fall back to the province.
  if (choice.highlight && !map.shapes.some((s) => s.id === choice.highlight)) {
    choice = chooseLocator({ ...place, district: null });
    map = shapesFor(choice);
  }
  const target = map.shapes.find((s) => s.id === choice.highlight);
  const description = target
    ? `Map: ${label} is in ${target.name}${choice.level === "district" ? " district" : ""}, highlighted.`
    : `Map: the sources place ${label} in ${place.country === "AF" ? "Afghanistan" : "Pakistan"}, without a province.`;

  const placeName = (id: string | null) => (id ? (getAdminUnit(id)?.name ?? id) : "");
  const exportData: ChartExportData | null = incident
    ? {
        title: `Where: ${incident.title}`,
        filters: [
          { label: "Incident", value: incident.title },
          { label: "Date", value: formatDate(incident.date, incident.datePrecision) },
        ],
        asOf: `the incident's place as its sources give it${target ? `: ${target.name}` : ""}`,
        sources: uniqueLines(
          incident.citations.map((c) => `“${shortQuote(c.quote)}” (${c.sourceShortTitle}${c.locator ? `, ${c.locator}` : ""})`),
        ),
        columns: ["Incident", "Date", "Country", "Province", "District", "Highlighted on the map"],
        rows: [
          [
            incident.title,
            incident.date,
            place.country,
            placeName(place.province),
            placeName(place.district),
            target ? `${target.name}${choice.level === "district" ? " district" : ""}` : "",
          ],
        ],
        attribution: MAP_ATTRIBUTION,
      }
    : null;
  const drawing = (
    <svg viewBox={map.viewBox} role="img" aria-label={description} className="block h-auto max-h-[320px] w-full">
      <g>
        {map.shapes.map((s) => (
          <path
            key={s.id}
            d={s.d}
            vectorEffect="non-scaling-stroke"
            strokeLinejoin="round"
            style={{
              fill: s.id === choice.highlight ? "var(--accent)" : "var(--surface-3)",
              stroke: "var(--border-strong)",
              strokeWidth: 0.7,
            }}
          >
            <title>{s.name}</title>
          </path>
        ))}
      </g>
      {map.lines?.map((l) => (
        <path
          key={l.id}
          d={l.d}
          fill="none"
          vectorEffect="non-scaling-stroke"
          strokeLinejoin="round"
          strokeDasharray={l.dashed ? "5 3" : undefined}
          style={{ stroke: "var(--muted-foreground)", strokeWidth: l.dashed ? 1 : 1.1 }}
        />
      ))}
      {target ? (
        <path
          d={target.d}
          fill="none"
          vectorEffect="non-scaling-stroke"
          strokeLinejoin="round"
          style={{ stroke: "var(--foreground)", strokeWidth: 1.6 }}
        />
      ) : null}
    </svg>
  );
  return (
    <figure className="flex flex-col gap-2">
      {exportData ? (
        <FigureExportFrame data={exportData} header={<span className="text-[12px] font-medium text-muted-foreground">Location</span>}>
          {drawing}
        </FigureExportFrame>
      ) : (
        drawing
      )}
      <figcaption className="flex flex-col gap-0.5 text-[11px] leading-snug text-muted-foreground">
        <span className="font-medium text-foreground/85">
          {target ? `${target.name}${choice.level === "district" ? " district" : ""} highlighted. ` : "No province stated. "}
          {map.caption}
        </span>
        <span>
          Boundaries ©{" "}
          <a href="https://www.openstreetmap.org/copyright" className="link" target="_blank" rel="noreferrer">
            OpenStreetMap contributors (ODbL)
          </a>
          . De facto administrative boundaries, shown for analysis only; they imply no position on disputed territory.
        </span>
      </figcaption>
    </figure>
  );
}
