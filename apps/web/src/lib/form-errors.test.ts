import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { applyServerError, readServerError } from "./form-errors";

/** A TRPCClientError as the client builds it from the server's error response. */
function serverError(code: string, message: string, extra: { issues?: unknown; zodError?: unknown } = {}) {
  return TRPCClientError.from({
    error: { code: -32600, message, data: { code, httpStatus: 400, path: "users.create", issues: null, zodError: null, ...extra } },
  });
}

describe("readServerError", () => {
  it("puts a domain validation issue on its field and keeps the summary for the form", () => {
    const err = serverError("BAD_REQUEST", "A user with the email a@example.org already exists.", {
      issues: [{ path: ["email"], message: "This email is already in use; find the user in the list instead." }],
    });
    expect(readServerError(err, ["email", "name"])).toEqual({
      fields: { email: "This email is already in use; find the user in the list instead." },
      message: "A user with the email a@example.org already exists.",
    });
  });

  it("adds issues about fields the form does not show to the form message", () => {
    const err = serverError("BAD_REQUEST", "You cannot deactivate your own account.", {
      issues: [{ path: ["userId"], message: "Ask another admin to deactivate this account." }],
    });
    expect(readServerError(err, [])).toEqual({
      fields: {},
      message: "You cannot deactivate your own account. Ask another admin to deactivate this account.",
    });
  });

  it("maps input-schema errors per field and never shows their raw text", () => {
    const err = serverError("BAD_REQUEST", '[{"code":"too_small","path":["password"]}]', {
      zodError: { formErrors: [], fieldErrors: { password: ["Use at least 12 characters.", "second"], role: ["Invalid option"] } },
    });
    expect(readServerError(err, ["password"])).toEqual({
      fields: { password: "Use at least 12 characters." },
      message: "Check the highlighted fields. Invalid option.",
    });
  });

  it("shows the message of a conflict, a refusal or a missing record as it is", () => {
    const err = serverError("CONFLICT", "a@example.org already has the editor role.");
    expect(readServerError(err, ["role"])).toEqual({ fields: {}, message: "a@example.org already has the editor role." });
  });

  it("asks to sign in again when the session has ended", () => {
    const err = serverError("UNAUTHORIZED", "Sign in to continue.");
    expect(readServerError(err).message).toBe(
      "Your session has ended (you were signed out, or your account changed). Sign in again to continue.",
    );
  });

  it("says the server cannot be reached when no tRPC answer came back", () => {
    const err = TRPCClientError.from(new TypeError("Failed to fetch"));
    expect(readServerError(err, ["email"])).toEqual({
      fields: {},
      message: "Cannot reach the server. Check your connection and try again.",
    });
  });

  it("falls back to a generic message for errors that are not from tRPC", () => {
    expect(readServerError(new Error("boom")).message).toBe(
      "Something went wrong on our side. Try again; if it keeps happening, tell an admin what you were doing.",
    );
  });
});

describe("applyServerError", () => {
  it("sets each known field's error, focuses only the first, and returns the form message", () => {
    const calls: unknown[][] = [];
    const setError = (...args: unknown[]) => {
      calls.push(args);
    };
    const err = serverError("BAD_REQUEST", "Check the form.", {
      issues: [
        { path: ["password"], message: "Too short." },
        { path: ["email"], message: "Already in use." },
      ],
    });
    const message = applyServerError<{ email: string; name: string; password: string }>(err, setError, ["email", "name", "password"]);
    expect(message).toBe("Check the form.");
    expect(calls).toEqual([
      ["email", { type: "server", message: "Already in use." }, { shouldFocus: true }],
      ["password", { type: "server", message: "Too short." }, { shouldFocus: false }],
    ]);
  });
});
