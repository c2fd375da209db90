/**
 * What incident and statistic rows share: the context a row is read in, the result shape, the
 * reading of mapped cells, the citation every record needs, and the deterministic record key.
 */
import type { Citation } from "../sources/schemas";
import type { DateOrder } from "./cells";
import type { ImportRowError } from "./schemas";

export interface ImportRowContext {
  /** The row's number in the file as a spreadsheet shows it (the header is row 1), for messages and reports. */
  rowNumber: number;
  /** The citation for rows that name no source (and the locator for rows that give none). */
  defaultSource?: { source: string; locator: string } | null;
  /** Group names and aliases to slugs, keyed as `buildGroupLookup` keys them. */
  knownGroups: ReadonlyMap<string, string>;
  /** The slugs of the sources in the Monitor. */
  knownSources: ReadonlySet<string>;
  /** Today's date (ISO), from the request's clock: dates after it are refused. */
  today: string;
  /** How dates with slashes are read; day first unless the file says otherwise. */
  dateOrder?: DateOrder;
}

export type ImportRowResult<T> =
  | { ok: true; rowNumber: number; value: T; warnings: string[] }
  | { ok: false; rowNumber: number; errors: ImportRowError[]; warnings: string[] };

/** A raw row as the CSV reader gives it: header → cell. Missing cells read as empty. */
export type RawRow = Readonly<Record<string, string | undefined>>;

/** Reads the mapped cells of a row and collects the row's errors and warnings. */
export class RowReader<F extends string> {
  readonly errors: ImportRowError[] = [];
  readonly warnings: string[] = [];
  constructor(
    private readonly raw: RawRow,
    private readonly mapping: Partial<Record<F, string | null>>,
  ) {}

  column(field: F): string | null {
    return this.mapping[field] ?? null;
  }

  /** The trimmed cell of a field; empty when the field has no column or the cell is missing. */
  cell(field: F): string {
    const header = this.mapping[field];
    if (!header) return "";
    return (this.raw[header] ?? "").trim();
  }

  /** Records an error about a field's cell (the column and value are taken from the mapping). */
  error(field: F, message: string, recordField: string = field): void {
    const column = this.column(field);
    this.errors.push({ column, field: recordField, value: column ? this.cell(field) : null, message });
  }

  /** A text cell bounded in length: null when empty, an error when too long. */
  text(field: F, max: number, label: string): string | null {
    const v = this.cell(field);
    if (v === "") return null;
    if (v.length > max) {
      this.error(
        field,
        `The ${label} is ${v.length.toLocaleString("en-US")} characters long; shorten it to ${max.toLocaleString("en-US")} at most.`,
      );
      return null;
    }
    return v;
  }
}

type CitationField = "source" | "locator" | "quote" | "originalProducer";

/** "PIPS 2022" → "pips-2022": a source cell as a slug. */
export function slugifySourceCell(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * The row's citation:
 * - source: the source cell when it names a source of the Monitor (by slug, or a name that slugs to
 *   one: "PIPS 2022" → pips-2022); else the file's default source. A source cell that names no source
 *   of the Monitor (ACLED's "Dawn; Express Tribune") then becomes the citation's original producer,
 *   with a warning; without a default source it is an error.
 * - locator: the locator cell, else the default source's locator.
 * - quote: the quote cell, else `fallbackQuote` (the row's description or note) with a warning that
 *   says so; without either it is an error.
 */
export function readCitation<F extends string>(
  reader: RowReader<F | CitationField>,
  ctx: ImportRowContext,
  fallbackQuote: { field: F; label: string } | null,
): Citation | null {
  const before = reader.errors.length;
  const sourceCell = reader.cell("source");
  const def = ctx.defaultSource ?? null;
  let producer = reader.cell("originalProducer");
  let source: string | null = null;
  if (sourceCell !== "") {
    const slug = ctx.knownSources.has(sourceCell) ? sourceCell : slugifySourceCell(sourceCell);
    if (ctx.knownSources.has(slug)) source = slug;
    else if (def) {
      source = def.source;
      if (producer === "") producer = sourceCell;
      reader.warnings.push(
        `"${sourceCell}" is not a source in the Monitor: the row cites the file's default source ${def.source}, with "${sourceCell}" as the original producer.`,
      );
    } else {
      reader.error(
        "source",
        `Unknown source "${sourceCell}". Use the slug of a source in the Monitor (add the source first if it is new), or choose a default source for the file.`,
      );
    }
  } else if (def) source = def.source;
  else
    reader.error(
      "source",
      "The row names no source. Map a source column or choose a default source for the file: every record needs a citation.",
    );
  if (source !== null && source === def?.source && !ctx.knownSources.has(source)) {
    reader.error("source", `The file's default source "${source}" is not a source in the Monitor; choose another or add it first.`);
  }

  let locator = reader.cell("locator");
  if (locator === "") locator = def?.locator.trim() ?? "";
  if (locator === "") {
    reader.error(
      "locator",
      "The citation needs a locator (page, table, section or event id). Map a locator column or give the default source a locator.",
      "citation.locator",
    );
  } else if (locator.length > 300) reader.error("locator", "The locator is too long; keep it under 300 characters.", "citation.locator");

  let quote = reader.cell("quote");
  if (quote === "" && fallbackQuote) {
    const fallback = reader.cell(fallbackQuote.field);
    if (fallback !== "") {
      quote = fallback;
      reader.warnings.push(
        `No quote: the ${fallbackQuote.label} is cited as the source's words. Check that it quotes the source, or add a quote column.`,
      );
    }
  }
  if (quote === "") {
    reader.error(
      "quote",
      `The citation needs a quote: the source's exact words. Map a quote column${fallbackQuote ? ` or fill the ${fallbackQuote.label}` : ""}.`,
      "citation.quote",
    );
  } else if (quote.length > 4000) {
    reader.error("quote", "The quote is longer than 4,000 characters; quote the sentence that supports the record.", "citation.quote");
  }
  if (producer.length > 300) {
    reader.error("originalProducer", "The original producer is too long; keep it under 300 characters.", "citation.originalProducer");
  }
  if (reader.errors.length > before || source === null) return null;
  return { source, locator, quote, originalProducer: producer === "" ? null : producer };
}

/** 53-bit string hash (cyrb53), as 14 hex digits: stable across runtimes, fast, not cryptographic. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}

/**
 * The natural key of an imported record: `import/<source>/<date>/<hash of its content>`. The same
 * content gives the same key, so importing a file twice updates rather than duplicates, and two
 * identical rows of one file share a key (reported as duplicates).
 */
export function importRecordKey(source: string, date: string, content: unknown): string {
  return `import/${source}/${date}/${hashText(JSON.stringify(content))}`;
}
