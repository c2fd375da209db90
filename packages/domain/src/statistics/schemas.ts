import { z } from "zod";
import { CountryId } from "../geo/schemas";
import { DatePrecision, IsoDate, Pagination, RecordKey, Slug } from "../shared/schemas";
import { Citations } from "../sources/schemas";

export const METRICS = [
  "incidents",
  "terror_attacks",
  "counter_terror_operations",
  "fatalities",
  "injuries",
  "civilian_deaths",
  "security_forces_deaths",
  "militants_killed",
  "arrests",
  "attacks_claimed",
  "suicide_attacks",
  "fighters",
  "percent_change",
  "other",
] as const;
export const Metric = z.enum(METRICS);
export type Metric = z.infer<typeof Metric>;

export const METRIC_LABELS: Record<Metric, string> = {
  incidents: "Incidents",
  terror_attacks: "Terrorist attacks",
  counter_terror_operations: "Counter-terror operations",
  fatalities: "Fatalities",
  injuries: "Injuries",
  civilian_deaths: "Civilian deaths",
  security_forces_deaths: "Security-forces deaths",
  militants_killed: "Militants killed",
  arrests: "Arrests",
  attacks_claimed: "Attacks claimed",
  suicide_attacks: "Suicide attacks",
  fighters: "Fighters / strength",
  percent_change: "Percent change",
  other: "Other",
};

export const QUALIFIERS = ["exact", "about", "over", "at_least", "up_to", "nearly", "more_than", "less_than"] as const;
export const Qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof Qualifier>;

export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: "",
  about: "about",
  over: "over",
  at_least: "at least",
  up_to: "up to",
  nearly: "nearly",
  more_than: "more than",
  less_than: "less than",
};

export const UNITS = ["count", "percent", "people"] as const;
export const Unit = z.enum(UNITS);
export type Unit = z.infer<typeof Unit>;

/** Where a figure applies: a country, optionally narrowed to a province and a district. */
export const Geography = z.object({
  country: CountryId.nullable(),
  province: z.string().max(20).nullable(),
  district: z.string().max(60).nullable(),
  /**
   * When a figure covers several provinces or districts together ("Punjab & Islamabad", "KP and
   * Balochistan"), their ids. Such a figure is a part of the country, never its total, and is never
   * painted onto one area.
   */
  areas: z.array(z.string().max(60)).max(40).default([]),
});
export type Geography = z.infer<typeof Geography>;

/** One published figure, exactly as a source states it. */
export const Statistic = z
  .object({
    key: RecordKey,
    metric: Metric,
    /** Free-text label of what is counted, in the source's words where the metric is coarse. */
    label: z.string().trim().max(300).nullable(),
    value: z.number().finite().min(-1_000_000_000).max(1_000_000_000),
    unit: Unit,
    qualifier: Qualifier,
    periodStart: IsoDate,
    periodEnd: IsoDate,
    periodPrecision: DatePrecision,
    geography: Geography,
    group: Slug.nullable(),
    note: z.string().trim().max(2000).nullable(),
    citations: Citations,
  })
  .refine((s) => s.periodStart <= s.periodEnd, { message: "The period must start on or before its end.", path: ["periodEnd"] });
export type Statistic = z.infer<typeof Statistic>;

export const StatisticFilter = z.object({
  metric: Metric.optional(),
  country: CountryId.optional(),
  province: z.string().max(20).optional(),
  district: z.string().max(60).optional(),
  group: Slug.optional(),
  source: Slug.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** Words in what is counted (the label) or the note. */
  search: z.string().trim().max(200).optional(),
});
export type StatisticFilter = z.infer<typeof StatisticFilter>;

export const StatisticListInput = StatisticFilter.extend(Pagination.shape);
export type StatisticListInput = z.infer<typeof StatisticListInput>;
