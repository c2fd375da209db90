import type { FuzzyDate } from "./schemas";

/**
 * Time logic for dated spans in a group's life: leaders' tenures and the group's roles (insurgency,
 * de facto government). The sources date things to a day, a month or a year, and a date known only
 * to the year stands for any day of it: a tenure "from 2013" has surely begun by 31 Dec 2013 and may
 * have begun on 1 Jan 2013. A span with no recorded end is "open": the holder may still be in office,
 * or the end is not known. The next holder of the same post ends it at the latest when they take over;
 * until then it is taken to continue, and every answer that rests on that assumption says so.
 */

export interface FuzzySpan {
  start: FuzzyDate | null;
  end: FuzzyDate | null;
}

export interface TenureLike extends FuzzySpan {
  key: string;
  role: string;
}

const MIN_DAY = "0000-01-01";
const MAX_DAY = "9999-12-31";

/** The first and last day a fuzzy date may stand for: "2013" is 2013-01-01..2013-12-31, "Jun 2022" all of June. */
export function fuzzyBounds(d: FuzzyDate): { earliest: string; latest: string } {
  const y = d.date.slice(0, 4);
  if (d.precision === "year") return { earliest: `${y}-01-01`, latest: `${y}-12-31` };
  if (d.precision === "month") {
    const ym = d.date.slice(0, 7);
    const last = new Date(Date.UTC(Number(y), Number(d.date.slice(5, 7)), 0)).getUTCDate();
    return { earliest: `${ym}-01`, latest: `${ym}-${String(last).padStart(2, "0")}` };
  }
  return { earliest: d.date, latest: d.date };
}

/** A whole year as a fuzzy date ("in 2015"). */
export function yearDate(year: number): FuzzyDate {
  return { date: `${String(year).padStart(4, "0")}-01-01`, precision: "year" };
}

/** A span's neighbours in the same post: the holder before and the holder after. */
export interface Neighbours {
  previous?: FuzzySpan | null;
  next?: FuzzySpan | null;
}

/**
 * The days a span may and surely covers, as ISO dates (with far-past and far-future sentinels for
 * what the sources leave open):
 * - `startEarliest`/`startLatest`: it began no earlier / no later than these. Without a start, it began
 *   no earlier than the previous holder's start and no later than its own end.
 * - `endEarliest`/`endLatest`: it ended no earlier / no later than these, from the sources alone.
 *   Without an end, it may have ended right after it began, and ended at the latest when the next
 *   holder took over.
 * - `endEarliestAssumed`: the same, taking an open span to continue until the next holder's start (or
 *   indefinitely when there is none). Equal to `endEarliest` when the span has an end, or when the next
 *   holder's start is not known either.
 */
export interface SpanBounds {
  startEarliest: string;
  startLatest: string;
  endEarliest: string;
  endLatest: string;
  endEarliestAssumed: string;
}

export function spanBounds(span: FuzzySpan, around: Neighbours = {}): SpanBounds {
  const start = span.start ? fuzzyBounds(span.start) : null;
  const end = span.end ? fuzzyBounds(span.end) : null;
  const prevStart = around.previous?.start ? fuzzyBounds(around.previous.start) : null;
  const nextStart = around.next?.start ? fuzzyBounds(around.next.start) : null;
  const nextEnd = around.next?.end ? fuzzyBounds(around.next.end) : null;
  const startEarliest = start?.earliest ?? prevStart?.earliest ?? MIN_DAY;
  const startLatest = start?.latest ?? end?.latest ?? MAX_DAY;
  if (end) return { startEarliest, startLatest, endEarliest: end.earliest, endLatest: end.latest, endEarliestAssumed: end.earliest };
  const endEarliest = start?.earliest ?? MIN_DAY;
  const endLatest = nextStart?.latest ?? nextEnd?.latest ?? MAX_DAY;
  const endEarliestAssumed = nextStart ? nextStart.earliest : around.next ? endEarliest : MAX_DAY;
  return { startEarliest, startLatest, endEarliest, endLatest, endEarliestAssumed };
}

/**
 * Where a span stands at a date — a day, or a month or a year read as "at some time in it":
 * - `held`: the span surely covers (part of) the date: it surely began by its end and surely had not
 *   ended by its beginning;
 * - `possibly`: the dates' imprecision, a missing start or a missing end leave it open;
 * - `not_yet`: it surely began after the date; `ended`: it surely ended before it.
 * `assumed` is true when `held` rests only on taking an open span to continue (see `spanBounds`).
 */
export type SpanStatus = "held" | "possibly" | "not_yet" | "ended";

export interface SpanAt {
  status: SpanStatus;
  assumed: boolean;
}

export function spanAt(span: FuzzySpan, at: FuzzyDate, around: Neighbours = {}): SpanAt {
  const when = fuzzyBounds(at);
  const b = spanBounds(span, around);
  if (b.startEarliest > when.latest) return { status: "not_yet", assumed: false };
  if (b.endLatest < when.earliest) return { status: "ended", assumed: false };
  const began = b.startLatest <= when.latest;
  if (began && b.endEarliest >= when.earliest) return { status: "held", assumed: false };
  if (began && b.endEarliestAssumed >= when.earliest) return { status: "held", assumed: true };
  return { status: "possibly", assumed: false };
}

/**
 * The post a tenure is in, to find who came before and after: the role's words before any
 * qualification, lower-cased, with "Amir" spelled "Emir" ("Emir (first)", "Emir" and "Amir" are one post).
 */
export function postOf(role: string): string {
  const head = role.split(/[(;,]/)[0] ?? role;
  return head
    .trim()
    .toLowerCase()
    .replace(/\bamir\b/g, "emir")
    .replace(/\s+/g, " ");
}

/** Where a span sits in time for ordering: its start, else its end; null when the sources give neither. */
function anchor(t: FuzzySpan): FuzzyDate | null {
  return t.start ?? t.end;
}

function compareAnchors(a: FuzzySpan, b: FuzzySpan): number {
  const x = anchor(a);
  const y = anchor(b);
  if (!x || !y) return x ? -1 : y ? 1 : 0;
  const bx = fuzzyBounds(x);
  const by = fuzzyBounds(y);
  if (bx.earliest !== by.earliest) return bx.earliest < by.earliest ? -1 : 1;
  if (bx.latest !== by.latest) return bx.latest < by.latest ? -1 : 1;
  // Same anchor: a span that has ended (or only has an end) before one that starts there.
  return Number(a.start !== null) - Number(b.start !== null);
}

export interface InPost<T extends FuzzySpan> {
  span: T;
  post: string;
  /** The holders of the same post just before and just after, by date; dated spans only. */
  previous: T | null;
  next: T | null;
}

/**
 * Dated spans in order within each post, each with its predecessor and successor. Spans with neither
 * a start nor an end have no place in a succession and come back with no neighbours. Input order is kept.
 */
export function successions<T extends FuzzySpan>(spans: readonly T[], post: (span: T) => string): InPost<T>[] {
  const byPost = new Map<string, T[]>();
  for (const s of spans) {
    if (!anchor(s)) continue;
    const p = post(s);
    byPost.set(p, [...(byPost.get(p) ?? []), s]);
  }
  const info = new Map<T, InPost<T>>();
  for (const [p, list] of byPost) {
    const sorted = [...list].sort(compareAnchors);
    sorted.forEach((s, i) => {
      info.set(s, { span: s, post: p, previous: sorted[i - 1] ?? null, next: sorted[i + 1] ?? null });
    });
  }
  return spans.map((s) => info.get(s) ?? { span: s, post: post(s), previous: null, next: null });
}

const tenurePost = (t: TenureLike) => postOf(t.role);

export interface HolderAt<T> {
  span: T;
  status: "held" | "possibly";
  /** Held only on the assumption that a span with no recorded end went on (until its successor, or to now). */
  assumed: boolean;
}

function holdersAt<T extends FuzzySpan>(spans: readonly T[], at: FuzzyDate, post: (span: T) => string): HolderAt<T>[] {
  const out: HolderAt<T>[] = [];
  for (const s of successions(spans, post)) {
    if (!anchor(s.span)) continue;
    const r = spanAt(s.span, at, s);
    if (r.status === "held" || r.status === "possibly") out.push({ span: s.span, status: r.status, assumed: r.assumed });
  }
  const rank = (h: HolderAt<T>) => (h.status === "held" ? (h.assumed ? 1 : 0) : 2);
  return out.sort((a, b) => rank(a) - rank(b) || compareAnchors(a.span, b.span));
}

/**
 * Who held a post at a date: those the sources place in office then (surely, or assuming an open
 * tenure went on until its successor), and those who may have been. Undated tenures are never placed
 * at a date. Surely held first, then assumed, then possible; by start within each.
 */
export function leadersAt<T extends TenureLike>(tenures: readonly T[], at: FuzzyDate): HolderAt<T>[] {
  return holdersAt(tenures, at, tenurePost);
}

/** A group's roles at a date (insurgency, de facto government…): roles follow one another as one succession. */
export function rolesAt<T extends FuzzySpan>(roles: readonly T[], at: FuzzyDate): HolderAt<T>[] {
  return holdersAt(roles, at, () => "role");
}

export interface TenureOverlap<T> {
  a: T;
  b: T;
  post: string;
  /**
   * `sure`: the dates put both in the post on a common day (co-holders, or sources that disagree);
   * `possible`: they may share days only within the dates' imprecision or gaps (a handover within a year).
   */
  certainty: "sure" | "possible";
}

/**
 * Tenures of the same post that overlap in time. Tenures with no date at all are left out. Open
 * tenures are read from the sources alone (they may have ended right after they began), so only
 * dated ends make an overlap sure.
 */
export function tenureOverlaps<T extends TenureLike>(tenures: readonly T[]): TenureOverlap<T>[] {
  const seq = successions(tenures, tenurePost).filter((s) => anchor(s.span));
  const out: TenureOverlap<T>[] = [];
  for (let i = 0; i < seq.length; i++) {
    for (let j = i + 1; j < seq.length; j++) {
      const x = seq[i];
      const y = seq[j];
      if (!x || !y || x.post !== y.post) continue;
      const bx = spanBounds(x.span, x);
      const by = spanBounds(y.span, y);
      const sure = bx.startLatest <= by.endEarliest && by.startLatest <= bx.endEarliest;
      const possible = bx.startEarliest <= by.endLatest && by.startEarliest <= bx.endLatest;
      if (sure || possible) out.push({ a: x.span, b: y.span, post: x.post, certainty: sure ? "sure" : "possible" });
    }
  }
  return out;
}

/**
 * One bar of a timeline, as ISO dates. Drawn faded from `from` to `solidFrom` (the start's
 * imprecision, or the unknown start back to the predecessor's), solid from `solidFrom` to `solidTo`
 * (surely held, or held until a known successor on the open-span assumption), and faded again to `to`.
 * `solidFrom`/`solidTo` are null when no stretch is sure (an unknown start, an open span whose
 * successor's start is unknown).
 */
export interface SpanTimelineBar<T> {
  span: T;
  post: string;
  from: string;
  solidFrom: string | null;
  solidTo: string | null;
  to: string;
  /** Why the bar ends where it does when the sources give no end. */
  openEnd: "successor" | "successor_end" | "no_end_recorded" | null;
  /** The start is not given: `from` is the predecessor's start, or the axis start. */
  startUnknown: boolean;
}

export interface SpanTimeline<T> {
  /** The axis in whole years, inclusive. */
  from: number;
  to: number;
  bars: SpanTimelineBar<T>[];
  /** Spans with neither a start nor an end: listed, never drawn. */
  undated: T[];
}

/**
 * Lays spans on one axis of whole years, from the earliest date to the latest (or `now`, an ISO date
 * passed in, when a span is open without a successor: the domain never reads the clock). Bars keep the
 * input order.
 */
export function buildTimeline<T extends FuzzySpan>(spans: readonly T[], now: string, post: (span: T) => string): SpanTimeline<T> {
  const seq = successions(spans, post);
  const undated: T[] = [];
  const dated = seq.filter((s) => {
    if (anchor(s.span)) return true;
    undated.push(s.span);
    return false;
  });
  const years: number[] = [];
  const partial = dated.map((s) => {
    const b = spanBounds(s.span, s);
    const startKnown = s.span.start !== null;
    const from = startKnown || b.startEarliest !== MIN_DAY ? b.startEarliest : null;
    const to = b.endLatest !== MAX_DAY ? b.endLatest : now > b.startLatest ? now : b.startLatest;
    const solidFrom = startKnown ? b.startLatest : null;
    const solidEndRaw = s.span.end ? b.endEarliest : b.endEarliestAssumed === MAX_DAY ? to : s.next?.start ? b.endEarliestAssumed : null;
    const solid = solidFrom && solidEndRaw && solidEndRaw >= solidFrom;
    const openEnd: SpanTimelineBar<T>["openEnd"] = s.span.end
      ? null
      : s.next?.start
        ? "successor"
        : s.next?.end
          ? "successor_end"
          : "no_end_recorded";
    for (const d of [from, to]) if (d) years.push(Number(d.slice(0, 4)));
    return { s, from, to, solidFrom: solid ? solidFrom : null, solidTo: solid ? solidEndRaw : null, openEnd, startUnknown: !startKnown };
  });
  const first = years.length ? Math.min(...years) : Number(now.slice(0, 4));
  const last = years.length ? Math.max(...years) : Number(now.slice(0, 4));
  const bars = partial.map((p) => ({
    span: p.s.span,
    post: p.s.post,
    from: p.from ?? `${String(first).padStart(4, "0")}-01-01`,
    solidFrom: p.solidFrom,
    solidTo: p.solidTo,
    to: p.to,
    openEnd: p.openEnd,
    startUnknown: p.startUnknown,
  }));
  return { from: first, to: last, bars, undated };
}

/** A timeline of leaders' tenures, successions found per post. */
export function tenureTimeline<T extends TenureLike>(tenures: readonly T[], now: string): SpanTimeline<T> {
  return buildTimeline(tenures, now, tenurePost);
}

/** Where an ISO date falls on an axis starting on 1 January of `from`, in years (for drawing). */
export function yearOffset(iso: string, from: number): number {
  const y = Number(iso.slice(0, 4));
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  const t = Date.UTC(y, Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return y - from + (t - start) / (end - start);
}

/** A group's known life, as its profile dates it. */
export interface ActivityDates {
  founded: FuzzyDate | null;
  dissolved: FuzzyDate | null;
}

/**
 * Whether a group was active in a year: not ruled out by its dates (founded after the year, or
 * dissolved before it), and either founded by then or shown active that year by a dated record (an
 * attributed incident, a published figure, a tenure or a tie dated to it). Without a founding date
 * and without a record in the year, nothing says it was active, so it is not counted.
 */
export function activeInYear(life: ActivityDates, recordYears: readonly number[], year: number): boolean {
  const y = fuzzyBounds(yearDate(year));
  if (life.founded && fuzzyBounds(life.founded).earliest > y.latest) return false;
  if (life.dissolved && fuzzyBounds(life.dissolved).latest < y.earliest) return false;
  return life.founded !== null || recordYears.includes(year);
}

/** The calendar years a dated span touches, from the sources alone (an open span: only its start year). */
export function spanYears(span: FuzzySpan): number[] {
  const year = (d: FuzzyDate) => Number(d.date.slice(0, 4));
  const first = span.start ? year(span.start) : span.end ? year(span.end) : null;
  const last = span.end ? year(span.end) : first;
  if (first === null || last === null) return [];
  const out: number[] = [];
  for (let y = first; y <= last; y++) out.push(y);
  return out;
}
