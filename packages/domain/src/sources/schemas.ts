import { z } from "zod";
import { IsoDate, Slug, Text } from "../shared/schemas";

export const SOURCE_KINDS = [
  "think_tank_report",
  "journal_article",
  "policy_paper",
  "news_report",
  "government_statement",
  "dataset",
  "un_report",
  "other",
] as const;
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  think_tank_report: "Think-tank report",
  journal_article: "Journal article",
  policy_paper: "Policy paper",
  news_report: "News report",
  government_statement: "Government statement",
  dataset: "Dataset",
  un_report: "UN report",
  other: "Other",
};

/** Which bibliographic fields were inferred rather than stated by the document itself. */
export const SOURCE_INFERABLE_FIELDS = ["title", "publisher", "authors", "year", "publishedOn"] as const;
export const SourceInferableField = z.enum(SOURCE_INFERABLE_FIELDS);

export const Source = z.object({
  slug: Slug,
  title: Text(500),
  shortTitle: Text(80),
  publisher: Text(300).nullable(),
  authors: z.array(Text(200)).max(50),
  year: z.number().int().min(1900).max(2100).nullable(),
  publishedOn: IsoDate.nullable(),
  kind: SourceKind,
  url: z
    .url({ protocol: /^https?$/, error: "Use a web address starting with http:// or https://." })
    .max(2000)
    .nullable(),
  /** The seed document's file name in shared/seeds, when the source is one of them. */
  file: z.string().max(200).nullable(),
  /** Fields whose value was inferred from context (for example a year read off the data period). */
  inferred: z.array(SourceInferableField),
  notes: z.string().max(4000).nullable(),
  /** The document's full text, when the app holds it (used to show quotes in context and check them). */
  text: z.string().max(5_000_000).nullable().default(null),
});
export type Source = z.infer<typeof Source>;

/**
 * Where a claim comes from: a source document, a locator inside it (section, table, page) and the
 * exact words. `originalProducer` names who first produced a figure that the document quotes
 * (for example "CRSS annual security report 2024", "UN Monitoring Team").
 */
export const Citation = z.object({
  source: Slug,
  locator: Text(300),
  quote: Text(4000),
  originalProducer: Text(300).nullable().optional(),
});
export type Citation = z.infer<typeof Citation>;

export const Citations = z.array(Citation).min(1, "Every record needs at least one citation: say who says so.").max(50);

export const SourceFilter = z.object({
  kind: SourceKind.optional(),
  search: z.string().trim().max(200).optional(),
});
export type SourceFilter = z.infer<typeof SourceFilter>;
