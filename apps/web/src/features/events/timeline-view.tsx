"use client";

import {
  type DatePrecision,
  EVENT_KIND_LABELS,
  EVENT_KINDS,
  type EventFilter,
  type EventKind,
  formatCount,
  formatDate,
  type TimelineEventView,
} from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { CalendarClock, Flag } from "lucide-react";
import Link from "next/link";
import { Badge, type BadgeVariant } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { SourceBadges } from "~/features/citations/source-badges";
import { EnumSelect } from "~/features/filters/enum-select";
import { DateField, IgnoredFilters, SearchField, UrlFilterForm } from "~/features/filters/url-filter-form";
import { RecordRowLinks } from "~/features/history/history-link";
import { hrefWith } from "~/lib/search-params";
import { useTRPC } from "~/trpc/react";
import { groupByYear, periodEnd, TIMELINE_PARAM_LABELS, type TimelineParams, toEventFilter } from "./timeline-params";

const KIND_TONE: Record<EventKind, BadgeVariant> = {
  political: "info",
  military: "neutral",
  attack: "danger",
  agreement: "success",
  legal: "accent",
  leadership: "outline",
  other: "outline",
};

const PRECISION_WORDS: Record<DatePrecision, string> = {
  day: "",
  month: "month known, not the day",
  year: "year known, not the month",
};

export interface TimelineViewProps {
  params: TimelineParams;
  ignored: readonly { key: string; message: string }[];
}

export function TimelineView({ params, ignored }: TimelineViewProps) {
  const trpc = useTRPC();
  const filter: EventFilter = toEventFilter(params);
  const { data: events } = useSuspenseQuery(trpc.events.list.queryOptions(filter));
  const active = Object.values(params).some((v) => v !== undefined && v !== "");
  const years = groupByYear(events);
  const described = [
    params.kind ? `in the category “${EVENT_KIND_LABELS[params.kind]}”` : null,
    params.markers ? "marked as milestones" : null,
    params.from && params.to
      ? `dated ${formatDate(params.from)} to ${formatDate(params.to)}`
      : params.from
        ? `dated on or after ${formatDate(params.from)}`
        : params.to
          ? `dated on or before ${formatDate(params.to)}`
          : null,
    params.search ? `matching “${params.search}”` : null,
  ].filter((x): x is string => x !== null);

  return (
    <div className="flex flex-col gap-4">
      <UrlFilterForm key={JSON.stringify(params)} action="/timeline" label="Filter the timeline" active={active}>
        <EnumSelect
          label="Category"
          name="kind"
          values={EVENT_KINDS}
          labels={EVENT_KIND_LABELS}
          defaultValue={params.kind}
          emptyLabel="All categories"
          className="w-52"
        />
        <DateField label="From" name="from" defaultValue={params.from ?? ""} />
        <DateField label="To" name="to" defaultValue={params.to ?? ""} />
        <SearchField defaultValue={params.search ?? ""} placeholder="Title or description" wrapperClassName="w-60" />
        <label className="flex h-8 items-center gap-2 self-end text-[13px] text-foreground">
          <input
            type="checkbox"
            name="markers"
            value="1"
            defaultChecked={params.markers === "1"}
            className="size-4 rounded-[3px] border-border-strong accent-[var(--accent)]"
          />
          Milestones only
        </label>
      </UrlFilterForm>

      <IgnoredFilters ignored={ignored} labels={TIMELINE_PARAM_LABELS} />

      <div className="flex flex-col gap-1 text-[12.5px]">
        <p aria-live="polite" className="text-muted-foreground">
          <span className="font-medium text-foreground tabular-nums">{formatCount(events.length)}</span>{" "}
          {events.length === 1 ? "event" : "events"}
          {described.length ? ` ${described.join(", ")}` : " on the timeline"}, oldest first.
        </p>
        <p className="text-muted-foreground">
          Events come from the sources, each with its citation; several sources may record the same event in their own words. A date known
          only to the month or year is shown as such and sorts at the start of its month or year. Milestones are drawn on the{" "}
          <Link href="/trends" className="link">
            trend charts
          </Link>
          . Events carry no country in the data yet, so they cannot be filtered by country.
        </p>
      </div>

      {events.length === 0 ? (
        active ? (
          <EmptyState
            icon={CalendarClock}
            title="No event matches these filters"
            description="Widen the period (events known only to the year match any date in it), pick another category, untick “Milestones only”, or clear the filters."
            action={
              <Link href="/timeline" className="text-[13px] font-medium text-accent-text hover:underline">
                Clear filters
              </Link>
            }
          />
        ) : (
          <EmptyState
            icon={CalendarClock}
            title="The timeline is empty"
            description="Timeline events come with the source reports: load them with `pnpm db:seed`, or import a dataset with events using `pnpm data:import FILE`."
          />
        )
      ) : (
        <div className="flex flex-col gap-6">
          {years.map(({ year, events: inYear }) => (
            <section key={year} aria-labelledby={`year-${year}`} className="grid gap-3 sm:grid-cols-[4.5rem_minmax(0,1fr)]">
              <h2 id={`year-${year}`} className="text-[15px] font-semibold tabular-nums sm:pt-2.5">
                {year}
              </h2>
              <ol className="flex flex-col border-l border-border">
                {inYear.map((e) => (
                  <EventItem key={e.id} event={e} />
                ))}
              </ol>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}

function EventItem({ event: e }: { event: TimelineEventView }) {
  const date = formatDate(e.date, e.datePrecision);
  const precision = PRECISION_WORDS[e.datePrecision];
  const end = periodEnd(e.date, e.datePrecision);
  return (
    <li className="relative py-2.5 pl-5">
      <span
        aria-hidden="true"
        className={`absolute top-[17px] -left-[5px] size-[9px] rounded-full border-2 border-background ${e.marker ? "bg-accent" : "bg-border-strong"}`}
      />
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-[12.5px]">
        <time
          dateTime={e.date.slice(0, e.datePrecision === "year" ? 4 : e.datePrecision === "month" ? 7 : 10)}
          className="font-medium tabular-nums"
        >
          {date}
        </time>
        {precision ? <span className="text-muted-foreground">({precision})</span> : null}
        <Badge variant={KIND_TONE[e.kind]}>{EVENT_KIND_LABELS[e.kind]}</Badge>
        {e.marker ? (
          <Badge variant="accent" title="Drawn as an annotation on the trend charts">
            <Flag aria-hidden="true" strokeWidth={2} />
            Milestone
          </Badge>
        ) : null}
      </div>
      <h3 className="mt-1 text-[14px] leading-snug font-medium">{e.title}</h3>
      {e.description ? <p className="mt-1 max-w-[72ch] text-[13px] leading-relaxed text-foreground/85">{e.description}</p> : null}
      <div className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-[12px]">
        <SourceBadges citations={e.citations} subject={`${e.title}, ${date}`} />
        <Link
          href={hrefWith("/incidents", { from: e.date, to: end === e.date ? undefined : end, sort: "date", dir: "asc" })}
          className="text-accent-text hover:underline"
        >
          {e.datePrecision === "day" ? "Incidents from this date" : `Incidents in that ${e.datePrecision}`}
        </Link>
        <RecordRowLinks type="event" recordKey={e.key} label={e.title} />
      </div>
    </li>
  );
}
