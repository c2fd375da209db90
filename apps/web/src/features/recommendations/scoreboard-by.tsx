"use client";

import {
  formatCount,
  type RecommendationFilter,
  type RecommendationStatus,
  SCOREBOARD_OVERALL_KEY,
  type ScoreboardDimension,
  type ScoreboardRow,
  STATUS_LABELS,
} from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { ClipboardCheck, Info } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "~/components/ui/empty-state";
import { SegmentedControl } from "~/components/ui/segmented-control";
import { Table, TBody, Td, TFoot, THead, Th, Tr } from "~/components/ui/table";
import { IgnoredFilters } from "~/features/filters/url-filter-form";
import { hrefWith } from "~/lib/search-params";
import { cn } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";
import { TrackerFilterForm, TrackerNoMatch, UnknownValues, useTrackerNames } from "./recommendations-list";
import { STATUS_ORDER, STATUS_STYLE } from "./status-style";
import { describeFilter, filterValues, isFiltered, loosenLinks, TRACKER_PARAM_LABELS, unknownValues } from "./tracker-params";

/** The statuses the scoreboard gives a column each: done, half done, stuck, and not looked at. */
const HIGHLIGHTED: readonly RecommendationStatus[] = ["implemented", "partially_implemented", "stalled", "not_assessed"];
const OTHERS: readonly RecommendationStatus[] = STATUS_ORDER.filter((s) => !HIGHLIGHTED.includes(s));

const DIMENSION_NAMES: Record<ScoreboardDimension, { one: string; header: string }> = {
  theme: { one: "theme", header: "Theme" },
  actor: { one: "actor", header: "Addressed to" },
};

/** "25%", "12.5%", "0%": one decimal where the share has one. */
function formatShare(share: number): string {
  return `${Number.isInteger(share) ? share : share.toFixed(1)}%`;
}

export interface ScoreboardByProps {
  filter: RecommendationFilter;
  by: ScoreboardDimension;
  ignored: readonly { key: string; message: string }[];
}

/**
 * The implementation scoreboard: per theme or per actor addressed, how many recommendations and what
 * share of them is implemented, partially implemented, stalled, not assessed or elsewhere. A real table
 * with the numbers; the bars repeat them for the eye. Every figure opens the matching rows of the table.
 */
export function ScoreboardBy({ filter, by, ignored }: ScoreboardByProps) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.recommendations.scoreboardBy.queryOptions({ filter, dimension: by }));
  const { names } = useTrackerNames();
  const described = describeFilter(filter, names);
  const unknown = unknownValues(filter, names);
  const active = isFiltered(filter);
  const dim = DIMENSION_NAMES[by];
  const base = filterValues(filter, ["status"]);
  const tableHref = (key: string, status?: RecommendationStatus) =>
    hrefWith("/recommendations", {
      ...base,
      ...(key === SCOREBOARD_OVERALL_KEY ? {} : by === "theme" ? { theme: key } : { targetActor: key }),
      status,
    });
  const total = data.overall.total;

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center gap-3">
        <SegmentedControl
          label="Count by"
          value={by}
          items={[
            { value: "theme", label: "By theme", href: hrefWith("/recommendations/scoreboard", { ...base, by: undefined }) },
            { value: "actor", label: "By actor addressed", href: hrefWith("/recommendations/scoreboard", { ...base, by: "actor" }) },
          ]}
        />
      </div>

      <TrackerFilterForm
        action="/recommendations/scoreboard"
        filter={filter}
        omit={["status"]}
        keep={{ by: by === "actor" ? "actor" : undefined }}
        label="Filter the scoreboard"
      />

      <IgnoredFilters ignored={ignored} labels={TRACKER_PARAM_LABELS} />

      <div className="flex flex-col gap-1 text-[12.5px] text-muted-foreground">
        <p aria-live="polite">
          <span data-testid="scoreboard-total" className="font-medium text-foreground tabular-nums">
            {formatCount(total)}
          </span>{" "}
          {total === 1 ? "recommendation" : "recommendations"}
          {described.length ? ` ${described.join(", ")}` : ""}, by {dim.one}. Shares are of each row’s recommendations and add up to 100%.
        </p>
        <UnknownValues unknown={unknown} noun="recommendation" />
      </div>

      {total === 0 ? (
        active ? (
          <TrackerNoMatch
            title="No recommendation matches these filters"
            links={loosenLinks("/recommendations/scoreboard", filter, names, { by: by === "actor" ? "actor" : undefined }, ["status"])}
            clearHref={hrefWith("/recommendations/scoreboard", { by: by === "actor" ? "actor" : undefined })}
          />
        ) : (
          <EmptyState
            icon={ClipboardCheck}
            title="No recommendations yet"
            description="Load the seed reports with `pnpm db:seed`, or import a dataset with `pnpm data:import FILE`."
          />
        )
      ) : (
        <section aria-labelledby="scoreboard-heading" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
            <h2 id="scoreboard-heading" className="text-[15px] font-semibold">
              Implementation by {dim.one}
            </h2>
            <StatusLegend />
          </div>
          {data.note ? (
            <p
              data-testid="scoreboard-note"
              className="flex items-start gap-2 rounded-md border border-border bg-surface-2/60 px-3 py-2 text-[12.5px] text-muted-foreground"
            >
              <Info aria-hidden="true" className="mt-0.5 size-3.5 shrink-0 text-subtle" strokeWidth={2} />
              <span>
                {data.note}, so the rows add up to more than the {formatCount(total)} recommendations. The overall row counts each
                recommendation once.
              </span>
            </p>
          ) : null}
          <Table data-testid="scoreboard-table" className="min-w-[56rem]">
            <caption className="sr-only">
              Recommendations by {dim.one}: how many, and how many and what share are in each status. Each figure opens those
              recommendations in the table.
            </caption>
            <THead>
              <Tr className="hover:bg-transparent">
                <Th>{dim.header}</Th>
                <Th numeric>Total</Th>
                <Th className="w-[22%] min-w-[9rem]">Status mix</Th>
                {HIGHLIGHTED.map((s) => (
                  <Th key={s} numeric>
                    <span className="inline-flex items-center gap-1.5">
                      <span aria-hidden="true" className={cn("size-2 rounded-[2px]", STATUS_STYLE[s].dot)} />
                      {STATUS_LABELS[s]}
                    </span>
                  </Th>
                ))}
                <Th>Other statuses</Th>
              </Tr>
            </THead>
            <TBody>
              {data.rows.map((row) => (
                <ScoreRow key={row.key} row={row} href={(s) => tableHref(row.key, s)} />
              ))}
            </TBody>
            <TFoot>
              <ScoreRow row={data.overall} href={(s) => tableHref(SCOREBOARD_OVERALL_KEY, s)} overall />
            </TFoot>
          </Table>
          {by === "actor" ? (
            <p className="text-[12px] text-muted-foreground">
              An actor appears once it is addressed by at least one recommendation under these filters.
            </p>
          ) : null}
        </section>
      )}
    </div>
  );
}

/** The colours of the bars, in the bars' order. */
function StatusLegend() {
  return (
    <ul aria-label="Bar colours" className="flex flex-wrap gap-x-3 gap-y-1 text-[11.5px] text-muted-foreground">
      {STATUS_ORDER.map((s) => (
        <li key={s} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={cn("size-2 rounded-[2px]", STATUS_STYLE[s].dot)} />
          {STATUS_LABELS[s]}
        </li>
      ))}
    </ul>
  );
}

/** One count with its share, linked to the table when there is something to list. */
function CountCell({ n, share, href, status }: { n: number; share: number; href: string; status: RecommendationStatus }) {
  return (
    <Td numeric data-status={status} data-count={n}>
      {n > 0 ? (
        <Link href={href} className="font-medium text-foreground hover:underline">
          {formatCount(n)}
        </Link>
      ) : (
        <span className="text-muted-foreground">0</span>
      )}
      <span className="ml-1 inline-block min-w-[3rem] text-right text-[12px] text-muted-foreground">{formatShare(share)}</span>
    </Td>
  );
}

function ScoreRow({
  row,
  href,
  overall = false,
}: {
  row: ScoreboardRow;
  href: (status?: RecommendationStatus) => string;
  overall?: boolean;
}) {
  const others = OTHERS.filter((s) => row.counts[s] > 0);
  const otherCount = OTHERS.reduce((sum, s) => sum + row.counts[s], 0);
  const otherShare = Math.round(OTHERS.reduce((sum, s) => sum + row.shares[s], 0) * 10) / 10;
  const mix = STATUS_ORDER.filter((s) => row.counts[s] > 0);
  return (
    <Tr data-row={row.key} data-total={row.total} data-other={otherCount} className={cn(overall && "hover:bg-transparent")}>
      <Th scope="row" className={cn("h-auto py-2 align-top text-[13px] whitespace-normal text-foreground", !overall && "font-normal")}>
        {row.label}
      </Th>
      <Td numeric>
        <Link href={href()} className="font-semibold text-foreground hover:underline">
          {formatCount(row.total)}
        </Link>
      </Td>
      <Td className="pt-3">
        <div
          role="img"
          aria-label={mix.map((s) => `${STATUS_LABELS[s]} ${formatShare(row.shares[s])}`).join(", ")}
          className="flex h-2.5 w-full gap-px overflow-hidden rounded-sm bg-surface-3"
        >
          {mix.map((s) => (
            <div key={s} className={STATUS_STYLE[s].bar} style={{ width: `${row.shares[s]}%` }} />
          ))}
        </div>
      </Td>
      {HIGHLIGHTED.map((s) => (
        <CountCell key={s} n={row.counts[s]} share={row.shares[s]} href={href(s)} status={s} />
      ))}
      <Td className="text-[12px] text-muted-foreground">
        <span className="font-medium text-foreground tabular-nums">{formatCount(otherCount)}</span>
        <span className="ml-1.5">{formatShare(otherShare)}</span>
        {others.length ? (
          <ul className="mt-0.5 leading-snug">
            {others.map((s) => (
              <li key={s}>
                <Link href={href(s)} className="hover:text-foreground hover:underline">
                  {formatCount(row.counts[s])} {STATUS_LABELS[s].toLowerCase()}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </Td>
    </Tr>
  );
}
