import { appRouter, checkMutationOrigin, createContext, isDataStoreUnavailable, resolveSession } from "@monitor/api";
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { serverEnv } from "~/env";
import { getAuth } from "~/server/auth";
import { getAnswerCache, getDb } from "~/server/db";
import { log, requestIdOf } from "~/server/log";

export const dynamic = "force-dynamic";

const UNAVAILABLE = "The data store is unavailable. Try again in a moment.";

function errorResponse(message: string, code: string, httpStatus: number): Response {
  return Response.json([{ error: { message, code: -32603, data: { code, httpStatus } } }], { status: httpStatus });
}

/** Every call: one log line with the request id, the procedures, who called, the status and how long it took. */
const handler = async (req: Request) => {
  const started = performance.now();
  const reqId = requestIdOf(req);
  let userId: string | null = null;
  const procedures = new URL(req.url).pathname.replace(/^\/api\/trpc\//, "");
  const res = await handle(req, reqId, (id) => {
    userId = id;
  });
  const fields = { reqId, method: req.method, procedures, status: res.status, ms: Math.round(performance.now() - started), userId };
  if (res.status >= 500) log.warn(fields, "api request failed");
  else log.info(fields, "api request");
  res.headers.set("x-request-id", reqId);
  return res;
};

const handle = async (req: Request, reqId: string, seen: (userId: string | null) => void): Promise<Response> => {
  // CSRF: a state-changing request must come from the app's own pages.
  const refused = checkMutationOrigin(req, [...serverEnv.AUTH_TRUSTED_ORIGINS, ...(serverEnv.AUTH_URL ? [serverEnv.AUTH_URL] : [])]);
  if (refused) return errorResponse(refused, "FORBIDDEN", 403);

  let db: Awaited<ReturnType<typeof getDb>>;
  let auth: Awaited<ReturnType<typeof getAuth>>;
  try {
    db = await getDb();
    auth = await getAuth();
  } catch (err) {
    log.error({ reqId, err }, "cannot open the database");
    return errorResponse(UNAVAILABLE, "SERVICE_UNAVAILABLE", 503);
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => {
      const session = await resolveSession(auth, req.headers).catch((err: unknown) => {
        // Better Auth wraps a lost database in its own 500 ("Failed to get session"): say what it is.
        if (isDataStoreUnavailable(err)) throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: UNAVAILABLE, cause: err });
        throw err;
      });
      seen(session?.user.id ?? null);
      return createContext({ db: db.db, session, timeZone: serverEnv.APP_TIME_ZONE, answers: getAnswerCache() });
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") log.error({ reqId, procedure: path, err: error.cause ?? error }, "procedure failed");
      else if (error.code === "SERVICE_UNAVAILABLE") log.warn({ reqId, procedure: path, err: error.cause }, "data store unavailable");
    },
    responseMeta() {
      // Answers depend on who asks: never cache them in shared caches.
      return { headers: new Headers({ "cache-control": "private, no-store" }) };
    },
  });
};

export { handler as GET, handler as POST };
