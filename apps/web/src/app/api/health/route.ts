import { createCaller, createContext } from "@monitor/api";
import { getDb } from "~/server/db";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and uptime checks: 200 when the app can reach its database, 503 otherwise. Public. */
export async function GET(): Promise<Response> {
  try {
    const { db } = await getDb();
    const health = await createCaller(createContext({ db })).dataset.health();
    return Response.json(health, { headers: { "cache-control": "no-store" } });
  } catch {
    return Response.json(
      { ok: false, message: "The data store is unavailable." },
      { status: 503, headers: { "cache-control": "no-store" } },
    );
  }
}
