/**
 * Reading single cells of an imported file: dates, periods and figures. Each reader returns the value
 * or a message that says what is wrong and how to write it instead.
 *
 * Dates accepted (ACCEPTED_DATE_FORMATS lists them for the import screen):
 * - ISO: 2021-08-15 (a time after it, as in 2021-08-15T10:00:00Z, is dropped), 2021/08/15, 2021-8-5;
 * - a month: 2021-08, August 2021, Aug 2021, Aug-2021;
 * - a year: 2021;
 * - with the month in words: 15 August 2021, 15 Aug 2021, 15-Aug-2021, August 15, 2021;
 * - with slashes, dots or dashes and the year last: 15/08/2021, 15.08.2021, 15-08-2021, read day first
 *   (as written in Pakistan) unless the file is declared month first (08/15/2021). A row whose middle
 *   number is above 12 in a day-first file is refused with a message that suggests month first.
 * - separate GTD columns iyear/imonth/iday, where 0 means unknown: a month of 0 gives a date known to
 *   the year, a day of 0 a date known to the month.
 * Refused with a hint: two-digit years (15/08/21), spreadsheet serial numbers (44423), fiscal years
 * (2020-21), anything else. A date known to the month or year is stored as its first day.
 *
 * Figures: "12", "1,234", "12.0"; the words before or after a number become its qualifier ("about 12",
 * "~12", "c. 12" → about; "over 12", "above 12" → over; "more than 12", ">12" → more than; "at least 12",
 * "≥12", "12+", "12 or more" → at least; "up to 12", "≤12", "as many as 12" → up to; "nearly 12",
 * "almost 12" → nearly; "less than 12", "under 12", "<12" → less than). Empty, "unknown", "n/a", "-",
 * "?" are unknown (a count of null); so are GTD's codes -9 and -99 in a count. Ranges ("10-12") are
 * refused: write one number with a qualifier instead.
 */
import { z } from "zod";
import type { DatePrecision } from "../shared/schemas";
import type { Qualifier } from "../statistics/schemas";

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

export const DATE_ORDERS = ["day-first", "month-first"] as const;
export const DateOrder = z.enum(DATE_ORDERS);
export type DateOrder = z.infer<typeof DateOrder>;

export const ACCEPTED_DATE_FORMATS: readonly string[] = [
  "2021-08-15 (year-month-day)",
  "15 August 2021, 15 Aug 2021, August 15, 2021",
  "15/08/2021 or 15.08.2021 (day first; month first when the file is set to it)",
  "2021-08, August 2021 (a month)",
  "2021 (a year)",
  "separate year, month and day columns (GTD iyear/imonth/iday; 0 = unknown)",
];

export interface ParsedDate {
  date: string;
  precision: DatePrecision;
}

export interface ParsedPeriod {
  start: string;
  end: string;
  precision: DatePrecision;
}

const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ["january", "jan"],
    ["february", "feb"],
    ["march", "mar"],
    ["april", "apr"],
    ["may", "may"],
    ["june", "jun"],
    ["july", "jul"],
    ["august", "aug"],
    ["september", "sep"],
    ["october", "oct"],
    ["november", "nov"],
    ["december", "dec"],
  ].flatMap(([long, short], i) => [
    [long as string, i + 1] as const,
    [short as string, i + 1] as const,
    ...(short === "sep" ? [["sept", 9] as const] : []),
  ]),
);

const pad2 = (n: number) => String(n).padStart(2, "0");

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDay(year: number, month: number, day: number): CellResult<string> {
  if (month < 1 || month > 12) return { ok: false, message: `There is no month ${month}; months run from 1 to 12.` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `${year}-${pad2(month)} has no day ${day}; check the day and the month.` };
  }
  return { ok: true, value: `${year}-${pad2(month)}-${pad2(day)}` };
}

function checkYear(year: number): string | null {
  if (year < 1900 || year > 2100) return `The year ${year} is out of range; write a year between 1900 and 2100.`;
  return null;
}

function built(year: number, month: number, day: number, precision: DatePrecision): CellResult<ParsedDate> {
  const yearIssue = checkYear(year);
  if (yearIssue) return { ok: false, message: yearIssue };
  const d = isoDay(year, month, day);
  return d.ok ? { ok: true, value: { date: d.value, precision } } : d;
}

const WRITE_AS = "Write it as 2021-08-15, 15 August 2021, Aug 2021 or 2021.";

/** Reads one date cell. An empty cell is an error here: the caller decides whether a date is required. */
export function parseDateCell(text: string, order: DateOrder = "day-first"): CellResult<ParsedDate> {
  const t = text.trim();
  if (t === "") return { ok: false, message: `The date is empty. ${WRITE_AS}` };
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/.exec(t);
  if (m) return built(Number(m[1]), Number(m[2]), Number(m[3]), "day");
  m = /^(\d{4})[-/](\d{1,2})$/.exec(t);
  if (m) {
    const month = Number(m[2]);
    if (month > 12 && (m[2] as string).length === 2) {
      return {
        ok: false,
        message: `"${t}" reads as a fiscal or split year. Give the first and last day instead (e.g. 2020-07-01 to 2021-06-30), or one calendar year.`,
      };
    }
    return built(Number(m[1]), month, 1, "month");
  }
  m = /^(\d{4})$/.exec(t);
  if (m) return built(Number(m[1]), 1, 1, "year");
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(t);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), m[3] as string];
    if (y.length !== 4)
      return { ok: false, message: `"${t}" has a two-digit year; write the year in full (e.g. 15/08/2021 or 2021-08-15).` };
    const [day, month] = order === "day-first" ? [a, b] : [b, a];
    if (month > 12) {
      const other = order === "day-first" ? "month first (08/15/2021)" : "day first (15/08/2021)";
      return {
        ok: false,
        message: `"${t}" has no month ${month}: dates with slashes are read ${order === "day-first" ? "day first (15/08/2021)" : "month first (08/15/2021)"}. If the file writes them ${other}, choose that date order; or write 2021-08-15.`,
      };
    }
    return built(Number(y), month, day, "day");
  }
  const words = t
    .toLowerCase()
    .replace(/,/g, " ")
    .replace(/(\d)(st|nd|rd|th)\b/g, "$1")
    .replace(/\./g, " ")
    .split(/[\s/-]+/)
    .filter((w) => w !== "");
  const month = (w: string | undefined) => (w === undefined ? undefined : MONTHS.get(w));
  if (words.length === 3) {
    const [w0, w1, w2] = words as [string, string, string];
    // 15 August 2021
    if (/^\d{1,2}$/.test(w0) && month(w1) && /^\d{4}$/.test(w2)) return built(Number(w2), month(w1) as number, Number(w0), "day");
    // August 15 2021
    if (month(w0) && /^\d{1,2}$/.test(w1) && /^\d{4}$/.test(w2)) return built(Number(w2), month(w0) as number, Number(w1), "day");
    if ((/^\d{1,2}$/.test(w0) && month(w1)) || (month(w0) && /^\d{1,2}$/.test(w1))) {
      return { ok: false, message: `"${t}" has a two-digit year; write the year in full (e.g. 15 August 2021).` };
    }
  }
  if (words.length === 2) {
    const [w0, w1] = words as [string, string];
    if (month(w0) && /^\d{4}$/.test(w1)) return built(Number(w1), month(w0) as number, 1, "month");
  }
  if (/^\d{5}(\.\d+)?$/.test(t)) {
    return {
      ok: false,
      message: `"${t}" looks like a spreadsheet's internal date number. Format the column as a date (2021-08-15) before saving the CSV.`,
    };
  }
  return { ok: false, message: `"${t}" is not a date we can read. ${WRITE_AS}` };
}

/**
 * A date from separate year, month and day cells (GTD's iyear/imonth/iday). 0 or an empty cell means
 * unknown: the date is then known to the month (day unknown) or to the year (month unknown).
 */
export function parseYearMonthDay(yearText: string, monthText: string, dayText: string): CellResult<ParsedDate> {
  const y = yearText.trim();
  const mo = monthText.trim();
  const d = dayText.trim();
  if (!/^\d{4}$/.test(y)) {
    return {
      ok: false,
      message: y === "" ? "The year is empty; give a four-digit year." : `"${y}" is not a year; give a four-digit year.`,
    };
  }
  const unknown = (s: string) => s === "" || /^0+$/.test(s);
  if (unknown(mo)) {
    if (!unknown(d)) return { ok: false, message: "A day is given without a month; give the month too, or leave the day 0." };
    return built(Number(y), 1, 1, "year");
  }
  if (!/^\d{1,2}$/.test(mo)) return { ok: false, message: `"${mo}" is not a month; give 1 to 12, or 0 when unknown.` };
  if (unknown(d)) return built(Number(y), Number(mo), 1, "month");
  if (!/^\d{1,2}$/.test(d)) return { ok: false, message: `"${d}" is not a day; give 1 to 31, or 0 when unknown.` };
  return built(Number(y), Number(mo), Number(d), "day");
}

/** The last day of the unit a date stands for: the year's 31 December, the month's last day, or the day. */
export function endOfPeriod(date: string, precision: DatePrecision): string {
  const year = Number(date.slice(0, 4));
  if (precision === "year") return `${year}-12-31`;
  if (precision === "month") {
    const month = Number(date.slice(5, 7));
    return `${date.slice(0, 7)}-${pad2(daysInMonth(year, month))}`;
  }
  return date;
}

/**
 * The precision of a period from its two ends: the ends' own precision when they agree, else the finer;
 * a period given by days that covers whole years or whole months is known to the year or the month
 * (2021-01-01 to 2021-12-31 is the year 2021).
 */
export function periodPrecisionOf(start: ParsedDate, endDate: string, endPrecision: DatePrecision): DatePrecision {
  const rank: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };
  const finer = rank[start.precision] <= rank[endPrecision] ? start.precision : endPrecision;
  if (finer !== "day") return finer;
  if (start.date.endsWith("-01-01") && endDate.endsWith("-12-31")) return "year";
  if (start.date.endsWith("-01") && endOfPeriod(endDate, "month") === endDate) return "month";
  return "day";
}

/**
 * A period written in one cell: any date (2021, Aug 2021, 2021-08-15) stands for its whole unit, and
 * a range joins two dates with "to", an en dash or a spaced hyphen (2020 to 2021, Jan 2021 – Jun 2021);
 * two years may be joined by a bare hyphen (2020-2021).
 */
export function parsePeriodCell(text: string, order: DateOrder = "day-first"): CellResult<ParsedPeriod> {
  const t = text.trim();
  let parts: string[] | null = null;
  const years = /^(\d{4})\s*[-–—]\s*(\d{4})$/.exec(t);
  if (years) parts = [years[1] as string, years[2] as string];
  else {
    const split = t.split(/\s+to\s+|\s*[–—]\s*|\s+-\s+/i);
    if (split.length === 2) parts = split;
    else if (split.length > 2) return { ok: false, message: `"${t}" has more than two dates; give a period as "start to end".` };
  }
  if (parts) {
    const a = parseDateCell(parts[0] as string, order);
    if (!a.ok) return { ok: false, message: `The start of the period: ${a.message}` };
    const b = parseDateCell(parts[1] as string, order);
    if (!b.ok) return { ok: false, message: `The end of the period: ${b.message}` };
    const end = endOfPeriod(b.value.date, b.value.precision);
    if (end < a.value.date) return { ok: false, message: `The period "${t}" ends before it starts; put the earlier date first.` };
    return { ok: true, value: { start: a.value.date, end, precision: periodPrecisionOf(a.value, end, b.value.precision) } };
  }
  const single = parseDateCell(t, order);
  if (!single.ok) return single;
  return {
    ok: true,
    value: { start: single.value.date, end: endOfPeriod(single.value.date, single.value.precision), precision: single.value.precision },
  };
}

/**
 * Which way round a file writes dates with slashes, from a sample of its date cells: "month-first"
 * when some middle number is above 12, "day-first" when some first number is, null when the sample
 * gives no evidence or contradicts itself (then the editor chooses).
 */
export function detectDateOrder(values: Iterable<string>): DateOrder | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const v of values) {
    const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}\s*$/.exec(v);
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  if (dayFirst === monthFirst) return null;
  return dayFirst ? "day-first" : "month-first";
}

/** Cells that mean "not known" in a figure or a name. */
const UNKNOWN_WORDS = new Set(["", "-", "–", "—", "?", "unknown", "unk", "n/a", "na", "n.a.", "not known", "not available"]);

export function isUnknownCell(text: string): boolean {
  return UNKNOWN_WORDS.has(text.trim().toLowerCase());
}

/** Words before a number and the qualifier they give, longest first so "more than" wins over "more". */
const PREFIX_QUALIFIERS: readonly (readonly [string, Qualifier])[] = (
  [
    ["not less than", "at_least"],
    ["no fewer than", "at_least"],
    ["no less than", "at_least"],
    ["a minimum of", "at_least"],
    ["at least", "at_least"],
    ["more than", "more_than"],
    ["in excess of", "over"],
    ["upwards of", "over"],
    ["over", "over"],
    ["above", "over"],
    ["approximately", "about"],
    ["an estimated", "about"],
    ["estimated", "about"],
    ["roughly", "about"],
    ["around", "about"],
    ["approx.", "about"],
    ["approx", "about"],
    ["about", "about"],
    ["circa", "about"],
    ["some", "about"],
    ["est.", "about"],
    ["ca.", "about"],
    ["c.", "about"],
    ["~", "about"],
    ["≈", "about"],
    ["close to", "nearly"],
    ["almost", "nearly"],
    ["nearly", "nearly"],
    ["as many as", "up_to"],
    ["a maximum of", "up_to"],
    ["up to", "up_to"],
    ["less than", "less_than"],
    ["fewer than", "less_than"],
    ["under", "less_than"],
    ["below", "less_than"],
    [">=", "at_least"],
    ["≥", "at_least"],
    ["<=", "up_to"],
    ["≤", "up_to"],
    [">", "more_than"],
    ["<", "less_than"],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

const SUFFIX_QUALIFIERS: readonly (readonly [string, Qualifier])[] = [
  ["or more", "at_least"],
  ["plus", "at_least"],
  ["or so", "about"],
  ["+", "at_least"],
];

export interface ParsedFigure {
  /** null when the cell says the figure is unknown. */
  value: number | null;
  qualifier: Qualifier;
  /** The cell wrote a percent sign or "percent". */
  percent: boolean;
}

export interface FigureOptions {
  /** Whole numbers only (counts of people). */
  integer: boolean;
  allowNegative: boolean;
  max: number;
  /** Read GTD's -9 and -99 as unknown. */
  gtdUnknownCodes?: boolean;
}

const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Reads a figure with its qualifier; see the module comment for what is accepted. */
export function parseFigureCell(text: string, options: FigureOptions): CellResult<ParsedFigure> {
  const original = text.trim();
  if (isUnknownCell(original)) return { ok: true, value: { value: null, qualifier: "exact", percent: false } };
  if (options.gtdUnknownCodes && (original === "-9" || original === "-99")) {
    return { ok: true, value: { value: null, qualifier: "exact", percent: false } };
  }
  let t = original.toLowerCase().replace(/\s+/g, " ");
  let qualifier: Qualifier = "exact";
  for (const [word, q] of PREFIX_QUALIFIERS) {
    if (t.startsWith(word) && (/[^a-z]$/.test(word) || !/[a-z]/.test(t.charAt(word.length)))) {
      qualifier = q;
      t = t.slice(word.length).trim();
      break;
    }
  }
  let percent = false;
  const pct = /\s*(%|percent|per cent)$/.exec(t);
  if (pct) {
    percent = true;
    t = t.slice(0, pct.index).trim();
  }
  for (const [word, q] of SUFFIX_QUALIFIERS) {
    if (t.endsWith(word) && t.length > word.length) {
      if (qualifier !== "exact") break;
      qualifier = q;
      t = t.slice(0, t.length - word.length).trim();
      break;
    }
  }
  if (!percent) {
    const pct2 = /\s*(%|percent|per cent)$/.exec(t);
    if (pct2) {
      percent = true;
      t = t.slice(0, pct2.index).trim();
    }
  }
  if (/^\d[\d,.]*\s*(-|–|—|to)\s*\d[\d,.]*$/.test(t)) {
    return {
      ok: false,
      message: `"${original}" is a range; give one number with a qualifier, e.g. "at least 10" or "up to 12".`,
    };
  }
  if (!PLAIN_NUMBER.test(t)) {
    return {
      ok: false,
      message: `"${original}" is not a number we can read. Write digits (1,234 or 1234), optionally with "about", "over", "at least", "up to" or a trailing "+".`,
    };
  }
  const value = Number(t.replace(/,/g, ""));
  if (!Number.isFinite(value)) return { ok: false, message: `"${original}" is not a number we can read.` };
  if (value < 0 && !options.allowNegative) return { ok: false, message: `"${original}" is negative; a count cannot be below 0.` };
  if (options.integer && !Number.isInteger(value))
    return { ok: false, message: `"${original}" is not a whole number; give a count of people.` };
  if (Math.abs(value) > options.max) {
    return { ok: false, message: `"${original}" is larger than ${options.max.toLocaleString("en-US")}; check for a typing error.` };
  }
  return { ok: true, value: { value, qualifier, percent } };
}

/** Words of a qualifier column (statistics): "about", "approx.", "at least", "≥" … ; empty is exact. */
export function parseQualifierCell(text: string): CellResult<Qualifier> {
  const t = text.trim().toLowerCase().replace(/_/g, " ").replace(/\s+/g, " ");
  if (t === "" || t === "exact" || t === "exactly" || t === "=") return { ok: true, value: "exact" };
  if (t === "+" || t === "or more") return { ok: true, value: "at_least" };
  for (const [word, q] of PREFIX_QUALIFIERS) if (t === word) return { ok: true, value: q };
  return {
    ok: false,
    message: `"${text.trim()}" is not a qualifier; use exact, about, over, at least, up to, nearly, more than or less than.`,
  };
}
