/**
 * Sign-in, sign-out and sessions, by Better Auth on our own tables (see @monitor/db schema/auth.ts).
 *
 * - Email and password only; sign-up is off (admins create users, or `pnpm user:create`).
 * - Passwords are hashed with scrypt (Better Auth's default; memory-hard, OWASP-listed).
 * - Sessions live in the database (7 days, renewed daily while used); no cookie cache, so a role
 *   change, a deactivation or a password reset takes effect on the very next request.
 * - Cookies are httpOnly, SameSite=Lax and Secure when the app is served over https (`__Secure-` prefix).
 * - Better Auth checks Origin and Fetch-Metadata on its own POST endpoints (CSRF); tRPC mutations are
 *   checked by `checkMutationOrigin` in ./csrf.ts.
 * - Failed sign-ins are throttled per account-and-address and per address (domain auth/throttle).
 */
import { accounts, type Database, isUserDeactivated, rateLimits, sessions, users, verifications } from "@monitor/db";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@monitor/domain";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware, getIP, isAPIError } from "better-auth/api";
import { type BetterAuthOptions, betterAuth } from "better-auth/minimal";
import { redactingAuthLog } from "../redact";
import { SignInThrottle, UNKNOWN_ADDRESS } from "./throttle";

export interface AuthOptions {
  db: Database;
  /** Signs cookies. AUTH_SECRET, or a per-database generated secret (see ./secret.ts). */
  secret: string;
  /** The public URL (https://monitor.example.org). Unset: taken from each request, for localhost use. */
  baseURL?: string;
  /** Extra origins allowed to post to the auth endpoints. */
  trustedOrigins?: string[];
  /** Force Secure cookies (default: when baseURL is https). */
  secureCookies?: boolean;
  /**
   * Addresses or CIDR ranges of the reverse proxies in front of the app, whose X-Forwarded-For entries
   * are trusted. Unset: a single-address X-Forwarded-For (what Next sets from the socket) is used.
   */
  trustedProxies?: string[];
  now?: () => Date;
}

export const SESSION_TTL_SECONDS = 60 * 60 * 24 * 7;

const LOCAL_HOSTS = ["localhost", "localhost:*", "127.0.0.1", "127.0.0.1:*", "[::1]", "[::1]:*"];

export function createAuth(options: AuthOptions) {
  const now = options.now ?? (() => new Date());
  const throttle = new SignInThrottle(options.db, now);
  const authOptions = {
    appName: "Militancy Monitor",
    secret: options.secret,
    // Unset: the app is reached on this machine only, and Better Auth takes the origin from the request
    // as long as it is a local host. A server reached by other names must set AUTH_URL.
    baseURL: options.baseURL ?? { allowedHosts: LOCAL_HOSTS, protocol: "http" },
    trustedOrigins: options.trustedOrigins,
    database: drizzleAdapter(options.db, {
      provider: "pg",
      schema: { user: users, session: sessions, account: accounts, verification: verifications, rateLimit: rateLimits },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      autoSignIn: false,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
    },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "viewer", input: false },
        deactivatedAt: { type: "date", required: false, input: false },
      },
    },
    session: { expiresIn: SESSION_TTL_SECONDS, updateAge: 60 * 60 * 24, cookieCache: { enabled: false } },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 600,
      customRules: { "/sign-in/email": { window: 60, max: 60 }, "/get-session": false },
    },
    advanced: {
      // Explicit, so the library's origin and CSRF checks never depend on NODE_ENV (they are off under "test" by default).
      disableOriginCheck: false,
      disableCSRFCheck: false,
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"], trustedProxies: options.trustedProxies },
      cookiePrefix: "monitor",
      useSecureCookies: options.secureCookies ?? options.baseURL?.startsWith("https://") ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    telemetry: { enabled: false },
    // Its error lines quote failed queries with their parameters (session tokens): redacted.
    logger: { log: redactingAuthLog },
    databaseHooks: {
      session: {
        create: {
          // Runs after the password was verified: a deactivated account gets no session.
          before: async (session: { userId: string }) => {
            if (await isUserDeactivated(options.db, session.userId)) {
              throw new APIError("FORBIDDEN", { message: "This account has been deactivated. Ask an admin to reactivate it." });
            }
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const key = attemptKey(ctx.body, ctx.request ?? ctx.headers, authOptions);
        if (!key) return;
        const decision = await throttle.check(key);
        if (!decision.allowed) {
          throw new APIError("TOO_MANY_REQUESTS", { message: decision.message }, { "Retry-After": String(decision.retryAfterSeconds) });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const key = attemptKey(ctx.body, ctx.request ?? ctx.headers, authOptions);
        if (!key) return;
        const returned = ctx.context.returned;
        if (!isAPIError(returned)) await throttle.recordSuccess(key);
        else if (returned.statusCode === 401) await throttle.recordFailure(key);
      }),
    },
  } satisfies BetterAuthOptions;
  return betterAuth(authOptions);
}

export type Auth = ReturnType<typeof createAuth>;

function attemptKey(body: unknown, req: Request | Headers | undefined, options: object): { email: string; ipAddress: string } | null {
  const email = (body as { email?: unknown } | undefined)?.email;
  if (typeof email !== "string" || email.length === 0 || email.length > 254) return null;
  const ipAddress = (req && getIP(req, options)) || UNKNOWN_ADDRESS;
  return { email: email.trim().toLowerCase(), ipAddress };
}
