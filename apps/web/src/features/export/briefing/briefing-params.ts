import { getAdminUnit, IsoDate, Slug } from "@monitor/domain";
import { OVERVIEW_PARAM_KEYS, parseOverviewParams } from "~/features/dashboard/overview-params";
import { filterQuery, readTrackerParams } from "~/features/recommendations/tracker-params";
import { hrefWith, param, type SearchParams } from "~/lib/search-params";

/**
 * The briefings there are, and how a request's query string names one. Shared by the export route (which
 * prints `printPath`), the buttons (which send the view's parameters) and the print pages (which link
 * back to `appPath`, so a reader can reopen the view the briefing was made from).
 */

export const BRIEFING_VIEWS = ["overview", "province", "group", "recommendations"] as const;
export type BriefingView = (typeof BRIEFING_VIEWS)[number];

export const BRIEFING_VIEW_NAMES: Record<BriefingView, string> = {
  overview: "Overview",
  province: "Province",
  group: "Group profile",
  recommendations: "Recommendation scoreboard",
};

export interface BriefingTarget {
  view: BriefingView;
  /** The print page with the view's parameters, on the app's origin ("/print/province?province=PK-KP"). */
  printPath: string;
  /** The app page the briefing reproduces, with the same parameters ("/?province=PK-KP"). */
  appPath: string;
  /** Words for the file name: the view, then its filters. */
  fileParts: string[];
}

export type BriefingResolution = { ok: true; target: BriefingTarget } | { ok: false; message: string };

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

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

/** "PK-KP" when it names a province (of Pakistan or Afghanistan), else undefined. */
export function briefingProvince(sp: SearchParams): string | undefined {
  const id = param(sp, "province");
  return id && getAdminUnit(id)?.level === "province" ? id : undefined;
}

/** A period given as both `from` and `to` (valid dates, in order), or none. */
export function briefingPeriod(sp: SearchParams): { from: string; to: string } | undefined {
  const from = param(sp, "from");
  const to = param(sp, "to");
  if (!from || !to || !IsoDate.safeParse(from).success || !IsoDate.safeParse(to).success || from > to) return undefined;
  return { from, to };
}

/** The scoreboard's dimension: by theme unless `by=actor`. */
export const scoreboardDimension = (sp: SearchParams): "theme" | "actor" => (param(sp, "by") === "actor" ? "actor" : "theme");

/**
 * Which briefing a query string asks for. `view` defaults to the overview; a province needs a province
 * id, a group profile a group slug; anything else is answered with what to do instead.
 */
export function resolveBriefing(sp: SearchParams): BriefingResolution {
  const view = param(sp, "view") ?? "overview";
  switch (view) {
    case "overview": {
      const { filter } = parseOverviewParams(sp);
      const query = briefingQuery(sp);
      const fileParts = [filter.district ?? filter.province ?? "PK", filter.from, filter.to, filter.group, filter.source, filter.certainty];
      return {
        ok: true,
        target: {
          view,
          printPath: withQuery("/print/overview", query),
          appPath: withQuery("/", query),
          fileParts: ["overview", ...clean(fileParts)],
        },
      };
    }
    case "province": {
      const province = briefingProvince(sp);
      if (!province)
        return { ok: false, message: "Say which province the briefing is about: province=PK-KP (a province id, as on the map)." };
      const period = briefingPeriod(sp);
      const query = hrefWith("", { province, from: period?.from, to: period?.to }).replace(/^\?/, "");
      return {
        ok: true,
        target: {
          view,
          printPath: `/print/province?${query}`,
          appPath: `/?${query}`,
          fileParts: ["province", ...clean([province, period?.from, period?.to])],
        },
      };
    }
    case "group": {
      const slug = param(sp, "group");
      if (!slug || !Slug.safeParse(slug).success)
        return { ok: false, message: "Say which group the briefing is about: group=<the group's identifier, as in its address>." };
      return { ok: true, target: { view, printPath: `/print/group/${slug}`, appPath: `/groups/${slug}`, fileParts: ["group", slug] } };
    }
    case "recommendations": {
      const { filter } = readTrackerParams(sp, { omit: ["status"] });
      const by = scoreboardDimension(sp);
      const query = [filterQuery(filter), by === "actor" ? "by=actor" : ""].filter(Boolean).join("&");
      return {
        ok: true,
        target: {
          view,
          printPath: withQuery("/print/recommendations", query),
          appPath: withQuery("/recommendations/scoreboard", query),
          fileParts: ["recommendations", `by-${by}`, ...clean([filter.source, filter.theme, filter.targetActor, filter.province])],
        },
      };
    }
    default:
      return {
        ok: false,
        message: `There is no briefing for the view "${view}". Choose one of: ${BRIEFING_VIEWS.join(", ")}.`,
      };
  }
}

function clean(parts: readonly (string | undefined | null)[]): string[] {
  return parts.filter((p): p is string => typeof p === "string" && p.length > 0).map((p) => p.replace(/[^A-Za-z0-9-]+/g, "-"));
}

/** "briefing-overview-PK-KP-2021-01-01-2022-12-31-2026-11-24.pdf": the view, its filters and the day. */
export function briefingFileName(target: BriefingTarget, at: Date): string {
  return `briefing-${target.fileParts.join("-")}-${at.toISOString().slice(0, 10)}.pdf`;
}
