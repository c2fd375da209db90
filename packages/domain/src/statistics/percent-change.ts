/**
 * Percent change between two figures, honest about the cases where a percentage means nothing:
 * a missing figure gives "unavailable", a zero base gives "from_zero" (not Infinity), and two zeros
 * give "unchanged".
 */
export type PercentChange =
  | { kind: "change"; percent: number; direction: "up" | "down" | "flat" }
  | { kind: "unchanged" }
  | { kind: "from_zero"; current: number }
  | { kind: "unavailable"; reason: "no_current" | "no_previous" | "no_data" };

export function percentChange(current: number | null | undefined, previous: number | null | undefined): PercentChange {
  const hasCurrent = typeof current === "number" && Number.isFinite(current);
  const hasPrevious = typeof previous === "number" && Number.isFinite(previous);
  if (!hasCurrent && !hasPrevious) return { kind: "unavailable", reason: "no_data" };
  if (!hasCurrent) return { kind: "unavailable", reason: "no_current" };
  if (!hasPrevious) return { kind: "unavailable", reason: "no_previous" };
  const c = current as number;
  const p = previous as number;
  if (p === 0 && c === 0) return { kind: "unchanged" };
  if (p === 0) return { kind: "from_zero", current: c };
  const percent = ((c - p) / Math.abs(p)) * 100;
  const rounded = Math.round(percent * 10) / 10;
  return { kind: "change", percent: rounded, direction: rounded > 0 ? "up" : rounded < 0 ? "down" : "flat" };
}

export function describePercentChange(change: PercentChange, against: string): string {
  switch (change.kind) {
    case "change":
      return change.direction === "flat"
        ? `no change against ${against}`
        : `${change.percent > 0 ? "+" : "−"}${Math.abs(change.percent).toLocaleString("en-GB")}% against ${against}`;
    case "unchanged":
      return `none in either period (${against})`;
    case "from_zero":
      return `up from none in ${against}`;
    case "unavailable":
      return change.reason === "no_previous" ? `no figure for ${against} to compare` : "no figure to compare";
  }
}
