"use client";

import { Eye, EyeOff } from "lucide-react";
import { type InputHTMLAttributes, type ReactNode, type Ref, useId, useState } from "react";
import { inputClassName } from "~/components/ui/form-field";
import { cn } from "~/lib/utils";

export interface PasswordFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  label: string;
  error?: string;
  hint?: ReactNode;
  /** Show the characters. Controlled when given (with `onRevealedChange`); otherwise the field keeps its own state. */
  revealed?: boolean;
  onRevealedChange?: (revealed: boolean) => void;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled password input with a Show/Hide button, its hint and its error. Works with react-hook-form's `register`. */
export function PasswordField({ label, error, hint, revealed, onRevealedChange, className, id, ...props }: PasswordFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const [ownRevealed, setOwnRevealed] = useState(false);
  const shown = revealed ?? ownRevealed;
  const setShown = onRevealedChange ?? setOwnRevealed;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={inputId} className="text-[12.5px] font-medium text-foreground">
        {label}
      </label>
      <div className="relative">
        <input
          id={inputId}
          type={shown ? "text" : "password"}
          spellCheck={false}
          autoCapitalize="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={cn(inputClassName, "pr-16 font-mono text-[13px]")}
          {...props}
        />
        <button
          type="button"
          aria-pressed={shown}
          aria-controls={inputId}
          onClick={() => setShown(!shown)}
          className="absolute top-1/2 right-1 inline-flex h-7 -translate-y-1/2 cursor-pointer items-center gap-1 rounded-[4px] px-1.5 text-[12px] font-medium text-muted-foreground hover:bg-surface-3 hover:text-foreground [&_svg]:size-3.5"
        >
          {shown ? <EyeOff aria-hidden="true" strokeWidth={1.75} /> : <Eye aria-hidden="true" strokeWidth={1.75} />}
          {shown ? "Hide" : "Show"}
          <span className="sr-only"> {label.toLowerCase()}</span>
        </button>
      </div>
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
