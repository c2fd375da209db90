"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { PASSWORD_MIN_LENGTH } from "@monitor/domain";
import { useMutation } from "@tanstack/react-query";
import { KeyRound } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "~/components/ui/button";
import { FormAlert } from "~/components/ui/form-field";
import { applyServerError } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";
import { ChangePasswordForm as FormSchema, toChangeOwnPasswordInput } from "./change-password-schema";
import { PasswordField } from "./password-field";

function endedSentence(n: number): string {
  if (n === 0) return "You had no other sessions open.";
  return n === 1 ? "Your 1 other session was signed out." : `Your ${n} other sessions were signed out.`;
}

/** Changes the signed-in user's password. This session stays signed in; every other one ends. */
export function ChangePasswordForm({ email }: { email: string }) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<FormSchema>({
    resolver: zodResolver(FormSchema),
    defaultValues: { currentPassword: "", newPassword: "", repeatPassword: "" },
  });
  const change = useMutation(trpc.users.changeOwnPassword.mutationOptions());

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setDone(null);
    try {
      const { sessionsEnded } = await change.mutateAsync(toChangeOwnPasswordInput(values));
      reset();
      setDone(`Password changed. You stay signed in here. ${endedSentence(sessionsEnded)} Use the new password from now on.`);
    } catch (err) {
      setFormError(applyServerError(err, setError, ["currentPassword", "newPassword"]));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change your password" className="flex max-w-sm flex-col gap-4">
      {/* For password managers: which account this password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      {/* Always present (announced when it fills); out of the layout while empty. */}
      <p role="status" className={done ? "rounded-md border border-success/40 bg-success-soft px-3 py-2 text-[13px]" : "sr-only"}>
        {done}
      </p>
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <PasswordField
        label="Current password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <PasswordField
        label="New password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters; a few unrelated words make a good one.`}
        error={errors.newPassword?.message}
        {...register("newPassword")}
      />
      <PasswordField
        label="Repeat new password"
        autoComplete="new-password"
        error={errors.repeatPassword?.message}
        {...register("repeatPassword")}
      />
      <p className="text-[12px] text-muted-foreground">Saving signs you out on every other device and browser; you stay signed in here.</p>
      <Button type="submit" variant="primary" className="self-start" disabled={isSubmitting}>
        <KeyRound aria-hidden="true" />
        {isSubmitting ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
