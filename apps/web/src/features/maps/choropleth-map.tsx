"use client";

import { formatCount } from "@monitor/domain";
import { useRouter } from "next/navigation";
import { type KeyboardEvent, type PointerEvent, type ReactNode, useId, useMemo, useRef, useState } from "react";
import { cn } from "~/lib/utils";
import { type Classification, classifyValues, type ValueClass } from "./classify";
import { type Rect, trianglePath } from "./inset";
import { layoutMapKey, type MapKeyItem } from "./map-key";
import { SvgMapKey } from "./svg-map-key";

export interface ChoroplethShape {
  id: string;
  name: string;
  d: string;
  centroid: [number, number];
}

export interface ChoroplethLine {
  id: string;
  d: string;
  dashed?: boolean;
}

/** A magnified box of small areas (buildMapShapes().inset): same ids as the main shapes. */
export interface ChoroplethInset {
  label: string;
  box: Rect;
  frame: Rect;
  leader: [[number, number], [number, number]];
  shapes: readonly ChoroplethShape[];
}

/** One figure behind an area's value, as its tooltip shows it (CitationPopover-like). */
export interface MapTooltipDetail {
  /** The figure with its qualifier, "about 20", or what the area is ("Named as an area of operation"). */
  figure: string;
  /** "1 Jan – 20 Aug 2022". */
  period?: string;
  /** Source short title. */
  source: string;
  /** Where in the source: "Table 6", "p. 12". */
  locator?: string;
  /** The source's exact words. */
  quote?: string;
}

/** A category of a categorical layer (value → label), lowest value first in the legend. */
export interface MapCategory {
  value: number;
  label: string;
}

export interface MapMarker {
  /** The area's id. */
  id: string;
  /** What the marker says, e.g. "Attacks in 2024 above the previous three years". */
  label: string;
}

export type ValueFormat = "count" | "decimal" | "percent";

export interface ChoroplethMapProps {
  /** From buildMapShapes() on the server. */
  shapes: readonly ChoroplethShape[];
  viewBox: string;
  /** Extra lines from buildMapShapes(): province borders, outline, the Line of Control (dashed). */
  lines?: readonly ChoroplethLine[];
  /** Karachi's districts magnified (buildMapShapes().inset), drawn with the same colours and behaviour. */
  inset?: ChoroplethInset;
  /** Value per shape id. A missing, null or undefined value is "no data" (hatched), never zero. */
  values: Readonly<Record<string, number | null | undefined>>;
  /** What a value counts, plural: "attacks" → "Khyber Pakhtunkhwa: 1,234 attacks". */
  valueLabel: string;
  /** Client callers: custom number formatting. */
  formatValue?: (value: number) => string;
  /** Server-friendly formatting choice when `formatValue` cannot be passed (default "count"). */
  valueFormat?: ValueFormat;
  legendTitle: string;
  /** A categorical layer: values are category values and the legend lists the labels (no quantiles). */
  categories?: readonly MapCategory[];
  /** Client callers: the page a shape links to. */
  hrefFor?: (id: string) => string | undefined;
  /** Server-friendly alternative to `hrefFor`: a template with `{id}`, e.g. "/map?province={id}". */
  hrefTemplate?: string;
  /** What following the link does, for the tooltip: "Click to see its districts". */
  linkHint?: string;
  selectedId?: string;
  /** Which boundary set this is, e.g. "Provinces after the 2018 FATA merger" (buildMapShapes().caption). */
  caption?: string;
  /** Extra tooltip line per shape id, e.g. the source: "CRSS 2024, Table 3". */
  tooltipExtra?: Readonly<Record<string, string>>;
  /** The figures behind each area's value: value, qualifier, period, source and exact quote. */
  tooltipDetails?: Readonly<Record<string, readonly MapTooltipDetail[]>>;
  /** Short text labels drawn at shape centroids (id → label, e.g. "KP"). */
  labels?: Readonly<Record<string, string>>;
  /** Surge markers: a triangle at each listed area's centroid, and a "Surge" legend entry. */
  markers?: readonly MapMarker[];
  className?: string;
}

interface Tip {
  id: string;
  x: number;
  y: number;
}

type Where = "main" | "inset";

export function ChoroplethMap({
  shapes,
  viewBox,
  lines,
  inset,
  values,
  valueLabel,
  formatValue,
  valueFormat = "count",
  legendTitle,
  categories,
  hrefFor,
  hrefTemplate,
  linkHint = "Click to open",
  selectedId,
  caption,
  tooltipExtra,
  tooltipDetails,
  labels,
  markers,
  className,
}: ChoroplethMapProps) {
  const router = useRouter();
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const patternId = `nodata-${uid}`;
  const clipId = `inset-clip-${uid}`;
  const tipId = `tip-${uid}`;
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);

  const classification = useMemo<Classification>(
    () => (categories ? classifyCategories(categories) : classifyValues(shapes.map((s) => values[s.id]))),
    [categories, shapes, values],
  );
  const fmt = (v: number) => (formatValue ? formatValue(v) : defaultFormat(v, valueFormat));
  const categoryOf = (v: number | null | undefined) => (typeof v === "number" ? categories?.find((c) => c.value === v) : undefined);
  const describe = (v: number | null | undefined) => {
    if (typeof v !== "number" || !Number.isFinite(v)) return "no data";
    if (categories) return categoryOf(v)?.label ?? "no data";
    return `${fmt(v)} ${valueLabel}`;
  };
  const sourceText = (id: string): string | undefined => {
    const details = tooltipDetails?.[id];
    if (details?.length) return `Source: ${[...new Set(details.map((d) => d.source))].join(", ")}`;
    return tooltipExtra?.[id];
  };
  const hrefOf = (id: string) => hrefFor?.(id) ?? hrefTemplate?.replaceAll("{id}", encodeURIComponent(id));
  const fillOf = (cls: ValueClass | undefined) => (cls ? `var(--choro-${cls.ramp + 1})` : `url(#${patternId})`);

  const [mapX, mapY, vbW, mapH] = viewBox.split(/\s+/).map(Number) as [number, number, number, number];
  const shapeById = useMemo(() => new Map(shapes.map((s) => [s.id, s])), [shapes]);
  const insetById = useMemo(() => new Map((inset?.shapes ?? []).map((s) => [s.id, s])), [inset]);
  const markerById = useMemo(() => new Map((markers ?? []).map((m) => [m.id, m])), [markers]);
  const activeId = tip?.id ?? focusedId;
  const fontSize = vbW / 55;
  const shownMarkers = (markers ?? []).filter((m) => shapeById.has(m.id));

  // The colour key sits in a band above the map, inside the svg, so every export of the svg carries it.
  const rangeOf = (c: ValueClass) => (c.min === c.max ? fmt(c.min) : `${fmt(c.min)}–${fmt(c.max)}`);
  const keyItems: MapKeyItem[] = [
    ...classification.classes.map((c) => ({
      label: categories ? (categories.find((k) => k.value === c.min)?.label ?? "") : rangeOf(c),
      fill: `var(--choro-${c.ramp + 1})`,
      // The lightest class is near the page's colour: an outline keeps its swatch visible.
      outlined: c.ramp === 0,
    })),
    { label: "No data", fill: `url(#${patternId})`, outlined: true },
    ...(shownMarkers.length > 0 ? [{ label: "Surge", fill: "var(--danger)", shape: "triangle" as const }] : []),
  ];
  const key = layoutMapKey({
    x: mapX,
    y: 0,
    width: vbW,
    // About 11–12 px on screen at the map's usual widths, and still legible in a PDF page's width.
    fontSize: Math.max(vbW / 46, 10.5),
    title: legendTitle,
    items: keyItems,
    note: classification.classes.length === 0 ? "No values for this selection." : undefined,
  });
  const vbX = mapX;
  const vbY = mapY - key.height;
  const vbH = mapH + key.height;

  function pointerTip(e: PointerEvent<SVGPathElement>, id: string) {
    const box = containerRef.current?.getBoundingClientRect();
    if (!box) return;
    setTip({ id, x: e.clientX - box.left, y: e.clientY - box.top });
  }

  function centroidTip(id: string, where: Where) {
    const shape = where === "inset" ? insetById.get(id) : shapeById.get(id);
    const box = containerRef.current?.getBoundingClientRect();
    const svgBox = svgRef.current?.getBoundingClientRect();
    if (!shape || !box || !svgBox) return;
    const scale = Math.min(svgBox.width / vbW, svgBox.height / vbH);
    const offX = (svgBox.width - vbW * scale) / 2;
    const offY = (svgBox.height - vbH * scale) / 2;
    setTip({
      id,
      x: svgBox.left - box.left + offX + (shape.centroid[0] - vbX) * scale,
      y: svgBox.top - box.top + offY + (shape.centroid[1] - vbY) * scale,
    });
  }

  function go(id: string) {
    const href = hrefOf(id);
    if (href) router.push(href);
  }

  const areaLabel = (s: ChoroplethShape, where: Where) => {
    const src = sourceText(s.id);
    const marker = markerById.get(s.id);
    return [
      `${s.name}${where === "inset" ? " (Karachi inset)" : ""}: ${describe(values[s.id])}`,
      src,
      marker ? `Surge: ${marker.label}` : undefined,
    ]
      .filter(Boolean)
      .join(". ");
  };

  /** One focusable, hoverable area. In the inset's presence, its small twin on the main map is for pointers only. */
  const renderShape = (s: ChoroplethShape, where: Where) => {
    const v = values[s.id];
    const cls = classification.classOf(v);
    const href = hrefOf(s.id);
    const pointerOnly = where === "main" && insetById.has(s.id);
    return (
      <path
        key={`${where}-${s.id}`}
        d={s.d}
        data-area={s.id}
        data-where={where}
        className={cn("map-shape", href && "cursor-pointer")}
        style={{ fill: fillOf(cls), ...(cls ? {} : { stroke: "var(--subtle)", strokeOpacity: 0.7 }) }}
        tabIndex={pointerOnly ? undefined : 0}
        role={pointerOnly ? undefined : href ? "link" : "img"}
        aria-hidden={pointerOnly ? true : undefined}
        aria-label={pointerOnly ? undefined : areaLabel(s, where)}
        aria-current={!pointerOnly && s.id === selectedId ? "true" : undefined}
        aria-describedby={!pointerOnly && tip?.id === s.id ? tipId : undefined}
        onPointerMove={(e) => pointerTip(e, s.id)}
        onPointerEnter={() => {
          if (href) router.prefetch(href);
        }}
        onFocus={() => {
          setFocusedId(s.id);
          centroidTip(s.id, where);
        }}
        onBlur={() => {
          setFocusedId(null);
          setTip(null);
        }}
        onClick={() => go(s.id)}
        onKeyDown={(e: KeyboardEvent<SVGPathElement>) => {
          if ((e.key === "Enter" || e.key === " ") && href) {
            e.preventDefault();
            go(s.id);
          }
          if (e.key === "Escape") setTip(null);
        }}
      />
    );
  };

  /** A double outline (halo + line) that stays visible on the lightest and the darkest class alike. */
  const outline = (d: string, key: string, focused: boolean) => (
    <g key={key} pointerEvents="none">
      <path
        d={d}
        fill="none"
        vectorEffect="non-scaling-stroke"
        strokeLinejoin="round"
        style={{ stroke: "var(--background)", strokeWidth: focused ? 5 : 3.5, opacity: 0.9 }}
      />
      <path
        d={d}
        fill="none"
        vectorEffect="non-scaling-stroke"
        strokeLinejoin="round"
        style={{ stroke: focused ? "var(--ring)" : "var(--foreground)", strokeWidth: focused ? 2.5 : 1.5 }}
      />
    </g>
  );

  const highlights = (where: Where) => {
    const byId = where === "inset" ? insetById : shapeById;
    const out: ReactNode[] = [];
    const selected = selectedId ? byId.get(selectedId) : undefined;
    const active = activeId ? byId.get(activeId) : undefined;
    if (selected && selected.id !== active?.id) out.push(outline(selected.d, `sel-${where}`, false));
    if (active) out.push(outline(active.d, `act-${where}`, focusedId === active.id));
    return out;
  };

  const markerSize = vbW / 42;
  const renderMarker = (m: MapMarker, where: Where) => {
    const shape = (where === "inset" ? insetById : shapeById).get(m.id);
    if (!shape) return null;
    const d = trianglePath(shape.centroid, markerSize);
    const title = `Surge: ${shape.name}, ${m.label}`;
    return where === "main" ? (
      // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG group, not interactive; the marker is an image with a title
      <g key={`m-${where}-${m.id}`} role="img" aria-label={title} pointerEvents="none" data-marker={m.id}>
        <title>{title}</title>
        <MarkerPath d={d} />
      </g>
    ) : (
      // biome-ignore lint/a11y/noAriaHiddenOnFocusable: the inset's copy repeats the main map's marker and is not focusable
      <g key={`m-${where}-${m.id}`} aria-hidden="true" pointerEvents="none">
        <MarkerPath d={d} />
      </g>
    );
  };

  const tipShape = tip ? (shapeById.get(tip.id) ?? insetById.get(tip.id)) : undefined;
  const tipValue = tip ? values[tip.id] : undefined;
  const tipDetails = tip ? (tooltipDetails?.[tip.id] ?? []) : [];
  const containerWidth = containerRef.current?.clientWidth ?? 0;
  const tipBelow = tip ? tip.y < 260 : false;

  return (
    <figure className={cn("flex flex-col gap-2", className)}>
      <div ref={containerRef} className="relative">
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a <fieldset>; the group names the set of focusable shapes */}
        <svg
          ref={svgRef}
          viewBox={`${vbX} ${vbY} ${vbW} ${vbH}`}
          role="group"
          aria-label={`Map: ${legendTitle}`}
          className="block h-auto max-h-[72vh] w-full"
          onPointerLeave={() => setTip(null)}
        >
          <defs>
            <NoDataPattern id={patternId} size={Math.max(4, vbW / 160)} />
            {inset ? (
              // The inset's shapes stay between its label and its credit line.
              <clipPath id={clipId}>
                <rect
                  x={inset.box.x}
                  y={inset.box.y + fontSize * 1.7}
                  width={inset.box.w}
                  height={Math.max(0, inset.box.h - fontSize * 3)}
                />
              </clipPath>
            ) : null}
          </defs>
          <g transform={`translate(0 ${vbY})`}>
            <SvgMapKey layout={key} title={legendTitle} />
          </g>
          <g>{shapes.map((s) => renderShape(s, "main"))}</g>
          {lines?.map((l) => (
            <path
              key={l.id}
              d={l.d}
              fill="none"
              pointerEvents="none"
              vectorEffect="non-scaling-stroke"
              strokeLinejoin="round"
              strokeDasharray={l.dashed ? "5 3" : undefined}
              style={{
                stroke: l.dashed ? "var(--foreground)" : "var(--muted-foreground)",
                strokeWidth: l.dashed ? 1.1 : 1.2,
                opacity: l.dashed ? 0.8 : 0.9,
              }}
            >
              {l.id === "line-of-control" ? <title>Line of Control (de facto; not an international boundary)</title> : null}
            </path>
          ))}
          {highlights("main")}
          {labels ? (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: the labels repeat the shapes' names and are not focusable
            <g aria-hidden="true" pointerEvents="none">
              {shapes.map((s) =>
                labels[s.id] ? (
                  <text
                    key={s.id}
                    x={s.centroid[0]}
                    y={s.centroid[1]}
                    textAnchor="middle"
                    dominantBaseline="central"
                    style={{
                      fontSize: vbW / 60,
                      fontWeight: 600,
                      fill: "var(--foreground)",
                      paintOrder: "stroke",
                      stroke: "var(--surface)",
                      strokeWidth: vbW / 300,
                      strokeLinejoin: "round",
                    }}
                  >
                    {labels[s.id]}
                  </text>
                ) : null,
              )}
            </g>
          ) : null}
          {shownMarkers.map((m) => renderMarker(m, "main"))}

          {inset ? (
            // biome-ignore lint/a11y/useSemanticElements: an SVG group names the inset's focusable shapes
            // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG group naming the inset's focusable shapes
            <g role="group" aria-label={inset.label} data-inset="">
              {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the frame, box and label are drawing only, not focusable */}
              <g aria-hidden="true" pointerEvents="none">
                <rect
                  x={inset.frame.x}
                  y={inset.frame.y}
                  width={inset.frame.w}
                  height={inset.frame.h}
                  fill="none"
                  vectorEffect="non-scaling-stroke"
                  style={{ stroke: "var(--foreground)", strokeWidth: 1.2 }}
                />
                <line
                  x1={inset.leader[0][0]}
                  y1={inset.leader[0][1]}
                  x2={inset.leader[1][0]}
                  y2={inset.leader[1][1]}
                  vectorEffect="non-scaling-stroke"
                  strokeDasharray="3 2"
                  style={{ stroke: "var(--muted-foreground)", strokeWidth: 1 }}
                />
                <rect
                  x={inset.box.x}
                  y={inset.box.y}
                  width={inset.box.w}
                  height={inset.box.h}
                  rx={2}
                  vectorEffect="non-scaling-stroke"
                  style={{ fill: "var(--surface)", stroke: "var(--foreground)", strokeWidth: 1.2 }}
                />
                <text
                  x={inset.box.x + fontSize * 0.6}
                  y={inset.box.y + fontSize * 1.2}
                  style={{ fontSize, fontWeight: 600, fill: "var(--foreground)" }}
                >
                  {inset.label}
                </text>
                <text
                  x={inset.box.x + inset.box.w - fontSize * 0.5}
                  y={inset.box.y + inset.box.h - fontSize * 0.45}
                  textAnchor="end"
                  style={{ fontSize: fontSize * 0.72, fill: "var(--muted-foreground)" }}
                >
                  © OpenStreetMap contributors
                </text>
              </g>
              <g clipPath={`url(#${clipId})`}>
                {inset.shapes.map((s) => renderShape(s, "inset"))}
                {highlights("inset")}
                {shownMarkers.filter((m) => insetById.has(m.id)).map((m) => renderMarker(m, "inset"))}
              </g>
            </g>
          ) : null}
        </svg>

        {tip && tipShape ? (
          <div
            id={tipId}
            role="tooltip"
            data-testid="map-tooltip"
            className={cn(
              "pointer-events-none absolute z-10 w-max max-w-80 -translate-x-1/2 rounded-md border border-border-strong/70 bg-surface px-2.5 py-1.5 text-[12px] shadow-lg",
              !tipBelow && "-translate-y-full",
            )}
            style={{
              left: containerWidth ? Math.max(162, Math.min(tip.x, containerWidth - 162)) : tip.x,
              top: tipBelow ? tip.y + 14 : tip.y - 10,
            }}
          >
            <div className="font-semibold text-foreground">{tipShape.name}</div>
            <div className="text-muted-foreground tabular-nums">
              {typeof tipValue === "number" ? (
                categories ? (
                  <span className="font-medium text-foreground">{describe(tipValue)}</span>
                ) : (
                  <>
                    <span className="font-medium text-foreground">{fmt(tipValue)}</span> {valueLabel}
                  </>
                )
              ) : (
                "No data"
              )}
            </div>
            {tipDetails.slice(0, 2).map((d, i) => (
              <div key={`${d.source}-${i}`} className="mt-1.5 border-t border-border pt-1.5">
                <div className="text-foreground">
                  <span className="font-medium">{d.figure}</span>
                  {d.period ? <span className="text-muted-foreground"> · {d.period}</span> : null}
                </div>
                <div className="text-[11.5px] text-muted-foreground">
                  {d.source}
                  {d.locator ? `, ${d.locator}` : ""}
                </div>
                {d.quote ? (
                  <blockquote className="mt-0.5 line-clamp-4 border-l-2 border-accent/50 pl-2 text-[11.5px] leading-snug text-foreground/90">
                    “{d.quote}”
                  </blockquote>
                ) : null}
              </div>
            ))}
            {tipDetails.length > 2 ? <div className="mt-1 text-[11px] text-subtle">+{tipDetails.length - 2} more in the table</div> : null}
            {tipDetails.length === 0 && tooltipExtra?.[tip.id] ? (
              <div className="mt-0.5 text-[11.5px] text-subtle">{tooltipExtra[tip.id]}</div>
            ) : null}
            {markerById.get(tip.id) ? (
              <div className="mt-1 text-[11.5px] font-medium text-danger">Surge: {markerById.get(tip.id)?.label}</div>
            ) : null}
            {hrefOf(tip.id) ? <div className="mt-0.5 text-[11px] text-subtle">{linkHint}</div> : null}
          </div>
        ) : null}
      </div>

      <figcaption className="flex flex-col gap-0.5 text-[11px] leading-snug text-subtle">
        {caption ? <span className="font-medium text-muted-foreground">{caption}</span> : null}
        {inset ? <span>The box “{inset.label}” magnifies the framed area; its districts behave as on the main map.</span> : null}
        <span>
          Boundaries ©{" "}
          <a href="https://www.openstreetmap.org/copyright" className="link text-subtle" target="_blank" rel="noreferrer">
            OpenStreetMap contributors (ODbL)
          </a>
          . Boundaries are de facto administrative boundaries from OpenStreetMap, shown for analysis only; they do not imply any position on
          disputed territory.
        </span>
      </figcaption>

      {/* A table's width and height are only minimums, so sr-only goes on a wrapper that can clip it. */}
      <div className="sr-only">
        <table>
          <caption>
            {legendTitle}
            {caption ? ` (${caption})` : ""}
          </caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">{categories ? legendTitle : valueLabel}</th>
              {tooltipExtra || tooltipDetails ? <th scope="col">Source</th> : null}
              {shownMarkers.length > 0 ? <th scope="col">Surge</th> : null}
            </tr>
          </thead>
          <tbody>
            {[...shapes]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((s) => {
                const v = values[s.id];
                return (
                  <tr key={s.id}>
                    <th scope="row">{s.name}</th>
                    <td>{typeof v === "number" ? (categories ? describe(v) : fmt(v)) : "no data"}</td>
                    {tooltipExtra || tooltipDetails ? <td>{sourceText(s.id) ?? ""}</td> : null}
                    {shownMarkers.length > 0 ? <td>{markerById.get(s.id)?.label ?? ""}</td> : null}
                  </tr>
                );
              })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function classifyCategories(categories: readonly MapCategory[]): Classification {
  const sorted = [...categories].sort((a, b) => a.value - b.value);
  const n = sorted.length;
  const classes: ValueClass[] = sorted.map((c, i) => ({
    ramp: n === 1 ? 4 : Math.round(1 + (i * 3) / (n - 1)),
    min: c.value,
    max: c.value,
  }));
  return {
    classes,
    classOf: (v) => (typeof v === "number" ? classes.find((c) => c.min === v) : undefined),
  };
}

function MarkerPath({ d }: { d: string }) {
  return (
    <path
      d={d}
      vectorEffect="non-scaling-stroke"
      strokeLinejoin="round"
      style={{ fill: "var(--danger)", stroke: "var(--surface)", strokeWidth: 1.75 }}
    />
  );
}

function defaultFormat(v: number, format: ValueFormat): string {
  if (format === "percent") return `${v.toLocaleString("en-GB", { maximumFractionDigits: 1 })}%`;
  if (format === "decimal") return v.toLocaleString("en-GB", { maximumFractionDigits: 1 });
  return Number.isInteger(v) ? formatCount(v) : v.toLocaleString("en-GB", { maximumFractionDigits: 1 });
}

/** Diagonal hatching on a pale ground: reads as "no data", not as a value. */
function NoDataPattern({ id, size }: { id: string; size: number }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={size} height={size} patternTransform="rotate(45)">
      <rect width={size} height={size} style={{ fill: "var(--nodata-bg)" }} />
      <line x1="0" y1="0" x2="0" y2={size} style={{ stroke: "var(--nodata-line)", strokeWidth: size / 3.2 }} />
    </pattern>
  );
}
