import "server-only";
import {
  type CitationView,
  countryOf,
  type GroupView,
  getAdminUnit,
  groupPresence,
  PRESENCE_BASES,
  PRESENCE_LABELS,
  type PresenceArea,
  type PresenceBasis,
  type PresenceMap,
} from "@monitor/domain";
import Link from "next/link";
import { SourceBadges } from "~/features/citations/source-badges";
import { type ChartExportData, MAP_ATTRIBUTION, shortQuote, uniqueLines } from "~/features/export/chart/chart-export";
import { buildMapShapes, type MapShapes } from "~/features/maps/build-map-shapes";
import { describeMapKey, layoutMapKey, type MapKeyItem } from "~/features/maps/map-key";
import { SvgMapKey } from "~/features/maps/svg-map-key";
import { hrefWith } from "~/lib/search-params";
import { FigureExportFrame } from "./figure-export-frame";

/*
 * Where a group operates, on small server-drawn maps (no tiles, no network): Pakistan by district when
 * the group's list names a district or FATA, else by province; Afghanistan by province. Each painted
 * area is shaded by how specifically the list names it, and the list under the map gives every area
 * with the cited claims that name it (the accessible alternative to the drawing).
 */

const FILL: Record<PresenceBasis, string> = {
  named: "var(--choro-4)",
  "districts-named": "var(--choro-3)",
  "within-named": "var(--choro-2)",
  "country-only": "var(--choro-1)",
};

const unitName = (id: string) => (id === "PK-TA" ? "FATA" : (getAdminUnit(id)?.name ?? id));

export interface CountryMap {
  country: "PK" | "AF";
  presence: PresenceMap;
  shapes: MapShapes;
  areas: PresenceArea<CitationView>[];
}

/** The group's areas maps: Pakistan and Afghanistan, each only where the group lists an area there. */
export function presenceMapsOf(group: GroupView): CountryMap[] {
  return (["PK", "AF"] as const).map((c) => mapFor(group, c)).filter((m): m is CountryMap => m !== null);
}

function mapFor(group: GroupView, country: "PK" | "AF"): CountryMap | null {
  const listed = group.areas.filter((id) => (id === "PK-TA" ? country === "PK" : countryOf(id) === country));
  if (listed.length === 0) return null;
  const byDistrict = country === "PK" && listed.some((id) => id === "PK-TA" || getAdminUnit(id)?.level === "district");
  const presence: PresenceMap = { country, level: byDistrict ? "district" : "province" };
  const shapes =
    country === "AF"
      ? buildMapShapes("af-provinces", { width: 420, height: 360 })
      : byDistrict
        ? buildMapShapes("pk-districts", { width: 420, height: 420, inset: false })
        : buildMapShapes("pk-provinces", { width: 420, height: 420 });
  const found = groupPresence<CitationView>(group, presence);
  const drawn = new Set(shapes.shapes.map((s) => s.id));
  const areas = Object.values(found.areas).filter((a) => drawn.has(a.id));
  return { country, presence, shapes, areas };
}

/**
 * Rows of the list under a map (and of the briefing's table): areas named (or with named districts) one
 * by one; areas painted because a wider unit is listed, one row per listing, with their names in `members`.
 */
export function rowsOf(m: CountryMap) {
  const order = (b: PresenceBasis) => PRESENCE_BASES.indexOf(b);
  const sorted = [...m.areas].sort((a, b) => order(a.basis) - order(b.basis) || unitName(a.id).localeCompare(unitName(b.id)));
  const rows: { key: string; label: string; detail?: string; basis: PresenceBasis; citations: CitationView[]; members: string[] }[] = [];
  const grouped = new Map<string, PresenceArea<CitationView>[]>();
  for (const a of sorted) {
    if (a.basis === "named" || a.basis === "districts-named") {
      const inside = a.basis === "districts-named" ? a.listed.filter((id) => id !== a.id && getAdminUnit(id)?.level === "district") : [];
      rows.push({
        key: a.id,
        label: unitName(a.id),
        detail: inside.length ? `named: ${inside.map(unitName).join(", ")}` : undefined,
        basis: a.basis,
        citations: a.claims.flatMap((c) => c.citations),
        members: [unitName(a.id)],
      });
      continue;
    }
    const via = a.listed.find((id) => id !== a.id) ?? m.country;
    const key = `${a.basis}|${via}`;
    grouped.set(key, [...(grouped.get(key) ?? []), a]);
  }
  const unitWord = m.presence.level === "district" ? "districts" : "provinces";
  for (const [key, members] of grouped) {
    const [first] = members;
    if (!first) continue;
    const via = key.split("|")[1] ?? "";
    rows.push({
      key,
      label: members.length === 1 ? unitName(first.id) : `${members.length} ${unitWord} of ${unitName(via)}`,
      detail: members.length > 1 ? `${unitName(via)} is listed as a whole` : `within ${unitName(via)}`,
      basis: first.basis,
      citations: [...new Map(members.flatMap((a) => a.claims).map((c) => [c.key, c])).values()].flatMap((c) => c.citations),
      members: members.map((a) => unitName(a.id)),
    });
  }
  return rows;
}

export function GroupAreasMap({ group }: { group: GroupView }) {
  const label = group.abbreviation ?? group.name;
  const maps = presenceMapsOf(group);
  const outside = group.areas.filter((id) => !(id === "PK-TA" || countryOf(id) === "PK" || countryOf(id) === "AF"));
  if (maps.length === 0) {
    return (
      <p className="text-[13px] text-muted-foreground">
        No areas of operation are listed for {label}.{outside.length ? ` Listed elsewhere: ${outside.join(", ")}.` : ""}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <div className="grid gap-5 md:grid-cols-2">
        {maps.map((m) => (
          <CountryAreas key={m.country} map={m} group={group} label={label} />
        ))}
      </div>
      <p className="text-[11px] leading-snug text-subtle">
        {maps.map((m) => m.shapes.caption).join(". ")}. Boundaries ©{" "}
        <a href="https://www.openstreetmap.org/copyright" className="link text-subtle" target="_blank" rel="noreferrer">
          OpenStreetMap contributors (ODbL)
        </a>
        . De facto administrative boundaries, shown for analysis only; they imply no position on disputed territory.
      </p>
    </div>
  );
}

type AreaRow = ReturnType<typeof rowsOf>[number];

/** A country map's export: the list under it as CSV, one source line per quote, the key and the OSM attribution. */
function areasExport(m: CountryMap, rows: readonly AreaRow[], group: GroupView, countryName: string): ChartExportData {
  const groupName = group.abbreviation ? `${group.name} (${group.abbreviation})` : group.name;
  return {
    title: `Where ${groupName} operates: ${countryName}`,
    filters: [
      { label: "Group", value: groupName },
      { label: "Country", value: countryName },
      { label: "Areas by", value: m.presence.level === "district" ? "district" : "province" },
    ],
    asOf: "areas of operation as listed in the group's profile at export",
    sources: uniqueLines(
      rows.flatMap((r) =>
        r.citations.map((c) => `${r.label}: “${shortQuote(c.quote)}” (${c.sourceShortTitle}${c.locator ? `, ${c.locator}` : ""})`),
      ),
    ),
    columns: ["Area", "Detail", "Listed as", "Sources"],
    rows: rows.map((r) => [
      r.label,
      r.detail ?? "",
      PRESENCE_LABELS[r.basis],
      r.citations.length ? uniqueLines(r.citations.map((c) => c.sourceShortTitle)).join("; ") : "No cited claim names it",
    ]),
    attribution: MAP_ATTRIBUTION,
  };
}

function CountryAreas({ map: m, group, label }: { map: CountryMap; group: GroupView; label: string }) {
  const countryName = m.country === "AF" ? "Afghanistan" : "Pakistan";
  const basisOf = new Map(m.areas.map((a) => [a.id, a.basis]));
  const rows = rowsOf(m);
  const present = PRESENCE_BASES.filter((b) => m.areas.some((a) => a.basis === b));
  const unitWord = m.presence.level === "district" ? "districts" : "provinces";
  // The key is drawn in a band above the map, inside the svg, so the exported map carries it.
  const [mapX, mapY, vbW, mapH] = m.shapes.viewBox.split(/\s+/).map(Number) as [number, number, number, number];
  const keyTitle = `Areas of operation: ${label}`;
  const keyItems: MapKeyItem[] = [
    ...present.map((b) => ({ label: PRESENCE_LABELS[b], fill: FILL[b], outlined: b === "country-only" })),
    { label: "Not listed", fill: "var(--surface-3)", outlined: true },
  ];
  const key = layoutMapKey({ x: mapX, y: 0, width: vbW, fontSize: Math.max(vbW / 28, 10), title: keyTitle, items: keyItems });
  const vbY = mapY - key.height;
  const description = `Map of ${countryName} by ${unitWord}: ${m.areas.length} ${unitWord} shaded where ${label} is listed as operating. ${describeMapKey(keyTitle, keyItems)}. The list below the map names them with their sources.`;
  return (
    <figure className="flex min-w-0 flex-col gap-2" aria-labelledby={`areas-${m.country}`}>
      <FigureExportFrame
        data={areasExport(m, rows, group, countryName)}
        className="flex flex-col gap-2"
        header={
          <div className="flex min-w-0 flex-1 items-baseline justify-between gap-2">
            <h3 id={`areas-${m.country}`} className="text-[13px] font-semibold">
              {countryName}
            </h3>
            <Link
              href={hrefWith("/map", { layer: "groups", group: group.slug, country: m.country === "AF" ? "AF" : undefined })}
              className="text-[12px] text-accent-text hover:underline"
            >
              Open on the map
            </Link>
          </div>
        }
      >
        <svg
          viewBox={`${mapX} ${vbY} ${vbW} ${mapH + key.height}`}
          role="img"
          aria-label={description}
          className="block h-auto max-h-[360px] w-full"
        >
          <g transform={`translate(0 ${vbY})`}>
            <SvgMapKey layout={key} title={keyTitle} />
          </g>
          {m.shapes.shapes.map((s) => {
            const basis = basisOf.get(s.id);
            return (
              <path
                key={s.id}
                d={s.d}
                vectorEffect="non-scaling-stroke"
                strokeLinejoin="round"
                style={{
                  fill: basis ? FILL[basis] : "var(--surface-3)",
                  stroke: basis ? "var(--choro-stroke)" : "var(--border-strong)",
                  strokeWidth: m.presence.level === "district" ? 0.4 : 0.7,
                }}
              >
                <title>{basis ? `${s.name}: ${PRESENCE_LABELS[basis]}` : s.name}</title>
              </path>
            );
          })}
          {m.shapes.lines?.map((l) => (
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
        </svg>
      </FigureExportFrame>
      <ul className="flex flex-col divide-y divide-border border-y border-border text-[12.5px]">
        {rows.map((r) => (
          <li key={r.key} className="grid grid-cols-[minmax(0,9rem)_minmax(0,1fr)] items-start gap-x-3 py-1.5">
            <span className="min-w-0">
              <span className="font-medium">{r.label}</span>
              {r.detail ? <span className="text-muted-foreground"> · {r.detail}</span> : null}
              <span className="sr-only"> ({PRESENCE_LABELS[r.basis]})</span>
            </span>
            {r.citations.length ? (
              <div className="flex justify-end">
                <SourceBadges
                  citations={r.citations}
                  subject={`${label} in ${r.label}`}
                  className="justify-end"
                  badgeClassName="max-w-full"
                />
              </div>
            ) : (
              <span className="text-right text-[11.5px] text-warning" title="The area is in the group's list, but no cited claim names it">
                No cited claim names it
              </span>
            )}
          </li>
        ))}
      </ul>
    </figure>
  );
}
