"use client";

import { formatFigure, formatPeriod, METRIC_LABELS, METRICS, type StatisticFilter, type StatisticListInput } from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { Hash } from "lucide-react";
import Link from "next/link";
import { Pagination } from "~/components/ui/pagination";
import { SelectField } from "~/components/ui/select";
import { Table, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { CitationPopover } from "~/features/citations/citation-popover";
import { EnumSelect } from "~/features/filters/enum-select";
import { ListEmptyState } from "~/features/filters/list-empty-state";
import { ProvinceSelect } from "~/features/filters/province-select";
import { DateField, IgnoredFilters, SearchField, UrlFilterForm } from "~/features/filters/url-filter-form";
import { RecordRowLinks } from "~/features/history/history-link";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";
import { placeOf } from "./place";

const FILTER_LABELS: Record<string, string> = {
  metric: "Metric",
  country: "Country",
  province: "Province",
  district: "District",
  group: "Group",
  source: "Source",
  from: "From",
  to: "To",
  search: "Search",
  offset: "Page",
};

export function StatisticsTable({
  input,
  filter,
  ignored,
}: {
  input: StatisticListInput;
  filter: StatisticFilter;
  ignored: { key: string; message: string }[];
}) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.statistics.list.queryOptions(input));
  const { data: groups } = useSuspenseQuery(trpc.groups.list.queryOptions({}));
  const { data: sources } = useSuspenseQuery(trpc.sources.list.queryOptions({}));
  const { items, total } = data;
  const { limit, offset } = input;
  const active = Object.values(filter).some((v) => v !== undefined && v !== "");

  return (
    <div className="flex flex-col gap-4">
      <UrlFilterForm key={JSON.stringify(filter)} action="/statistics" label="Filter figures" active={active}>
        <SearchField defaultValue={filter.search ?? ""} placeholder="What is counted" wrapperClassName="w-56" />
        <EnumSelect
          label="Metric"
          name="metric"
          values={METRICS}
          labels={METRIC_LABELS}
          defaultValue={filter.metric}
          emptyLabel="All metrics"
          className="w-52"
        />
        <ProvinceSelect defaultValue={filter.province} emptyLabel="Any place" />
        <SelectField label="Group" name="group" defaultValue={filter.group ?? ""} wrapperClassName="w-52">
          <option value="">Any group</option>
          {groups.map((g) => (
            <option key={g.slug} value={g.slug}>
              {g.name}
              {g.abbreviation ? ` (${g.abbreviation})` : ""}
            </option>
          ))}
        </SelectField>
        <SelectField label="Source" name="source" defaultValue={filter.source ?? ""} wrapperClassName="w-56">
          <option value="">All sources</option>
          {sources.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.shortTitle}
            </option>
          ))}
        </SelectField>
        <DateField label="From" name="from" defaultValue={filter.from ?? ""} />
        <DateField label="To" name="to" defaultValue={filter.to ?? ""} />
      </UrlFilterForm>

      <IgnoredFilters ignored={ignored} labels={FILTER_LABELS} />

      <p aria-live="polite" className="text-[12.5px] text-muted-foreground">
        <span className="font-medium text-foreground tabular-nums">{total.toLocaleString("en-GB")}</span>{" "}
        {total === 1 ? "figure" : "figures"}
        {filter.from || filter.to ? " whose period overlaps the dates chosen" : ""}. A figure for several areas together is shown with all
        of them.
      </p>

      {items.length === 0 ? (
        <ListEmptyState
          icon={Hash}
          noun={["figure", "figures"]}
          total={total}
          offset={offset}
          active={active}
          firstPageHref={hrefWith("/statistics", filter)}
          clearHref="/statistics"
          noMatchHint="Choose another metric, place, group or source, widen the dates, or clear the filters."
          emptyTitle="No published figures yet"
        />
      ) : (
        <div>
          <Table>
            <caption className="sr-only">Published figures, newest period first, each with its source.</caption>
            <THead>
              <Tr>
                <Th>Period</Th>
                <Th>What is counted</Th>
                <Th>Where</Th>
                <Th>Group</Th>
                <Th numeric>Figure</Th>
                <Th>Source</Th>
              </Tr>
            </THead>
            <TBody>
              {items.map((s) => (
                <Tr key={s.key}>
                  <Td className="whitespace-nowrap tabular-nums">{formatPeriod(s.periodStart, s.periodEnd)}</Td>
                  <Td className="max-w-md">
                    <div>{s.label ?? METRIC_LABELS[s.metric]}</div>
                    <div className="text-xs text-muted-foreground">
                      {METRIC_LABELS[s.metric]}
                      {s.note ? ` · ${s.note}` : ""}
                    </div>
                  </Td>
                  <Td>{placeOf(s.geography)}</Td>
                  <Td>
                    {s.group ? (
                      <Link href={`/groups/${s.group}`} className="hover:underline">
                        {s.groupName ?? s.group}
                      </Link>
                    ) : (
                      <span className="text-muted-foreground">—</span>
                    )}
                  </Td>
                  <Td numeric className="whitespace-nowrap font-medium">
                    {formatFigure(s.value, s.qualifier, s.unit)}
                  </Td>
                  <Td>
                    <div className="flex flex-col items-start gap-1">
                      <CitationPopover citations={s.citations} subject={s.label ?? METRIC_LABELS[s.metric]} />
                      <RecordRowLinks type="statistic" recordKey={s.key} label={s.label ?? METRIC_LABELS[s.metric]} />
                    </div>
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
          <Pagination
            offset={offset}
            count={items.length}
            total={total}
            noun="figures"
            prevHref={offset > 0 ? hrefWith("/statistics", { ...filter, offset: Math.max(0, offset - limit) || undefined }) : null}
            nextHref={offset + items.length < total ? hrefWith("/statistics", { ...filter, offset: offset + limit }) : null}
            className="mt-1 border-t border-border"
          />
        </div>
      )}
    </div>
  );
}
