"use client";

import {
  formatCount,
  RECOMMENDATION_STATUSES,
  type RecommendationFilter,
  type RecommendationListInput,
  type RecommendationView,
  STATUS_LABELS,
  TARGET_ACTOR_LABELS,
  TARGET_ACTORS,
  THEME_LABELS,
  THEMES,
} from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { ClipboardCheck } from "lucide-react";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Pagination } from "~/components/ui/pagination";
import { SelectField } from "~/components/ui/select";
import { Table, Td, THead, Th, Tr } from "~/components/ui/table";
import { CitationPopover } from "~/features/citations/citation-popover";
import { EnumSelect } from "~/features/filters/enum-select";
import { ListEmptyState } from "~/features/filters/list-empty-state";
import { IgnoredFilters, SearchField, UrlFilterForm } from "~/features/filters/url-filter-form";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";
import { StatusBadge } from "./status-badge";
import { StatusScoreboard } from "./status-scoreboard";

const FILTER_LABELS: Record<string, string> = {
  source: "Source",
  theme: "Theme",
  status: "Status",
  targetActor: "Addressed to",
  search: "Search",
  offset: "Page",
};

/** The detail page of a recommendation; keys contain "/", so they travel encoded as one path segment. */
export function recommendationHref(key: string): string {
  return `/recommendations/${encodeURIComponent(key)}`;
}

/** "3" before "10": recommendation numbers as people count them, then by key. */
function byNumber(a: RecommendationView, b: RecommendationView): number {
  const na = a.number === null ? Number.NaN : Number.parseFloat(a.number);
  const nb = b.number === null ? Number.NaN : Number.parseFloat(b.number);
  if (!Number.isNaN(na) && !Number.isNaN(nb) && na !== nb) return na - nb;
  if (Number.isNaN(na) !== Number.isNaN(nb)) return Number.isNaN(na) ? 1 : -1;
  return a.key.localeCompare(b.key, "en", { numeric: true });
}

/** Consecutive items of one source document, in the order the API returns them (by source year). */
function groupBySource(items: readonly RecommendationView[]) {
  const groups: { source: string; title: string; shortTitle: string; items: RecommendationView[] }[] = [];
  for (const r of items) {
    const last = groups[groups.length - 1];
    if (last && last.source === r.source) last.items.push(r);
    else groups.push({ source: r.source, title: r.sourceTitle, shortTitle: r.sourceShortTitle, items: [r] });
  }
  for (const g of groups) g.items.sort(byNumber);
  return groups;
}

export interface RecommendationsListProps {
  input: RecommendationListInput;
  filter: RecommendationFilter;
  ignored: readonly { key: string; message: string }[];
}

export function RecommendationsList({ input, filter, ignored }: RecommendationsListProps) {
  const trpc = useTRPC();
  const { status: _status, ...boardFilter } = filter;
  const { data } = useSuspenseQuery(trpc.recommendations.list.queryOptions(input));
  const { data: counts } = useSuspenseQuery(trpc.recommendations.scoreboard.queryOptions(boardFilter));
  const { data: sources } = useSuspenseQuery(trpc.sources.list.queryOptions({}));
  const sourceName = new Map(sources.map((s) => [s.slug, s.shortTitle]));

  const { items, total } = data;
  const { limit, offset } = input;
  const active = Object.values(filter).some((v) => v !== undefined && v !== "");
  const boardHref = hrefWith("/recommendations", boardFilter);
  const hrefTemplate = `${boardHref}${boardHref.includes("?") ? "&" : "?"}status={status}`;

  const described: string[] = [];
  if (filter.source) described.push(`from ${sourceName.get(filter.source) ?? filter.source}`);
  if (filter.theme) described.push(`on ${THEME_LABELS[filter.theme].toLowerCase()}`);
  if (filter.targetActor) described.push(`addressed to ${TARGET_ACTOR_LABELS[filter.targetActor]}`);
  if (filter.status) described.push(`with status “${STATUS_LABELS[filter.status]}”`);
  if (filter.search) described.push(`matching “${filter.search}” in title or text`);

  return (
    <div className="flex flex-col gap-5">
      <Card>
        <CardHeader>
          <CardTitle>Status of the recommendations</CardTitle>
          <CardDescription>
            {boardFilter.source || boardFilter.theme || boardFilter.targetActor || boardFilter.search
              ? "Counts for the filters below, across every status."
              : "Counts across every source document."}{" "}
            A status changes only through a dated update with evidence. Choose a status to list only those.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <StatusScoreboard counts={counts} hrefTemplate={hrefTemplate} />
        </CardContent>
      </Card>

      <UrlFilterForm key={JSON.stringify(filter)} action="/recommendations" label="Filter recommendations" active={active}>
        <SearchField defaultValue={filter.search ?? ""} placeholder="Title or text" wrapperClassName="w-56" />
        <SelectField label="Source" name="source" defaultValue={filter.source ?? ""} wrapperClassName="w-72">
          <option value="">All sources</option>
          {sources.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.shortTitle}
            </option>
          ))}
        </SelectField>
        <EnumSelect
          label="Theme"
          name="theme"
          values={THEMES}
          labels={THEME_LABELS}
          defaultValue={filter.theme}
          emptyLabel="All themes"
          className="w-52"
        />
        <EnumSelect
          label="Status"
          name="status"
          values={RECOMMENDATION_STATUSES}
          labels={STATUS_LABELS}
          defaultValue={filter.status}
          emptyLabel="All statuses"
          className="w-48"
        />
        <EnumSelect
          label="Addressed to"
          name="targetActor"
          values={TARGET_ACTORS}
          labels={TARGET_ACTOR_LABELS}
          defaultValue={filter.targetActor}
          emptyLabel="Any actor"
          className="w-56"
        />
      </UrlFilterForm>

      <IgnoredFilters ignored={ignored} labels={FILTER_LABELS} />

      <p aria-live="polite" className="text-[12.5px] text-muted-foreground">
        <span className="font-medium text-foreground tabular-nums">{formatCount(total)}</span>{" "}
        {total === 1 ? "recommendation" : "recommendations"}
        {described.length ? ` ${described.join(", ")}` : ""}, grouped by the document that makes them.
      </p>

      {items.length === 0 ? (
        <ListEmptyState
          icon={ClipboardCheck}
          noun={["recommendation", "recommendations"]}
          total={total}
          offset={offset}
          active={Boolean(active)}
          firstPageHref={hrefWith("/recommendations", filter)}
          clearHref="/recommendations"
          noMatchHint="Choose another source, theme or status, search for a different word, or clear the filters."
          emptyTitle="No recommendations yet"
        />
      ) : (
        <div>
          <Table>
            <caption className="sr-only">Recommendations grouped by source document</caption>
            <THead>
              <Tr className="hover:bg-transparent">
                <Th className="w-10">No.</Th>
                <Th>Recommendation</Th>
                <Th>Theme</Th>
                <Th>Status</Th>
                <Th>Source</Th>
              </Tr>
            </THead>
            {groupBySource(items).map((g) => (
              <tbody key={g.source} className="[&_tr:last-child]:border-b-0">
                <tr className="border-b border-border bg-surface-2/60">
                  <th scope="colgroup" colSpan={5} className="px-0 pt-4 pb-1.5 text-left font-normal">
                    <Link href={`/sources/${g.source}`} className="text-[13px] font-semibold hover:underline">
                      {g.shortTitle}
                    </Link>
                    <span className="ml-2 text-[12px] text-muted-foreground">{g.title}</span>
                  </th>
                </tr>
                {g.items.map((r) => (
                  <Tr key={r.id}>
                    <Td className="text-muted-foreground tabular-nums">{r.number ?? "—"}</Td>
                    <Td className="min-w-[18rem]">
                      <Link href={recommendationHref(r.key)} className="font-medium hover:underline">
                        {r.title}
                      </Link>
                      <div className="mt-0.5 text-[12px] text-muted-foreground">
                        To {r.targetActors.map((a) => TARGET_ACTOR_LABELS[a]).join(", ")}
                      </div>
                    </Td>
                    <Td className="text-[12.5px] whitespace-nowrap">{THEME_LABELS[r.theme]}</Td>
                    <Td>
                      <StatusBadge status={r.status} />
                    </Td>
                    <Td>
                      <CitationPopover
                        citations={r.citations}
                        subject={`recommendation “${r.title}”`}
                        sourceHrefTemplate="/sources/{source}"
                        className="whitespace-nowrap"
                      />
                    </Td>
                  </Tr>
                ))}
              </tbody>
            ))}
          </Table>
          <Pagination
            offset={offset}
            count={items.length}
            total={total}
            noun="recommendations"
            prevHref={offset > 0 ? hrefWith("/recommendations", { ...filter, offset: Math.max(0, offset - limit) || undefined }) : null}
            nextHref={offset + items.length < total ? hrefWith("/recommendations", { ...filter, offset: offset + limit }) : null}
            className="mt-1 border-t border-border"
          />
        </div>
      )}
    </div>
  );
}
