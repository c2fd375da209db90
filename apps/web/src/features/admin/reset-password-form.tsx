"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { PASSWORD_MIN_LENGTH, ResetPasswordInput, type UserView } from "@monitor/domain";
import { useMutation } from "@tanstack/react-query";
import { KeyRound } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "~/components/ui/button";
import { DialogActions } from "~/components/ui/dialog";
import { FormAlert } from "~/components/ui/form-field";
import { applyServerError } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";
import { NewPasswordField } from "./new-password-field";
import { useUserChanged } from "./use-user-changed";

function sessionsSentence(n: number): string {
  if (n === 0) return "They had no open sessions.";
  return n === 1 ? "Their 1 open session was ended." : `Their ${n} open sessions were ended.`;
}

/** Sets a new password for a user: their sessions end, and the admin passes the password on. */
export function ResetPasswordForm({ user, onDone, onCancel }: { user: UserView; onDone: (message: string) => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const userChanged = useUserChanged();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<ResetPasswordInput>({ resolver: zodResolver(ResetPasswordInput), defaultValues: { userId: user.id, password: "" } });
  const reset = useMutation(
    trpc.users.resetPassword.mutationOptions({
      onSuccess: async ({ sessionsEnded }) => {
        await userChanged();
        onDone(
          `Set a new password for ${user.name}. ${sessionsSentence(sessionsEnded)} Pass the new password on to them yourself; it is not sent anywhere.`,
        );
      },
    }),
  );

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await reset.mutateAsync(values);
    } catch (err) {
      setFormError(applyServerError(err, setError, ["password"]));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Reset the password of ${user.name}`} className="flex flex-col gap-4">
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <ul className="flex list-disc flex-col gap-1 pl-5 text-[13px] leading-relaxed">
        <li>
          {user.email} is <strong className="font-semibold">signed out everywhere</strong> as soon as you save.
        </li>
        <li>Nothing is emailed: you must pass the new password on to them yourself, in person or by phone.</li>
        <li>They can then change it on their Account page.</li>
      </ul>
      <NewPasswordField
        label="New password"
        data-autofocus
        hint={`At least ${PASSWORD_MIN_LENGTH} characters; a few unrelated words make a good one.`}
        error={errors.password?.message}
        onSuggest={(password) => setValue("password", password, { shouldValidate: true })}
        {...register("password")}
      />
      <DialogActions>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          <KeyRound aria-hidden="true" />
          {isSubmitting ? "Saving…" : "Set password and sign them out"}
        </Button>
      </DialogActions>
    </form>
  );
}
