import type { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;

/** First value of a query-string parameter, or undefined when absent or empty. */
export function param(sp: SearchParams, name: string): string | undefined {
  const v = sp[name];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined || s === "" ? undefined : s;
}

/** A non-negative integer parameter (offsets); anything else gives the fallback. */
export function intParam(sp: SearchParams, name: string, fallback: number): number {
  const raw = param(sp, name);
  const n = raw === undefined ? Number.NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

/**
 * Parses URL filters with a domain schema. Invalid values are dropped (the page still renders)
 * and reported, so the page can say which filter was ignored and why.
 */
export function parseFilters<S extends z.ZodObject>(
  schema: S,
  sp: SearchParams,
  keys: readonly string[],
): { filter: z.infer<S>; ignored: { key: string; message: string }[] } {
  const raw: Record<string, string> = {};
  for (const k of keys) {
    const v = param(sp, k);
    if (v !== undefined) raw[k] = v;
  }
  const ignored: { key: string; message: string }[] = [];
  for (;;) {
    const result = schema.safeParse(raw);
    if (result.success) return { filter: result.data, ignored };
    const issue = result.error.issues[0];
    const key = issue ? String(issue.path[0]) : undefined;
    if (!issue || key === undefined || !(key in raw)) return { filter: schema.parse({}), ignored };
    ignored.push({ key, message: issue.message });
    delete raw[key];
  }
}

/** Builds an href from a path and query values, dropping empty ones (and `false` flags). */
export function hrefWith(path: string, values: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== null && v !== "" && v !== false) q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
