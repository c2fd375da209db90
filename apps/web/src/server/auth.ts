import "server-only";
import { type Auth, createAuth, isDataStoreUnavailable, resolveAuthSecret, resolveSession, type Session } from "@monitor/api";
import { headers } from "next/headers";
import { cache } from "react";
import { serverEnv } from "~/env";
import { getDb } from "./db";
import { log } from "./log";

const globalForAuth = globalThis as unknown as { monitorAuth?: Promise<Auth> };

/** One Better Auth instance per server process, on the same database handle as the API. */
export function getAuth(): Promise<Auth> {
  if (!globalForAuth.monitorAuth) {
    const pending = (async () => {
      const { db } = await getDb();
      const secret = await resolveAuthSecret(db, serverEnv.AUTH_SECRET);
      return createAuth({
        db,
        secret,
        baseURL: serverEnv.AUTH_URL,
        trustedOrigins: serverEnv.AUTH_TRUSTED_ORIGINS,
        trustedProxies: serverEnv.AUTH_TRUSTED_PROXIES.length ? serverEnv.AUTH_TRUSTED_PROXIES : undefined,
      });
    })();
    globalForAuth.monitorAuth = pending;
    pending.catch(() => {
      if (globalForAuth.monitorAuth === pending) globalForAuth.monitorAuth = undefined;
    });
  }
  return globalForAuth.monitorAuth;
}

/** The signed-in user of the current request (server components), read once per request. */
export const getSession = cache(async (): Promise<Session | null> => {
  const auth = await getAuth();
  const requestHeaders = await headers();
  try {
    return await resolveSession(auth, requestHeaders);
  } catch (err) {
    // Better Auth reports a lost database as "Failed to get session", its cause holding the failed query
    // and its parameters (the session token): the page fails with what happened, the log without secrets.
    if (!isDataStoreUnavailable(err)) throw err;
    log.warn({ reqId: requestHeaders.get("x-request-id") ?? "-", err }, "data store unavailable");
    throw new Error("The data store is unavailable. Try again in a moment.");
  }
});

/** The path the proxy saw, so a server component can send an anonymous visitor back to it after sign-in. */
export async function requestedPath(): Promise<string> {
  return (await headers()).get("x-monitor-path") ?? "/";
}
