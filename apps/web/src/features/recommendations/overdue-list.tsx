"use client";

import { formatCount, formatDate, type RecommendationFilter, THEME_LABELS } from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { CalendarCheck } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { IgnoredFilters } from "~/features/filters/url-filter-form";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";
import {
  OverdueNote,
  recommendationHref,
  StatusSince,
  TrackerFilterForm,
  TrackerNoMatch,
  UnknownValues,
  useTrackerNames,
} from "./recommendations-list";
import { StatusBadge } from "./status-badge";
import { describeFilter, filterValues, isFiltered, loosenLinks, TRACKER_PARAM_LABELS, unknownValues } from "./tracker-params";

export interface OverdueListProps {
  filter: RecommendationFilter;
  ignored: readonly { key: string; message: string }[];
}

/** Reviews whose date has passed, the most overdue first, each with who owns it and where it stands. */
export function OverdueList({ filter, ignored }: OverdueListProps) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.recommendations.overdue.queryOptions(filter));
  const { names } = useTrackerNames();
  const { today, items } = data;
  const active = isFiltered(filter);
  const described = describeFilter(filter, names);
  const unknown = unknownValues(filter, names);

  return (
    <div className="flex flex-col gap-5">
      <TrackerFilterForm action="/recommendations/reviews" filter={filter} omit={["overdue"]} label="Filter overdue reviews" />

      <IgnoredFilters ignored={ignored} labels={TRACKER_PARAM_LABELS} />

      <div className="flex flex-col gap-1 text-[12.5px] text-muted-foreground">
        <p aria-live="polite">
          <span data-testid="overdue-total" className="font-medium text-foreground tabular-nums">
            {formatCount(items.length)}
          </span>{" "}
          {items.length === 1 ? "review is" : "reviews are"} overdue as of <time dateTime={today}>{formatDate(today)}</time>
          {described.length ? ` among recommendations ${described.join(", ")}` : ""}. A review is overdue once its date has passed, until
          someone sets the next one.
          {items.length > 0 ? (
            <>
              {" "}
              <Link href={hrefWith("/recommendations", { ...filterValues(filter), overdue: true })} className="link">
                Open them in the table
              </Link>
              .
            </>
          ) : null}
        </p>
        <UnknownValues unknown={unknown} noun="review" />
      </div>

      {items.length === 0 ? (
        active ? (
          <TrackerNoMatch
            title="No overdue review among these recommendations"
            links={loosenLinks("/recommendations/reviews", filter, names, {}, ["overdue"])}
            clearHref="/recommendations/reviews"
          />
        ) : (
          <EmptyState
            icon={CalendarCheck}
            title="No review is overdue"
            description="Editors set review dates on a recommendation's page."
          />
        )
      ) : (
        <Table data-testid="overdue-table">
          <caption className="sr-only">Overdue reviews, the most overdue first. Each title opens the recommendation.</caption>
          <THead>
            <Tr className="hover:bg-transparent">
              <Th>Overdue</Th>
              <Th className="min-w-[18rem]">Recommendation</Th>
              <Th>Owner</Th>
              <Th>Review was due</Th>
              <Th>Status</Th>
            </Tr>
          </THead>
          <TBody>
            {items.map((r) => (
              <Tr key={r.key} data-key={r.key}>
                <Td className="text-[13px] whitespace-nowrap">
                  <OverdueNote days={r.daysOverdue} />
                </Td>
                <Td className="max-w-[34rem]">
                  <Link href={recommendationHref(r.key)} className="font-medium hover:underline">
                    {r.title}
                  </Link>
                  <div className="mt-0.5 text-[12px] text-muted-foreground">
                    {r.sourceShortTitle}
                    {r.number ? ` · No. ${r.number}` : ""} · {THEME_LABELS[r.theme]}
                  </div>
                </Td>
                <Td className="text-[12.5px] whitespace-nowrap">
                  {r.ownerName ?? <span className="text-muted-foreground">Nobody: assign an owner</span>}
                </Td>
                <Td className="text-[12.5px] whitespace-nowrap">
                  {r.nextReviewOn ? <time dateTime={r.nextReviewOn}>{formatDate(r.nextReviewOn)}</time> : null}
                </Td>
                <Td>
                  <StatusBadge status={r.status} />
                  <StatusSince since={r.statusSince} />
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
