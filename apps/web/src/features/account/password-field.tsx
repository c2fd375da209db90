"use client";

import { Eye, EyeOff } from "lucide-react";
import { type InputHTMLAttributes, type ReactNode, type Ref, useState } from "react";
import { Field, inputClassName } from "~/components/ui/form-field";
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
  const [ownRevealed, setOwnRevealed] = useState(false);
  const shown = revealed ?? ownRevealed;
  const setShown = onRevealedChange ?? setOwnRevealed;
  return (
    <Field label={label} error={error} hint={hint} id={id} className={className}>
      {(control) => (
        <div className="relative">
          <input
            {...control}
            type={shown ? "text" : "password"}
            spellCheck={false}
            autoCapitalize="off"
            className={cn(inputClassName, "pr-16 font-mono text-[13px]")}
            {...props}
          />
          <button
            type="button"
            aria-pressed={shown}
            aria-controls={control.id}
            onClick={() => setShown(!shown)}
            className="absolute top-1/2 right-1 inline-flex h-7 -translate-y-1/2 cursor-pointer items-center gap-1 rounded-[4px] px-1.5 text-[12px] font-medium text-muted-foreground hover:bg-surface-3 hover:text-foreground [&_svg]:size-3.5"
          >
            {shown ? <EyeOff aria-hidden="true" strokeWidth={1.75} /> : <Eye aria-hidden="true" strokeWidth={1.75} />}
            {shown ? "Hide" : "Show"}
            <span className="sr-only"> {label.toLowerCase()}</span>
          </button>
        </div>
      )}
    </Field>
  );
}
