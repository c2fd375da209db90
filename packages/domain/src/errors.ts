/**
 * Typed domain errors. The API's single error middleware maps `code` to a tRPC code;
 * messages are written for the person who will read them and say what to do next.
 */
export type DomainErrorCode = "NOT_FOUND" | "CONFLICT" | "FORBIDDEN" | "UNAUTHORIZED" | "VALIDATION";

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  constructor(code: DomainErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DomainError";
    this.code = code;
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, key: string) {
    super(
      "NOT_FOUND",
      `No ${entity} "${key}" exists. It may have been removed or the link is wrong; go back to the list and pick it again.`,
    );
    this.name = "NotFoundError";
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super("CONFLICT", message);
    this.name = "ConflictError";
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "Your role does not allow this. Ask an admin for a role that does.") {
    super("FORBIDDEN", message);
    this.name = "ForbiddenError";
  }
}

export class UnauthorizedError extends DomainError {
  constructor(message = "Sign in to continue.") {
    super("UNAUTHORIZED", message);
    this.name = "UnauthorizedError";
  }
}

/** A rule was broken. `issues` names the fields, so a form can show each message beside its field. */
export class ValidationError extends DomainError {
  readonly issues: { path: (string | number)[]; message: string }[];
  constructor(message: string, issues: { path: (string | number)[]; message: string }[] = []) {
    super("VALIDATION", message);
    this.name = "ValidationError";
    this.issues = issues;
  }
}
