import { OVERVIEW_PARAM_KEYS, parseOverviewParams } from "~/features/dashboard/overview-params";
import type { SearchParams } from "~/lib/search-params";

/** The overview's filters as a query string (only the keys the overview reads, valid values only). */
export function briefingQuery(sp: SearchParams): string {
  const { filter } = parseOverviewParams(sp);
  const q = new URLSearchParams();
  for (const key of OVERVIEW_PARAM_KEYS) {
    const v = (filter as Record<string, unknown>)[key];
    if (typeof v === "string" && v) q.set(key, v);
  }
  return q.toString();
}

/** "briefing-overview-PK-KP-2021-01-01-2022-12-31-2026-11-24.pdf": the view, its filters and the day. */
export function briefingFileName(sp: SearchParams, at: Date): string {
  const { filter } = parseOverviewParams(sp);
  const parts = [filter.district ?? filter.province ?? "PK", filter.from, filter.to, filter.group, filter.source, filter.certainty]
    .filter((p): p is string => typeof p === "string" && p.length > 0)
    .map((p) => p.replace(/[^A-Za-z0-9-]+/g, "-"));
  return `briefing-overview-${parts.join("-")}-${at.toISOString().slice(0, 10)}.pdf`;
}
