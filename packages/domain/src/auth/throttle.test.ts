import { describe, expect, it } from "vitest";
import { SIGN_IN_THROTTLE, throttleDecision, throttleMessage } from "./throttle";

const now = new Date("2025-03-01T12:00:00.000Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const MIN = 60_000;
const { windowMs, lockMs } = SIGN_IN_THROTTLE;

describe("throttleDecision", () => {
  it("allows an attempt with no failures", () => {
    expect(throttleDecision([], 5, now)).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });

  it("allows one failure fewer than the maximum", () => {
    const failures = [ago(1 * MIN), ago(2 * MIN), ago(3 * MIN), ago(4 * MIN)];
    expect(throttleDecision(failures, 5, now)).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });

  it("locks at the maximum, until lockMs after the most recent failure, whatever the order", () => {
    const failures = [ago(4 * MIN), ago(1 * MIN), ago(3 * MIN), ago(5 * MIN), ago(2 * MIN)];
    // The last failure was 1 minute ago: 14 minutes of the 15-minute lock remain.
    expect(throttleDecision(failures, 5, now)).toEqual({ allowed: false, retryAfterSeconds: 14 * 60 });
  });

  it("rounds the remaining lock up to whole seconds", () => {
    const failures = Array.from({ length: 5 }, () => ago(1500));
    expect(throttleDecision(failures, 5, now)).toEqual({ allowed: false, retryAfterSeconds: Math.ceil((lockMs - 1500) / 1000) });
    expect(throttleDecision(failures, 5, now).retryAfterSeconds).toBe(899);
    const justNow = Array.from({ length: 5 }, () => ago(1));
    expect(throttleDecision(justNow, 5, now)).toEqual({ allowed: false, retryAfterSeconds: 900 });
  });

  it("counts a failure exactly at now, but not one in the future", () => {
    expect(
      throttleDecision(
        Array.from({ length: 5 }, () => now),
        5,
        now,
      ),
    ).toEqual({ allowed: false, retryAfterSeconds: 900 });
    const future = new Date(now.getTime() + 1);
    expect(throttleDecision([...Array.from({ length: 4 }, () => now), future], 5, now)).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });

  it("ignores failures exactly at the window's start or before it", () => {
    const atEdge = [ago(windowMs), ago(1 * MIN), ago(2 * MIN), ago(3 * MIN), ago(4 * MIN)];
    expect(throttleDecision(atEdge, 5, now)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    const justInside = [ago(windowMs - 1), ago(1 * MIN), ago(2 * MIN), ago(3 * MIN), ago(4 * MIN)];
    expect(throttleDecision(justInside, 5, now)).toEqual({ allowed: false, retryAfterSeconds: 14 * 60 });
    const old = Array.from({ length: 10 }, (_, i) => ago(windowMs + i * MIN));
    expect(throttleDecision(old, 5, now)).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });

  it("lifts the lock once lockMs has passed since the last failure", () => {
    const rules = { ...SIGN_IN_THROTTLE, windowMs: 60 * MIN, lockMs: 10 * MIN };
    const failures = Array.from({ length: 5 }, (_, i) => ago(10 * MIN + i * MIN));
    // The last failure was exactly lockMs ago: the lock has just expired.
    expect(throttleDecision(failures, 5, now, rules)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    const oneMsEarlier = Array.from({ length: 5 }, (_, i) => ago(10 * MIN - 1 + i * MIN));
    expect(throttleDecision(oneMsEarlier, 5, now, rules)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it("uses the maximum it is given (account versus address)", () => {
    const failures = Array.from({ length: 29 }, (_, i) => ago(i * 1000 + 1000));
    expect(throttleDecision(failures, SIGN_IN_THROTTLE.maxAddressFailures, now).allowed).toBe(true);
    expect(throttleDecision(failures, SIGN_IN_THROTTLE.maxAccountFailures, now)).toEqual({ allowed: false, retryAfterSeconds: 899 });
    expect(throttleDecision([...failures, ago(500)], SIGN_IN_THROTTLE.maxAddressFailures, now)).toEqual({
      allowed: false,
      retryAfterSeconds: 900,
    });
  });
});

describe("throttleMessage", () => {
  it("says what happened and when to try again, in whole minutes rounded up", () => {
    expect(throttleMessage(900)).toBe("Too many failed sign-ins. Try again in 15 minutes, or ask an admin to reset your password.");
    expect(throttleMessage(841)).toBe("Too many failed sign-ins. Try again in 15 minutes, or ask an admin to reset your password.");
    expect(throttleMessage(840)).toBe("Too many failed sign-ins. Try again in 14 minutes, or ask an admin to reset your password.");
  });

  it("never says less than one minute, and uses the singular for one", () => {
    expect(throttleMessage(60)).toBe("Too many failed sign-ins. Try again in 1 minute, or ask an admin to reset your password.");
    expect(throttleMessage(1)).toBe("Too many failed sign-ins. Try again in 1 minute, or ask an admin to reset your password.");
    expect(throttleMessage(0)).toBe("Too many failed sign-ins. Try again in 1 minute, or ask an admin to reset your password.");
    expect(throttleMessage(61)).toBe("Too many failed sign-ins. Try again in 2 minutes, or ask an admin to reset your password.");
  });
});
