import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { useId } from "react";
import { cn } from "~/lib/utils";

export const inputClassName = cn(
  "h-9 w-full min-w-0 rounded-md border border-border-strong/70 bg-surface px-2.5 text-[13.5px] text-foreground shadow-xs",
  "placeholder:text-subtle hover:border-border-strong disabled:cursor-not-allowed disabled:opacity-50",
  "focus-visible:border-ring aria-invalid:border-danger",
);

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  /** The field's error, shown under it and announced (aria-describedby). */
  error?: string;
  hint?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input with its hint and error, wired for screen readers. Works with react-hook-form's `register`. */
export function TextField({ label, error, hint, className, id, ...props }: TextFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={inputId} className="text-[12.5px] font-medium text-foreground">
        {label}
      </label>
      <input id={inputId} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={inputClassName} {...props} />
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
