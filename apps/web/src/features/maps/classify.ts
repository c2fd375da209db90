/**
 * Classes for a choropleth: up to five quantile classes over the values that exist. Missing values are
 * "no data" and never fall into a class; zero is an ordinary value and lands in the lowest class.
 */

export const CLASS_COUNT = 5;

export interface ValueClass {
  /** Index into the colour ramp (0 = lightest … 4 = darkest). */
  ramp: number;
  /** Smallest and largest value actually in this class. */
  min: number;
  max: number;
}

export interface Classification {
  classes: ValueClass[];
  /** The class of a value, or undefined for no data. */
  classOf: (value: number | null | undefined) => ValueClass | undefined;
}

export function classifyValues(values: Iterable<number | null | undefined>, k = CLASS_COUNT): Classification {
  const sorted = [...values].filter((v): v is number => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  const unique = [...new Set(sorted)];
  if (unique.length === 0) return { classes: [], classOf: () => undefined };

  // Upper bounds (inclusive) of each class, taken at quantile positions and de-duplicated.
  let uppers: number[];
  if (unique.length <= k) {
    uppers = unique;
  } else {
    const n = sorted.length;
    const raw: number[] = [];
    for (let i = 1; i < k; i++) {
      const v = sorted[Math.ceil((i * n) / k) - 1];
      if (v !== undefined) raw.push(v);
    }
    raw.push(unique[unique.length - 1] as number);
    uppers = [...new Set(raw)];
  }

  const members: number[][] = uppers.map(() => []);
  const indexOf = (v: number) => {
    const i = uppers.findIndex((u) => v <= u);
    return i === -1 ? uppers.length - 1 : i;
  };
  for (const v of unique) members[indexOf(v)]?.push(v);

  const count = uppers.length;
  const classes: ValueClass[] = members.map((m, i) => ({
    // Spread fewer classes across the whole ramp so neighbours stay distinguishable.
    // A single class takes a middle colour: the lightest would barely show against "no data".
    ramp: count === 1 ? 2 : Math.round((i * (k - 1)) / (count - 1)),
    min: m[0] ?? 0,
    max: m[m.length - 1] ?? 0,
  }));

  return {
    classes,
    classOf: (value) => (typeof value === "number" && Number.isFinite(value) ? classes[indexOf(value)] : undefined),
  };
}
