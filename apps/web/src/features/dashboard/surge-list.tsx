"use client";

import { formatDate, getAdminUnit, periodBounds } from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { TrendingUp } from "lucide-react";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { useTRPC } from "~/trpc/react";

/** "2022" or "Aug 2022". */
function periodWords(p: string): string {
  return p.length === 4 ? p : formatDate(`${p}-01`, "month");
}

/** The incidents behind a surge: the province and the period judged. */
function incidentsHref(area: string, period: string): string {
  const { first, last } = periodBounds(period, period.length === 4 ? "year" : "month");
  return `/incidents?province=${area}&from=${first}&to=${last}`;
}

/** Provinces whose latest year in the incident log exceeds the year before and their three-year mean. */
export function SurgeList() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.dashboard.surges.queryOptions({ granularity: "year" }));
  const surges = data.verdicts.filter((v) => v.status === "surge");
  const judged = data.verdicts.filter((v) => v.status !== "insufficient_history").length;
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <TrendingUp aria-hidden="true" className="size-4 text-danger" />
          Surges
        </CardTitle>
        <CardDescription>
          Provinces whose latest year in the incident log has more incidents than the year before and than their average over the three
          years before.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {data.coverage === null ? (
          <p className="text-sm text-muted-foreground">The incident log is empty, so there is nothing to compare yet.</p>
        ) : surges.length === 0 ? (
          <p className="text-sm text-muted-foreground">No surge: none of the {judged} provinces with enough history exceeds both levels.</p>
        ) : (
          <ul className="divide-y divide-border" aria-label="Provinces with a surge">
            {surges.map((v) =>
              v.status === "surge" ? (
                <li key={v.area} className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 py-2 text-sm">
                  <Link href={incidentsHref(v.area, v.period)} className="font-medium hover:underline">
                    {getAdminUnit(v.area)?.name ?? v.area}
                  </Link>
                  <span className="tabular-nums">
                    {v.value} incidents in {periodWords(v.period)}
                    {v.partial ? " so far" : ""}
                  </span>
                  <span className="text-[12.5px] text-muted-foreground tabular-nums">
                    {v.previous} in {periodWords(v.previousPeriod)}; {v.baseline.toLocaleString("en-GB")} a year on average{" "}
                    {periodWords(v.baselinePeriods.first)}–{periodWords(v.baselinePeriods.last)}
                  </span>
                </li>
              ) : null,
            )}
          </ul>
        )}
        <p className="mt-2 text-[12px] text-muted-foreground">
          From incidents recorded here (each cited), not from published totals; a short or patchy log can make a small number look like a
          surge.
        </p>
      </CardContent>
    </Card>
  );
}
