import { cn } from "~/lib/utils";

export interface SparklineProps {
  /** Values in order; null is a gap. */
  values: readonly (number | null)[];
  /** What the line shows, read out instead of the drawing: "Attacks per year, 2019–2024: rising". */
  label: string;
  width?: number;
  height?: number;
  /** A CSS colour (default: the accent). */
  color?: string;
  className?: string;
}

/** A tiny line without axes, for tables and stat cards. Draws on the server; gaps stay gaps. */
export function Sparkline({ values, label, width = 96, height = 24, color = "var(--accent)", className }: SparklineProps) {
  const nums = values.filter((v): v is number => typeof v === "number");
  if (nums.length === 0) return <span className={cn("text-[11px] text-subtle", className)}>no data</span>;
  const min = Math.min(0, ...nums);
  const max = Math.max(...nums);
  const pad = 2;
  const x = (i: number) => pad + (values.length <= 1 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (values.length - 1));
  const y = (v: number) => height - pad - (max === min ? 0.5 : (v - min) / (max - min)) * (height - 2 * pad);

  let d = "";
  let pen = false;
  values.forEach((v, i) => {
    if (typeof v !== "number") {
      pen = false;
      return;
    }
    d += `${pen ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  });
  const lastIndex = values.length - 1 - [...values].reverse().findIndex((v) => typeof v === "number");
  const last = values[lastIndex];

  return (
    <svg
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className={cn("inline-block overflow-visible align-middle", className)}
    >
      <path d={d} fill="none" stroke={color} strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
      {typeof last === "number" ? <circle cx={x(lastIndex)} cy={y(last)} r={2} fill={color} /> : null}
    </svg>
  );
}
