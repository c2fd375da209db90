import { isTRPCClientError } from "@trpc/client";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/** What a failed request said, split into a message per form field and one message for the whole form. */
export interface ServerError {
  /** Field name → message, for the fields the form shows. */
  fields: Record<string, string>;
  /** One message for the form alert: what went wrong and what to do next. */
  message: string;
}

const UNREACHABLE = "Cannot reach the server. Check your connection and try again.";
const UNEXPECTED = "Something went wrong on our side. Try again; if it keeps happening, tell an admin what you were doing.";
const SIGNED_OUT = "Your session has ended (you were signed out, or your account changed). Sign in again to continue.";
const CHECK_FIELDS = "Check the highlighted fields.";

interface ErrorData {
  code?: unknown;
  /** Domain validation failures (`ValidationError`), one per field. */
  issues?: unknown;
  /** Input schema failures, flattened per field (`z.flattenError`). */
  zodError?: unknown;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

function domainIssues(data: ErrorData): { field: string | null; message: string }[] {
  if (!Array.isArray(data.issues)) return [];
  return data.issues.flatMap((i: unknown) => {
    if (!isRecord(i) || typeof i.message !== "string") return [];
    const first = Array.isArray(i.path) ? i.path[0] : undefined;
    return [{ field: typeof first === "string" ? first : null, message: i.message }];
  });
}

function zodIssues(data: ErrorData): { field: string | null; message: string }[] | null {
  if (!isRecord(data.zodError)) return null;
  const { formErrors, fieldErrors } = data.zodError;
  const out: { field: string | null; message: string }[] = [];
  if (Array.isArray(formErrors)) for (const m of formErrors) if (typeof m === "string") out.push({ field: null, message: m });
  if (isRecord(fieldErrors)) {
    for (const [field, messages] of Object.entries(fieldErrors)) {
      const first = Array.isArray(messages) ? messages.find((m): m is string => typeof m === "string") : undefined;
      if (first) out.push({ field, message: first });
    }
  }
  return out;
}

/** Joins sentences, skipping repeats: "You cannot deactivate your own account. Ask another admin…". */
function sentences(parts: readonly string[]): string {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const p of parts.map((s) => s.trim()).filter(Boolean)) {
    if (seen.has(p)) continue;
    seen.add(p);
    kept.push(/[.!?]$/.test(p) ? p : `${p}.`);
  }
  return kept.join(" ");
}

/**
 * Reads a failed tRPC call. Messages about `fields` the form shows go to those fields; messages about
 * anything else (e.g. `userId` on a form without that field) join the form-level message. The raw text of
 * an input-schema failure is never shown: it is meant for developers.
 */
export function readServerError(err: unknown, fields: readonly string[] = []): ServerError {
  if (!isTRPCClientError(err)) return { fields: {}, message: UNEXPECTED };
  const raw: unknown = err.data;
  // No error shape: the request never got a tRPC answer (offline, proxy error, server down).
  if (!isRecord(raw)) return { fields: {}, message: UNREACHABLE };
  const data: ErrorData = raw;
  if (data.code === "UNAUTHORIZED") return { fields: {}, message: SIGNED_OUT };

  const known = new Set(fields);
  const fromZod = zodIssues(data);
  const issues = fromZod ?? domainIssues(data);
  const out: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const issue of issues) {
    if (issue.field !== null && known.has(issue.field)) out[issue.field] ??= issue.message;
    else elsewhere.push(issue.message);
  }
  const hasFieldErrors = Object.keys(out).length > 0;
  const lead = fromZod ? (hasFieldErrors ? CHECK_FIELDS : "") : err.message;
  return { fields: out, message: sentences([lead, ...elsewhere]) || (hasFieldErrors ? CHECK_FIELDS : UNEXPECTED) };
}

/**
 * Puts a failed mutation's field messages on a react-hook-form form (focusing the first) and returns
 * the message for the form alert.
 */
export function applyServerError<T extends FieldValues>(err: unknown, setError: UseFormSetError<T>, fields: readonly Path<T>[]): string {
  const { fields: messages, message } = readServerError(err, fields);
  let first = true;
  for (const field of fields) {
    const m = messages[field];
    if (m === undefined) continue;
    setError(field, { type: "server", message: m }, { shouldFocus: first });
    first = false;
  }
  return message;
}
