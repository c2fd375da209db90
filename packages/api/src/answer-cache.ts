/**
 * The answer cache of the read procedures (issue #10): the dashboard asks the same few questions over
 * and over (every page load of the overview asks for the same group list, series and headlines), and
 * an answer that is already computed costs well under a millisecond to hand back.
 *
 * - **Key:** the procedure's path, the caller's role, "today" in the app's zone (overdue reviews and
 *   "latest period" depend on the date), and the input as sent, in a canonical form.
 * - **Validity:** the entries belong to one data version (packages/db schema/derived.ts), which every
 *   committed change moves on: by this instance, another instance, an import or plain SQL. A call first
 *   reads the version (one indexed row); a newer one empties the cache. An answer is filed only if no
 *   newer version was seen while it was computed, so a cached answer is never older than the version
 *   the call saw.
 * - **Bounds:** least recently used entries go first once the cache holds `maxBytes` of answers
 *   (their JSON length), or `maxEntries`.
 * - **Sharing:** answers are shared between callers, so they are frozen: code that would change one
 *   (an in-place `sort`, say) throws instead of changing what the next caller sees. Errors are never
 *   cached.
 *
 * One cache per process and per database (a WeakMap on the handle), created by the server; a context
 * without `answers` (the tests, unless they ask) always computes.
 */
import { type Database, readDataVersion } from "@monitor/db";
import { LRUCache } from "lru-cache";

export interface AnswerCacheOptions {
  /** Total JSON length of the cached answers, in characters (default 64 MB worth). */
  maxBytes?: number;
  maxEntries?: number;
}

export interface AnswerCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` are one key. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return "null";
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Freezes an answer and everything in it, so code that would change a shared answer fails loudly instead. */
function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== "object" || seen.has(value) || Object.isFrozen(value)) return value;
  seen.add(value);
  for (const v of Object.values(value as object)) deepFreeze(v, seen);
  return Object.freeze(value);
}

function sizeOf(value: unknown): number {
  try {
    return Math.max(1, JSON.stringify(value)?.length ?? 1);
  } catch {
    return 4096;
  }
}

export class AnswerCache {
  private readonly byDb = new WeakMap<Database, { version: number; store: LRUCache<string, { value: unknown }> }>();
  private readonly options: Required<AnswerCacheOptions>;
  private hits = 0;
  private misses = 0;

  constructor(options: AnswerCacheOptions = {}) {
    this.options = { maxBytes: options.maxBytes ?? 64 * 1024 * 1024, maxEntries: options.maxEntries ?? 5000 };
  }

  private stateFor(db: Database): { version: number; store: LRUCache<string, { value: unknown }> } {
    let state = this.byDb.get(db);
    if (!state) {
      const store = new LRUCache<string, { value: unknown }>({
        max: this.options.maxEntries,
        maxSize: this.options.maxBytes,
        sizeCalculation: (entry) => sizeOf(entry.value),
      });
      state = { version: 0, store };
      this.byDb.set(db, state);
    }
    return state;
  }

  /**
   * The cached answer to `key` at the database's current data version, or `compute()`'s, which is then
   * cached. The version is read first (see the file comment); `version` is one already read for this
   * request (a batch of calls reads it once).
   */
  async answer<T>(db: Database, key: string, compute: () => Promise<T>, version?: Promise<number>): Promise<T> {
    return this.answerAt(db, key, compute, await (version ?? readDataVersion(db)));
  }

  private async answerAt<T>(db: Database, key: string, compute: () => Promise<T>, version: number): Promise<T> {
    const state = this.stateFor(db);
    if (version > state.version) {
      // The data changed: every entry is stale.
      state.store.clear();
      state.version = version;
    }
    const hit = version === state.version ? state.store.get(key) : undefined;
    if (hit) {
      this.hits++;
      return hit.value as T;
    }
    this.misses++;
    const value = deepFreeze(await compute());
    // Filed only if no newer version was seen meanwhile (the answer may predate that change).
    if (version === state.version) state.store.set(key, { value });
    return value;
  }

  stats(db?: Database): AnswerCacheStats {
    const store = db ? this.byDb.get(db)?.store : undefined;
    return { hits: this.hits, misses: this.misses, entries: store?.size ?? 0, bytes: store?.calculatedSize ?? 0 };
  }

  /** Drops every entry (for a benchmark that wants to time the computation again). */
  clear(db: Database): void {
    this.byDb.get(db)?.store.clear();
  }
}
