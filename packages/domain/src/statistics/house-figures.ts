import { z } from "zod";
import { Qualifier } from "./schemas";

/**
 * A house figure: where sources disagree on one thing (same metric, place, group and period), the
 * figure the editors decided the overview uses, with the reasons. The sources' own figures stay as
 * they are and are always shown beside it.
 */
export interface HouseFigure {
  comparisonKey: string;
  value: number;
  qualifier: Qualifier;
  rationale: string;
  /** The statistic (one source's figure) it adopts, when it adopts one rather than the editors' own reading. */
  basedOn: string | null;
  setBy: string;
  setAt: Date;
  version: number;
}

const ComparisonKey = z
  .string()
  .max(400)
  .refine((k) => parseComparisonKey(k) !== null, "Pick the comparison from the source-comparison page.");

export const HouseFigureInput = z.object({
  comparisonKey: ComparisonKey,
  value: z
    .number({ message: "Enter the figure as a number." })
    .finite("Enter the figure as a number.")
    .nonnegative("A count cannot be negative.")
    .max(10_000_000, "That is larger than any figure in this domain; check the number."),
  qualifier: Qualifier.default("exact"),
  rationale: z
    .string()
    .trim()
    .min(20, "Say in a sentence or two why this is the house figure (at least 20 characters).")
    .max(2000, "Keep the rationale under 2,000 characters."),
  basedOn: z.string().max(200).nullable().default(null),
  /** The version the editor saw: null when creating; a stale version is refused, never overwritten. */
  expectedVersion: z.number().int().positive().nullable(),
});
export type HouseFigureInput = z.infer<typeof HouseFigureInput>;

export const ClearHouseFigureInput = z.object({ comparisonKey: ComparisonKey, expectedVersion: z.number().int().positive() });
export type ClearHouseFigureInput = z.infer<typeof ClearHouseFigureInput>;

export interface ComparisonKeyParts {
  metric: string;
  unit: string;
  country: string | null;
  province: string | null;
  district: string | null;
  areas: string[];
  group: string | null;
  periodStart: string;
  periodEnd: string;
}

/** Reads a `comparisonKey` back into its parts; null when it is not one. */
export function parseComparisonKey(key: string): ComparisonKeyParts | null {
  const parts = key.split("|");
  if (parts.length !== 9) return null;
  const [metric, unit, country, province, district, areas, group, periodStart, periodEnd] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const date = /^\d{4}-\d{2}-\d{2}$/;
  if (!metric || !unit || !date.test(periodStart) || !date.test(periodEnd)) return null;
  const opt = (s: string) => (s === "-" ? null : s);
  return {
    metric,
    unit,
    country: opt(country),
    province: opt(province),
    district: opt(district),
    areas: areas === "-" ? [] : areas.split("+"),
    group: opt(group),
    periodStart,
    periodEnd,
  };
}
