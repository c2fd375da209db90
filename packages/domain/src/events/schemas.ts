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
