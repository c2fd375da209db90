import { DomainError, ValidationError } from "@monitor/domain";
import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";

const CODE: Record<DomainError["code"], TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHORIZED: "UNAUTHORIZED",
  VALIDATION: "BAD_REQUEST",
};

/** Connection failures of either driver: the data store is down or unreachable, not a bug in the request. */
export function isDataStoreUnavailable(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    const message = e instanceof Error ? e.message : "";
    if (
      typeof code === "string" &&
      ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P02", "57P03", "08006", "08001", "08003"].includes(code)
    ) {
      return true;
    }
    if (
      /Connection terminated|connect ECONNREFUSED|PGlite is closed|Cannot use a pool after calling end|database system is (starting|shutting) up|encountered a connection error and is not queryable|terminating connection due to administrator command/i.test(
        message,
      )
    )
      return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Maps anything a procedure threw to a TRPCError whose message a user can act on. */
export function toTRPCError(err: unknown): TRPCError {
  if (err instanceof TRPCError) {
    if (err.cause && !(err.cause instanceof TRPCError) && err.code === "INTERNAL_SERVER_ERROR") return toTRPCError(err.cause);
    return err;
  }
  if (err instanceof DomainError) return new TRPCError({ code: CODE[err.code], message: err.message, cause: err });
  if (isDataStoreUnavailable(err)) {
    return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "The data store is unavailable. Try again in a moment.", cause: err });
  }
  console.error("[api] unexpected error:", err);
  return new TRPCError({
    code: "INTERNAL_SERVER_ERROR",
    message: "Something went wrong on our side. Try again; if it keeps happening, tell an admin what you were doing.",
    cause: err,
  });
}

export function validationIssues(err: unknown): { path: (string | number)[]; message: string }[] | null {
  const cause = err instanceof TRPCError ? err.cause : err;
  return cause instanceof ValidationError ? cause.issues : null;
}
