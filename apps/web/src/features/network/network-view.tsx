"use client";

import {
  formatCount,
  formatRelationshipPeriod,
  networkAsOf,
  networkYearRange,
  RELATIONSHIP_TYPE_LABELS,
  type RelationshipType,
  type RelationshipView,
  yearAsOf,
} from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { ChevronLeft, ChevronRight, Share2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTheme } from "next-themes";
import { useId, useMemo, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { SelectField } from "~/components/ui/select";
import { CitationPopover } from "~/features/citations/citation-popover";
import { IgnoredFilters } from "~/features/filters/url-filter-form";
import { type Column, SortableTable } from "~/features/trends/sortable-table";
import { useTRPC } from "~/trpc/react";
import { buildElements, mergeTies, neighbourhood, tieId, tieVisibility } from "./graph-elements";
import { NetworkGraph } from "./network-graph";
import { NetworkLegend, TieSwatch } from "./network-legend";
import { NETWORK_PARAM_LABELS, type NetworkParams, networkHref } from "./network-params";
import { GroupName, TieDetails } from "./tie-details";

type Year = number | "all";

/** Columns as narrow as their content (names wrap at 9rem), leaving the width to the description. */
const SHRINK = "w-px whitespace-nowrap";
const NAME = "w-[9rem] min-w-[7rem] whitespace-normal";

export interface NetworkViewProps {
  params: NetworkParams;
  ignored: readonly { key: string; message: string }[];
  /** The year shown when the link names none (the server's clock, so server and browser agree). */
  currentYear: number;
}

/**
 * The relationship network: a graph of groups and typed ties as of a year (a slider, in the URL), a
 * key that does not rely on colour, a panel with the picked tie's records and quotes, and the same ties
 * as a sortable table. The "as of" rule is the domain's `networkAsOf`, shared with the API.
 */
export function NetworkView({ params, ignored, currentYear }: NetworkViewProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const { resolvedTheme } = useTheme();
  const theme = resolvedTheme === "dark" ? "dark" : "light";
  const { data: groups } = useSuspenseQuery(trpc.groups.list.queryOptions({}));
  const { data: records } = useSuspenseQuery(trpc.groups.relationships.queryOptions({}));

  const [year, setYear] = useState<Year>(params.year ?? currentYear);
  const [lastYear, setLastYear] = useState<number>(typeof params.year === "number" ? params.year : currentYear);
  const [focus, setFocus] = useState<string | null>(params.group ?? null);
  const [includeUndated, setIncludeUndated] = useState(params.undated !== "0");
  const [picked, setPicked] = useState<string | null>(null);
  const detailsRef = useRef<HTMLElement>(null);
  const sliderId = useId();

  const range = useMemo(() => networkYearRange(records, groups), [records, groups]);
  const minYear = Math.min(range?.first ?? currentYear - 30, currentYear);
  const maxYear = Math.max(range?.last ?? currentYear, currentYear);
  const tickYears = useMemo(() => {
    const ys = new Set<number>();
    for (const r of records) {
      if (r.start) ys.add(Number(r.start.date.slice(0, 4)));
      if (r.end) ys.add(Number(r.end.date.slice(0, 4)));
    }
    return [...ys].sort((a, b) => a - b);
  }, [records]);

  const ties = useMemo(() => mergeTies(records), [records]);
  const elements = useMemo(
    () =>
      buildElements(
        groups.map((g) => ({ slug: g.slug, name: g.name, abbreviation: g.abbreviation })),
        ties,
      ),
    [groups, ties],
  );
  const names = useMemo(() => {
    const m = new Map(groups.map((g) => [g.slug, g.abbreviation ?? g.name]));
    for (const r of records) {
      if (!m.has(r.from)) m.set(r.from, r.fromName);
      if (!m.has(r.to)) m.set(r.to, r.toName);
    }
    return m;
  }, [groups, records]);

  const net = useMemo(
    () => networkAsOf(records, groups, { asOf: year === "all" ? null : yearAsOf(year), includeUndated }),
    [records, groups, year, includeUndated],
  );
  const visibility = useMemo(() => tieVisibility(ties, new Set(net.edges.map((r) => r.id))), [ties, net]);
  const visibleNodes = useMemo(() => new Set(net.groups), [net]);
  const focusKnown = focus !== null && names.has(focus);
  const focusHood = useMemo(() => {
    if (!focusKnown || !focus) return null;
    return neighbourhood(
      focus,
      [...visibility.keys()].map((id) => {
        const [from = "", to = ""] = id.split("|");
        return { from, to };
      }),
    );
  }, [focus, focusKnown, visibility]);

  const rows = focusKnown ? net.edges.filter((r) => r.from === focus || r.to === focus) : net.edges;
  const undatedShown = rows.filter((r) => r.start === null).length;
  const typeCounts = useMemo(() => {
    const m = new Map<RelationshipType, number>();
    for (const r of net.edges) m.set(r.type, (m.get(r.type) ?? 0) + 1);
    return m;
  }, [net]);
  const pickedRecords = picked ? (visibility.get(picked)?.records ?? null) : null;
  const whenWords = year === "all" ? "in any year" : `holding in ${year}`;

  function sync(next: { year?: Year; focus?: string | null; includeUndated?: boolean }) {
    const state = { year, focus, includeUndated, ...next };
    window.history.replaceState(
      null,
      "",
      networkHref({ year: state.year, group: state.focus ?? undefined, undated: state.includeUndated ? undefined : "0" }),
    );
  }
  function chooseYear(y: Year) {
    setYear(y);
    if (y !== "all") setLastYear(y);
    sync({ year: y });
  }
  function chooseFocus(slug: string | null) {
    setFocus(slug);
    sync({ focus: slug });
  }
  function chooseUndated(v: boolean) {
    setIncludeUndated(v);
    sync({ includeUndated: v });
  }
  function showTie(id: string) {
    setPicked(id);
    requestAnimationFrame(() => {
      detailsRef.current?.scrollIntoView({ block: "nearest" });
      detailsRef.current?.focus({ preventScroll: true });
    });
  }

  if (records.length === 0) {
    return (
      <EmptyState
        icon={Share2}
        title="No relationships recorded yet"
        description="Ties between groups come with the source reports: load them with `pnpm db:seed`, or import a dataset with relationships using `pnpm data:import FILE`."
      />
    );
  }

  const sliderYear = year === "all" ? lastYear : year;
  const heading = year === "all" ? "All years" : `As of ${year}`;
  const focusName = focus ? names.get(focus) : undefined;
  const summary = [
    `${formatCount(rows.length)} recorded ${rows.length === 1 ? "tie" : "ties"}`,
    focusKnown ? `of ${focusName}` : `among ${formatCount(net.groups.length)} ${net.groups.length === 1 ? "group" : "groups"}`,
    year === "all" ? "in any year" : `holding in ${year}`,
  ].join(" ");

  const columns: Column<RelationshipView>[] = [
    {
      id: "from",
      header: "From",
      rowHeader: true,
      sortValue: (r) => names.get(r.from) ?? r.fromName,
      cell: (r) => <GroupName slug={r.from} name={names.get(r.from) ?? r.fromName} className="text-[13px]" />,
      className: NAME,
    },
    {
      id: "type",
      header: "Tie",
      sortValue: (r) => RELATIONSHIP_TYPE_LABELS[r.type],
      cell: (r) => (
        <span className="inline-flex items-center gap-2">
          <TieSwatch type={r.type} />
          {RELATIONSHIP_TYPE_LABELS[r.type]}
        </span>
      ),
      className: "w-[10.5rem] min-w-[9rem]",
    },
    {
      id: "to",
      header: "To",
      sortValue: (r) => names.get(r.to) ?? r.toName,
      cell: (r) => <GroupName slug={r.to} name={names.get(r.to) ?? r.toName} className="text-[13px]" />,
      className: NAME,
    },
    {
      id: "period",
      header: "Period",
      sortValue: (r) => r.start?.date ?? null,
      cell: (r) => {
        const p = formatRelationshipPeriod(r);
        return p ? <span className="whitespace-nowrap">{p}</span> : <span className="text-muted-foreground italic">Start not stated</span>;
      },
      className: SHRINK,
    },
    {
      id: "description",
      header: "Description and sources",
      cell: (r) => (
        <p className="min-w-[16rem] text-[12.5px] leading-relaxed text-foreground/90">
          {r.description}{" "}
          <CitationPopover
            citations={r.citations}
            subject={`${RELATIONSHIP_TYPE_LABELS[r.type].toLowerCase()}: ${r.fromName} and ${r.toName}`}
            sourceHrefTemplate="/sources/{source}"
            className="ml-0.5 max-w-[12rem]"
          />
        </p>
      ),
    },
    {
      id: "show",
      header: <span className="sr-only">In the graph</span>,
      cell: (r) => (
        <Button
          variant="ghost"
          size="sm"
          onClick={() => showTie(tieId(r))}
          aria-label={`Show ${RELATIONSHIP_TYPE_LABELS[r.type].toLowerCase()}, ${r.fromName} to ${r.toName}, in the graph`}
        >
          Show
        </Button>
      ),
      className: SHRINK,
    },
  ];

  return (
    <div className="flex flex-col gap-4">
      <IgnoredFilters ignored={ignored} labels={NETWORK_PARAM_LABELS} />
      {focus && !focusKnown ? (
        <p role="status" className="rounded-md border border-warning/30 bg-warning-soft/60 px-3 py-2 text-[12.5px]">
          No group “{focus}” in the data; no group is highlighted.
        </p>
      ) : null}

      <section aria-label="Network settings" className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={sliderId} className="text-[11.5px] font-medium text-muted-foreground">
            Show the network as of
          </label>
          <div className="flex flex-wrap items-center gap-1.5">
            <Button
              size="icon-sm"
              variant="ghost"
              aria-label="Previous year"
              disabled={sliderYear <= minYear}
              onClick={() => chooseYear(Math.max(minYear, sliderYear - 1))}
            >
              <ChevronLeft aria-hidden="true" />
            </Button>
            <input
              id={sliderId}
              type="range"
              min={minYear}
              max={maxYear}
              step={1}
              value={sliderYear}
              list={`${sliderId}-ticks`}
              aria-valuetext={year === "all" ? `All years (move to pick a year; ${sliderYear} is next)` : String(year)}
              onChange={(e) => chooseYear(Number(e.target.value))}
              className="h-8 w-[min(20rem,calc(100vw-11rem))] cursor-pointer accent-[var(--accent)]"
            />
            <datalist id={`${sliderId}-ticks`}>
              {tickYears.map((y) => (
                <option key={y} value={y} />
              ))}
            </datalist>
            <Button
              size="icon-sm"
              variant="ghost"
              aria-label="Next year"
              disabled={sliderYear >= maxYear}
              onClick={() => chooseYear(Math.min(maxYear, sliderYear + 1))}
            >
              <ChevronRight aria-hidden="true" />
            </Button>
            <output htmlFor={sliderId} aria-live="polite" className="min-w-[5.5rem] text-[15px] font-semibold tabular-nums">
              {year === "all" ? "All years" : year}
            </output>
            <Button
              size="sm"
              aria-pressed={year === "all"}
              onClick={() => chooseYear(year === "all" ? lastYear : "all")}
              className="aria-pressed:border-accent/50 aria-pressed:bg-accent-soft aria-pressed:text-accent-text"
            >
              All years
            </Button>
          </div>
        </div>
        <SelectField
          label="Highlight a group"
          value={focusKnown && focus ? focus : ""}
          onChange={(e) => chooseFocus(e.target.value || null)}
          wrapperClassName="w-80 max-w-full"
        >
          <option value="">No group highlighted</option>
          {[...groups]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((g) => (
              <option key={g.slug} value={g.slug}>
                {g.abbreviation ? `${g.name} (${g.abbreviation})` : g.name}
              </option>
            ))}
        </SelectField>
        <label className="flex h-8 items-center gap-2 text-[13px] text-foreground">
          <input
            type="checkbox"
            checked={includeUndated}
            onChange={(e) => chooseUndated(e.target.checked)}
            className="size-4 rounded-[3px] border-border-strong accent-[var(--accent)]"
          />
          Include ties with no start date
        </label>
      </section>

      <div className="flex flex-col gap-1 text-[12.5px]">
        <p aria-live="polite" className="text-muted-foreground">
          <span className="font-medium text-foreground">{heading}:</span> {summary}
          {undatedShown ? `; ${formatCount(undatedShown)} of them have no start date in the sources` : ""}
          {!includeUndated && net.undatedHidden
            ? `; ${formatCount(net.undatedHidden)} undated ${net.undatedHidden === 1 ? "tie" : "ties"} left out`
            : ""}
          .
          {focusKnown && focus ? (
            <>
              {" "}
              <Link href={`/groups/${focus}`} className="link">
                Open {focusName}'s profile
              </Link>{" "}
              ·{" "}
              <button type="button" className="link cursor-pointer" onClick={() => chooseFocus(null)}>
                Clear the highlight
              </button>
            </>
          ) : null}
        </p>
        <p className="max-w-[110ch] text-muted-foreground">
          A tie counts in a year when it had started by then and had not ended; one dated only to a year counts for all of that year. No tie
          is drawn before a group's founding or after its end. A tie the sources give no start date is drawn paler, marked “start not
          stated”, from the first year both groups are on record (founded, or a dated incident, figure, leader or tie); untick the box to
          leave such ties out.
        </p>
      </div>

      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Card className="flex flex-col overflow-hidden">
          <div id="network-graph" className="relative">
            <NetworkGraph
              className="h-[560px]"
              elements={elements}
              visibleTies={visibility}
              visibleNodes={visibleNodes}
              focus={focusKnown ? focus : null}
              focusNeighbourhood={focusHood}
              picked={pickedRecords ? picked : null}
              theme={theme}
              onPickTie={setPicked}
              onOpenGroup={(slug) => router.push(`/groups/${slug}`)}
              label={`Relationship network, ${heading.toLowerCase()}: ${summary}. The table below lists the same ties.`}
            />
            {net.edges.length === 0 ? (
              <p className="pointer-events-none absolute inset-x-0 top-4 px-14 text-center text-[13px] text-muted-foreground">
                No tie is recorded as holding in {year}. Pick a later year, or “All years”.
              </p>
            ) : null}
          </div>
          <div className="border-t border-border px-4 py-3">
            <NetworkLegend counts={typeCounts} />
          </div>
        </Card>
        <Card className="self-start p-4">
          <section ref={detailsRef} tabIndex={-1} aria-label="Tie details" className="outline-none">
            <TieDetails records={pickedRecords} when={whenWords} onClose={() => setPicked(null)} />
          </section>
        </Card>
      </div>

      <section aria-labelledby="network-table-heading" className="flex flex-col gap-2">
        <h2 id="network-table-heading" className="text-[15px] font-semibold">
          Ties {year === "all" ? "in any year" : `as of ${year}`}
          {focusKnown ? ` — ${focusName}` : ""}
        </h2>
        {rows.length === 0 ? (
          <EmptyState
            title={focusKnown ? `No tie of ${focusName} ${whenWords}` : `No tie ${whenWords}`}
            description="Pick another year or “All years”, tick “Include ties with no start date”, or clear the highlight."
          />
        ) : (
          <SortableTable
            caption={`Ties between groups ${year === "all" ? "in any year" : `as of ${year}`}${focusKnown ? `, of ${focusName}` : ""}. Column headers sort the table.`}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.id}
            initialSort={{ id: "period", dir: "asc" }}
            maxHeight={640}
            testId="network-table"
          />
        )}
      </section>
    </div>
  );
}
