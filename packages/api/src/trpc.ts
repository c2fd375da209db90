/**
 * tRPC setup: one error middleware for every procedure, and the procedure bases.
 *
 * 1. CONTEXT — see context.ts; procedures read `ctx.db`, `ctx.session`, `ctx.now`.
 * 2. INITIALISATION — superjson transformer; the error formatter adds `zodError` (input schema
 *    failures, flattened per field) and `issues` (domain validation failures) for forms.
 * 3. PROCEDURES — publicProcedure (only the health check), protectedProcedure (a session is required;
 *    narrows ctx.user), roleProcedure(role) (the role or higher), and readProcedure (what dashboards read).
 *    The authorization matrix test (authz.integration.test.ts) declares the rule for every procedure.
 */
import { readDataVersion } from "@monitor/db";
import { hasRole, type Role } from "@monitor/domain";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import { canonicalJson } from "./answer-cache";
import type { Context } from "./context";
import { toTRPCError, validationIssues } from "./errors";
import { appToday } from "./today";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      data: {
        ...shape.data,
        zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
        issues: validationIssues(error),
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** The one place where errors become tRPC errors (no try/catch in procedures). */
const errorMiddleware = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && !(result.error.cause instanceof ZodError) && result.error.code === "INTERNAL_SERVER_ERROR") {
    throw toTRPCError(result.error.cause ?? result.error);
  }
  return result;
});

/** The path of the first string in `value` that holds a NUL character, or null (PostgreSQL text cannot store one). */
export function nulPath(value: unknown, path: (string | number)[] = [], depth = 0): (string | number)[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (depth > 20 || value === null || typeof value !== "object") return null;
  for (const [k, v] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    const found = nulPath(v, [...path, k], depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Text with a NUL character (\0) is refused before any procedure sees it: PostgreSQL cannot store it in
 * text, and it is never meaningful in names, notes or filters (it comes from a binary file or an attack).
 */
const textMiddleware = t.middleware(async ({ getRawInput, next }) => {
  const path = nulPath(await getRawInput());
  if (path) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `Remove the NUL character (\\0) from ${path.length ? path.join(".") : "the input"}: text cannot contain it.`,
    });
  }
  return next();
});

export const publicProcedure = t.procedure.use(errorMiddleware).use(textMiddleware);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return next({ ctx: { ...ctx, session: ctx.session, user: ctx.session.user } });
});

export function roleProcedure(role: Role) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (!hasRole(ctx.user.role, role)) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: `This needs the ${role} role; you are signed in as ${ctx.user.role}. Ask an admin if you need it.`,
      });
    }
    return next();
  });
}

/** What dashboards read: any signed-in user (the viewer role and up). Only sign-in and the health check are public. */
export const readProcedure = protectedProcedure;

/**
 * Wraps a read procedure's resolver in the answer cache (answer-cache.ts): the same question, asked by
 * the same role on the same day, is answered from the cache until the data changes. Only for answers
 * that depend on nothing but the input, the role, the date and the data (never on who the user is).
 */
export function cached<TOpts extends { ctx: Context; input: unknown; path: string }, TResult>(
  resolve: (opts: TOpts) => Promise<TResult> | TResult,
): (opts: TOpts) => Promise<TResult> {
  return async (opts) => {
    const { ctx } = opts;
    if (!ctx.answers) return resolve(opts);
    const role = ctx.session?.user.role ?? "anonymous";
    const key = [opts.path, role, appToday(ctx.now(), ctx.timeZone), canonicalJson(opts.input)].join("\u0000");
    return ctx.answers.answer(ctx.db, key, async () => resolve(opts), versionOfRequest(ctx));
  };
}

/**
 * The data version, read once per request: a page's batch of read calls shares one context, and reading
 * the version before the first of them is early enough for all (an answer is only ever filed under a
 * version read before it was computed).
 */
function versionOfRequest(ctx: Context): Promise<number> {
  ctx.request.dataVersion ??= readDataVersion(ctx.db);
  return ctx.request.dataVersion;
}
