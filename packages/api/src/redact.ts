/**
 * A failed query's error carries the statement's parameters (Drizzle puts them in its message as
 * "params: …", and in `params`): session tokens, password hashes, whatever was being written. Logs keep
 * the statement and drop the values, in the message, the stack and every cause.
 */
export function withoutQueryParams<T>(value: T, depth = 0): T {
  if (typeof value === "string") return value.replace(/^(\s*params:).*$/gm, "$1 [redacted]") as T;
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) return withoutQueryParams(plainError(value), depth) as T;
  if (Array.isArray(value)) return value.map((v) => withoutQueryParams(v, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = k === "params" ? "[redacted]" : withoutQueryParams(v, depth + 1);
  return out as T;
}

/** An error as a plain object (name, message, stack, code, cause), so its text can be redacted and logged. */
function plainError(err: Error): Record<string, unknown> {
  const code = (err as { code?: unknown }).code;
  return {
    name: err.name,
    message: err.message,
    stack: err.stack,
    ...(code !== undefined ? { code } : {}),
    ...(err.cause !== undefined ? { cause: err.cause } : {}),
  };
}

/**
 * Better Auth's logger, with query parameters redacted: its own error lines quote the failed query,
 * session token included, when the database is lost.
 */
export function redactingAuthLog(level: "info" | "warn" | "error" | "debug", message: string, ...args: unknown[]): void {
  const write = level === "error" ? console.error : level === "warn" ? console.warn : console.log;
  write(`[Better Auth]: ${withoutQueryParams(message)}`, ...args.map((a) => withoutQueryParams(a)));
}
