import "server-only";
import { appRouter, createCaller, createContext } from "@monitor/api";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy, type TRPCQueryOptions } from "@trpc/tanstack-react-query";
import { cache } from "react";
import { getSession } from "~/server/auth";
import { getDb } from "~/server/db";
import { makeQueryClient } from "./query-client";

/** One context per request (React `cache`), as the signed-in user of the request. */
const createRscContext = cache(async () => createContext({ db: (await getDb()).db, session: await getSession() }));

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
