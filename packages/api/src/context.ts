import type { Database } from "@monitor/db";
import type { SessionUser } from "@monitor/domain";
import type { AnswerCache } from "./answer-cache";
import { DEFAULT_TIME_ZONE } from "./today";

export interface Session {
  /** The database session's id (not its token), so "sign out other sessions" can keep this one. */
  sessionId: string;
  user: SessionUser;
}

/**
 * Everything a procedure may use, passed in rather than read from globals, so tests build a
 * context without HTTP: `createContext({ db, session: null })`.
 */
export interface Context {
  db: Database;
  session: Session | null;
  /** The clock, injected so domain rules stay pure and tests can pin it. */
  now: () => Date;
  /** The IANA zone "today" is counted in (overdue reviews, "status as of"). */
  timeZone: string;
  /**
   * The read procedures' answer cache (answer-cache.ts): the server passes its one cache; without it every
   * call computes. With it, a context stands for one request: the data version is read once per context,
   * so make a new context per request (as the HTTP route and server components do), never reuse one across writes.
   */
  answers?: AnswerCache;
  /** What one request reads once and shares between its calls (middlewares copy the context, not this). */
  request: { dataVersion?: Promise<number> };
}

export function createContext(deps: {
  db: Database;
  session?: Session | null;
  now?: () => Date;
  timeZone?: string;
  answers?: AnswerCache;
}): Context {
  return {
    db: deps.db,
    session: deps.session ?? null,
    now: deps.now ?? (() => new Date()),
    timeZone: deps.timeZone ?? DEFAULT_TIME_ZONE,
    request: {},
    ...(deps.answers ? { answers: deps.answers } : {}),
  };
}
