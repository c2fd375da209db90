/**
 * Reading one row of a statistics import into a `Statistic`, or the list of what is wrong with it.
 *
 * - metric: free text matched to the metrics (vocabulary.ts); unrecognised text becomes "other" with
 *   the text kept as the label, and a warning;
 * - value: a number, with a qualifier written in it ("about 300", "over 1,000", "12%"); a qualifier
 *   column overrides it; negative values only for percentages (percent changes);
 * - unit: the unit column, else percent for a '%' value or a percent-change metric, people for deaths,
 *   injuries, arrests and fighters, else count;
 * - period: start and end columns (the end defaults to the end of the start's day, month or year),
 *   else one period cell ("2021", "Aug 2021", "2020 to 2021"); it must start no later than today;
 * - geography: see places.ts; the province cell may name several areas ("Punjab & Islamabad");
 * - group: at most one group, known to the Monitor; "unknown" or empty is all groups (null);
 * - citation: see rows.ts; the note stands in for a missing quote;
 * - key: `import/<source>/<period start>/<content hash>`.
 */
import { type Metric, type Qualifier, Statistic, type Unit } from "../statistics/schemas";
import {
  endOfPeriod,
  type ParsedPeriod,
  parseDateCell,
  parseFigureCell,
  parsePeriodCell,
  parseQualifierCell,
  periodPrecisionOf,
} from "./cells";
import type { StatisticImportField } from "./columns";
import { matchGroupName, splitGroupCell, unknownGroupMessage } from "./groups";
import { resolvePlace } from "./places";
import { type ImportRowContext, type ImportRowResult, importRecordKey, type RawRow, RowReader, readCitation } from "./rows";
import { METRIC_VOCABULARY, matchUnit, matchVocabulary, PEOPLE_METRICS } from "./vocabulary";

type Reader = RowReader<StatisticImportField>;

function readPeriod(r: Reader, ctx: ImportRowContext): ParsedPeriod | null {
  const startCell = r.cell("periodStart");
  if (startCell !== "" || (r.column("periodStart") && !r.column("period"))) {
    if (startCell === "") {
      r.error("periodStart", "The period start is empty; give the first day, month or year the figure covers.");
      return null;
    }
    const start = parseDateCell(startCell, ctx.dateOrder);
    if (!start.ok) {
      r.error("periodStart", `Period start: ${start.message}`);
      return null;
    }
    const endCell = r.cell("periodEnd");
    let end = endOfPeriod(start.value.date, start.value.precision);
    let endPrecision = start.value.precision;
    if (endCell !== "") {
      const parsed = parseDateCell(endCell, ctx.dateOrder);
      if (!parsed.ok) {
        r.error("periodEnd", `Period end: ${parsed.message}`);
        return null;
      }
      end = endOfPeriod(parsed.value.date, parsed.value.precision);
      endPrecision = parsed.value.precision;
    }
    if (end < start.value.date) {
      r.error("periodEnd", `The period ends (${end}) before it starts (${start.value.date}); swap the dates or fix one.`);
      return null;
    }
    return { start: start.value.date, end, precision: periodPrecisionOf(start.value, end, endPrecision) };
  }
  const periodCell = r.cell("period");
  if (periodCell === "") {
    const field = r.column("period") ? "period" : "periodStart";
    r.error(field, "The period is empty; give the year, month or dates the figure covers (e.g. 2021, Aug 2021, 2020 to 2021).", "period");
    return null;
  }
  const parsed = parsePeriodCell(periodCell, ctx.dateOrder);
  if (!parsed.ok) {
    r.error("period", `Period: ${parsed.message}`);
    return null;
  }
  return parsed.value;
}

function defaultUnit(metric: Metric, percent: boolean): Unit {
  if (percent || metric === "percent_change") return "percent";
  return PEOPLE_METRICS.has(metric) ? "people" : "count";
}

/** Reads one statistic row; see the module comment for the rules. */
export function parseStatisticRow(
  raw: RawRow,
  mapping: Partial<Record<StatisticImportField, string | null>>,
  ctx: ImportRowContext,
): ImportRowResult<Statistic> {
  const r: Reader = new RowReader(raw, mapping);

  const metricCell = r.cell("metric");
  let metric: Metric = "other";
  let metricLabel: string | null = null;
  if (metricCell === "")
    r.error("metric", "The metric is empty; say what is counted (incidents, attacks, fatalities, injuries, arrests …).");
  else {
    const m = matchVocabulary(metricCell, METRIC_VOCABULARY);
    if (m) metric = m;
    else {
      metricLabel = metricCell;
      r.warnings.push(`Metric "${metricCell}" was not recognised: it is set to Other, with "${metricCell}" kept as the label.`);
    }
  }
  let label = r.text("label", 300, "label");
  if (label === null && metricLabel !== null) label = metricLabel.slice(0, 300);

  const valueCell = r.cell("value");
  const figure = parseFigureCell(valueCell, { integer: false, allowNegative: true, max: 1_000_000_000 });
  let value: number | null = null;
  let qualifier: Qualifier = "exact";
  let percent = false;
  if (!figure.ok) r.error("value", figure.message);
  else if (figure.value.value === null) {
    r.error(
      "value",
      valueCell === ""
        ? "The value is empty; a statistic needs its number."
        : `"${valueCell}" says the figure is unknown; a statistic needs its number.`,
    );
  } else {
    ({ value, qualifier, percent } = { ...figure.value, value: figure.value.value });
  }
  const qualifierCell = r.cell("qualifier");
  if (qualifierCell !== "") {
    const q = parseQualifierCell(qualifierCell);
    if (q.ok) qualifier = q.value;
    else r.error("qualifier", q.message);
  }

  let unit = defaultUnit(metric, percent);
  const unitCell = r.cell("unit");
  if (unitCell !== "") {
    const u = matchUnit(unitCell);
    if (u) unit = u;
    else r.error("unit", `"${unitCell}" is not a unit; use count, people or percent.`);
  }
  if (value !== null && value < 0 && unit !== "percent" && metric !== "percent_change") {
    r.error("value", `"${valueCell}" is negative; only a percentage (a percent change) can be below 0.`);
  }

  const period = readPeriod(r, ctx);
  if (period && period.start > ctx.today) {
    r.error(r.column("periodStart") ? "periodStart" : "period", `The period starts after today (${ctx.today}); check the year.`, "period");
  }

  const place = resolvePlace(
    { country: r.cell("country"), province: r.cell("province"), district: r.cell("district") },
    { date: period?.end ?? null, allowAreas: true },
  );
  let geography = {
    country: null as "PK" | "AF" | null,
    province: null as string | null,
    district: null as string | null,
    areas: [] as string[],
  };
  if (place.ok) {
    if (place.value.unmatchedDistrict) {
      r.error(
        "district",
        `Afghan districts are not in the boundary data, so "${place.value.unmatchedDistrict}" cannot be a figure's district. Clear the district and name it in the label.`,
      );
    } else {
      r.warnings.push(...place.warnings);
      geography = {
        country: place.value.country,
        province: place.value.province,
        district: place.value.district,
        areas: [...place.value.areas],
      };
    }
  } else {
    for (const issue of place.issues) r.error(issue.field, issue.message);
  }

  let group: string | null = null;
  const groupNames = splitGroupCell(r.cell("group"));
  if (groupNames.length > 1) {
    r.error("group", "A statistic is about one group at most; give one row per group, or leave the group empty for all groups.");
  } else if (groupNames.length === 1) {
    const name = groupNames[0] as string;
    const m = matchGroupName(name, ctx.knownGroups);
    if (m.kind === "group") group = m.slug;
    else if (m.kind === "not-a-group") r.warnings.push(`"${name}" is not a militant group; the figure is kept without a group.`);
    else if (m.kind === "unknown") r.error("group", unknownGroupMessage(name, m.suggestions));
  }

  const note = r.text("note", 2000, "note");
  const citation = readCitation(r, ctx, { field: "note", label: "note" });

  if (r.errors.length > 0 || value === null || !period || !citation) {
    return { ok: false, rowNumber: ctx.rowNumber, errors: r.errors, warnings: r.warnings };
  }

  const content = {
    metric,
    label,
    value,
    unit,
    qualifier,
    periodStart: period.start,
    periodEnd: period.end,
    periodPrecision: period.precision,
    geography,
    group,
    note,
    citations: [citation],
  };
  const candidate = { key: importRecordKey(citation.source, period.start, content), ...content };
  const checked = Statistic.safeParse(candidate);
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
