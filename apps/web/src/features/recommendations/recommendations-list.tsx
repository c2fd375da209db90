"use client";

import {
  assessmentTracks,
  daysOverdue,
  formatCount,
  formatDate,
  listAdminUnits,
  NO_OWNER,
  RECOMMENDATION_STATUSES,
  type RecommendationFilter,
  type RecommendationListInput,
  type RecommendationSort,
  type RecommendationView,
  STATUS_LABELS,
  TARGET_ACTOR_LABELS,
  TARGET_ACTORS,
  THEME_LABELS,
  THEMES,
} from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { ArrowDown, ArrowUp, ChevronsUpDown, ClipboardCheck, X } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { Pagination } from "~/components/ui/pagination";
import { SelectField } from "~/components/ui/select";
import { Table, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { CitationPopover } from "~/features/citations/citation-popover";
import { EnumSelect } from "~/features/filters/enum-select";
import { ListEmptyState } from "~/features/filters/list-empty-state";
import { IgnoredFilters, SearchField, UrlFilterForm } from "~/features/filters/url-filter-form";
import { hrefWith } from "~/lib/search-params";
import { cn } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";
import { CsvExportButton } from "./csv-export-button";
import { StatusBadge } from "./status-badge";
import { StatusScoreboard } from "./status-scoreboard";
import {
  ariaSort,
  describeFilter,
  familyHref,
  isFiltered,
  listQuery,
  loosenLinks,
  SORT_NAMES,
  sortHref,
  TRACKER_PARAM_LABELS,
  type TrackerFilterKey,
  type TrackerNames,
  type TrackerSortParams,
  unknownValues,
} from "./tracker-params";

/** The detail page of a recommendation; keys contain "/", so they travel encoded as one path segment. */
export function recommendationHref(key: string): string {
  return `/recommendations/${encodeURIComponent(key)}`;
}

/** Pakistan's provinces (and the former FATA) from the boundary files: where a recommendation's implementation is tracked. */
const PK_PROVINCES = listAdminUnits({ level: "province", parent: "PK" }).sort((a, b) => a.name.localeCompare(b.name, "en"));

/** The sources, owners and families the filters name by id, and how many times each family's recommendation was made. */
export function useTrackerNames() {
  const trpc = useTRPC();
  const { data: sources } = useSuspenseQuery(trpc.sources.list.queryOptions({}));
  const { data: owners } = useSuspenseQuery(trpc.recommendations.owners.queryOptions());
  const { data: families } = useSuspenseQuery(trpc.recommendations.families.queryOptions());
  const sourceName = new Map(sources.map((s) => [s.slug, s.shortTitle]));
  const ownerName = new Map(owners.map((o) => [o.id, o.name || o.email]));
  const family = new Map(families.map((f) => [f.key, f]));
  const names: TrackerNames = {
    source: (slug) => sourceName.get(slug),
    owner: (id) => ownerName.get(id),
    family: (key) => family.get(key)?.title,
  };
  return { sources, owners, families, family, names };
}

export interface TrackerFilterFormProps {
  /** The view the form filters ("/recommendations", "/recommendations/scoreboard"). */
  action: string;
  filter: RecommendationFilter;
  /** Filters the view does not use (the scoreboard counts every status, so it has no status filter). */
  omit?: readonly TrackerFilterKey[];
  /** Other URL state the form keeps (the table's order, the scoreboard's dimension). */
  keep?: Record<string, string | undefined>;
  label: string;
}

/** The tracker's filters, shared by the table, the scoreboard and the reviews list; their state is the URL. */
export function TrackerFilterForm({ action, filter, omit = [], keep = {}, label }: TrackerFilterFormProps) {
  const { sources, owners, families } = useTrackerNames();
  const shown = (k: TrackerFilterKey) => !omit.includes(k);
  return (
    <UrlFilterForm key={JSON.stringify(filter)} action={action} label={label} active={isFiltered(filter)}>
      {Object.entries(keep).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      {shown("search") ? <SearchField defaultValue={filter.search ?? ""} placeholder="Title or text" wrapperClassName="w-52" /> : null}
      {shown("theme") ? (
        <EnumSelect
          label="Theme"
          name="theme"
          values={THEMES}
          labels={THEME_LABELS}
          defaultValue={filter.theme}
          emptyLabel="All themes"
          className="w-48"
        />
      ) : null}
      {shown("targetActor") ? (
        <EnumSelect
          label="Addressed to"
          name="targetActor"
          values={TARGET_ACTORS}
          labels={TARGET_ACTOR_LABELS}
          defaultValue={filter.targetActor}
          emptyLabel="Any actor"
          className="w-52"
        />
      ) : null}
      {shown("status") ? (
        <EnumSelect
          label="Status"
          name="status"
          values={RECOMMENDATION_STATUSES}
          labels={STATUS_LABELS}
          defaultValue={filter.status}
          emptyLabel="All statuses"
          className="w-44"
        />
      ) : null}
      {shown("source") ? (
        <SelectField label="Source" name="source" defaultValue={filter.source ?? ""} wrapperClassName="w-48">
          <option value="">All sources</option>
          {sources.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.shortTitle}
            </option>
          ))}
        </SelectField>
      ) : null}
      {shown("owner") ? (
        <SelectField label="Owner" name="owner" defaultValue={filter.owner ?? ""} wrapperClassName="w-44">
          <option value="">Anyone or nobody</option>
          <option value={NO_OWNER}>Nobody</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name || o.email}
            </option>
          ))}
        </SelectField>
      ) : null}
      {shown("province") ? (
        <SelectField label="Province" name="province" defaultValue={filter.province ?? ""} wrapperClassName="w-48">
          <option value="">Any or national</option>
          {PK_PROVINCES.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {p.formerFata ? " (until 2018)" : ""}
            </option>
          ))}
        </SelectField>
      ) : null}
      {shown("family") ? (
        <SelectField label="Repeated as" name="family" defaultValue={filter.family ?? ""} wrapperClassName="w-56">
          <option value="">Any recommendation</option>
          {families.map((f) => (
            <option key={f.key} value={f.key}>
              {f.title}
            </option>
          ))}
        </SelectField>
      ) : null}
      {shown("overdue") ? (
        <label className="flex h-8 items-center gap-2 self-end text-[13px]">
          <input
            type="checkbox"
            name="overdue"
            value="true"
            defaultChecked={filter.overdue === true}
            className="size-4 accent-[var(--accent)]"
          />
          Review overdue
        </label>
      ) : null}
    </UrlFilterForm>
  );
}

/** Filters that match nothing: say which, offer to drop each on its own (keeping the rest), or all of them. */
export function TrackerNoMatch({
  title,
  links,
  clearHref,
}: {
  title: string;
  links: readonly { key: string; label: string; href: string }[];
  clearHref: string;
}) {
  return (
    <EmptyState
      icon={ClipboardCheck}
      title={title}
      description={
        links.length === 1
          ? "One filter is set. Drop it to see every recommendation again."
          : "Loosen one of the filters: each link below drops just that filter and keeps the rest."
      }
      action={
        <div className="flex flex-col items-center gap-2">
          <ul className="flex flex-wrap justify-center gap-1.5" aria-label="Drop one filter">
            {links.map((l) => (
              <li key={l.key}>
                <Link
                  href={l.href}
                  scroll={false}
                  className="inline-flex h-6 items-center gap-1 rounded-full border border-border-strong/70 bg-surface px-2.5 text-[12px] text-foreground hover:border-accent/50 hover:bg-accent-soft"
                >
                  <X aria-hidden="true" className="size-3 text-subtle" strokeWidth={2} />
                  <span className="sr-only">Drop </span>
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
          <Link href={clearHref} className="text-[13px] font-medium text-accent-text hover:underline">
            Clear all filters
          </Link>
        </div>
      }
    />
  );
}

/** The warnings under a count line: filter values that name nothing known, so nothing can match. */
export function UnknownValues({ unknown, noun }: { unknown: readonly string[]; noun: string }) {
  if (unknown.length === 0) return null;
  return (
    <p className="text-[12.5px] text-warning">
      {unknown.join("; ").replace(/^./, (c) => c.toUpperCase())}, so no {noun} can match. Pick from the lists above.
    </p>
  );
}

export interface RecommendationsListProps {
  input: RecommendationListInput;
  filter: RecommendationFilter;
  order: TrackerSortParams;
  ignored: readonly { key: string; message: string }[];
  /** Today on the server: what "overdue" and "status as of" mean. */
  today: string;
}

/** The registry: every recommendation with its source, theme, actors, status, owner, review date and repeats. */
export function RecommendationsList({ input, filter, order, ignored, today }: RecommendationsListProps) {
  const trpc = useTRPC();
  const { status: _status, ...boardFilter } = filter;
  const { data } = useSuspenseQuery(trpc.recommendations.list.queryOptions(input));
  const { data: counts } = useSuspenseQuery(trpc.recommendations.scoreboard.queryOptions(boardFilter));
  const { names, family } = useTrackerNames();

  const { items, total } = data;
  const { limit, offset } = input;
  const active = isFiltered(filter);
  const described = describeFilter(filter, names);
  const unknown = unknownValues(filter, names);
  const pageHref = (o: number) => hrefWith("/recommendations", listQuery(filter, order, o));
  const boardHref = hrefWith("/recommendations", listQuery(boardFilter, order));
  const statusHref = `${boardHref}${boardHref.includes("?") ? "&" : "?"}status={status}`;
  const sortedBy = SORT_NAMES[input.sort];

  const head = (column: RecommendationSort, label: string, className?: string) => {
    const state = ariaSort(order, column);
    const Icon = state === "none" ? ChevronsUpDown : state === "ascending" ? ArrowUp : ArrowDown;
    return (
      <Th aria-sort={state} className={className}>
        <Link
          href={sortHref(filter, order, column)}
          scroll={false}
          className={cn("flex w-fit items-center gap-1 rounded-sm hover:text-foreground", state !== "none" && "text-foreground")}
        >
          {label}
          <Icon aria-hidden="true" className={cn("size-3 shrink-0", state === "none" ? "opacity-40" : "opacity-90")} strokeWidth={2} />
          <span className="sr-only">
            {state === "none"
              ? `, sort by ${SORT_NAMES[column]}`
              : `, sorted ${state}; activate to sort ${state === "ascending" ? "descending" : "ascending"}`}
          </span>
        </Link>
      </Th>
    );
  };

  return (
    <div className="flex flex-col gap-5">
      <Card>
        <CardHeader>
          <CardTitle>Status of the recommendations</CardTitle>
          <CardDescription>
            {isFiltered(boardFilter) ? "Counts for the filters below, across every status." : "Counts across every source document."} A
            status changes only through a dated update with evidence. Choose a status to list only those.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <StatusScoreboard counts={counts} hrefTemplate={statusHref} />
        </CardContent>
      </Card>

      <TrackerFilterForm
        action="/recommendations"
        filter={filter}
        keep={{ sort: order.sort, dir: order.dir }}
        label="Filter recommendations"
      />

      <IgnoredFilters ignored={ignored} labels={TRACKER_PARAM_LABELS} />

      <div className="flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
        <div className="flex min-w-0 flex-col gap-1">
          <p aria-live="polite" className="text-[12.5px] text-muted-foreground">
            <span data-testid="tracker-total" className="font-medium text-foreground tabular-nums">
              {formatCount(total)}
            </span>{" "}
            {total === 1 ? "recommendation" : "recommendations"}
            {described.length ? ` ${described.join(", ")}` : ""}, sorted by {sortedBy}
            {input.dir === "desc" ? " (descending)" : ""}.
          </p>
          <UnknownValues unknown={unknown} noun="recommendation" />
        </div>
        <CsvExportButton input={{ ...filter, sort: input.sort, dir: input.dir }} today={today} />
      </div>

      {items.length === 0 ? (
        total === 0 && active ? (
          <TrackerNoMatch
            title="No recommendation matches these filters"
            links={loosenLinks("/recommendations", filter, names, listQuery({}, order))}
            clearHref={hrefWith("/recommendations", listQuery({}, order))}
          />
        ) : (
          <ListEmptyState
            icon={ClipboardCheck}
            noun={["recommendation", "recommendations"]}
            total={total}
            offset={offset}
            active={active}
            firstPageHref={pageHref(0)}
            clearHref="/recommendations"
            noMatchHint="Choose another theme, actor or status, search for a different word, or clear the filters."
            emptyTitle="No recommendations yet"
          />
        )
      ) : (
        <div>
          <Table data-testid="recommendations-table">
            <caption className="sr-only">
              Recommendations, sorted by {sortedBy}. Column headers with arrows sort the list; each title opens the recommendation.
            </caption>
            <THead>
              <Tr className="hover:bg-transparent">
                {head("title", "Recommendation")}
                {head("source", "Source · No.")}
                {head("theme", "Theme")}
                <Th>Addressed to</Th>
                {head("status", "Status")}
                <Th>Owner</Th>
                {head("review", "Next review")}
                <Th>Repeated</Th>
              </Tr>
            </THead>
            <TBody>
              {items.map((r) => (
                <RecommendationRow key={r.id} rec={r} today={today} timesMade={r.family ? family.get(r.family.key)?.members : undefined} />
              ))}
            </TBody>
          </Table>
          <Pagination
            offset={offset}
            count={items.length}
            total={total}
            noun="recommendations"
            prevHref={offset > 0 ? pageHref(Math.max(0, offset - limit)) : null}
            nextHref={offset + items.length < total ? pageHref(offset + limit) : null}
            className="mt-1 border-t border-border"
          />
        </div>
      )}
    </div>
  );
}

/** "since 3 Mar 2025": the date of the last update of the headline status (nothing before the first update). */
export function StatusSince({ since }: { since: string | null }): ReactNode {
  if (!since) return null;
  return (
    <div className="mt-1 text-[11.5px] whitespace-nowrap text-muted-foreground">
      since <time dateTime={since}>{formatDate(since)}</time>
    </div>
  );
}

/** "12 days overdue" in the danger colour, with the icon-free wording doing the work for colour-blind readers. */
export function OverdueNote({ days, className }: { days: number; className?: string }) {
  return (
    <span className={cn("font-medium whitespace-nowrap text-danger", className)}>
      {formatCount(days)} {days === 1 ? "day" : "days"} overdue
    </span>
  );
}

function RecommendationRow({ rec: r, today, timesMade }: { rec: RecommendationView; today: string; timesMade: number | undefined }) {
  const since = assessmentTracks(r)[0]?.since ?? null;
  const overdue = daysOverdue(r.nextReviewOn, today);
  return (
    <Tr>
      <Td className="min-w-[13rem] max-w-[26rem]">
        <Link href={recommendationHref(r.key)} className="font-medium hover:underline">
          {r.title}
        </Link>
      </Td>
      <Td className="whitespace-nowrap">
        <CitationPopover
          citations={r.citations}
          subject={`recommendation “${r.title}”`}
          sourceHrefTemplate="/sources/{source}"
          className="max-w-[8.5rem]"
        />
        {r.number ? <div className="mt-1 text-[11.5px] text-muted-foreground tabular-nums">No. {r.number}</div> : null}
      </Td>
      <Td className="min-w-[6.5rem] text-[12.5px]">{THEME_LABELS[r.theme]}</Td>
      <Td className="min-w-[7.5rem] text-[12.5px]">
        <ul>
          {r.targetActors.map((a) => (
            <li key={a}>{TARGET_ACTOR_LABELS[a]}</li>
          ))}
        </ul>
      </Td>
      <Td>
        <StatusBadge status={r.status} />
        <StatusSince since={since} />
      </Td>
      <Td className="text-[12.5px] whitespace-nowrap">{r.ownerName ?? <span className="text-muted-foreground">Nobody</span>}</Td>
      <Td className="text-[12.5px] whitespace-nowrap">
        {r.nextReviewOn ? (
          <>
            <time dateTime={r.nextReviewOn}>{formatDate(r.nextReviewOn)}</time>
            {overdue > 0 ? <OverdueNote days={overdue} className="mt-0.5 block text-[11.5px]" /> : null}
          </>
        ) : (
          <span className="text-muted-foreground">Not set</span>
        )}
      </Td>
      <Td className="min-w-[6.5rem] max-w-[10rem] text-[12.5px]">
        {r.family ? (
          <>
            <Link href={familyHref(r.family.key)} className="font-medium text-accent-text hover:underline">
              {timesMade ? `Made ${timesMade} times` : "Repeated"}
            </Link>
            <div className="mt-0.5 line-clamp-2 text-[11.5px] leading-snug text-muted-foreground">{r.family.title}</div>
          </>
        ) : (
          <span className="text-muted-foreground">Once</span>
        )}
      </Td>
    </Tr>
  );
}
