/**
 * Throttling of failed sign-ins. Pure: the caller reads recent failures from the database and asks
 * whether the next attempt may go ahead.
 *
 * Three keys: the account from one address (a person mistyping, or a guesser on one account), the
 * address across all accounts (password spraying), and the account across all addresses (a guesser
 * rotating addresses). The first is low so a guesser gets few tries; the last is higher so that a
 * stranger elsewhere cannot easily lock a colleague out of their own account.
 */
export const SIGN_IN_THROTTLE = {
  /** Failures of one account from one address within the window before the pair is locked. */
  maxAccountFailures: 5,
  /** Failures of one account from any addresses within the window before the account is locked. */
  maxAccountFailuresAnyAddress: 20,
  /** Failures from one address (any accounts) within the window before the address is locked. */
  maxAddressFailures: 30,
  windowMs: 15 * 60_000,
  /** How long a lock lasts, counted from the last failure. */
  lockMs: 15 * 60_000,
} as const;

export type ThrottleRules = typeof SIGN_IN_THROTTLE;

export interface ThrottleDecision {
  allowed: boolean;
  /** Whole seconds until an attempt is allowed again (0 when allowed). */
  retryAfterSeconds: number;
}

/** `failures` are the times of failed attempts for one key, in any order. */
export function throttleDecision(
  failures: readonly Date[],
  max: number,
  now: Date,
  rules: ThrottleRules = SIGN_IN_THROTTLE,
): ThrottleDecision {
  const since = now.getTime() - rules.windowMs;
  const recent = failures.map((d) => d.getTime()).filter((t) => t > since && t <= now.getTime());
  if (recent.length < max) return { allowed: true, retryAfterSeconds: 0 };
  const last = Math.max(...recent);
  const until = last + rules.lockMs;
  if (until <= now.getTime()) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) };
}

/** The message a person sees when throttled: what happened and when to try again. */
export function throttleMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or ask an admin to reset your password.`;
}
