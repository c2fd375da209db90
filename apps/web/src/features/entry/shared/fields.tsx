"use client";

/**
 * Form fields for the record forms. Each reads the form from context (`RecordFormShell` provides it),
 * takes a field `name` (nested names such as `citations.0.quote` or `geography.province` work) and shows
 * that field's error under it, wired for screen readers by `Field`.
 *
 * Empty text, number and select values become `null` (the domain schemas' "not known"), so a form's
 * values parse with the same zod schema the server uses.
 */
import { type ReactNode, useState } from "react";
import { get, useController, useFormContext } from "react-hook-form";
import { Field, inputClassName } from "~/components/ui/form-field";
import { cn } from "~/lib/utils";

/** The message of a field's error, nested paths and array roots included ("Add at least one citation"). */
export function useFieldError(name: string): string | undefined {
  const {
    formState: { errors },
  } = useFormContext();
  const e = get(errors, name) as { message?: unknown; root?: { message?: unknown } } | undefined;
  if (!e) return undefined;
  if (typeof e.message === "string" && e.message) return e.message;
  if (typeof e.root?.message === "string") return e.root.message;
  return undefined;
}

/** "" → null, for nullable text fields. */
export const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
/** "" → null, anything else → a number (NaN stays NaN so the schema says "expected a number"). */
export const numberOrNull = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));

interface BaseProps {
  name: string;
  label: string;
  hint?: ReactNode;
  className?: string;
  /** Empty input → null (for nullable fields). */
  nullable?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  autoFocus?: boolean;
}

/** A one-line text (or date, url) input. */
export function TextInput({
  name,
  label,
  hint,
  className,
  nullable,
  type = "text",
  placeholder,
  ...rest
}: BaseProps & { type?: "text" | "url" | "date"; placeholder?: string }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(c) => (
        <input
          {...c}
          type={type}
          placeholder={placeholder}
          className={cn(inputClassName, rest.readOnly && "bg-surface-2 text-muted-foreground")}
          data-autofocus={rest.autoFocus ? true : undefined}
          disabled={rest.disabled}
          readOnly={rest.readOnly}
          {...register(name, nullable ? { setValueAs: emptyToNull } : {})}
        />
      )}
    </Field>
  );
}

/** A multi-line text. Ctrl/⌘+Enter submits the form (the shell listens for it). */
export function TextArea({ name, label, hint, className, nullable, rows = 3, ...rest }: BaseProps & { rows?: number }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(c) => (
        <textarea
          {...c}
          rows={rows}
          className={cn(inputClassName, "h-auto py-2 leading-relaxed")}
          disabled={rest.disabled}
          readOnly={rest.readOnly}
          {...register(name, nullable ? { setValueAs: emptyToNull } : {})}
        />
      )}
    </Field>
  );
}

/** A number input. With `nullable`, empty means "not known" (null); otherwise empty is an error. */
export function NumberInput({ name, label, hint, className, nullable, step, min, ...rest }: BaseProps & { step?: string; min?: number }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(c) => (
        <input
          {...c}
          type="number"
          inputMode="decimal"
          step={step ?? "1"}
          min={min}
          className={cn(inputClassName, "tabular-nums")}
          disabled={rest.disabled}
          {...register(name, { setValueAs: nullable ? numberOrNull : (v) => (v === "" ? Number.NaN : Number(v)) })}
        />
      )}
    </Field>
  );
}

/** A native select over fixed options: `options` as [value, label] pairs; `empty` adds a "none" choice (null). */
export function SelectInput({
  name,
  label,
  hint,
  className,
  options,
  empty,
  ...rest
}: Omit<BaseProps, "nullable"> & { options: readonly (readonly [string, string])[]; empty?: string }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(c) => (
        <select
          {...c}
          className={inputClassName}
          disabled={rest.disabled}
          {...register(name, empty !== undefined ? { setValueAs: emptyToNull } : {})}
        >
          {empty !== undefined ? <option value="">{empty}</option> : null}
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A checkbox with its label beside it. */
export function CheckboxInput({ name, label, hint, className }: Omit<BaseProps, "nullable">) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label className="flex items-start gap-2 text-[13px]">
        <input type="checkbox" className="mt-0.5 size-3.5 accent-accent" {...register(name)} />
        <span>
          <span className="font-medium">{label}</span>
          {hint ? <span className="block text-[12px] text-muted-foreground">{hint}</span> : null}
        </span>
      </label>
      {error ? <p className="text-[12px] font-medium text-danger">{error}</p> : null}
    </div>
  );
}

/** A titled group of fields (a <fieldset> with a legend), for sections of a long form. */
export function FormSection({
  title,
  description,
  children,
  className,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <fieldset className={cn("flex min-w-0 flex-col gap-3 rounded-lg border border-border bg-surface px-4 pt-2 pb-4", className)}>
      <legend className="px-1 text-[13px] font-semibold">{title}</legend>
      {description ? <p className="-mt-1 text-[12.5px] text-muted-foreground">{description}</p> : null}
      {children}
    </fieldset>
  );
}

/** One entry per line, blank lines and surrounding spaces dropped. */
export const splitLines = (text: string): string[] =>
  text
    .split("\n")
    .map((s) => s.trim())
    .filter(Boolean);

const sameLines = (a: readonly string[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => typeof b[i] === "string" && x === (b[i] as string).trim());

/**
 * The text of a one-per-line list field, bound to the form's string[] value. What is typed is kept as
 * typed (blank lines, a trailing newline) while it means the same list as the form's value; when the
 * value changes from elsewhere (the form is reset, "Reload latest" after a conflict), the text follows it.
 */
export function useLinesText(name: string) {
  const { field } = useController({ name });
  const value: readonly unknown[] = Array.isArray(field.value) ? (field.value as unknown[]) : [];
  const [typed, setTyped] = useState(() => value.join("\n"));
  const text = sameLines(splitLines(typed), value) ? typed : value.join("\n");
  return {
    field,
    text,
    onChange: (next: string) => {
      setTyped(next);
      field.onChange(splitLines(next));
    },
  };
}

/** A list of short texts (authors, aliases) edited as one per line; stores a string[] without empty lines. */
export function LinesInput({ name, label, hint, className, rows = 3 }: Omit<BaseProps, "nullable"> & { rows?: number }) {
  const { field, text, onChange } = useLinesText(name);
  const error = useFieldError(name);
  return (
    <Field label={label} hint={hint ?? "One per line."} error={error} className={className}>
      {(c) => (
        <textarea
          {...c}
          ref={field.ref}
          name={field.name}
          rows={rows}
          className={cn(inputClassName, "h-auto py-2 leading-relaxed")}
          value={text}
          onBlur={field.onBlur}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
