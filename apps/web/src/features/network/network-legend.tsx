import { RELATIONSHIP_TYPE_LABELS, RELATIONSHIP_TYPE_READING, RELATIONSHIP_TYPES, type RelationshipType } from "@monitor/domain";
import { cn } from "~/lib/utils";
import { type ArrowShape, EDGE_STYLES } from "./network-style";

const W = 54;
const H = 14;

/** An arrowhead at (x, y) pointing right, as cytoscape draws it. */
function Arrow({ shape, x, fill, flip }: { shape: ArrowShape; x: number; fill: "filled" | "hollow"; flip?: boolean }) {
  const y = H / 2;
  const t = flip ? `translate(${2 * x} 0) scale(-1 1)` : undefined;
  const paint = fill === "hollow" ? { fill: "var(--surface)", stroke: "currentColor", strokeWidth: 1.5 } : { fill: "currentColor" };
  switch (shape) {
    case "triangle":
      return <polygon transform={t} points={`${x - 9},${y - 5} ${x},${y} ${x - 9},${y + 5}`} {...paint} />;
    case "vee":
      return <polygon transform={t} points={`${x - 10},${y - 5.5} ${x},${y} ${x - 10},${y + 5.5} ${x - 6},${y}`} fill="currentColor" />;
    case "diamond":
      return <polygon transform={t} points={`${x - 12},${y} ${x - 6},${y - 4.5} ${x},${y} ${x - 6},${y + 4.5}`} fill="currentColor" />;
    case "chevron":
      return (
        <polyline
          transform={t}
          points={`${x - 7},${y - 5} ${x},${y} ${x - 7},${y + 5}`}
          fill="none"
          stroke="currentColor"
          strokeWidth={2.25}
          strokeLinejoin="round"
        />
      );
    case "tee":
      return <line transform={t} x1={x - 1} x2={x - 1} y1={y - 5} y2={y + 5} stroke="currentColor" strokeWidth={2.5} />;
    case "none":
      return null;
  }
}

/** A short sample of a tie type's line: its colour (from the theme), pattern and arrowhead. */
export function TieSwatch({ type, className }: { type: RelationshipType; className?: string }) {
  const s = EDGE_STYLES[type];
  const x1 = s.bothEnds ? 3 : 1;
  const x2 = s.arrow === "none" ? W - 1 : W - 4;
  return (
    <svg
      aria-hidden="true"
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      className={cn("shrink-0 overflow-visible", className)}
      style={{ color: `light-dark(${s.light}, ${s.dark})` }}
    >
      <line
        x1={x1}
        x2={x2}
        y1={H / 2}
        y2={H / 2}
        stroke="currentColor"
        strokeWidth={Math.min(s.width, 4)}
        strokeDasharray={s.dash ? s.dash.join(" ") : undefined}
        strokeLinecap={s.cap}
      />
      <Arrow shape={s.arrow} x={W} fill={s.arrowFill} />
      {s.bothEnds ? <Arrow shape={s.arrow} x={0} fill={s.arrowFill} flip /> : null}
    </svg>
  );
}

/** The key to the drawing: each type's line, its name and how A → B reads. */
export function NetworkLegend({ counts }: { counts?: ReadonlyMap<RelationshipType, number> }) {
  return (
    <div className="flex flex-col gap-2">
      <h3 className="text-[12px] font-semibold text-foreground">Key</h3>
      <ul className="grid grid-cols-1 gap-x-5 gap-y-1.5 text-[12px] sm:grid-cols-2 xl:grid-cols-4">
        {RELATIONSHIP_TYPES.map((type) => {
          const n = counts?.get(type) ?? 0;
          return (
            <li key={type} className="flex items-center gap-2" data-type={type}>
              <TieSwatch type={type} />
              <span className="min-w-0">
                <span className="font-medium text-foreground">{RELATIONSHIP_TYPE_LABELS[type]}</span>
                {counts ? <span className="text-muted-foreground tabular-nums"> ({n})</span> : null}
                <span className="block text-[11.5px] leading-snug text-muted-foreground">
                  {RELATIONSHIP_TYPE_READING[type].directed ? "A → B: " : ""}
                  {RELATIONSHIP_TYPE_READING[type].reads}
                  <span className="sr-only">; drawn as {EDGE_STYLES[type].patternWords}</span>
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      <p className="text-[11.5px] leading-snug text-muted-foreground">
        A paler line: no source gives the tie a start date. Circle colour: the group's colour across the app; size: how many ties it has. A
        line may stand for several records of the same tie (from different sources); click it to read each with its citation.
      </p>
    </div>
  );
}
