"use client";

import { WandSparkles } from "lucide-react";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { PasswordField, type PasswordFieldProps } from "~/features/account/password-field";
import { suggestPassword } from "./suggest-password";

export interface NewPasswordFieldProps extends Omit<PasswordFieldProps, "revealed" | "onRevealedChange"> {
  /** Receives a suggested password (the form sets it as the field's value); the field then shows it. */
  onSuggest: (password: string) => void;
}

/** A password an admin sets for someone else, with "Suggest a password" (shown once suggested, to pass on). */
export function NewPasswordField({ onSuggest, ...props }: NewPasswordFieldProps) {
  const [revealed, setRevealed] = useState(false);
  return (
    <div className="flex flex-col gap-1.5">
      <PasswordField autoComplete="new-password" revealed={revealed} onRevealedChange={setRevealed} {...props} />
      <Button
        variant="link"
        size="sm"
        className="self-start"
        onClick={() => {
          onSuggest(suggestPassword());
          setRevealed(true);
        }}
      >
        <WandSparkles aria-hidden="true" />
        Suggest a password
      </Button>
    </div>
  );
}
