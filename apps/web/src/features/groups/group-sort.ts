import { z } from "zod";

/** Columns of the groups table that can be sorted; the choice lives in the URL (`?sort=incidents&dir=desc`). */
export const GROUP_SORT_KEYS = ["name", "kind", "founded", "incidents", "figures", "relationships"] as const;
export type GroupSortKey = (typeof GROUP_SORT_KEYS)[number];
export type SortDir = "asc" | "desc";

export const GroupSort = z.object({
  sort: z.enum(GROUP_SORT_KEYS, { error: "Sort by one of the table's columns." }).default("name"),
  dir: z.enum(["asc", "desc"], { error: "Sort direction is asc or desc." }).default("asc"),
});
export type GroupSort = z.infer<typeof GroupSort>;
