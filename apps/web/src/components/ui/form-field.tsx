import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { useId } from "react";
import { cn } from "~/lib/utils";

export const inputClassName = cn(
  "h-9 w-full min-w-0 rounded-md border border-border-strong/70 bg-surface px-2.5 text-[13.5px] text-foreground shadow-xs",
  "placeholder:text-subtle hover:border-border-strong disabled:cursor-not-allowed disabled:opacity-50",
  "focus-visible:border-ring aria-invalid:border-danger",
);

/** What a control inside a <Field> needs to be labelled and described. */
export interface FieldControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

export interface FieldProps {
  label: string;
  /** The field's error, shown under it and announced (aria-describedby). */
  error?: string;
  hint?: ReactNode;
  id?: string;
  className?: string;
  /** Renders the control with the id and aria attributes that tie it to the label, hint and error. */
  children: (control: FieldControlProps) => ReactNode;
}

/** The shell of every form field: label, control, hint and error, wired for screen readers. */
export function Field({ label, error, hint, id, className, children }: FieldProps) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={controlId} className="text-[12.5px] font-medium text-foreground">
        {label}
      </label>
      {children({ id: controlId, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {hint ? (
        <p id={hintId} className="text-[12px] text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-[12px] font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  error?: string;
  hint?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input with its hint and error. Works with react-hook-form's `register`. */
export function TextField({ label, error, hint, className, id, ...props }: TextFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} id={id} className={className}>
      {(control) => <input {...control} className={inputClassName} {...props} />}
    </Field>
  );
}

/** A message for the whole form (a server error), announced when it appears. */
export function FormAlert({ children, tone = "danger" }: { children: ReactNode; tone?: "danger" | "success" }) {
  return (
    <div
      role={tone === "danger" ? "alert" : "status"}
      className={cn(
        "rounded-md border px-3 py-2 text-[13px]",
        tone === "danger" ? "border-danger/40 bg-danger-soft text-danger" : "border-success/40 bg-success-soft text-foreground",
      )}
    >
      {children}
    </div>
  );
}
