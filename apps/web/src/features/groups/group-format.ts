import { type FuzzyDate, formatCount, formatDate } from "@monitor/domain";

/*
 * How a group's profile words its dates and strength estimates: shared by the profile
 * (client components) and its printed briefing (a server page), so both say the same thing.
 */

export function fuzzy(d: FuzzyDate): string {
  return formatDate(d.date, d.precision);
}

/** "Dec 2007 – Aug 2009", "from 2018", "until 2014", or null when no date is recorded. */
export function span(start: FuzzyDate | null, end: FuzzyDate | null): string | null {
  if (start && end) return `${fuzzy(start)} – ${fuzzy(end)}`;
  if (start) return `from ${fuzzy(start)}`;
  if (end) return `until ${fuzzy(end)}`;
  return null;
}

const STRENGTH_WORDS: Record<string, string> = { about: "about ", at_least: "at least ", over: "over ", up_to: "up to " };

/** "up to 6,500", "between 4,000 and 5,000", "about 500–1,500": the estimate as its source states it. */
export function strengthText(low: number, high: number, qualifier: string): string {
  if (qualifier === "between" && low !== high) return `between ${formatCount(low)} and ${formatCount(high)}`;
  const range = low === high ? formatCount(low) : `${formatCount(low)}–${formatCount(high)}`;
  return `${STRENGTH_WORDS[qualifier] ?? ""}${range}`;
}
