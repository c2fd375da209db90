import { describe, expect, it } from "vitest";
import { ExportLimiter } from "./export-limiter";

describe("ExportLimiter", () => {
  it("allows a user `perMinute` starts in any minute, then says when to retry", () => {
    let now = 1_000_000;
    const limiter = new ExportLimiter({ perMinute: 3, perUser: 10, total: 10 }, () => now);
    for (let i = 0; i < 3; i++) {
      const a = limiter.acquire("u1");
      expect(a.ok).toBe(true);
      if (a.ok) a.release();
      now += 10_000;
    }
    const refused = limiter.acquire("u1");
    expect(refused).toMatchObject({ ok: false, status: 429, retryAfterSeconds: 30 });
    // Another user is not affected.
    expect(limiter.acquire("u2").ok).toBe(true);
    now += 30_000;
    expect(limiter.acquire("u1").ok).toBe(true);
  });

  it("limits exports running at once per user and in total, and frees a slot once (release twice is harmless)", () => {
    const limiter = new ExportLimiter({ perMinute: 100, perUser: 2, total: 3 });
    const a = limiter.acquire("u1");
    const b = limiter.acquire("u1");
    expect(limiter.acquire("u1")).toMatchObject({ ok: false, status: 429 });
    const c = limiter.acquire("u2");
    expect(limiter.acquire("u3")).toMatchObject({ ok: false, status: 503 });
    if (!a.ok || !b.ok || !c.ok) throw new Error("expected slots");
    a.release();
    a.release();
    expect(limiter.acquire("u3").ok).toBe(true);
    expect(limiter.acquire("u4")).toMatchObject({ ok: false, status: 503 });
  });
});
