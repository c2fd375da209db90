"use client";

import {
  buildTimeline,
  type CitationView,
  type FuzzyDate,
  formatDate,
  type GroupKind,
  leadersAt,
  postOf,
  rolesAt,
  type SpanTimeline,
  type SpanTimelineBar,
  tenureOverlaps,
  tenureTimeline,
  yearDate,
  yearOffset,
} from "@monitor/domain";
import { type ReactNode, useId, useState } from "react";
import { Select } from "~/components/ui/select";
import { Table, TableCaption, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { SourceBadges } from "~/features/citations/source-badges";
import { cn } from "~/lib/utils";
import { GROUP_KIND_LABELS } from "./group-kind-badge";

/** "Dec 2007" with how precisely it is known, for a table cell. */
export function FuzzyDateText({ date, empty = "Not given" }: { date: FuzzyDate | null; empty?: string }) {
  if (!date) return <span className="text-subtle">{empty}</span>;
  return (
    <span title={date.precision === "day" ? undefined : `Known to the ${date.precision}`}>
      {formatDate(date.date, date.precision)}
      {date.precision !== "day" ? <span className="sr-only"> (known to the {date.precision})</span> : null}
    </span>
  );
}

/** Year ticks for an axis of `from`..`to` inclusive, at most about nine. */
function yearTicks(from: number, to: number): number[] {
  const span = to - from + 1;
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => span / s <= 9) ?? 100;
  const first = Math.ceil(from / step) * step;
  const out: number[] = [];
  for (let y = first; y <= to + 1; y += step) out.push(y);
  return out;
}

interface TimelineRow<T> {
  bar: SpanTimelineBar<T>;
  label: ReactNode;
  /** Read on hover: "Maulana Fazlullah, Emir: 2013 – 2018". */
  title: string;
  color: string;
}

/**
 * Bars on a shared axis of years: solid where the sources place the span surely, faded over the
 * imprecision of its dates (a start known only to the year, an unknown start, an end bounded only by a
 * successor), with an arrow where a span with no recorded end runs on to today. The drawing is hidden
 * from screen readers: the table that follows it holds the same facts.
 */
function TimelineChart<T>({
  timeline,
  rows,
  now,
  oneTrack,
}: {
  timeline: SpanTimeline<T>;
  rows: TimelineRow<T>[];
  now: string;
  /** Draw every bar on one line with this label (a succession such as a group's roles), not one line each. */
  oneTrack?: string;
}) {
  const years = timeline.to - timeline.from + 1;
  const pct = (iso: string) => `${(Math.max(0, Math.min(years, yearOffset(iso, timeline.from))) / years) * 100}%`;
  const width = (a: string, b: string) =>
    `${(Math.max(0, Math.min(years, yearOffset(b, timeline.from)) - Math.max(0, yearOffset(a, timeline.from))) / years) * 100}%`;
  const ticks = yearTicks(timeline.from, timeline.to);
  const nowInside = Number(now.slice(0, 4)) <= timeline.to;
  const tracks: { key: string; label: ReactNode; title: string; rows: TimelineRow<T>[] }[] = oneTrack
    ? [{ key: "all", label: oneTrack, title: rows.map((r) => r.title).join("; "), rows }]
    : rows.map((r, i) => ({ key: String(i), label: r.label, title: r.title, rows: [r] }));

  const renderBar = ({ bar, title, color }: TimelineRow<T>, i: number) => {
    const solid = bar.solidFrom && bar.solidTo ? { from: bar.solidFrom, to: bar.solidTo } : null;
    return (
      <span key={i} title={title}>
        {/* The whole possible extent, faded. */}
        <span
          className={cn("absolute top-1 h-3 rounded-[3px] opacity-30", bar.startUnknown && "rounded-l-none")}
          style={{ left: pct(bar.from), width: width(bar.from, bar.to), minWidth: 3, background: color }}
        />
        {bar.startUnknown ? (
          <span className="absolute top-1 h-3 w-1.5 border-l border-dashed border-muted-foreground" style={{ left: pct(bar.from) }} />
        ) : null}
        {solid ? (
          <span
            className="absolute top-1 h-3 rounded-[3px]"
            style={{ left: pct(solid.from), width: width(solid.from, solid.to), minWidth: 3, background: color }}
          />
        ) : null}
        {/* Without a sure stretch, a known start and a known end still show as tick marks. */}
        {!solid && !bar.startUnknown ? (
          <span className="absolute top-0.5 h-4 w-[3px] -translate-x-1/2 rounded-full" style={{ left: pct(bar.from), background: color }} />
        ) : null}
        {!solid && bar.openEnd === null ? (
          <span className="absolute top-0.5 h-4 w-[3px] -translate-x-1/2 rounded-full" style={{ left: pct(bar.to), background: color }} />
        ) : null}
        {bar.openEnd === "no_end_recorded" ? (
          <span
            className="absolute top-0.5 size-0 border-y-[8px] border-l-[7px] border-y-transparent"
            style={{ left: pct(bar.to), borderLeftColor: color }}
          />
        ) : null}
      </span>
    );
  };

  return (
    <div aria-hidden="true" className="flex flex-col gap-1.5 text-[12px]">
      <div className="grid grid-cols-[minmax(8rem,11rem)_minmax(0,1fr)] gap-x-3">
        <span />
        <div className="relative h-4 border-b border-border-strong/70">
          {ticks.map((y) => (
            <span
              key={y}
              className="absolute bottom-0.5 -translate-x-1/2 text-[10.5px] text-subtle tabular-nums"
              style={{ left: pct(`${y}-01-01`) }}
            >
              {y}
            </span>
          ))}
        </div>
      </div>
      {tracks.map((track) => (
        <div key={track.key} className="grid grid-cols-[minmax(8rem,11rem)_minmax(0,1fr)] items-center gap-x-3">
          <div className="truncate text-right text-muted-foreground" title={track.title}>
            {track.label}
          </div>
          <div className="relative h-5">
            {ticks.map((y) => (
              <span key={y} className="absolute inset-y-0 w-px bg-border/70" style={{ left: pct(`${y}-01-01`) }} />
            ))}
            {nowInside ? <span className="absolute inset-y-0 w-px bg-accent/50" style={{ left: pct(now) }} /> : null}
            {track.rows.map(renderBar)}
          </div>
        </div>
      ))}
      <div className="grid grid-cols-[minmax(8rem,11rem)_minmax(0,1fr)] gap-x-3">
        <span />
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-[11px] text-subtle">
          <li className="flex items-center gap-1.5">
            <span className="inline-block h-2.5 w-5 rounded-[2px] bg-foreground/70" /> dates the sources give
          </li>
          <li className="flex items-center gap-1.5">
            <span className="inline-block h-2.5 w-5 rounded-[2px] bg-foreground/25" /> may have begun or ended in this stretch
          </li>
          <li className="flex items-center gap-1.5">
            <span className="inline-block size-0 border-y-[6px] border-l-[6px] border-y-transparent border-l-foreground/70" /> no end
            recorded
          </li>
          {nowInside ? (
            <li className="flex items-center gap-1.5">
              <span className="inline-block h-3 w-px bg-accent/60" /> today
            </li>
          ) : null}
        </ul>
      </div>
    </div>
  );
}

/** What the drawing of a bar means, in words, for the table. */
function barNote(bar: SpanTimelineBar<unknown>, nextName: string | null): string {
  const parts: string[] = [];
  if (bar.startUnknown) parts.push("Start not given");
  if (bar.openEnd === "successor") parts.push(`No end given; ended by the time ${nextName ?? "the next holder"} took over`);
  else if (bar.openEnd === "successor_end") parts.push(`No end given; ended before ${nextName ?? "the next holder"} left office`);
  else if (bar.openEnd === "no_end_recorded") parts.push("No end recorded (may still hold it)");
  return parts.join(". ");
}

export interface LeaderView {
  key: string;
  name: string;
  role: string;
  start: FuzzyDate | null;
  end: FuzzyDate | null;
  citations: CitationView[];
}

export function LeadersTimeline({ leaders, label, color, now }: { leaders: LeaderView[]; label: string; color: string; now: string }) {
  const timeline = tenureTimeline(leaders, now);
  // One block per post, posts in the order their first tenure appears.
  const posts = [...new Set(timeline.bars.map((b) => b.post))];
  const bars = posts.flatMap((p) => timeline.bars.filter((b) => b.post === p));
  const overlaps = tenureOverlaps(leaders).filter((o) => o.certainty === "sure");
  const rows: TimelineRow<LeaderView>[] = bars.map((bar) => ({
    bar,
    label: (
      <>
        <span className="text-foreground">{bar.span.name}</span>
      </>
    ),
    title: `${bar.span.name}, ${bar.span.role}: ${[bar.span.start, bar.span.end].map((d) => (d ? formatDate(d.date, d.precision) : "?")).join(" – ")}`,
    color,
  }));
  const nextOf = new Map<string, string>();
  for (const p of posts) {
    const inPost = bars.filter((b) => b.post === p);
    inPost.forEach((b, i) => {
      const next = inPost[i + 1];
      if (next) nextOf.set(b.span.key, next.span.name);
    });
  }
  const tableRows = [
    ...bars.map((b) => ({ l: b.span, bar: b as SpanTimelineBar<LeaderView> | null })),
    ...timeline.undated.map((l) => ({ l, bar: null })),
  ];

  return (
    <div className="flex flex-col gap-4">
      {bars.length ? (
        <TimelineChart timeline={timeline} rows={rows} now={now} />
      ) : (
        <p className="text-[12.5px] text-muted-foreground">
          The sources date none of these tenures, so there is no timeline to draw; the table lists them.
        </p>
      )}
      {bars.length ? (
        <WhoLed leaders={leaders} from={timeline.from} to={Math.min(timeline.to, Number(now.slice(0, 4)))} label={label} />
      ) : null}
      {overlaps.length ? (
        <p className="rounded-md bg-warning-soft px-3 py-2 text-[12.5px] text-warning">
          The sources place two holders in the same post at the same time:{" "}
          {overlaps.map((o) => `${o.a.name} and ${o.b.name} (${o.post})`).join("; ")}. Both are shown as the sources date them.
        </p>
      ) : null}
      <Table>
        <TableCaption>
          {label}’s leaders as the sources date them. A date known only to the month or year is shown that way; “no end recorded” means the
          sources give no end, not that the person is still in office.
        </TableCaption>
        <THead>
          <Tr className="hover:bg-transparent">
            <Th>Name</Th>
            <Th>Post</Th>
            <Th>From</Th>
            <Th>To</Th>
            <Th>Note</Th>
            <Th>Source</Th>
          </Tr>
        </THead>
        <TBody>
          {tableRows.map(({ l, bar }) => (
            <Tr key={l.key}>
              <Td className="font-medium">{l.name}</Td>
              <Td className="max-w-[16rem] text-muted-foreground">{l.role}</Td>
              <Td className="whitespace-nowrap">
                <FuzzyDateText date={l.start} />
              </Td>
              <Td className="whitespace-nowrap">
                <FuzzyDateText date={l.end} empty={l.start ? "No end recorded" : "Not given"} />
              </Td>
              <Td className="max-w-[16rem] text-[12px] text-muted-foreground">
                {bar ? barNote(bar, nextOf.get(l.key) ?? null) : "The sources give no dates"}
              </Td>
              <Td>
                <SourceBadges citations={l.citations} subject={`${l.name}, ${l.role}`} />
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}

/** "Who led in 2015?": the domain's answer for a chosen year, with how sure it is. */
function WhoLed({ leaders, from, to, label }: { leaders: LeaderView[]; from: number; to: number; label: string }) {
  const id = useId();
  const [year, setYear] = useState(to);
  const holders = leadersAt(leaders, yearDate(year));
  const years: number[] = [];
  for (let y = to; y >= from; y--) years.push(y);
  const byPost = new Map<string, typeof holders>();
  for (const h of holders) byPost.set(postOf(h.span.role), [...(byPost.get(postOf(h.span.role)) ?? []), h]);
  return (
    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1.5 rounded-md border border-border bg-surface-2/60 px-3 py-2 text-[12.5px]">
      <label htmlFor={id} className="font-medium">
        Who led {label} in
      </label>
      <Select id={id} value={String(year)} onChange={(e) => setYear(Number(e.target.value))} wrapperClassName="w-24">
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </Select>
      <output htmlFor={id} aria-live="polite" className="min-w-0 flex-1 text-muted-foreground">
        {holders.length === 0
          ? "No dated tenure covers that year."
          : [...byPost.values()].map((hs, i) => (
              <span key={hs[0]?.span.key ?? i}>
                {i > 0 ? "; " : ""}
                {hs.map((h, j) => (
                  <span key={h.span.key}>
                    {j > 0 ? ", " : ""}
                    <span className={cn(h.status === "held" ? "font-medium text-foreground" : "")}>{h.span.name}</span> ({h.span.role}
                    {h.status === "possibly" ? ", possibly: the dates leave it open" : h.assumed ? ", no end recorded" : ""})
                  </span>
                ))}
              </span>
            ))}
      </output>
    </div>
  );
}

export interface RoleView {
  key: string;
  kind: GroupKind;
  label: string;
  start: FuzzyDate | null;
  end: FuzzyDate | null;
  citations: CitationView[];
}

const ROLE_COLORS: Partial<Record<GroupKind, string>> = {
  de_facto_government: "var(--chart-3)",
  religious_jihadist: "var(--chart-2)",
  transnational_jihadist: "var(--chart-4)",
  ethno_nationalist_separatist: "var(--chart-5)",
  sectarian: "var(--chart-6)",
};

/** The group's roles over time (insurgency, government…): bars on one axis, then the same in a table with sources. */
export function RolesTimeline({ roles, label, now }: { roles: RoleView[]; label: string; now: string }) {
  const timeline = buildTimeline(roles, now, () => "role");
  const current = rolesAt(roles, { date: now, precision: "day" }).filter((r) => r.status === "held");
  const rows: TimelineRow<RoleView>[] = timeline.bars.map((bar) => ({
    bar,
    label: GROUP_KIND_LABELS[bar.span.kind],
    title: `${bar.span.label}: ${[bar.span.start, bar.span.end].map((d) => (d ? formatDate(d.date, d.precision) : "?")).join(" – ")}`,
    color: ROLE_COLORS[bar.span.kind] ?? "var(--chart-1)",
  }));
  return (
    <div className="flex flex-col gap-4">
      {current.length ? (
        <p className="text-[13px]">
          Today: <span className="font-medium">{current.map((r) => r.span.label).join("; ")}</span>
          {current.some((r) => r.assumed) ? <span className="text-muted-foreground"> (no end recorded)</span> : null}.
        </p>
      ) : null}
      {timeline.bars.length ? (
        <div className="flex flex-col gap-1.5">
          <TimelineChart timeline={timeline} rows={rows} now={now} oneTrack={label} />
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-[11.5px] text-muted-foreground" aria-hidden="true">
            {[...new Set(roles.map((r) => r.kind))].map((k) => (
              <li key={k} className="flex items-center gap-1.5">
                <span className="inline-block h-2.5 w-4 rounded-[2px]" style={{ background: ROLE_COLORS[k] ?? "var(--chart-1)" }} />
                {GROUP_KIND_LABELS[k]}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Table>
        <TableCaption>{label}’s roles over time, as the sources date them.</TableCaption>
        <THead>
          <Tr className="hover:bg-transparent">
            <Th>Role</Th>
            <Th>Kind</Th>
            <Th>From</Th>
            <Th>To</Th>
            <Th>Source</Th>
          </Tr>
        </THead>
        <TBody>
          {[...timeline.bars.map((b) => b.span), ...timeline.undated].map((r) => (
            <Tr key={r.key}>
              <Td className="font-medium">{r.label}</Td>
              <Td className="text-muted-foreground">{GROUP_KIND_LABELS[r.kind]}</Td>
              <Td className="whitespace-nowrap">
                <FuzzyDateText date={r.start} />
              </Td>
              <Td className="whitespace-nowrap">
                <FuzzyDateText date={r.end} empty={r.start ? "No end recorded" : "Not given"} />
              </Td>
              <Td>
                <SourceBadges citations={r.citations} subject={`${label}: ${r.label}`} />
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
