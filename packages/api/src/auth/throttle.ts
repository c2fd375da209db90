import {
  clearSignInFailures,
  type Database,
  markSignedIn,
  pruneSignInAttempts,
  recentSignInFailures,
  recordSignInAttempt,
} from "@monitor/db";
import { SIGN_IN_THROTTLE, throttleDecision, throttleMessage } from "@monitor/domain";

export interface AttemptKey {
  email: string;
  /** The client address, or UNKNOWN_ADDRESS when it cannot be trusted or determined. */
  ipAddress: string;
}

/** Stored when the client address is unknown; the per-address rule is then skipped, since it would be everyone's. */
export const UNKNOWN_ADDRESS = "unknown";

/** Reads and records sign-in attempts; the decision itself is the domain's `throttleDecision`. */
export class SignInThrottle {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {}

  async check(key: AttemptKey): Promise<{ allowed: boolean; retryAfterSeconds: number; message: string }> {
    const now = this.now();
    const failures = await recentSignInFailures(this.db, key, new Date(now.getTime() - SIGN_IN_THROTTLE.windowMs));
    const account = throttleDecision(failures.account, SIGN_IN_THROTTLE.maxAccountFailures, now);
    const address =
      key.ipAddress === UNKNOWN_ADDRESS
        ? { allowed: true, retryAfterSeconds: 0 }
        : throttleDecision(failures.address, SIGN_IN_THROTTLE.maxAddressFailures, now);
    const anywhere = throttleDecision(failures.accountAnyAddress, SIGN_IN_THROTTLE.maxAccountFailuresAnyAddress, now);
    const decisions = [account, address, anywhere];
    const retryAfterSeconds = Math.max(...decisions.map((d) => d.retryAfterSeconds));
    const allowed = decisions.every((d) => d.allowed);
    return { allowed, retryAfterSeconds, message: allowed ? "" : throttleMessage(retryAfterSeconds) };
  }

  async recordFailure(key: AttemptKey): Promise<void> {
    await recordSignInAttempt(this.db, { ...key, succeeded: false, at: this.now() });
  }

  async recordSuccess(key: AttemptKey): Promise<void> {
    const now = this.now();
    await clearSignInFailures(this.db, key);
    await markSignedIn(this.db, key.email, now);
    await recordSignInAttempt(this.db, { ...key, succeeded: true, at: now });
    // Attempts older than a day are of no use to the throttle.
    await pruneSignInAttempts(this.db, new Date(now.getTime() - 24 * 60 * 60_000));
  }
}
