"use client";

import { useQuery } from "@tanstack/react-query";
import type { MapMarker } from "~/features/maps/choropleth-map";
import { useTRPC } from "~/trpc/react";

/**
 * Surge markers for a Pakistan province map: provinces whose latest year in the incident log exceeds
 * the year before and their three-year mean (the domain's rule). Loaded beside the map, never
 * blocking it: a map without markers is still right.
 */
export function useSurgeMarkers(enabled: boolean): MapMarker[] {
  const trpc = useTRPC();
  const { data } = useQuery({ ...trpc.dashboard.surges.queryOptions({ granularity: "year" }), enabled });
  if (!enabled || !data) return [];
  return data.verdicts.flatMap((v) =>
    v.status === "surge"
      ? [
          {
            id: v.area,
            label: `${v.value} incidents recorded in ${v.period}${v.partial ? " so far" : ""}, against ${v.previous} in ${v.previousPeriod} and ${v.baseline.toLocaleString("en-GB")} a year on average over the three years before (incident log)`,
          },
        ]
      : [],
  );
}
