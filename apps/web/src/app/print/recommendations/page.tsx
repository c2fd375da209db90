import type { RouterOutputs } from "@monitor/api";
import {
  type Citation,
  formatCount,
  formatDate,
  PRIORITY_LABELS,
  RECOMMENDATION_STATUSES,
  type RecommendationStatus,
  type ScoreboardRow,
  STATUS_LABELS,
  TARGET_ACTOR_LABELS,
  THEME_LABELS,
} from "@monitor/domain";
import type { Metadata } from "next";
import { withTitles } from "~/features/citations/with-titles";
import { scoreboardDimension } from "~/features/export/briefing/briefing-params";
import { Briefing, briefingContext, CitationRegistry, cites, coverageLine, Section } from "~/features/export/briefing/print/kit";
import { describeFilter, filterQuery, readTrackerParams, TRACKER_PARAM_LABELS } from "~/features/recommendations/tracker-params";
import type { SearchParams } from "~/lib/search-params";
import { serverCaller } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Briefing: Recommendation scoreboard" };

/** Status colours on white paper: done in greens, moving in blues, stuck in amber and red, unassessed grey. */
const STATUS_COLOR: Record<RecommendationStatus, string> = {
  not_assessed: "#c9ced6",
  proposed: "#9aa3b0",
  under_consideration: "#8fb3e0",
  in_progress: "#2f6fc0",
  partially_implemented: "#7cc49a",
  implemented: "#1f8a4c",
  stalled: "#e0a030",
  rejected: "#c0392b",
};

const share = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)}%`;

/** One stacked bar per row (the overall row first): the shares of each status, with the total at the end. */
function ScoreBars({ rows, label }: { rows: readonly ScoreboardRow[]; label: string }) {
  const width = 640;
  const row = 18;
  const pad = { l: 170, r: 40, t: 4, b: 4 };
  const height = pad.t + pad.b + row * rows.length;
  const inner = width - pad.l - pad.r;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={label} className="chart">
      {rows.map((r, i) => {
        const y = pad.t + i * row;
        let x = pad.l;
        return (
          <g key={r.key}>
            <text x={pad.l - 6} y={y + row / 2 + 3} textAnchor="end" fontSize="8.5" fill="#222" fontWeight={i === 0 ? 600 : 400}>
              {r.label.length > 34 ? `${r.label.slice(0, 33)}…` : r.label}
            </text>
            {RECOMMENDATION_STATUSES.map((s) => {
              const w = (inner * r.shares[s]) / 100;
              const rect = w > 0 ? <rect key={s} x={x} y={y + 3} width={w} height={row - 6} fill={STATUS_COLOR[s]} /> : null;
              x += w;
              return rect;
            })}
            <text x={width - pad.r + 4} y={y + row / 2 + 3} fontSize="8.5" fill="#222">
              {formatCount(r.total)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

type Rec = RouterOutputs["recommendations"]["list"]["items"][number];

/** The evidence of the latest status update, as citations (links are listed by title and date). */
function latestUpdate(r: Rec) {
  const u = r.updates.at(-1);
  if (!u) return null;
  // Evidence citations carry only the source's slug; the table gives them their titles (withTitles).
  const citations: Citation[] = u.evidence.flatMap((e) => (e.kind === "citation" ? [e.citation] : []));
  const links = u.evidence.flatMap((e) => (e.kind === "link" ? [`${e.title} (${formatDate(e.date)}, ${e.url})`] : []));
  return { u, citations, links };
}

/**
 * The recommendation tracker's scoreboard as a printable briefing: the status of every recommendation
 * matching the tracker's filters, by theme or by actor (counts and shares, as on the scoreboard), and
 * each recommendation with its source, status and latest evidence. `?by=theme|actor&<tracker filters>`.
 */
export default async function PrintRecommendationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const ctx = await briefingContext(sp);
  const api = await serverCaller();
  const { filter } = readTrackerParams(sp, { omit: ["status"] });
  const by = scoreboardDimension(sp);
  const [coverage, sources, owners, families, board, first] = await Promise.all([
    api.dataset.coverage(),
    api.sources.list({}),
    api.recommendations.owners(),
    api.recommendations.families(),
    api.recommendations.scoreboardBy({ filter, dimension: by }),
    api.recommendations.list({ ...filter, limit: 200, offset: 0, sort: "status", dir: "asc" }),
  ]);
  // Every matching recommendation, 200 at a time (the list's page size), up to 2,000.
  const items = [...first.items];
  while (items.length < Math.min(first.total, 2000)) {
    const next = await api.recommendations.list({ ...filter, limit: 200, offset: items.length, sort: "status", dir: "asc" });
    if (next.items.length === 0) break;
    items.push(...next.items);
  }
  const sourceName = (slug: string) => sources.find((s) => s.slug === slug)?.shortTitle;
  const names = {
    source: sourceName,
    owner: (id: string) => {
      const o = owners.find((x) => x.id === id);
      return o ? o.name || o.email : undefined;
    },
    family: (key: string) => families.find((f) => f.key === key)?.title,
  };
  const described = describeFilter(filter, names);
  const dimWord = by === "actor" ? "actor addressed" : "theme";
  const filterWords = `recommendations${described.length ? ` ${described.join(", ")}` : " (all)"}, by ${dimWord}`;
  const query = [filterQuery(filter), by === "actor" ? "by=actor" : ""].filter(Boolean).join("&");
  const viewUrl = ctx.url(`/recommendations/scoreboard${query ? `?${query}` : ""}`);
  const presentStatuses = RECOMMENDATION_STATUSES.filter((s) => board.overall.counts[s] > 0);
  const reg = new CitationRegistry();

  const body = (
    <>
      <Section
        title={`Implementation by ${dimWord}`}
        figure={
          board.overall.total > 0 ? (
            <>
              <ScoreBars rows={[board.overall, ...board.rows]} label={`Share of recommendations by status, per ${dimWord}`} />
              <div className="bars-legend" aria-hidden="true">
                {presentStatuses.map((s) => (
                  <span key={s}>
                    <i style={{ background: STATUS_COLOR[s] }} />
                    {STATUS_LABELS[s]}
                  </span>
                ))}
              </div>
            </>
          ) : null
        }
      >
        {board.overall.total === 0 ? (
          <p className="muted">No recommendation matches these filters.</p>
        ) : (
          <>
            <table className="compact">
              <thead>
                <tr>
                  <th>{by === "actor" ? "Addressed to" : "Theme"}</th>
                  <th className="num">Total</th>
                  {presentStatuses.map((s) => (
                    <th key={s} className="num">
                      {STATUS_LABELS[s]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[board.overall, ...board.rows].map((r, i) => (
                  <tr key={r.key} className={i === 0 ? "strong" : undefined}>
                    <td>{r.label}</td>
                    <td className="num">{formatCount(r.total)}</td>
                    {presentStatuses.map((s) => (
                      <td key={s} className="num">
                        {formatCount(r.counts[s])} <span className="muted small">({share(r.shares[s])})</span>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="source-line">
              Source: Militancy Monitor recommendation tracker, statuses as of {formatDate(ctx.generatedAt.toISOString().slice(0, 10))}.
              Shares are of each row's recommendations and add up to 100%.{board.note ? ` ${board.note}.` : ""} Each recommendation cites
              the report that makes it (below).
            </p>
          </>
        )}
      </Section>

      <Section title={`The recommendations (${formatCount(first.total)})`}>
        {items.length === 0 ? (
          <p className="muted">No recommendation matches these filters.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Recommendation</th>
                <th>Theme · addressed to</th>
                <th>Status</th>
                <th>Latest update</th>
                <th>Made in</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => {
                const latest = latestUpdate(r);
                return (
                  <tr key={r.key}>
                    <td>
                      {r.number ? `${r.number}. ` : ""}
                      {r.title}
                      <div className="muted small">Priority: {PRIORITY_LABELS[r.priority].toLowerCase()}</div>
                    </td>
                    <td className="small">
                      {THEME_LABELS[r.theme]}
                      <div className="muted">{r.targetActors.map((a) => TARGET_ACTOR_LABELS[a]).join(", ")}</div>
                    </td>
                    <td className="small">
                      {STATUS_LABELS[r.status]}
                      {r.nextReviewOn ? <div className="muted">review {formatDate(r.nextReviewOn)}</div> : null}
                    </td>
                    <td className="small">
                      {latest ? (
                        <>
                          {formatDate(latest.u.date)}: {latest.u.note.length > 240 ? `${latest.u.note.slice(0, 239)}…` : latest.u.note}
                          {latest.citations.length ? <div>Evidence: {cites(reg, withTitles(latest.citations, sources))}</div> : null}
                          {latest.links.length ? <div className="muted">Evidence: {latest.links.join("; ")}</div> : null}
                        </>
                      ) : (
                        <span className="muted">no update yet</span>
                      )}
                    </td>
                    <td className="small">{cites(reg, r.citations)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {first.total > items.length ? (
          <p className="source-line">
            The first {items.length} of {first.total}; the rest are at{" "}
            {ctx.url(`/recommendations${filterQuery(filter) ? `?${filterQuery(filter)}` : ""}`)}.
          </p>
        ) : null}
      </Section>
    </>
  );

  const filterList = [
    `${TRACKER_PARAM_LABELS.by}: ${by === "actor" ? "actor addressed" : "theme"}`,
    ...(described.length ? described : ["all recommendations"]),
  ];

  return (
    <Briefing
      title="Militancy Monitor briefing: Recommendation scoreboard"
      summary={filterWords}
      filters={filterList}
      ctx={ctx}
      viewUrl={viewUrl}
      coverage={`${coverageLine(coverage)}; ${formatCount(first.total)} recommendations match`}
      reading="Statuses are the tracker's analysts' verdicts; government claims and independent assessments are kept apart on each recommendation's page. Each recommendation is listed with the report that makes it; the numbers in brackets point to the exact quote in the sources appendix. Open the view address above to reproduce this briefing in the app."
      body={body}
      reg={reg}
      sources={sources}
      filterWords={filterWords}
      hasMap={false}
    />
  );
}
