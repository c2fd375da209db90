/**
 * Column mapping for CSV imports: which column of an uploaded file fills which field of an incident
 * or a statistic. The common column names of other databases are recognised as synonyms, so a file
 * exported from ACLED (event_date, admin1, admin2, fatalities, actor1 …) or the Global Terrorism
 * Database (iyear/imonth/iday, provstate, nkill, nwound, gname …) maps itself; the editor confirms or
 * changes the suggestion before the rows are read.
 *
 * Headers are compared without case, spaces, underscores or punctuation: "Event Date", "event_date"
 * and "EVENTDATE" are the same column.
 */
import { z } from "zod";

export const IMPORT_KINDS = ["incidents", "statistics"] as const;
export const ImportKind = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof ImportKind>;

export const INCIDENT_IMPORT_FIELDS = [
  "date",
  "year",
  "month",
  "day",
  "country",
  "province",
  "district",
  "place",
  "title",
  "description",
  "type",
  "suicide",
  "target",
  "killed",
  "injured",
  "groups",
  "otherGroups",
  "attribution",
  "source",
  "locator",
  "quote",
  "originalProducer",
] as const;
export type IncidentImportField = (typeof INCIDENT_IMPORT_FIELDS)[number];

export const STATISTIC_IMPORT_FIELDS = [
  "metric",
  "label",
  "value",
  "qualifier",
  "unit",
  "period",
  "periodStart",
  "periodEnd",
  "country",
  "province",
  "district",
  "group",
  "note",
  "source",
  "locator",
  "quote",
  "originalProducer",
] as const;
export type StatisticImportField = (typeof STATISTIC_IMPORT_FIELDS)[number];

export type ImportField = IncidentImportField | StatisticImportField;

/** One target field of an import, as the mapping screen shows it. */
export interface ImportFieldSpec<F extends string> {
  field: F;
  label: string;
  /** What the column should hold, in one sentence (shown under the field in the mapping screen). */
  hint: string;
  /** The file cannot be read without this field (or its `or` alternative). */
  required: boolean;
  /** A field that can stand in for a required one: an incident's date can come from GTD's iyear/imonth/iday. */
  or?: F;
  /** Suggested only when this other field found no column (GTD's iyear is not needed beside ACLED's event_date). */
  onlyWithout?: F;
  /** Column names recognised for the field, best first. */
  synonyms: readonly string[];
}

/** Which column (header) fills each field; null when none does. */
export type ColumnMapping<F extends string> = Record<F, string | null>;

const SOURCE_FIELDS = {
  source: {
    field: "source",
    label: "Source",
    hint: "The slug of a source in the Monitor (e.g. pips-2022). Without it, the file's default source is cited.",
    required: false,
    synonyms: ["source", "source_slug", "source_id", "cited_source"],
  },
  locator: {
    field: "locator",
    label: "Locator",
    hint: "Where in the source: page, table or section; a dataset's event id works (ACLED event_id_cnty, GTD eventid).",
    required: false,
    synonyms: ["locator", "page", "pages", "section", "reference", "source_locator", "event_id_cnty", "eventid", "event_id"],
  },
  quote: {
    field: "quote",
    label: "Quote",
    hint: "The source's exact words. Without it the row's description or note is used as the quote.",
    required: false,
    synonyms: ["quote", "quotation", "excerpt", "source_quote", "source_text"],
  },
  originalProducer: {
    field: "originalProducer",
    label: "Original producer",
    hint: "Who first reported the figure the source repeats (e.g. a newspaper).",
    required: false,
    synonyms: ["original_producer", "original_source", "producer", "reported_by", "first_reported_by"],
  },
} as const satisfies Record<string, ImportFieldSpec<"source" | "locator" | "quote" | "originalProducer">>;

const PLACE_FIELDS = {
  country: {
    field: "country",
    label: "Country",
    hint: "Pakistan or Afghanistan (name, PK/AF, PAK/AFG or a numeric code). Taken from the province when absent.",
    required: false,
    synonyms: ["country", "country_txt", "country_name", "country_code", "iso", "iso3"],
  },
  province: {
    field: "province",
    label: "Province",
    hint: "A province name or alias (KP, KPK, NWFP, FATA, Baluchistan …).",
    required: false,
    synonyms: ["province", "admin1", "provstate", "province_name", "state"],
  },
  district: {
    field: "district",
    label: "District",
    hint: "A district name or alias (D.I. Khan, Bajaur Agency …); it must lie in the province when both are given.",
    required: false,
    synonyms: ["district", "admin2", "district_name"],
  },
} as const satisfies Record<string, ImportFieldSpec<"country" | "province" | "district">>;

export const INCIDENT_IMPORT_FIELD_SPECS: readonly ImportFieldSpec<IncidentImportField>[] = [
  {
    field: "date",
    label: "Date",
    hint: "2021-08-15, 15 August 2021, Aug 2021, 2021 or 15/08/2021 (day first).",
    required: true,
    or: "year",
    synonyms: ["date", "event_date", "incident_date", "date_of_incident", "attack_date"],
  },
  {
    field: "year",
    label: "Year",
    hint: "The year, when the date comes in separate year/month/day columns (GTD).",
    required: false,
    onlyWithout: "date",
    synonyms: ["year", "iyear"],
  },
  {
    field: "month",
    label: "Month",
    hint: "1–12; 0 or empty when only the year is known.",
    required: false,
    onlyWithout: "date",
    synonyms: ["month", "imonth"],
  },
  {
    field: "day",
    label: "Day",
    hint: "1–31; 0 or empty when only the month is known.",
    required: false,
    onlyWithout: "date",
    synonyms: ["day", "iday"],
  },
  PLACE_FIELDS.country,
  PLACE_FIELDS.province,
  PLACE_FIELDS.district,
  {
    field: "place",
    label: "Place",
    hint: "The town, village or site, as written.",
    required: false,
    synonyms: ["place", "location", "city", "town", "village", "admin3", "site"],
  },
  {
    field: "title",
    label: "Title",
    hint: "A one-line title. When absent, one is made from the type and the place.",
    required: false,
    synonyms: ["title", "headline", "event_title"],
  },
  {
    field: "description",
    label: "Description",
    hint: "What happened, in a few sentences.",
    required: false,
    synonyms: ["description", "notes", "summary", "details", "narrative", "note"],
  },
  {
    field: "type",
    label: "Incident type",
    hint: "Suicide bombing, IED, armed assault, targeted killing, kidnapping … (other words are matched to these).",
    required: false,
    synonyms: ["type", "incident_type", "attack_type", "attacktype1_txt", "sub_event_type", "event_type"],
  },
  {
    field: "suicide",
    label: "Suicide attack",
    hint: "1/yes when the attack was a suicide attack (GTD's suicide column).",
    required: false,
    synonyms: ["suicide", "suicide_attack"],
  },
  {
    field: "target",
    label: "Target",
    hint: "Security forces, civilians, religious minority, infrastructure … (other words are matched to these).",
    required: false,
    synonyms: ["target", "target_type", "targtype1_txt", "victim", "victims", "actor2"],
  },
  {
    field: "killed",
    label: "Killed",
    hint: "A whole number; 'about 12', 'at least 12', '12+' keep their qualifier. Empty when unknown.",
    required: false,
    synonyms: ["killed", "deaths", "fatalities", "nkill", "dead", "number_killed"],
  },
  {
    field: "injured",
    label: "Injured",
    hint: "A whole number, as for killed.",
    required: false,
    synonyms: ["injured", "injuries", "wounded", "nwound", "number_injured", "number_wounded"],
  },
  {
    field: "groups",
    label: "Group",
    hint: "The group(s) behind it, by name or alias; several separated by ';'. 'Unknown' leaves it open.",
    required: false,
    synonyms: ["groups", "group", "perpetrator", "perpetrators", "perpetrator_group", "gname", "actor1", "actor", "claimed_by"],
  },
  {
    field: "otherGroups",
    label: "Associated groups",
    hint: "Further groups, separated by ';' (ACLED's assoc_actor_1, GTD's gname2).",
    required: false,
    synonyms: ["other_groups", "assoc_actor_1", "associated_groups", "gname2"],
  },
  {
    field: "attribution",
    label: "Attribution",
    hint: "claimed, attributed, suspected or denied (GTD's claimed 1/0 works). Default: attributed.",
    required: false,
    synonyms: ["attribution", "claimed", "claim", "claim_status", "certainty"],
  },
  SOURCE_FIELDS.source,
  SOURCE_FIELDS.locator,
  SOURCE_FIELDS.quote,
  SOURCE_FIELDS.originalProducer,
];

export const STATISTIC_IMPORT_FIELD_SPECS: readonly ImportFieldSpec<StatisticImportField>[] = [
  {
    field: "metric",
    label: "Metric",
    hint: "What is counted: incidents, terrorist attacks, fatalities, injuries, arrests … (other words are matched).",
    required: true,
    synonyms: ["metric", "indicator", "measure", "variable", "category"],
  },
  {
    field: "label",
    label: "Label",
    hint: "What is counted, in the source's words.",
    required: false,
    synonyms: ["label", "what", "counted", "title", "description"],
  },
  {
    field: "value",
    label: "Value",
    hint: "A number: 1,234, 12.5, 12%, 'about 300', 'over 1,000', '-12%'.",
    required: true,
    synonyms: ["value", "count", "number", "figure", "amount", "total"],
  },
  {
    field: "qualifier",
    label: "Qualifier",
    hint: "exact, about, over, at least, up to, nearly, more than, less than (overrides a qualifier written in the value).",
    required: false,
    synonyms: ["qualifier", "approximation", "precision_qualifier"],
  },
  {
    field: "unit",
    label: "Unit",
    hint: "count, people or percent. When absent: percent for '%' values, people for deaths and injuries, else count.",
    required: false,
    synonyms: ["unit", "units"],
  },
  {
    field: "period",
    label: "Period",
    hint: "The period as one cell: 2021, Aug 2021, 2021-08-15, or a range such as 2020–2021.",
    required: false,
    onlyWithout: "periodStart",
    synonyms: ["period", "year", "date", "reporting_period", "time_period"],
  },
  {
    field: "periodStart",
    label: "Period start",
    hint: "The first day (or month, or year) the figure covers.",
    required: true,
    or: "period",
    synonyms: ["period_start", "start_date", "start", "from", "date_from"],
  },
  {
    field: "periodEnd",
    label: "Period end",
    hint: "The last day (or month, or year) the figure covers; the end of the start's month or year when empty.",
    required: false,
    synonyms: ["period_end", "end_date", "end", "to", "date_to"],
  },
  PLACE_FIELDS.country,
  PLACE_FIELDS.province,
  PLACE_FIELDS.district,
  {
    field: "group",
    label: "Group",
    hint: "The one group the figure is about, by name or alias; empty for all groups.",
    required: false,
    synonyms: ["group", "perpetrator", "gname", "actor1", "actor"],
  },
  {
    field: "note",
    label: "Note",
    hint: "Anything a reader should know about the figure.",
    required: false,
    synonyms: ["note", "notes", "comment", "comments", "remarks"],
  },
  SOURCE_FIELDS.source,
  SOURCE_FIELDS.locator,
  SOURCE_FIELDS.quote,
  SOURCE_FIELDS.originalProducer,
];

/**
 * Columns recognised but deliberately not imported (coordinates, database bookkeeping). They are
 * listed apart from the unmapped columns so the editor is not asked about them.
 */
export const IGNORED_IMPORT_COLUMNS: readonly string[] = [
  "latitude",
  "longitude",
  "lat",
  "lon",
  "lng",
  "long",
  "geo_precision",
  "time_precision",
  "timestamp",
  "region",
  "event_id_no_cnty",
  "inter1",
  "inter2",
  "interaction",
  "source_scale",
  "tags",
  "disorder_type",
  "civilian_targeting",
  "specificity",
  "vicinity",
];

export function importFieldSpecs(kind: "incidents"): readonly ImportFieldSpec<IncidentImportField>[];
export function importFieldSpecs(kind: "statistics"): readonly ImportFieldSpec<StatisticImportField>[];
export function importFieldSpecs(kind: ImportKind): readonly ImportFieldSpec<ImportField>[];
export function importFieldSpecs(kind: ImportKind): readonly ImportFieldSpec<ImportField>[] {
  return kind === "incidents" ? INCIDENT_IMPORT_FIELD_SPECS : STATISTIC_IMPORT_FIELD_SPECS;
}

/** A header as compared: lower case, letters and digits only ("Event Date" = "event_date" = "EVENTDATE"). */
export function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, "");
}

export interface MappingSuggestion<F extends string> {
  mapping: ColumnMapping<F>;
  /** Headers that no field took and that are not known to be ignorable, in file order. */
  unmapped: string[];
  /** Headers recognised as not imported (coordinates, bookkeeping), in file order. */
  ignored: string[];
  /** Required fields that found no column (and whose alternative found none either). */
  missingRequired: F[];
}

/**
 * The suggested mapping of a file's headers: each field takes the first of its synonyms found among
 * the headers (its own name and label count too), each header fills one field at most, and a header
 * that appears twice is taken once.
 */
export function suggestMapping(kind: "incidents", headers: readonly string[]): MappingSuggestion<IncidentImportField>;
export function suggestMapping(kind: "statistics", headers: readonly string[]): MappingSuggestion<StatisticImportField>;
export function suggestMapping(
  kind: ImportKind,
  headers: readonly string[],
): MappingSuggestion<IncidentImportField> | MappingSuggestion<StatisticImportField>;
export function suggestMapping(
  kind: ImportKind,
  headers: readonly string[],
): MappingSuggestion<IncidentImportField> | MappingSuggestion<StatisticImportField> {
  const specs = importFieldSpecs(kind);
  const byNormal = new Map<string, string>();
  for (const h of headers) {
    const n = normalizeHeader(h);
    if (n !== "" && !byNormal.has(n)) byNormal.set(n, h);
  }
  const used = new Set<string>();
  const mapping: Record<string, string | null> = {};
  const take = (spec: ImportFieldSpec<ImportField>): string | null => {
    for (const name of [spec.field, spec.label, ...spec.synonyms]) {
      const header = byNormal.get(normalizeHeader(name));
      if (header !== undefined && !used.has(header)) return header;
    }
    return null;
  };
  // Fields that stand aside for another field are decided after it.
  const ordered = [...specs.filter((s) => !s.onlyWithout), ...specs.filter((s) => s.onlyWithout)];
  for (const spec of ordered) {
    if (spec.onlyWithout && mapping[spec.onlyWithout]) {
      mapping[spec.field] = null;
      continue;
    }
    const header = take(spec);
    mapping[spec.field] = header;
    if (header !== null) used.add(header);
  }
  const ignorable = new Set(IGNORED_IMPORT_COLUMNS.map(normalizeHeader));
  const unmapped: string[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const h of headers) {
    if (used.has(h) || seen.has(h)) continue;
    seen.add(h);
    if (ignorable.has(normalizeHeader(h))) ignored.push(h);
    else unmapped.push(h);
  }
  const ordering = Object.fromEntries(specs.map((s) => [s.field, mapping[s.field] ?? null]));
  return { mapping: ordering, unmapped, ignored, missingRequired: missingRequiredFields(kind, ordering) } as
    | MappingSuggestion<IncidentImportField>
    | MappingSuggestion<StatisticImportField>;
}

/** The required fields a mapping leaves without a column (a field whose `or` alternative is mapped is not missing). */
export function missingRequiredFields(kind: ImportKind, mapping: Partial<Record<string, string | null>>): ImportField[] {
  return importFieldSpecs(kind)
    .filter((s) => s.required && !mapping[s.field] && !(s.or && mapping[s.or]))
    .map((s) => s.field);
}

export interface MappingIssue {
  field: string;
  message: string;
}

/**
 * Checks a mapping chosen by the editor against the file's headers: every mapped column exists, no
 * column fills two fields, and the required fields are mapped. Messages say how to fix it.
 */
export function checkMapping(
  kind: ImportKind,
  mapping: Partial<Record<string, string | null>>,
  headers: readonly string[],
): MappingIssue[] {
  const specs = importFieldSpecs(kind);
  const known = new Set<string>(specs.map((s) => s.field));
  const present = new Set(headers);
  const issues: MappingIssue[] = [];
  const takenBy = new Map<string, string>();
  for (const [field, header] of Object.entries(mapping)) {
    if (!known.has(field)) {
      issues.push({ field, message: `"${field}" is not a field of ${kind}; remove it from the mapping.` });
      continue;
    }
    if (header === null || header === undefined) continue;
    const label = specs.find((s) => s.field === field)?.label ?? field;
    if (!present.has(header)) {
      issues.push({ field, message: `The file has no column "${header}". Pick one of its columns for ${label}, or leave it unmapped.` });
      continue;
    }
    const other = takenBy.get(header);
    if (other !== undefined) {
      const otherLabel = specs.find((s) => s.field === other)?.label ?? other;
      issues.push({ field, message: `Column "${header}" already fills ${otherLabel}; a column can fill one field only.` });
      continue;
    }
    takenBy.set(header, field);
  }
  for (const field of missingRequiredFields(kind, mapping)) {
    const spec = specs.find((s) => s.field === field);
    const alt = spec?.or ? specs.find((s) => s.field === spec.or) : undefined;
    issues.push({
      field,
      message: `Choose the column that holds ${spec?.label ?? field}${alt ? ` (or map ${alt.label})` : ""}; the rows cannot be read without it.`,
    });
  }
  return issues;
}
