import "server-only";
import { appRouter, createCaller, createContext } from "@monitor/api";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy, type TRPCQueryOptions } from "@trpc/tanstack-react-query";
import { redirect } from "next/navigation";
import { cache } from "react";
import { serverEnv } from "~/env";
import { signInHref } from "~/lib/safe-next";
import { getSession, requestedPath } from "~/server/auth";
import { getAnswerCache, getDb } from "~/server/db";
import { makeQueryClient } from "./query-client";

/**
 * One context per request (React `cache`), as the signed-in user of the request. Pages render beside
 * their layout, so a page's prefetch may run before the layout's session check: without a session it
 * sends the visitor to sign-in itself, rather than calling procedures that would refuse.
 */
const createRscContext = cache(async () => {
  const session = await getSession();
  if (!session) redirect(signInHref(await requestedPath()));
  return createContext({ db: (await getDb()).db, session, timeZone: serverEnv.APP_TIME_ZONE, answers: getAnswerCache() });
});

export const getQueryClient = cache(makeQueryClient);

/** For server components: `prefetch(trpc.groups.list.queryOptions({}))`, then `<HydrateClient>`. */
export const trpc = createTRPCOptionsProxy({ router: appRouter, ctx: createRscContext, queryClient: getQueryClient });

/** A direct server-side caller, for metadata and for data a server component renders itself. */
export const serverCaller = cache(async () => createCaller(await createRscContext()));

export function HydrateClient({ children }: { children: React.ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

// biome-ignore lint/suspicious/noExplicitAny: the options proxy's types are generic over every procedure
export function prefetch<T extends ReturnType<TRPCQueryOptions<any>>>(queryOptions: T) {
  void getQueryClient().prefetchQuery(queryOptions);
}

/** Prefetches and waits, so a page can fail into its error boundary instead of streaming a broken view. */
// biome-ignore lint/suspicious/noExplicitAny: as above
export async function ensure<T extends ReturnType<TRPCQueryOptions<any>>>(queryOptions: T) {
  return getQueryClient().ensureQueryData(queryOptions);
}
