import { appRouter, createContext } from "@monitor/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getDb } from "~/server/db";

export const dynamic = "force-dynamic";

const handler = async (req: Request) => {
  let db: Awaited<ReturnType<typeof getDb>>;
  try {
    db = await getDb();
  } catch (err) {
    console.error("[api] cannot open the database:", err);
    return Response.json(
      [
        {
          error: {
            message: "The data store is unavailable. Try again in a moment.",
            code: -32603,
            data: { code: "SERVICE_UNAVAILABLE", httpStatus: 503 },
          },
        },
      ],
      { status: 503 },
    );
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createContext({ db: db.db, session: null }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[api] ${path ?? "?"}:`, error.cause ?? error);
    },
  });
};

export { handler as GET, handler as POST };
