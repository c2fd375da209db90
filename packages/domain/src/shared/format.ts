import type { DatePrecision } from "./schemas";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "15 Aug 2021", "Aug 2021" or "2021", depending on how precisely the date is known. */
export function formatDate(iso: string, precision: DatePrecision = "day"): string {
  const y = iso.slice(0, 4);
  const m = MONTHS[Number(iso.slice(5, 7)) - 1] ?? "";
  const d = String(Number(iso.slice(8, 10)));
  if (precision === "year") return y;
  if (precision === "month") return `${m} ${y}`;
  return `${d} ${m} ${y}`;
}

function lastDayOfMonth(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${iso.slice(0, 8)}${String(last).padStart(2, "0")}`;
}

/**
 * A period as people read it: "2021" for a calendar year, "Aug 2021" for a whole month,
 * "1 Jan – 20 Aug 2022" or "15 Aug 2021 – 14 Aug 2022" otherwise.
 */
export function formatPeriod(start: string, end: string): string {
  if (start === end) return formatDate(start);
  const ys = start.slice(0, 4);
  const ye = end.slice(0, 4);
  if (start === `${ys}-01-01` && end === `${ye}-12-31`) return ys === ye ? ys : `${ys}–${ye}`;
  if (start.endsWith("-01") && end === lastDayOfMonth(end)) {
    if (start.slice(0, 7) === end.slice(0, 7)) return formatDate(start, "month");
    return `${formatDate(start, "month")} – ${formatDate(end, "month")}`;
  }
  if (ys === ye) return `${formatDate(start).replace(` ${ys}`, "")} – ${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

const QUALIFIER_WORDS: Record<string, string> = {
  exact: "",
  about: "about ",
  over: "over ",
  at_least: "at least ",
  up_to: "up to ",
  nearly: "nearly ",
  more_than: "more than ",
  less_than: "less than ",
};

/** "over 170", "51%", "1,234": a figure as its source states it, with thousands separators. */
export function formatFigure(value: number, qualifier = "exact", unit = "count"): string {
  const n = value.toLocaleString("en-GB", { maximumFractionDigits: 1 });
  return `${QUALIFIER_WORDS[qualifier] ?? ""}${n}${unit === "percent" ? "%" : ""}`;
}

export function formatCount(value: number): string {
  return value.toLocaleString("en-GB");
}

/** "one-year-ago" arithmetic on ISO dates without reading the clock. */
export function shiftIsoDate(iso: string, delta: { years?: number; days?: number }): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (delta.years) d.setUTCFullYear(d.getUTCFullYear() + delta.years);
  if (delta.days) d.setUTCDate(d.getUTCDate() + delta.days);
  return d.toISOString().slice(0, 10);
}

/**
 * The period of equal length that ends the day before `start` (for "change against the previous
 * period"). Whole calendar years and whole months step by years and months (2024 → 2023, Q2 → Q1),
 * so leap years and month lengths do not shift the comparison; other periods step by days.
 */
export function previousPeriod(start: string, end: string): { start: string; end: string } {
  const ys = Number(start.slice(0, 4));
  const ye = Number(end.slice(0, 4));
  if (start.endsWith("-01-01") && end.endsWith("-12-31")) {
    const n = ye - ys + 1;
    return { start: `${ys - n}-01-01`, end: `${ye - n}-12-31` };
  }
  if (start.endsWith("-01") && end === lastDayOfMonth(end)) {
    const months = (ye - ys) * 12 + Number(end.slice(5, 7)) - Number(start.slice(5, 7)) + 1;
    const d = new Date(Date.UTC(ys, Number(start.slice(5, 7)) - 1 - months, 1));
    const prevStart = d.toISOString().slice(0, 10);
    return { start: prevStart, end: shiftIsoDate(start, { days: -1 }) };
  }
  // Anniversary years (15 Aug–14 Aug, as PIPS reports): step back by whole years, not by days, so a
  // leap day inside the period does not shift the previous one.
  for (let n = 1; n <= 10; n++) {
    if (shiftIsoDate(shiftIsoDate(start, { years: n }), { days: -1 }) === end) {
      return { start: shiftIsoDate(start, { years: -n }), end: shiftIsoDate(end, { years: -n }) };
    }
  }
  const ms = Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`);
  const days = Math.round(ms / 86_400_000);
  const prevEnd = shiftIsoDate(start, { days: -1 });
  return { start: shiftIsoDate(prevEnd, { days: -days }), end: prevEnd };
}

/**
 * The calendar date (YYYY-MM-DD) at `at` in a time zone: "today" for people in Pakistan is not the
 * UTC date between midnight and 05:00. An unknown zone falls back to UTC.
 */
export function isoDateInZone(at: Date, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
  } catch {
    return at.toISOString().slice(0, 10);
  }
}

/** Milliseconds a zone is ahead of UTC at an instant (Asia/Karachi: +5 h). */
function zoneOffsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The instant a calendar day starts in a time zone ("2026-03-10" in Asia/Karachi starts at
 * 2026-03-09T19:00Z), for "changed since <date>" counted in the users' day. An unknown zone counts in UTC.
 */
export function startOfDayInZone(isoDate: string, timeZone: string): Date {
  const utcMidnight = Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));
  try {
    // Two passes settle days on which the offset changes (daylight saving).
    let guess = utcMidnight - zoneOffsetMs(new Date(utcMidnight), timeZone);
    guess = utcMidnight - zoneOffsetMs(new Date(guess), timeZone);
    return new Date(guess);
  } catch {
    return new Date(utcMidnight);
  }
}
