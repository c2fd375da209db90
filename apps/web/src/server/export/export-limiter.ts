/**
 * Limits briefing exports, which each hold a headless Chromium page for a few seconds: per user, at
 * most `perMinute` starts in any minute and `perUser` at once; for the whole server, `total` at once.
 * In-process: with several app instances behind a load balancer each enforces its own share.
 */
export interface ExportLimits {
  perMinute: number;
  perUser: number;
  total: number;
}

export type Acquired = { ok: true; release: () => void } | { ok: false; status: 429 | 503; message: string; retryAfterSeconds: number };

export class ExportLimiter {
  private readonly starts = new Map<string, number[]>();
  private readonly running = new Map<string, number>();
  private runningTotal = 0;

  constructor(
    private readonly limits: ExportLimits,
    private readonly now: () => number = Date.now,
  ) {}

  acquire(userId: string): Acquired {
    const t = this.now();
    const recent = (this.starts.get(userId) ?? []).filter((s) => t - s < 60_000);
    if (recent.length >= this.limits.perMinute) {
      const retry = Math.max(1, Math.ceil((60_000 - (t - (recent[0] ?? t))) / 1000));
      return {
        ok: false,
        status: 429,
        retryAfterSeconds: retry,
        message: `You have started ${recent.length} briefing exports in the last minute, the most allowed. Try again in ${retry} s.`,
      };
    }
    if ((this.running.get(userId) ?? 0) >= this.limits.perUser) {
      return {
        ok: false,
        status: 429,
        retryAfterSeconds: 5,
        message: `You already have ${this.limits.perUser} briefing exports running. Wait for one to finish, then try again.`,
      };
    }
    if (this.runningTotal >= this.limits.total) {
      return {
        ok: false,
        status: 503,
        retryAfterSeconds: 10,
        message: "The server is printing as many briefings as it can at once. Try again in a few seconds.",
      };
    }
    recent.push(t);
    this.starts.set(userId, recent);
    this.running.set(userId, (this.running.get(userId) ?? 0) + 1);
    this.runningTotal++;
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        this.running.set(userId, Math.max(0, (this.running.get(userId) ?? 1) - 1));
        this.runningTotal = Math.max(0, this.runningTotal - 1);
      },
    };
  }
}
