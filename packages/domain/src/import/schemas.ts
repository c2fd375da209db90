import { z } from "zod";
import { Slug, Text } from "../shared/schemas";
import { DateOrder } from "./cells";
import { type ImportKind, INCIDENT_IMPORT_FIELDS, importFieldSpecs, missingRequiredFields, STATISTIC_IMPORT_FIELDS } from "./columns";

/** A column header of the uploaded file, as the mapping names it. */
const Header = z.string().min(1, "Pick a column or leave the field unmapped.").max(200);

const mappingOf = <F extends string>(fields: readonly F[]) =>
  z.object(
    Object.fromEntries(fields.map((f) => [f, Header.nullable().default(null)])) as Record<F, z.ZodDefault<z.ZodNullable<typeof Header>>>,
  );

/** Which column fills each incident field (null: none). */
export const IncidentImportMapping = mappingOf(INCIDENT_IMPORT_FIELDS);
export type IncidentImportMapping = z.infer<typeof IncidentImportMapping>;

/** Which column fills each statistic field (null: none). */
export const StatisticImportMapping = mappingOf(STATISTIC_IMPORT_FIELDS);
export type StatisticImportMapping = z.infer<typeof StatisticImportMapping>;

function checkColumns(kind: ImportKind, mapping: Record<string, string | null>, ctx: z.RefinementCtx) {
  const specs = importFieldSpecs(kind);
  const label = (field: string) => specs.find((s) => s.field === field)?.label ?? field;
  const takenBy = new Map<string, string>();
  for (const [field, header] of Object.entries(mapping)) {
    if (header === null) continue;
    const other = takenBy.get(header);
    if (other !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["mapping", field],
        message: `Column "${header}" already fills ${label(other)}; a column can fill one field only.`,
      });
    } else takenBy.set(header, field);
  }
  for (const field of missingRequiredFields(kind, mapping)) {
    ctx.addIssue({
      code: "custom",
      path: ["mapping", field],
      message: `Choose the column that holds ${label(field)}; the rows cannot be read without it.`,
    });
  }
}

/** The mapping an editor confirms, per kind: no column fills two fields and the required fields are mapped. */
export const ImportMapping = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("incidents"), mapping: IncidentImportMapping }),
    z.object({ kind: z.literal("statistics"), mapping: StatisticImportMapping }),
  ])
  .superRefine((m, ctx) => checkColumns(m.kind, m.mapping, ctx));
export type ImportMapping = z.infer<typeof ImportMapping>;

/** The citation used for rows that name no source of their own (and their locator when they give none). */
export const ImportDefaultSource = z.object({ source: Slug, locator: Text(300) });
export type ImportDefaultSource = z.infer<typeof ImportDefaultSource>;

/** File-wide choices of an import, beside the mapping. */
export const ImportOptions = z.object({
  defaultSource: ImportDefaultSource.nullable().default(null),
  /** How dates with slashes are read: 15/08/2021 (day first, the default) or 08/15/2021. */
  dateOrder: DateOrder.default("day-first"),
});
export type ImportOptions = z.infer<typeof ImportOptions>;

/** One problem with one cell (or the whole row, when `column` is null). */
export const ImportRowError = z.object({
  /** The file's header of the cell; null when the field has no column. */
  column: z.string().nullable(),
  /** The record field the problem is about (date, district, killed, citation …). */
  field: z.string(),
  /** The cell as written, when there is one. */
  value: z.string().nullable(),
  /** What is wrong and how to fix it. */
  message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowError>;

/** The counts shown above an import preview and in the error report. */
export const ImportSummary = z.object({
  rowsRead: z.number().int().nonnegative(),
  valid: z.number().int().nonnegative(),
  invalid: z.number().int().nonnegative(),
  /** Valid rows flagged as likely duplicates (of a record or of an earlier row of the file). */
  duplicates: z.number().int().nonnegative(),
  /** Rows with at least one warning. */
  withWarnings: z.number().int().nonnegative(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;
