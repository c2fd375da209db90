"use client";

import { formatCount } from "@monitor/domain";
import { useRouter } from "next/navigation";
import { type KeyboardEvent, type PointerEvent, useId, useMemo, useRef, useState } from "react";
import { cn } from "~/lib/utils";
import { classifyValues, type ValueClass } from "./classify";

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

export type ValueFormat = "count" | "decimal" | "percent";

export interface ChoroplethMapProps {
  /** From buildMapShapes() on the server. */
  shapes: readonly ChoroplethShape[];
  viewBox: string;
  /** Extra lines from buildMapShapes(): province borders, outline, the Line of Control (dashed). */
  lines?: readonly ChoroplethLine[];
  /** Value per shape id. A missing, null or undefined value is "no data" (hatched), never zero. */
  values: Readonly<Record<string, number | null | undefined>>;
  /** What a value counts, plural: "attacks" → "Khyber Pakhtunkhwa: 1,234 attacks". */
  valueLabel: string;
  /** Client callers: custom number formatting. */
  formatValue?: (value: number) => string;
  /** Server-friendly formatting choice when `formatValue` cannot be passed (default "count"). */
  valueFormat?: ValueFormat;
  legendTitle: string;
  /** Client callers: the page a shape links to. */
  hrefFor?: (id: string) => string | undefined;
  /** Server-friendly alternative to `hrefFor`: a template with `{id}`, e.g. "/map?province={id}". */
  hrefTemplate?: string;
  selectedId?: string;
  /** Which boundary set this is, e.g. "Provinces after the 2018 FATA merger" (buildMapShapes().caption). */
  caption?: string;
  /** Extra tooltip line per shape id, e.g. the source: "CRSS 2024, Table 3". */
  tooltipExtra?: Readonly<Record<string, string>>;
  /** Short text labels drawn at shape centroids (id → label, e.g. "KP"). */
  labels?: Readonly<Record<string, string>>;
  className?: string;
}

interface Tip {
  id: string;
  x: number;
  y: number;
}

export function ChoroplethMap({
  shapes,
  viewBox,
  lines,
  values,
  valueLabel,
  formatValue,
  valueFormat = "count",
  legendTitle,
  hrefFor,
  hrefTemplate,
  selectedId,
  caption,
  tooltipExtra,
  labels,
  className,
}: ChoroplethMapProps) {
  const router = useRouter();
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const patternId = `nodata-${uid}`;
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);

  const classification = useMemo(() => classifyValues(shapes.map((s) => values[s.id])), [shapes, values]);
  const fmt = (v: number) => (formatValue ? formatValue(v) : defaultFormat(v, valueFormat));
  const describe = (v: number | null | undefined) => (typeof v === "number" && Number.isFinite(v) ? `${fmt(v)} ${valueLabel}` : "no data");
  const hrefOf = (id: string) => hrefFor?.(id) ?? hrefTemplate?.replaceAll("{id}", encodeURIComponent(id));
  const fillOf = (cls: ValueClass | undefined) => (cls ? `var(--choro-${cls.ramp + 1})` : `url(#${patternId})`);

  const [vbX, vbY, vbW, vbH] = viewBox.split(/\s+/).map(Number) as [number, number, number, number];
  const shapeById = useMemo(() => new Map(shapes.map((s) => [s.id, s])), [shapes]);
  const activeId = tip?.id ?? focusedId;
  const active = activeId ? shapeById.get(activeId) : undefined;
  const selected = selectedId ? shapeById.get(selectedId) : undefined;

  function pointerTip(e: PointerEvent<SVGPathElement>, id: string) {
    const box = containerRef.current?.getBoundingClientRect();
    if (!box) return;
    setTip({ id, x: e.clientX - box.left, y: e.clientY - box.top });
  }

  function centroidTip(id: string) {
    const shape = shapeById.get(id);
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

  const tipShape = tip ? shapeById.get(tip.id) : undefined;
  const tipValue = tip ? values[tip.id] : undefined;
  const containerWidth = containerRef.current?.clientWidth ?? 0;

  return (
    <figure className={cn("flex flex-col gap-2", className)}>
      <MapLegend title={legendTitle} classes={classification.classes} fmt={fmt} patternId={`${patternId}-legend`} />

      <div ref={containerRef} className="relative">
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a <fieldset>; the group names the set of focusable shapes */}
        <svg
          ref={svgRef}
          viewBox={viewBox}
          role="group"
          aria-label={`Map: ${legendTitle}`}
          className="block h-auto max-h-[72vh] w-full"
          onPointerLeave={() => setTip(null)}
        >
          <defs>
            <NoDataPattern id={patternId} size={Math.max(4, vbW / 160)} />
          </defs>
          <g>
            {shapes.map((s) => {
              const v = values[s.id];
              const cls = classification.classOf(v);
              const href = hrefOf(s.id);
              return (
                // biome-ignore lint/a11y/noStaticElementInteractions: the role is set dynamically (link or img) and both handle keys
                <path
                  key={s.id}
                  d={s.d}
                  className={cn("map-shape", href && "cursor-pointer")}
                  style={{ fill: fillOf(cls) }}
                  tabIndex={0}
                  role={href ? "link" : "img"}
                  aria-label={`${s.name}: ${describe(v)}`}
                  aria-current={s.id === selectedId ? "true" : undefined}
                  onPointerMove={(e) => pointerTip(e, s.id)}
                  onPointerEnter={() => {
                    if (href) router.prefetch(href);
                  }}
                  onFocus={() => {
                    setFocusedId(s.id);
                    centroidTip(s.id);
                  }}
                  onBlur={() => {
                    setFocusedId(null);
                    setTip(null);
                  }}
                  onClick={() => go(s.id)}
                  onKeyDown={(e: KeyboardEvent<SVGPathElement>) => {
                    if (e.key === "Enter" && href) {
                      e.preventDefault();
                      go(s.id);
                    }
                    if (e.key === "Escape") setTip(null);
                  }}
                />
              );
            })}
          </g>
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
          {selected && selected.id !== active?.id ? (
            <g pointerEvents="none">
              <path
                d={selected.d}
                fill="none"
                vectorEffect="non-scaling-stroke"
                strokeLinejoin="round"
                style={{ stroke: "var(--background)", strokeWidth: 3.5, opacity: 0.9 }}
              />
              <path
                d={selected.d}
                fill="none"
                vectorEffect="non-scaling-stroke"
                strokeLinejoin="round"
                style={{ stroke: "var(--foreground)", strokeWidth: 1.5 }}
              />
            </g>
          ) : null}
          {active ? (
            // A double outline (halo + line) stays visible on the lightest and the darkest class alike.
            <g pointerEvents="none">
              <path
                d={active.d}
                fill="none"
                vectorEffect="non-scaling-stroke"
                strokeLinejoin="round"
                style={{ stroke: "var(--background)", strokeWidth: focusedId === active.id ? 5 : 3.5, opacity: 0.9 }}
              />
              <path
                d={active.d}
                fill="none"
                vectorEffect="non-scaling-stroke"
                strokeLinejoin="round"
                style={{
                  stroke: focusedId === active.id ? "var(--ring)" : "var(--foreground)",
                  strokeWidth: focusedId === active.id ? 2.5 : 1.5,
                }}
              />
            </g>
          ) : null}
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
        </svg>

        {tip && tipShape ? (
          <div
            aria-hidden="true"
            className="pointer-events-none absolute z-10 w-max max-w-64 -translate-x-1/2 -translate-y-full rounded-md border border-border-strong/70 bg-surface px-2.5 py-1.5 text-[12px] shadow-lg"
            style={{
              left: containerWidth ? Math.max(90, Math.min(tip.x, containerWidth - 90)) : tip.x,
              top: tip.y - 10,
            }}
          >
            <div className="font-semibold text-foreground">{tipShape.name}</div>
            <div className="text-muted-foreground tabular-nums">
              {typeof tipValue === "number" ? (
                <>
                  <span className="font-medium text-foreground">{fmt(tipValue)}</span> {valueLabel}
                </>
              ) : (
                "No data"
              )}
            </div>
            {tooltipExtra?.[tip.id] ? <div className="mt-0.5 text-[11.5px] text-subtle">{tooltipExtra[tip.id]}</div> : null}
            {hrefOf(tip.id) ? <div className="mt-0.5 text-[11px] text-subtle">Click to open</div> : null}
          </div>
        ) : null}
      </div>

      <figcaption className="flex flex-col gap-0.5 text-[11px] leading-snug text-subtle">
        {caption ? <span className="font-medium text-muted-foreground">{caption}</span> : null}
        <span>
          Boundaries ©{" "}
          <a href="https://www.openstreetmap.org/copyright" className="link text-subtle" target="_blank" rel="noreferrer">
            OpenStreetMap contributors (ODbL)
          </a>
          . Boundaries are de facto administrative boundaries from OpenStreetMap, shown for analysis only; they do not imply any position on
          disputed territory.
        </span>
      </figcaption>

      <table className="sr-only">
        <caption>
          {legendTitle}
          {caption ? ` (${caption})` : ""}
        </caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">{valueLabel}</th>
            {tooltipExtra ? <th scope="col">Note</th> : null}
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
                  <td>{typeof v === "number" ? fmt(v) : "no data"}</td>
                  {tooltipExtra ? <td>{tooltipExtra[s.id] ?? ""}</td> : null}
                </tr>
              );
            })}
        </tbody>
      </table>
    </figure>
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

function MapLegend({
  title,
  classes,
  fmt,
  patternId,
}: {
  title: string;
  classes: ValueClass[];
  fmt: (v: number) => string;
  patternId: string;
}) {
  const range = (c: ValueClass) => (c.min === c.max ? fmt(c.min) : `${fmt(c.min)}–${fmt(c.max)}`);
  return (
    <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
      <div className="min-w-0">
        <p className="mb-1 text-[11.5px] font-medium text-muted-foreground">{title}</p>
        {classes.length > 0 ? (
          <ol className="flex" aria-label={`${title}: colour classes`}>
            {classes.map((c) => (
              <li key={`${c.min}-${c.max}`} className="group flex w-16 flex-col gap-1">
                <span
                  aria-hidden="true"
                  className="h-2.5 w-full group-first:rounded-l-sm group-last:rounded-r-sm"
                  style={{ background: `var(--choro-${c.ramp + 1})` }}
                />
                <span className="text-[11px] leading-none text-muted-foreground tabular-nums">{range(c)}</span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-[11.5px] text-subtle">No values for this selection.</p>
        )}
      </div>
      <div className="flex flex-col gap-1">
        <svg aria-hidden="true" width="28" height="10" className="block rounded-sm border border-border">
          <defs>
            <NoDataPattern id={patternId} size={5} />
          </defs>
          <rect width="28" height="10" fill={`url(#${patternId})`} />
        </svg>
        <span className="text-[11px] leading-none text-muted-foreground">No data</span>
      </div>
    </div>
  );
}
