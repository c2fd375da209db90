import { isTRPCClientError } from "@trpc/client";

export interface ServerProblem {
  /** The server answered (the request was refused); false when the connection failed. */
  answered: boolean;
  /** tRPC's error code when the server answered (BAD_REQUEST, CONFLICT, NOT_FOUND …). */
  code: string | null;
  message: string;
}

/** What a failed import request means, in the API's own words when it answered. */
export function serverProblem(err: unknown): ServerProblem {
  if (isTRPCClientError(err)) {
    const data = err.data as
      | { code?: string; zodError?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> } | null }
      | undefined;
    if (data?.code) {
      const zod = data.zodError;
      const first = zod ? [...(zod.formErrors ?? []), ...Object.values(zod.fieldErrors ?? {}).flatMap((m) => m ?? [])][0] : undefined;
      return { answered: true, code: data.code, message: first ?? err.message };
    }
  }
  return {
    answered: false,
    code: null,
    message: "The server could not be reached (the connection failed or timed out).",
  };
}
