/**
 * What the benchmark calls: every read procedure the overview, map, group profile, trends and tracker
 * pages call (apps/web/src/app/(app)/… and features/*), with the inputs those pages build for the
 * filter combinations analysts use (none, a province, a year window, a group, province + window), and
 * for each question asked of the incident log its naive GROUP BY (packages/db/src/bench/naive.ts).
 */
import type { NaiveFilter, NaiveQuery } from "@monitor/db/bench";
import { type IncidentFilter, previousPeriod } from "@monitor/domain";
import type { createCaller } from "../index";

type Caller = ReturnType<typeof createCaller>;

export interface BenchCase {
  page: "overview" | "map" | "group" | "trends" | "tracker";
  procedure: string;
  /** The filter combination, in words. */
  filter: string;
  call: (api: Caller) => Promise<unknown>;
  /** The naive SQL answering the same question; absent for procedures that do not read the incident log. */
  naive?: NaiveQuery;
}

/** The year window analysts pick most (a calendar year the synthetic log covers fully). */
export const WINDOW = { from: "2024-01-01", to: "2024-12-31" } as const;

interface Combo {
  label: string;
  province?: string;
  group?: string;
  from?: string;
  to?: string;
}

/** The filter combinations of the brief: none, a province, a year window, a group, a province and a window. */
export const COMBOS: readonly Combo[] = [
  { label: "none" },
  { label: "province PK-KP", province: "PK-KP" },
  { label: "window 2024", ...WINDOW },
  { label: "group ttp", group: "ttp" },
  { label: "province PK-BA + window 2024", province: "PK-BA", ...WINDOW },
];

/** The overview's incident filter (apps/web features/dashboard/overview-params incidentFilterOf): Pakistan unless a province is chosen. */
function overviewIncidentFilter(c: Combo): IncidentFilter {
  return { country: c.province ? undefined : "PK", province: c.province, group: c.group, from: c.from, to: c.to };
}

function naiveOf(f: IncidentFilter): NaiveFilter {
  return { country: f.country, province: f.province, district: f.district, type: f.type, group: f.group, from: f.from, to: f.to };
}

const noWindow = (f: IncidentFilter): IncidentFilter => ({ ...f, from: undefined, to: undefined });

export function benchCases(): BenchCase[] {
  const cases: BenchCase[] = [];
  const add = (c: BenchCase) => cases.push(c);

  // Overview (app/(app)/page.tsx and features/dashboard).
  add({
    page: "overview",
    procedure: "dashboard.periods",
    filter: "none",
    call: (api) => api.dashboard.periods(),
    naive: { kind: "coverage" },
  });
  add({
    page: "overview",
    procedure: "dataset.coverage",
    filter: "none",
    call: (api) => api.dataset.coverage(),
    naive: { kind: "coverage" },
  });
  add({ page: "overview", procedure: "groups.list", filter: "none", call: (api) => api.groups.list({}), naive: { kind: "group-counts" } });
  add({
    page: "overview",
    procedure: "sources.list",
    filter: "none",
    call: (api) => api.sources.list({}),
    naive: { kind: "citation-counts" },
  });
  for (const c of COMBOS) {
    const f = overviewIncidentFilter(c);
    const window = c.from && c.to ? { from: c.from, to: c.to } : null;
    const prev = window ? previousPeriod(window.from, window.to) : null;
    add({
      page: "overview",
      procedure: "dashboard.headlines",
      filter: c.label,
      call: (api) => api.dashboard.headlines({ province: c.province, group: c.group, from: c.from, to: c.to, country: "PK" }),
      // Without a window the headlines read published figures only; with one, the log's totals for it and the year before.
      naive:
        window && prev
          ? { kind: "period-totals", filter: naiveOf(noWindow(f)), current: window, previous: { from: prev.start, to: prev.end } }
          : undefined,
    });
  }
  add({
    page: "overview",
    procedure: "statistics.mapLayer",
    filter: "terror_attacks, provinces",
    call: (api) => api.statistics.mapLayer({ metric: "terror_attacks", level: "province" }),
  });
  add({
    page: "overview",
    procedure: "statistics.compare",
    filter: "none",
    call: (api) => api.statistics.compare({ includeSingles: false }),
  });
  add({
    page: "overview",
    procedure: "dashboard.surges",
    filter: "year, PK",
    call: (api) => api.dashboard.surges({ granularity: "year" }),
    naive: { kind: "breakdown", filter: { country: "PK" }, dimension: "province", granularity: "year" },
  });
  add({ page: "overview", procedure: "dashboard.views", filter: "none", call: (api) => api.dashboard.views() });
  add({ page: "overview", procedure: "recommendations.scoreboard", filter: "none", call: (api) => api.recommendations.scoreboard({}) });
  for (const c of COMBOS) {
    const f = overviewIncidentFilter(c);
    add({
      page: "overview",
      procedure: "incidents.list",
      filter: `${c.label}, latest 6`,
      call: (api) => api.incidents.list({ ...f, limit: 6, offset: 0 }),
      naive: { kind: "latest", filter: naiveOf(f), limit: 6 },
    });
  }
  // The main trend drops the window (it shows the whole log for the selection), so three distinct filters remain.
  for (const c of COMBOS.filter((x) => !x.from)) {
    const f = noWindow(overviewIncidentFilter(c));
    for (const measure of ["incidents", "killed"] as const)
      add({
        page: "overview",
        procedure: "incidents.series",
        filter: `${c.label}, year, ${measure}`,
        call: (api) => api.incidents.series({ filter: f, granularity: "year", measure }),
        naive: { kind: "by-period", filter: naiveOf(f), granularity: "year" },
      });
  }

  // Map, incident layer (app/(app)/map/page.tsx, features/maps/map-queries.ts).
  for (const w of [{ label: "PK" }, { label: "PK, window 2024", ...WINDOW }]) {
    const base: IncidentFilter = { country: "PK", from: "from" in w ? w.from : undefined, to: "to" in w ? w.to : undefined };
    add({
      page: "map",
      procedure: "incidents.byArea",
      filter: `${w.label}, provinces`,
      call: (api) => api.incidents.byArea({ filter: base, level: "province" }),
      naive: { kind: "by-area", filter: naiveOf(base), level: "province" },
    });
    // Khyber Pakhtunkhwa's district map asks for KP and for FATA (the former agencies' older incidents).
    for (const province of ["PK-KP", "PK-TA"]) {
      const f = { ...base, province };
      add({
        page: "map",
        procedure: "incidents.byArea",
        filter: `${w.label}, ${province} districts`,
        call: (api) => api.incidents.byArea({ filter: f, level: "district" }),
        naive: { kind: "by-area", filter: naiveOf(f), level: "district" },
      });
    }
  }
  add({
    page: "map",
    procedure: "incidents.series",
    filter: "PK, year (year picker)",
    call: (api) => api.incidents.series({ filter: { country: "PK" }, granularity: "year", measure: "incidents" }),
    naive: { kind: "by-period", filter: { country: "PK" }, granularity: "year" },
  });
  add({
    page: "map",
    procedure: "incidents.series",
    filter: "province PK-KP, year (drill-down)",
    call: (api) => api.incidents.series({ filter: { province: "PK-KP" }, granularity: "year", measure: "incidents" }),
    naive: { kind: "by-period", filter: { province: "PK-KP" }, granularity: "year" },
  });
  add({
    page: "map",
    procedure: "incidents.list",
    filter: "district pk-kp-peshawar, window 2024, 50",
    call: (api) => api.incidents.list({ district: "pk-kp-peshawar", ...WINDOW, limit: 50, offset: 0 }),
    naive: { kind: "latest", filter: { district: "pk-kp-peshawar", ...WINDOW }, limit: 50 },
  });

  // Group profile (app/(app)/groups/[slug]/page.tsx, features/groups/activity-inputs.ts).
  for (const slug of ["ttp", "bla"]) {
    add({ page: "group", procedure: "groups.get", filter: slug, call: (api) => api.groups.get({ slug }) });
    add({
      page: "group",
      procedure: "incidents.breakdown",
      filter: `group ${slug}, province × year`,
      call: (api) => api.incidents.breakdown({ filter: { group: slug }, dimension: "province", granularity: "year", measure: "incidents" }),
      naive: { kind: "breakdown", filter: { group: slug }, dimension: "province", granularity: "year" },
    });
    add({
      page: "group",
      procedure: "statistics.list",
      filter: `group ${slug}`,
      call: (api) => api.statistics.list({ group: slug, limit: 200, offset: 0 }),
    });
  }

  // Trends (app/(app)/trends/page.tsx): monthly series and breakdowns.
  add({ page: "trends", procedure: "statistics.metrics", filter: "none", call: (api) => api.statistics.metrics({}) });
  add({ page: "trends", procedure: "events.list", filter: "markers", call: (api) => api.events.list({ markers: true }) });
  add({
    page: "trends",
    procedure: "incidents.series",
    filter: "none, month",
    call: (api) => api.incidents.series({ filter: {}, granularity: "month", measure: "incidents" }),
    naive: { kind: "by-period", filter: {}, granularity: "month" },
  });
  add({
    page: "trends",
    procedure: "incidents.series",
    filter: "province PK-BA, month",
    call: (api) => api.incidents.series({ filter: { province: "PK-BA" }, granularity: "month", measure: "killed" }),
    naive: { kind: "by-period", filter: { province: "PK-BA" }, granularity: "month" },
  });
  for (const [dimension, granularity] of [
    ["group", "year"],
    ["type", "month"],
    ["province", "month"],
  ] as const)
    add({
      page: "trends",
      procedure: "incidents.breakdown",
      filter: `by ${dimension}, ${granularity}`,
      call: (api) => api.incidents.breakdown({ filter: {}, dimension, granularity, measure: "incidents" }),
      naive: { kind: "breakdown", filter: {}, dimension, granularity },
    });
  add({
    page: "trends",
    procedure: "incidents.breakdown",
    filter: "province PK-KP by target, year",
    call: (api) => api.incidents.breakdown({ filter: { province: "PK-KP" }, dimension: "target", granularity: "year", measure: "killed" }),
    naive: { kind: "breakdown", filter: { province: "PK-KP" }, dimension: "target", granularity: "year" },
  });

  // Recommendation tracker (app/(app)/recommendations/**, features/recommendations).
  add({
    page: "tracker",
    procedure: "recommendations.list",
    filter: "first 50",
    call: (api) => api.recommendations.list({ limit: 50, offset: 0, sort: "source", dir: "asc" }),
  });
  add({ page: "tracker", procedure: "recommendations.board", filter: "none", call: (api) => api.recommendations.board({}) });
  add({ page: "tracker", procedure: "recommendations.overdue", filter: "none", call: (api) => api.recommendations.overdue({}) });
  add({ page: "tracker", procedure: "recommendations.families", filter: "none", call: (api) => api.recommendations.families() });
  add({
    page: "tracker",
    procedure: "recommendations.indicator",
    filter: "TTP attacks, PK",
    call: (api) => api.recommendations.indicator({ key: "pips-2022/rec/5-2-multi-level-plans-ttp" }),
    naive: { kind: "breakdown", filter: { country: "PK", group: "ttp" }, dimension: "province", granularity: "year" },
  });
  add({
    page: "tracker",
    procedure: "recommendations.indicator",
    filter: "fatalities, PK-BA",
    call: (api) => api.recommendations.indicator({ key: "pips-2022/rec/5-2-balochistan-comprehensive-policy" }),
    naive: { kind: "breakdown", filter: { province: "PK-BA" }, dimension: "province", granularity: "year" },
  });
  return cases;
}
