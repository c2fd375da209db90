"use client";

import { SEARCH_TYPE_LABELS, SEARCH_TYPES, type SearchResponse, type SearchType } from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { Search, SearchX } from "lucide-react";
import Link from "next/link";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { inputClassName } from "~/components/ui/form-field";
import { SegmentedControl } from "~/components/ui/segmented-control";
import { cn } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";
import { searchPageHref, searchResultHref } from "./links";
import { Highlighted, matchNote, ResultTypeBadge, resultDetail } from "./result-parts";
import { PAGE_LIMIT, type SearchPageParams, searchPageInputs } from "./search-page-params";

const PLURAL: Record<SearchType, string> = {
  group: "Groups",
  source: "Sources",
  recommendation: "Recommendations",
  incident: "Incidents",
};

const EXAMPLES = ["TTP", "Tehreek-e-Taliban", "ISIS-K", "LeJ", "mosque Peshawar", "intelligence sharing"];

/** The full results page: a search form, the kinds with their counts, and every result ranked. */
export function SearchResultsView({ params }: { params: SearchPageParams }) {
  return (
    <div className="flex flex-col gap-5">
      <SearchForm params={params} />
      {params.q ? (
        params.type ? (
          <FilteredResults params={params} />
        ) : (
          <AllResults params={params} />
        )
      ) : (
        <EmptyState
          icon={Search}
          title="Search the monitor"
          description="Type a group's name, alias or abbreviation in any common spelling, or words from an incident, recommendation or source. Ctrl K (⌘K on a Mac) opens the search box from any page."
          action={<Examples />}
        />
      )}
    </div>
  );
}

function SearchForm({ params }: { params: SearchPageParams }) {
  return (
    <search aria-label="Search the monitor">
      <form action="/search" method="get" className="flex max-w-2xl items-end gap-2">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor="search-page-q" className="text-[12.5px] font-medium text-foreground">
            Search for
          </label>
          <input
            key={params.q}
            id="search-page-q"
            type="search"
            name="q"
            defaultValue={params.q}
            maxLength={200}
            required
            autoComplete="off"
            spellCheck={false}
            className={inputClassName}
          />
        </div>
        {params.type ? <input type="hidden" name="type" value={params.type} /> : null}
        <Button type="submit" variant="primary" className="h-9">
          <Search aria-hidden="true" />
          Search
        </Button>
      </form>
    </search>
  );
}

function AllResults({ params }: { params: SearchPageParams }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.search.query.queryOptions(searchPageInputs(params).results));
  return <ResultsSection params={params} data={data} totals={data.totals} />;
}

function FilteredResults({ params }: { params: SearchPageParams }) {
  const trpc = useTRPC();
  const inputs = searchPageInputs(params);
  const { data } = useSuspenseQuery(trpc.search.query.queryOptions(inputs.results));
  const { data: all } = useSuspenseQuery(trpc.search.query.queryOptions(inputs.totals ?? inputs.results));
  return <ResultsSection params={params} data={data} totals={all.totals} />;
}

function ResultsSection({ params, data, totals }: { params: SearchPageParams; data: SearchResponse; totals: SearchResponse["totals"] }) {
  const all = SEARCH_TYPES.reduce((n, t) => n + totals[t], 0);
  const shownTotal = params.type ? totals[params.type] : all;
  const items = [
    { value: "all", label: `All (${all})`, href: searchPageHref(params.q) },
    ...SEARCH_TYPES.map((t) => ({ value: t, label: `${PLURAL[t]} (${totals[t]})`, href: searchPageHref(params.q, t) })),
  ];
  return (
    <section aria-labelledby="search-results-heading" className="flex flex-col gap-3">
      <SegmentedControl label="Kind of record" variant="tabs" items={items} value={params.type ?? "all"} />
      <h2 id="search-results-heading" className="text-[13px] text-muted-foreground">
        {shownTotal === 0
          ? `Nothing ${params.type ? `among ${PLURAL[params.type].toLowerCase()} ` : ""}matches “${params.q}”.`
          : `${shownTotal} result${shownTotal === 1 ? "" : "s"} for “${params.q}”${params.type ? ` among ${PLURAL[params.type].toLowerCase()}` : ""}${
              data.results.length < shownTotal ? `, the best ${data.results.length} shown` : ""
            }. Best matches first: whole names, then names that start with it, then words, then near spellings.`}
      </h2>
      {data.results.length === 0 ? (
        <EmptyState
          icon={SearchX}
          title={`No ${params.type ? SEARCH_TYPE_LABELS[params.type].toLowerCase() : "record"} matches “${params.q}”`}
          description={
            params.type && all > 0
              ? `${all} record${all === 1 ? "" : "s"} of other kinds match${all === 1 ? "es" : ""}.`
              : "Check the spelling, try a group's abbreviation (TTP, ISKP, LeJ) or fewer words."
          }
          action={
            params.type && all > 0 ? (
              <Link href={searchPageHref(params.q)} className="text-[13px] font-medium text-accent-text hover:underline">
                Show all kinds
              </Link>
            ) : (
              <Examples />
            )
          }
        />
      ) : (
        <ol aria-label="Results" className="flex flex-col divide-y divide-border rounded-lg border border-border bg-surface">
          {data.results.map((r) => {
            const note = matchNote(r);
            return (
              <li key={`${r.type}:${r.key}`} className="flex items-start gap-3 px-4 py-3">
                <ResultTypeBadge type={r.type} className="mt-0.5" />
                <div className="flex min-w-0 flex-col gap-0.5">
                  <Link href={searchResultHref(r)} className="text-[14px] leading-5 font-medium text-foreground hover:underline">
                    <Highlighted text={r.title} highlight={data.highlight} />
                  </Link>
                  <p className="text-[12.5px] leading-4 text-muted-foreground">
                    {resultDetail(r)}
                    {note ? <span> · {note}</span> : null}
                  </p>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {data.results.length === PAGE_LIMIT && shownTotal > PAGE_LIMIT ? (
        <p className="text-[12.5px] text-muted-foreground">
          Only the best {PAGE_LIMIT} are listed: add words or pick a kind to narrow the search.
        </p>
      ) : null}
    </section>
  );
}

function Examples() {
  return (
    <ul className="flex flex-wrap justify-center gap-2" aria-label="Example searches">
      {EXAMPLES.map((q) => (
        <li key={q}>
          <Link
            href={searchPageHref(q)}
            className={cn(
              "inline-flex h-7 items-center rounded-md border border-border-strong/70 px-2.5 text-[12.5px] text-foreground hover:bg-surface-2",
            )}
          >
            {q}
          </Link>
        </li>
      ))}
    </ul>
  );
}
