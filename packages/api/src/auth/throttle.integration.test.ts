import type { DbHandle } from "@monitor/db";
import { createTestDb } from "@monitor/db/testing";
import { SIGN_IN_THROTTLE } from "@monitor/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignInThrottle, UNKNOWN_ADDRESS } from "./throttle";

let handle: DbHandle;
let clock = new Date("2026-11-01T10:00:00Z");
const tick = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};
let throttle: SignInThrottle;

beforeAll(async () => {
  handle = await createTestDb();
  throttle = new SignInThrottle(handle.db, () => clock);
});
afterAll(async () => {
  await handle?.close();
});

describe(`sign-in throttle on ${process.env.TEST_DB_DRIVER ?? "pglite"}`, () => {
  it("locks an account tried from many addresses after 20 failures, but not before", async () => {
    const email = "rotating@example.org";
    for (let i = 0; i < SIGN_IN_THROTTLE.maxAccountFailuresAnyAddress - 1; i++) {
      await throttle.recordFailure({ email, ipAddress: `198.51.100.${i}` });
      tick(1000);
    }
    expect((await throttle.check({ email, ipAddress: "198.51.100.250" })).allowed).toBe(true);
    await throttle.recordFailure({ email, ipAddress: "198.51.100.99" });
    const locked = await throttle.check({ email, ipAddress: "198.51.100.251" });
    expect(locked).toEqual({ allowed: false, retryAfterSeconds: 15 * 60, message: expect.stringMatching(/Try again in 15 minutes/) });
    // Another account from those addresses is not affected (each address has one failure).
    expect((await throttle.check({ email: "other@example.org", ipAddress: "198.51.100.1" })).allowed).toBe(true);
    tick(15 * 60_000);
    expect((await throttle.check({ email, ipAddress: "198.51.100.251" })).allowed).toBe(true);
  });

  it("does not lock everyone when client addresses are unknown: only the per-account limits apply", async () => {
    for (let i = 0; i < SIGN_IN_THROTTLE.maxAddressFailures + 5; i++) {
      await throttle.recordFailure({ email: `user${i}@example.org`, ipAddress: UNKNOWN_ADDRESS });
    }
    expect((await throttle.check({ email: "fresh@example.org", ipAddress: UNKNOWN_ADDRESS })).allowed).toBe(true);
    // …whereas the same count from one known address locks that address.
    for (let i = 0; i < SIGN_IN_THROTTLE.maxAddressFailures; i++) {
      await throttle.recordFailure({ email: `spray${i}@example.org`, ipAddress: "203.0.113.50" });
    }
    expect((await throttle.check({ email: "fresh@example.org", ipAddress: "203.0.113.50" })).allowed).toBe(false);
  });

  it("a success clears that account's failures from that address", async () => {
    const key = { email: "typo@example.org", ipAddress: "192.0.2.10" };
    for (let i = 0; i < SIGN_IN_THROTTLE.maxAccountFailures - 1; i++) await throttle.recordFailure(key);
    await throttle.recordSuccess(key);
    await throttle.recordFailure(key);
    expect((await throttle.check(key)).allowed).toBe(true);
  });
});
