/**
 * Reading one row of an incident import into an `Incident`, or the list of what is wrong with it.
 * Every problem of the row is reported at once, each naming the column, the value and how to fix it.
 *
 * - date: the date column (formats in cells.ts), else GTD's year/month/day columns; never after today;
 * - place: see places.ts; the country comes from the province when not given, and an incident needs one;
 * - type and target: free text matched to the enums (vocabulary.ts); unrecognised text becomes "other"
 *   with a warning; an empty cell is "other" silently; GTD's suicide = 1 makes the type a suicide bombing;
 * - killed and injured: counts with qualifiers (cells.ts); empty or "unknown" is unknown (null);
 * - groups: the group and associated-group cells, several names separated by ';'; each must be known
 *   (groups.ts); all get the row's attribution (default "attributed");
 * - citation: see rows.ts; the description stands in for a missing quote;
 * - title: the title cell, else "<type> in <place>" (e.g. "IED / bombing in Quetta");
 * - key: `import/<source>/<date>/<content hash>` (rows.ts).
 */
import { getAdminUnit } from "../geo/admin-units";
import type { CountryId } from "../geo/schemas";
import { INCIDENT_TYPE_LABELS, Incident, type IncidentType, type Perpetrator, type Target } from "../incidents/schemas";
import { type ParsedDate, parseDateCell, parseFigureCell, parseYearMonthDay } from "./cells";
import type { IncidentImportField } from "./columns";
import { matchGroupName, splitGroupCell, unknownGroupMessage } from "./groups";
import { resolvePlace } from "./places";
import { type ImportRowContext, type ImportRowResult, importRecordKey, type RawRow, RowReader, readCitation } from "./rows";
import { INCIDENT_TYPE_VOCABULARY, matchAttribution, matchVocabulary, matchYesNo, TARGET_VOCABULARY, type Vocabulary } from "./vocabulary";

type Reader = RowReader<IncidentImportField>;

const MAX_COUNT = 100_000;

function readDate(r: Reader, ctx: ImportRowContext): ParsedDate | null {
  const dateCell = r.cell("date");
  const yearCell = r.cell("year");
  let parsed: ReturnType<typeof parseDateCell>;
  let field: IncidentImportField;
  if (dateCell !== "") {
    field = "date";
    parsed = parseDateCell(dateCell, ctx.dateOrder);
  } else if (yearCell !== "") {
    field = "year";
    parsed = parseYearMonthDay(yearCell, r.cell("month"), r.cell("day"));
  } else {
    field = r.column("date") || !r.column("year") ? "date" : "year";
    parsed = { ok: false, message: "The date is empty; every incident needs a date (the year at least)." };
  }
  if (!parsed.ok) {
    r.error(field, parsed.message, "date");
    return null;
  }
  if (parsed.value.date > ctx.today) {
    r.error(field, `The date ${parsed.value.date} is after today (${ctx.today}); check the year and the date order.`, "date");
    return null;
  }
  return parsed.value;
}

function readCount(r: Reader, field: "killed" | "injured") {
  const cell = r.cell(field);
  const parsed = parseFigureCell(cell, { integer: true, allowNegative: false, max: MAX_COUNT, gtdUnknownCodes: true });
  if (!parsed.ok) {
    r.error(field, `${field === "killed" ? "Killed" : "Injured"}: ${parsed.message}`);
    return { value: null, qualifier: "exact" as const };
  }
  if (parsed.value.percent) {
    r.error(field, `${field === "killed" ? "Killed" : "Injured"}: "${cell}" is a percentage; give a count of people.`);
    return { value: null, qualifier: "exact" as const };
  }
  return { value: parsed.value.value, qualifier: parsed.value.qualifier };
}

function readEnum<T extends string>(r: Reader, field: "type" | "target", vocabulary: Vocabulary<T>, fallback: T, label: string): T {
  const cell = r.cell(field);
  if (cell === "") return fallback;
  const match = matchVocabulary(cell, vocabulary);
  if (match) return match;
  r.warnings.push(`${label} "${cell}" was not recognised and is set to Other; pick the right one after import, or fix the cell.`);
  return fallback;
}

function readPerpetrators(r: Reader, ctx: ImportRowContext): Perpetrator[] {
  const attributionCell = r.cell("attribution");
  const attribution = matchAttribution(attributionCell);
  if (!attribution) {
    r.error(
      "attribution",
      `"${attributionCell}" is not an attribution; use claimed, attributed, suspected or denied (or 1/0 for claimed).`,
    );
  }
  const slugs: string[] = [];
  for (const field of ["groups", "otherGroups"] as const) {
    for (const name of splitGroupCell(r.cell(field))) {
      const m = matchGroupName(name, ctx.knownGroups);
      if (m.kind === "group") {
        if (!slugs.includes(m.slug)) slugs.push(m.slug);
      } else if (m.kind === "not-a-group") {
        r.warnings.push(`"${name}" is not a militant group (a state force or civilians); it is left out of the perpetrators.`);
      } else if (m.kind === "unknown") {
        r.error(field, unknownGroupMessage(name, m.suggestions), "perpetrators");
      }
    }
  }
  if (slugs.length > 10) {
    r.error("groups", `The row names ${slugs.length} groups; an incident lists 10 at most. Keep the main perpetrators.`, "perpetrators");
    return [];
  }
  return attribution ? slugs.map((group) => ({ group, attribution })) : [];
}

function placeLabel(place: string | null, district: string | null, province: string | null, country: CountryId): string {
  return place ?? getAdminUnit(district ?? province ?? country)?.name ?? country;
}

/** Reads one incident row; see the module comment for the rules. */
export function parseIncidentRow(
  raw: RawRow,
  mapping: Partial<Record<IncidentImportField, string | null>>,
  ctx: ImportRowContext,
): ImportRowResult<Incident> {
  const r: Reader = new RowReader(raw, mapping);
  const date = readDate(r, ctx);

  const place = resolvePlace(
    { country: r.cell("country"), province: r.cell("province"), district: r.cell("district") },
    { date: date?.date ?? null, allowAreas: false },
  );
  let country: CountryId | null = null;
  let province: string | null = null;
  let district: string | null = null;
  let placeText = r.text("place", 200, "place");
  if (place.ok) {
    r.warnings.push(...place.warnings);
    ({ country, province, district } = place.value);
    const extra = place.value.unmatchedDistrict;
    if (extra) placeText = placeText ? `${placeText}, ${extra}` : extra;
    if (placeText && placeText.length > 200) placeText = placeText.slice(0, 200);
    if (!country) {
      const field = r.column("country") ? "country" : r.column("province") ? "province" : "district";
      r.error(field, "The row has no place: give the country (Pakistan or Afghanistan), a province or a district.", "country");
    }
  } else {
    for (const issue of place.issues) r.error(issue.field, issue.message);
  }

  let type = readEnum<IncidentType>(r, "type", INCIDENT_TYPE_VOCABULARY, "other", "Incident type");
  const suicideCell = r.cell("suicide");
  const suicide = matchYesNo(suicideCell);
  if (suicide === null) r.error("suicide", `"${suicideCell}" is not yes or no; write 1 for a suicide attack and 0 otherwise.`, "type");
  else if (suicide) type = "suicide_bombing";
  const target = readEnum<Target>(r, "target", TARGET_VOCABULARY, "other", "Target");

  const killed = readCount(r, "killed");
  const injured = readCount(r, "injured");
  const perpetrators = readPerpetrators(r, ctx);
  const description = r.text("description", 8000, "description");
  const titleCell = r.text("title", 300, "title");
  const citation = readCitation(r, ctx, { field: "description", label: "description" });

  if (r.errors.length > 0 || !date || !country || !citation) {
    return { ok: false, rowNumber: ctx.rowNumber, errors: r.errors, warnings: r.warnings };
  }

  const title =
    titleCell ??
    `${type === "other" ? "Incident" : INCIDENT_TYPE_LABELS[type]} in ${placeLabel(placeText, district, province, country)}`.slice(0, 300);
  const content = {
    title,
    date: date.date,
    datePrecision: date.precision,
    country,
    province,
    district,
    place: placeText,
    type,
    target,
    killed: killed.value,
    killedQualifier: killed.qualifier,
    injured: injured.value,
    injuredQualifier: injured.qualifier,
    perpetrators,
    description,
    citations: [citation],
  };
  const candidate = { key: importRecordKey(citation.source, date.date, content), ...content };
  const checked = Incident.safeParse(candidate);
  if (!checked.success) {
    return {
      ok: false,
      rowNumber: ctx.rowNumber,
      errors: checked.error.issues.map((i) => ({ column: null, field: i.path.join("."), value: null, message: i.message })),
      warnings: r.warnings,
    };
  }
  return { ok: true, rowNumber: ctx.rowNumber, value: checked.data, warnings: r.warnings };
}
