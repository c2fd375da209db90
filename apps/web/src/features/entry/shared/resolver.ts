/**
 * The resolver of the record forms: the domain schema, with zod's generic messages ("Too small: expected
 * number to be >=0") replaced by ones that say what to do. A schema's own messages ("Every record needs
 * at least one citation…") win over these.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

type Issue = z.core.$ZodRawIssue;

export function entryErrorMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if ((issue.expected as string) === "int") return "Enter a whole number.";
      if (issue.expected === "number") return "Enter a number (digits only), or leave it empty if the source gives none.";
      if (issue.expected === "string") return "Fill this in.";
      return undefined;
    case "too_small":
      if (issue.origin === "number") {
        return Number(issue.minimum) === 0
          ? "Enter 0 or more: a count cannot be negative. Leave it empty if the source gives no figure."
          : `Enter ${String(issue.minimum)} or more.`;
      }
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1 ? "Fill this in." : `Use at least ${String(issue.minimum)} characters.`;
      if (issue.origin === "array") return `Add at least ${String(issue.minimum)}.`;
      return undefined;
    case "too_big":
      if (issue.origin === "number") return `Enter ${String(issue.maximum)} or less; check the figure.`;
      if (issue.origin === "string") return `Keep this under ${String(issue.maximum)} characters.`;
      if (issue.origin === "array") return `No more than ${String(issue.maximum)} here; remove some.`;
      return undefined;
    case "not_multiple_of":
      return "Enter a whole number.";
    case "invalid_value":
      return "Choose one of the options.";
    default:
      return undefined;
  }
}

/** `zodResolver(schema)` with the messages above: `useForm({ resolver: recordResolver(Incident) })`. */
export function recordResolver<S extends z.ZodType>(schema: S): Resolver<z.input<S> & FieldValues, unknown, z.output<S>> {
  return zodResolver(schema as never, { error: (issue: Issue) => entryErrorMessage(issue) } as never) as never;
}
