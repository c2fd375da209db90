import "server-only";
import { withoutQueryParams } from "@monitor/api";
import pino from "pino";
import { serverEnv } from "~/env";

/**
 * The server's structured log: one JSON object per line on stdout (what log collectors read), with the
 * request id that proxy.ts gives every request (also sent back as `x-request-id`), durations in ms and
 * errors with their stack. Secrets never reach it: cookies and authorization headers are not logged.
 */
export const log = pino({
  level: serverEnv.LOG_LEVEL,
  base: { service: "militancy-monitor" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: { paths: ["cookie", "authorization", "*.cookie", "*.authorization", "password", "*.password"], censor: "[redacted]" },
  serializers: { err: (err: unknown) => withoutQueryParams(pino.stdSerializers.err(err as Error)) },
});

/** The request id proxy.ts set on the request (or "-" for a request that did not pass through it). */
export function requestIdOf(req: Request): string {
  return req.headers.get("x-request-id") ?? "-";
}
