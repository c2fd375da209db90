import { appRouter, checkMutationOrigin, createContext, resolveSession } from "@monitor/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { serverEnv } from "~/env";
import { getAuth } from "~/server/auth";
import { getDb } from "~/server/db";

export const dynamic = "force-dynamic";

function errorResponse(message: string, code: string, httpStatus: number): Response {
  return Response.json([{ error: { message, code: -32603, data: { code, httpStatus } } }], { status: httpStatus });
}

const handler = async (req: Request) => {
  // CSRF: a state-changing request must come from the app's own pages.
  const refused = checkMutationOrigin(req, [...serverEnv.AUTH_TRUSTED_ORIGINS, ...(serverEnv.AUTH_URL ? [serverEnv.AUTH_URL] : [])]);
  if (refused) return errorResponse(refused, "FORBIDDEN", 403);

  let db: Awaited<ReturnType<typeof getDb>>;
  let auth: Awaited<ReturnType<typeof getAuth>>;
  try {
    db = await getDb();
    auth = await getAuth();
  } catch (err) {
    console.error("[api] cannot open the database:", err);
    return errorResponse("The data store is unavailable. Try again in a moment.", "SERVICE_UNAVAILABLE", 503);
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () =>
      createContext({ db: db.db, session: await resolveSession(auth, req.headers), timeZone: serverEnv.APP_TIME_ZONE }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[api] ${path ?? "?"}:`, error.cause ?? error);
    },
    responseMeta() {
      // Answers depend on who asks: never cache them in shared caches.
      return { headers: new Headers({ "cache-control": "private, no-store" }) };
    },
  });
};

export { handler as GET, handler as POST };
