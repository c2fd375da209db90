"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { SignInInput } from "@monitor/domain";
import { LogIn } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "~/components/ui/button";
import { FormAlert, TextField } from "~/components/ui/form-field";
import { authClient } from "~/lib/auth-client";

/** What a failed sign-in says, by HTTP status: never which of email or password was wrong. */
export function signInErrorMessage(status: number, serverMessage: string | undefined): string {
  if (status === 401) return "Wrong email or password. Check both and try again.";
  if (status === 429) return serverMessage || "Too many sign-in attempts. Wait a few minutes and try again.";
  if (status === 403) return serverMessage || "This account cannot sign in. Ask an admin.";
  if (status === 0) return "Cannot reach the server. Check your connection and try again.";
  return "Sign-in failed on our side. Try again in a moment.";
}

export function SignInForm({ next }: { next: string }) {
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(SignInInput), defaultValues: { email: "", password: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      const { error } = await authClient.signIn.email({ email: values.email, password: values.password });
      if (error) {
        setServerError(signInErrorMessage(error.status, error.message));
        return;
      }
    } catch {
      setServerError(signInErrorMessage(0, undefined));
      return;
    }
    // A full navigation, so every server component renders for the new session.
    window.location.assign(next);
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Sign in">
      {serverError ? <FormAlert>{serverError}</FormAlert> : null}
      <TextField
        label="Email"
        type="email"
        autoComplete="username"
        autoFocus
        inputMode="email"
        error={errors.email?.message}
        {...register("email")}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...register("password")}
      />
      <Button type="submit" variant="primary" className="h-9" disabled={isSubmitting}>
        <LogIn aria-hidden="true" strokeWidth={1.75} />
        {isSubmitting ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
