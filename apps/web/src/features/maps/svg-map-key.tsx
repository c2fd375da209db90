import { trianglePath } from "./inset";
import { describeMapKey, type MapKeyLayout } from "./map-key";

/**
 * A map's colour key drawn inside its <svg> (no hooks: server and client maps both use it). One image
 * for assistive technology, named with the whole key in words; the map's table of values stays the
 * accessible alternative to the colours.
 */
export function SvgMapKey({ layout, title }: { layout: MapKeyLayout; title: string }) {
  const { fontSize: fs, swatch } = layout;
  // Baselines are given outright (a middle line + 0.35em) rather than by dominant-baseline, which the
  // PDF renderer (svg2pdf) does not follow: the text would sit a third of a line too high there.
  const baseline = (middle: number, size: number) => middle + size * 0.35;
  return (
    // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG group drawn as one image, not interactive
    <g role="img" aria-label={describeMapKey(title, layout.items)} pointerEvents="none" data-map-key="">
      {layout.titleLines.map((l) => (
        <text
          key={`t-${l.y}`}
          x={layout.x}
          y={baseline(l.y, fs)}
          style={{ fontSize: fs, fontWeight: 600, fill: "var(--muted-foreground)" }}
        >
          {l.text}
        </text>
      ))}
      {layout.items.map((item) => {
        const mid = item.y + swatch.h / 2;
        return (
          <g key={item.label}>
            {item.shape === "triangle" ? (
              <path
                d={trianglePath([item.x + swatch.w / 2, mid + fs * 0.12], swatch.h * 1.35)}
                strokeLinejoin="round"
                style={{ fill: item.fill, stroke: "var(--surface)", strokeWidth: fs * 0.12 }}
              />
            ) : (
              <rect
                x={item.x}
                y={item.y}
                width={swatch.w}
                height={swatch.h}
                rx={fs * 0.15}
                style={{
                  fill: item.fill,
                  stroke: item.outlined ? "var(--border-strong)" : "none",
                  strokeWidth: item.outlined ? fs * 0.07 : 0,
                }}
              />
            )}
            <text
              x={item.labelX}
              y={baseline(mid, fs * 0.92)}
              style={{ fontSize: fs * 0.92, fill: "var(--muted-foreground)", fontVariantNumeric: "tabular-nums" }}
            >
              {item.label}
            </text>
          </g>
        );
      })}
      {layout.note ? (
        <text x={layout.x} y={baseline(layout.note.y, fs * 0.92)} style={{ fontSize: fs * 0.92, fill: "var(--subtle)" }}>
          {layout.note.text}
        </text>
      ) : null}
    </g>
  );
}
