import { Slug } from "@monitor/domain";
import { z } from "zod";

/**
 * The network page's URL: `/network?year=2015&group=ttp&undated=0`. `year` shows the network as of that
 * year, `year=all` every tie whenever it held, and no year the current year; `group` highlights one
 * group's neighbourhood (the group profile links here); `undated=0` leaves out ties whose sources give
 * no start date.
 */
export const NetworkParams = z.object({
  year: z
    .union([z.literal("all"), z.coerce.number().int().min(1900).max(2100)], { error: "Use a year like 2015 (1900–2100), or “all”." })
    .optional(),
  group: Slug.optional(),
  undated: z.enum(["0"], { error: "Use undated=0 to leave out ties without a start date." }).optional(),
});
export type NetworkParams = z.infer<typeof NetworkParams>;

export const NETWORK_PARAM_KEYS = ["year", "group", "undated"] as const;

export const NETWORK_PARAM_LABELS: Record<(typeof NETWORK_PARAM_KEYS)[number], string> = {
  year: "Year",
  group: "Group",
  undated: "Undated ties",
};

/** The page's own link for a state, dropping defaults so links stay short. */
export function networkHref(p: NetworkParams): string {
  const q = new URLSearchParams();
  if (p.year !== undefined) q.set("year", String(p.year));
  if (p.group) q.set("group", p.group);
  if (p.undated) q.set("undated", p.undated);
  const s = q.toString();
  return s ? `/network?${s}` : "/network";
}
