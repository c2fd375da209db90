import { z } from "zod";
import { DatePrecision, IsoDate, RecordKey, Text } from "../shared/schemas";
import { Citations } from "../sources/schemas";

export const EVENT_KINDS = ["political", "military", "attack", "agreement", "legal", "leadership", "other"] as const;
export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;

/** A dated marker that analysts annotate charts with (fall of Kabul, Doha Agreement, FATA merger). */
export const TimelineEvent = z.object({
  key: RecordKey,
  date: IsoDate,
  datePrecision: DatePrecision,
  title: Text(200),
  description: z.string().trim().max(4000).nullable(),
  kind: EventKind,
  /** A milestone analysts date things by (fall of Kabul, Doha Agreement…): drawn on trend charts. */
  marker: z.boolean().default(false),
  citations: Citations,
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  political: "Political",
  military: "Military",
  attack: "Attack",
  agreement: "Agreement or ceasefire",
  legal: "Law and constitution",
  leadership: "Leadership",
  other: "Other",
};

/** Filters of the timeline: a period (overlapping dates known only to the month or year), a category, milestones, words. */
export const EventFilter = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  kind: EventKind.optional(),
  /** Only the milestones drawn on trend charts. */
  markers: z.boolean().optional(),
  search: z.string().trim().max(200).optional(),
});
export type EventFilter = z.infer<typeof EventFilter>;
