import { getAdminUnit } from "../geo/admin-units";
import { periodKey, periodsBetween } from "./aggregate";
import {
  type BreakdownDimension,
  type BreakdownMeasure,
  CERTAINTY_LABELS,
  type Certainty,
  type Granularity,
  INCIDENT_TYPE_LABELS,
  type IncidentType,
  TARGET_LABELS,
  type Target,
} from "./schemas";

/** One SQL GROUP BY row of a breakdown: a period, a key of the dimension (null when not stated) and its sums. */
export interface BreakdownRow {
  period: string;
  key: string | null;
  incidents: number;
  killed: number;
  injured: number;
}

export interface IncidentBreakdown {
  /** "2021" or "2021-08", with the empty periods of the covered range filled as zeros. */
  periods: string[];
  /** Largest total first; the "not stated" key (`BREAKDOWN_UNKNOWN_KEY`) always last. */
  keys: { key: string; label: string }[];
  /** One row per period, with a value for every key. */
  rows: { period: string; values: Record<string, number> }[];
  totals: Record<string, number>;
  /** Incidents left out of a monthly series because they are known only to the year. */
  unplaced: number;
  /** What a reader must know to read the stacks right (e.g. one incident under two groups), or null. */
  note: string | null;
}

/** The key incidents without a value for the dimension fall under (no district, no group named…). */
export const BREAKDOWN_UNKNOWN_KEY = "unknown";

const UNKNOWN_LABELS: Record<BreakdownDimension, string> = {
  province: "Province not stated",
  district: "District not stated",
  group: "No group attributed",
  target: "Target not stated",
  type: "Type not stated",
};

/** The label of a dimension's key: admin unit names for places, the domain's labels for types and targets. */
export function breakdownLabel(dimension: BreakdownDimension, key: string, groupLabels: Readonly<Record<string, string>> = {}): string {
  if (key === BREAKDOWN_UNKNOWN_KEY) return UNKNOWN_LABELS[dimension];
  switch (dimension) {
    case "province":
    case "district":
      return getAdminUnit(key)?.name ?? key;
    case "type":
      return INCIDENT_TYPE_LABELS[key as IncidentType] ?? key;
    case "target":
      return TARGET_LABELS[key as Target] ?? key;
    case "group":
      return groupLabels[key] ?? key;
  }
}

/** Why a group breakdown's stacks can exceed the incident total, and which links count. */
export function groupBreakdownNote(certainty?: Certainty): string {
  const floor = certainty
    ? ` Only links at the chosen certainty (${CERTAINTY_LABELS[certainty].toLowerCase()}) count; a denial never does.`
    : " Claimed, attributed and suspected links count; a denial does not.";
  return `An incident attributed to two groups counts once under each, so the stacks can add up to more than the incident total.${floor}`;
}

export interface ShapeBreakdownOptions {
  dimension: BreakdownDimension;
  granularity: Granularity;
  measure: BreakdownMeasure;
  /** The filter's period (ISO dates): its years or months are all shown, empty ones as zero. */
  from?: string;
  to?: string;
  /** How many matching incidents a monthly series could not place (known only to the year). */
  unplaced?: number;
  /** Group slug → label (abbreviation or name); other dimensions are labelled here. */
  groupLabels?: Readonly<Record<string, string>>;
  /** The certainty floor of the filter, for the group note. */
  certainty?: Certainty;
}

/**
 * Shapes SQL GROUP BY rows (period × key) into a table for stacked charts and their data tables:
 * every period of the covered range (the filter's `from`..`to`, widened to any period with data;
 * without them, the first to the last period with data) with a value for every key. The incident log
 * covers the whole range, so empty periods are real zeros. Rows without a key go under "unknown".
 */
export function shapeIncidentBreakdown(rows: readonly BreakdownRow[], opts: ShapeBreakdownOptions): IncidentBreakdown {
  const cells = new Map<string, Map<string, number>>();
  const totals: Record<string, number> = {};
  for (const r of rows) {
    const key = r.key ?? BREAKDOWN_UNKNOWN_KEY;
    const value = r[opts.measure];
    const perKey = cells.get(r.period) ?? new Map<string, number>();
    perKey.set(key, (perKey.get(key) ?? 0) + value);
    cells.set(r.period, perKey);
    totals[key] = (totals[key] ?? 0) + value;
  }

  const keys = Object.keys(totals)
    .map((key) => ({ key, label: breakdownLabel(opts.dimension, key, opts.groupLabels) }))
    .sort((a, b) => {
      const unknown = Number(a.key === BREAKDOWN_UNKNOWN_KEY) - Number(b.key === BREAKDOWN_UNKNOWN_KEY);
      return unknown || (totals[b.key] ?? 0) - (totals[a.key] ?? 0) || a.label.localeCompare(b.label);
    });

  const present = [...cells.keys()].sort();
  let first = [opts.from ? periodKey(opts.from, opts.granularity) : undefined, present[0]].filter(isString).sort()[0];
  let last = [opts.to ? periodKey(opts.to, opts.granularity) : undefined, present[present.length - 1]].filter(isString).sort().pop();
  // A link asking for the months since year 1 would fill thousands of empty rows: keep to the data then.
  if (first !== undefined && last !== undefined && periodSpan(first, last, opts.granularity) > MAX_FILLED_PERIODS) {
    first = present[0];
    last = present[present.length - 1];
  }
  const periods = first !== undefined && last !== undefined ? [...periodsBetween(first, last, opts.granularity)] : [];

  return {
    periods,
    keys,
    rows: periods.map((period) => {
      const perKey = cells.get(period);
      return { period, values: Object.fromEntries(keys.map(({ key }) => [key, perKey?.get(key) ?? 0])) };
    }),
    totals,
    unplaced: opts.granularity === "month" ? (opts.unplaced ?? 0) : 0,
    note: opts.dimension === "group" ? groupBreakdownNote(opts.certainty) : null,
  };
}

/** The most empty periods a breakdown fills in (100 years of months). */
export const MAX_FILLED_PERIODS = 1200;

function periodSpan(first: string, last: string, granularity: Granularity): number {
  const years = Number(last.slice(0, 4)) - Number(first.slice(0, 4));
  if (granularity === "year") return years + 1;
  return years * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1;
}

function isString(s: string | undefined): s is string {
  return s !== undefined;
}
