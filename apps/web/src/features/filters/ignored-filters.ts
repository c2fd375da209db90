import { param, type SearchParams } from "~/lib/search-params";

export interface IgnoredFilter {
  key: string;
  message: string;
}

/**
 * Rewrites schema messages about ignored URL filters for people: zod's "Invalid option: expected one of
 * "a"|"b"|…" lists every internal value; say instead which value was not recognised.
 */
export function explainIgnored(ignored: readonly IgnoredFilter[], sp: SearchParams): IgnoredFilter[] {
  return ignored.map((i) => {
    const value = param(sp, i.key) ?? "";
    const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    if (/^Invalid option/i.test(i.message)) return { key: i.key, message: `“${shown}” is not one of the choices; pick one from the list.` };
    if (/^Too big/i.test(i.message)) return { key: i.key, message: "The value is too long." };
    return i;
  });
}

/** Checks the `offset` parameter of a paginated list: a whole number up to the API's limit, else the first page. */
export function readOffset(sp: SearchParams, pageSize: number): { offset: number; problem: IgnoredFilter | null } {
  const raw = param(sp, "offset");
  if (raw === undefined) return { offset: 0, problem: null };
  const n = Number(raw);
  if (Number.isInteger(n) && n >= 0 && n <= 1_000_000) return { offset: n, problem: null };
  return {
    offset: 0,
    problem: {
      key: "offset",
      message: `The page position must be a whole number of rows (0, ${pageSize}, ${pageSize * 2}…); showing the first page.`,
    },
  };
}
