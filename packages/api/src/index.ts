import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root";
import { appRouter } from "./root";
import { createCallerFactory } from "./trpc";

export { AnswerCache, type AnswerCacheOptions, type AnswerCacheStats } from "./answer-cache";
export * from "./auth";
export { type Context, createContext, type Session } from "./context";
export { isDataStoreUnavailable } from "./errors";
export { withoutQueryParams } from "./redact";
export { type AppRouter, appRouter } from "./root";
export { createUser } from "./services/users";
export { appToday, DEFAULT_TIME_ZONE } from "./today";

/** Server-side caller (RSC and tests): `createCaller(createContext({ db, session }))`. */
export const createCaller = createCallerFactory(appRouter);

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
