import { z } from "zod";

/** A calendar date as ISO `YYYY-MM-DD`; checked to be a real date (no 2022-02-30). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2021-08-15 (year-month-day).")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "This date does not exist; check the day and month.");
export type IsoDate = z.infer<typeof IsoDate>;

/** How exactly a date is known: "2007" is a year, "Dec 2007" a month. */
export const DATE_PRECISIONS = ["day", "month", "year"] as const;
export const DatePrecision = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** How a date's precision reads in forms and histories. */
export const DATE_PRECISION_LABELS: Record<DatePrecision, string> = { day: "Exact day", month: "Month only", year: "Year only" };

export const Slug = z
  .string()
  .min(1, "A slug is required.")
  .max(120, "Keep the slug under 120 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens, e.g. crss-2025.");
export type Slug = z.infer<typeof Slug>;

/** A stable natural key for records that have no slug (seed and import use it to upsert). */
export const RecordKey = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9][a-z0-9._/-]*$/, "Keys use lower-case letters, digits, '.', '_', '-' and '/'.");
export type RecordKey = z.infer<typeof RecordKey>;

export const Uuid = z.uuid();

export const Pagination = z.object({
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});
export type Pagination = z.infer<typeof Pagination>;

export const Page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int().nonnegative(), limit: z.number().int(), offset: z.number().int() });

/** Text fields: trimmed, never empty, bounded so hostile input cannot blow up a row. */
export const Text = (max = 2000) => z.string().trim().min(1, "This field cannot be empty.").max(max, `Keep this under ${max} characters.`);
