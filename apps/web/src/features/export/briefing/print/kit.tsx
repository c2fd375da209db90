import "server-only";
import { type CitationView, formatCount, formatDate, type SourceView } from "@monitor/domain";
import { headers } from "next/headers";
import { Fragment, type ReactNode } from "react";
import { param, type SearchParams } from "~/lib/search-params";
import { getSession } from "~/server/auth";
import { PRINT_CSS } from "./print-css";

/*
 * The parts every briefing is made of: a cover, titled sections whose figure stays on one page, numbered
 * citations collected into a sources appendix, and an attribution a reader can paste. The print pages
 * (app/print/**) fill them from the same procedures as the views; headless Chromium prints them
 * (server/export/print-pdf.ts), adding the running header and "Page X of Y".
 *
 * Citations are numbered while the body is built, so sections that cite are plain functions called by
 * the page (not components rendered later), and the appendix is built after the body.
 */

/** Numbers every quote the briefing uses, so each figure points to its entry in the sources appendix. */
export class CitationRegistry {
  private readonly byKey = new Map<string, { n: number; c: CitationView }>();
  cite(citations: readonly CitationView[]): number[] {
    return citations.map((c) => {
      const key = `${c.source}\u0000${c.locator}\u0000${c.quote}`;
      let entry = this.byKey.get(key);
      if (!entry) {
        entry = { n: this.byKey.size + 1, c };
        this.byKey.set(key, entry);
      }
      return entry.n;
    });
  }
  entries() {
    return [...this.byKey.values()];
  }
  /** The cited sources' slugs, in the order they were first cited. */
  sources(): string[] {
    return [...new Set(this.entries().map((e) => e.c.source))];
  }
}

/**
 * "PIPS 2022, p. 12 [3]" for one citation of a source, "CRSS 2025 [4, 5, 9]" for several: the source's
 * short title, and the numbers of its quotes in the sources appendix (which gives each quote's locator).
 */
export function cites(reg: CitationRegistry, citations: readonly CitationView[]) {
  if (citations.length === 0) return <span className="muted">no citation</span>;
  const ns = reg.cite(citations);
  const bySource = new Map<string, { title: string; locator: string; ns: number[] }>();
  citations.forEach((c, i) => {
    const n = ns[i] ?? 0;
    const entry = bySource.get(c.source);
    if (!entry) bySource.set(c.source, { title: c.sourceShortTitle, locator: c.locator, ns: [n] });
    else if (!entry.ns.includes(n)) entry.ns.push(n);
  });
  return (
    <span className="cite">
      {[...bySource.entries()].map(([source, e], i) => (
        <Fragment key={source}>
          {i > 0 ? "; " : ""}
          {e.ns.length === 1 ? `${e.title}, ${e.locator} ` : `${e.title} `}[
          {e.ns
            .sort((a, b) => a - b)
            .map((n, j) => (
              <Fragment key={n}>
                {j > 0 ? ", " : ""}
                <a href={`#q${n}`}>{n}</a>
              </Fragment>
            ))}
          ]
        </Fragment>
      ))}
    </span>
  );
}

/** A titled part of the briefing; its figure (chart or map) stays on one page with the title, tables may continue. */
export function Section({ title, children, figure }: { title: string; children: ReactNode; figure?: ReactNode }) {
  return (
    <section className="block">
      {figure ? (
        <div className="figure">
          <h2>{title}</h2>
          {figure}
        </div>
      ) : (
        <h2>{title}</h2>
      )}
      {children}
    </section>
  );
}

/** A simple vector bar chart (one bar per period or category), drawn on the server: no script, no animation. */
export function BarChart({
  points,
  label,
  highlight,
  height = 180,
}: {
  points: readonly { period: string; value: number }[];
  label: string;
  /** Bars drawn darker (the selected period); all bars dark when absent. */
  highlight?: (period: string) => boolean;
  height?: number;
}) {
  const width = 640;
  const pad = { l: 36, r: 8, t: 12, b: 24 };
  const max = Math.max(1, ...points.map((p) => p.value));
  const bw = points.length ? (width - pad.l - pad.r) / points.length : 0;
  const y = (v: number) => pad.t + (height - pad.t - pad.b) * (1 - v / max);
  const dense = points.length > 16;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={label} className="chart">
      <line x1={pad.l} x2={width - pad.r} y1={y(0)} y2={y(0)} stroke="#888" strokeWidth="0.75" />
      <text x={pad.l - 4} y={y(max) + 4} textAnchor="end" fontSize="9" fill="#555">
        {formatCount(max)}
      </text>
      <text x={pad.l - 4} y={y(0)} textAnchor="end" fontSize="9" fill="#555">
        0
      </text>
      {points.map((p, i) => (
        <g key={p.period}>
          <rect
            x={pad.l + i * bw + bw * 0.15}
            width={bw * 0.7}
            y={y(p.value)}
            height={Math.max(0, y(0) - y(p.value))}
            fill={!highlight || highlight(p.period) ? "#2f5fb3" : "#9fb3d6"}
          />
          {dense && p.value === 0 ? null : (
            <text x={pad.l + i * bw + bw / 2} y={y(p.value) - 3} textAnchor="middle" fontSize={dense ? 7 : 8.5} fill="#222">
              {formatCount(p.value)}
            </text>
          )}
          {dense && i % 2 === 1 ? null : (
            <text x={pad.l + i * bw + bw / 2} y={height - 8} textAnchor="middle" fontSize="9" fill="#555">
              {p.period}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

/** Who, when and from where: the facts every briefing's cover and attribution state. */
export interface BriefingContext {
  generatedAt: Date;
  /** "24 Nov 2026, 09:30 UTC". */
  generated: string;
  /** "24 Nov 2026": the access date of the attribution. */
  accessed: string;
  who: string;
  /** The app's origin as the reader's browser reached it ("https://monitor.example.org"). */
  origin: string;
  /** An app path on that origin, in full. */
  url: (path: string) => string;
}

/** Reads the request: its origin, the export's time (`at`, set by the export route) and the signed-in user. */
export async function briefingContext(sp: SearchParams): Promise<BriefingContext> {
  const session = await getSession();
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  const origin = `${proto}://${host}`;
  const atParam = param(sp, "at");
  const generatedAt = atParam && !Number.isNaN(Date.parse(atParam)) ? new Date(atParam) : new Date();
  const day = formatDate(generatedAt.toISOString().slice(0, 10));
  return {
    generatedAt,
    generated: `${day}, ${generatedAt.toISOString().slice(11, 16)} UTC`,
    accessed: day,
    who: session ? `${session.user.name || session.user.email} (${session.user.email}, ${session.user.role})` : "unknown user",
    origin,
    url: (path: string) => `${origin}${path.startsWith("/") ? path : `/${path}`}`,
  };
}

export interface BriefingProps {
  /** "Militancy Monitor briefing: Khyber Pakhtunkhwa". */
  title: string;
  /** The cover's one line: the view's subject and filters in words. */
  summary: string;
  /** The cover's "Filters" entry: each filter as "name: value". */
  filters: readonly string[];
  ctx: BriefingContext;
  /** The address that reopens the view in the app. */
  viewUrl: string;
  /** Other addresses worth giving (the map of the province…), as label → address. */
  links?: readonly { label: string; url: string }[];
  /** The "Data coverage" entry. */
  coverage: ReactNode;
  /** A paragraph under the cover's facts: how to read this briefing. */
  reading?: ReactNode;
  body: ReactNode;
  reg: CitationRegistry;
  sources: readonly SourceView[];
  /** The attribution's "filters …" part. */
  filterWords: string;
  /** True when the briefing shows a map: the attribution then credits OpenStreetMap. */
  hasMap: boolean;
}

const DEFAULT_READING =
  "Every figure in this briefing is given as its source states it, with the source's short title and locator; the numbers in brackets point to the exact quote in the sources appendix. Figures from different sources are shown side by side, never averaged. Open the view address above to reproduce this briefing in the app.";

/** The whole document: cover, body, sources appendix and attribution. Call it after building `body`. */
export function Briefing({
  title,
  summary,
  filters,
  ctx,
  viewUrl,
  links = [],
  coverage,
  reading,
  body,
  reg,
  sources,
  filterWords,
  hasMap,
}: BriefingProps) {
  const bySource = new Map<string, { n: number; c: CitationView }[]>();
  for (const e of reg.entries()) bySource.set(e.c.source, [...(bySource.get(e.c.source) ?? []), e]);
  const sourceNames = [...bySource.keys()].map((slug) => sources.find((s) => s.slug === slug)?.shortTitle ?? slug);
  return (
    <main className="briefing" data-print-ready>
      <style>{PRINT_CSS}</style>
      <section className="cover">
        <p className="kicker">Militancy Monitor</p>
        <h1>{title}</h1>
        <p className="filters" data-testid="briefing-filters">
          {summary}
        </p>
        <dl>
          <dt>Filters</dt>
          <dd data-testid="briefing-filter-list">{filters.length ? filters.join("; ") : "none"}</dd>
          <dt>Generated</dt>
          <dd>
            {ctx.generated} by {ctx.who}
          </dd>
          <dt>View</dt>
          <dd>
            <a href={viewUrl}>{viewUrl}</a>
          </dd>
          {links.map((l) => (
            <Fragment key={l.url}>
              <dt>{l.label}</dt>
              <dd>
                <a href={l.url}>{l.url}</a>
              </dd>
            </Fragment>
          ))}
          <dt>Data coverage</dt>
          <dd>{coverage}</dd>
        </dl>
        <p className="muted small">{reading ?? DEFAULT_READING}</p>
      </section>

      {body}

      <section className="block appendix">
        <h2>Sources appendix</h2>
        {bySource.size === 0 ? (
          <p className="muted small">Nothing in this briefing cites a document.</p>
        ) : (
          <p className="muted small">Every document cited above, with the exact quotes used and where in the document they are.</p>
        )}
        {[...bySource.entries()].map(([slug, entries]) => {
          const s = sources.find((x) => x.slug === slug);
          return (
            <div key={slug} className="source">
              <h3>{s?.shortTitle ?? slug}</h3>
              <p className="muted small">
                {[s?.title, s?.publisher, s?.authors?.join(", "), s?.publishedOn ? formatDate(s.publishedOn) : s?.year, s?.url]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              <ol className="quotes">
                {entries.map(({ n, c }) => (
                  <li key={n} id={`q${n}`}>
                    <span className="qn">[{n}]</span> {c.locator}: “{c.quote}”
                    {c.originalProducer ? ` (originally ${c.originalProducer})` : ""}
                  </li>
                ))}
              </ol>
            </div>
          );
        })}
      </section>

      <section className="block attribution">
        <h2>Attribution</h2>
        <p className="muted small">To cite this briefing, paste:</p>
        <blockquote data-testid="attribution">
          Source: Militancy Monitor, data from {sourceNames.join(", ") || "no cited sources"}, filters {filterWords}, accessed{" "}
          {ctx.accessed}.{hasMap ? " Map boundaries © OpenStreetMap contributors (ODbL 1.0)." : ""} View: {viewUrl}
        </blockquote>
      </section>
    </main>
  );
}

/** "Published figures up to 31 Dec 2024; incident log up to 15 Mar 2025 (412 incidents); 5 sources". */
export function coverageLine(coverage: {
  statistics: { last: string | null };
  incidents: { last: string | null; total: number };
  sources: number;
}): string {
  return [
    coverage.statistics.last ? `Published figures up to ${formatDate(coverage.statistics.last)}` : "No published figures yet",
    coverage.incidents.last
      ? `incident log up to ${formatDate(coverage.incidents.last)} (${coverage.incidents.total} incidents)`
      : "incident log empty",
    `${coverage.sources} sources`,
  ].join("; ");
}
