"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { CreateUserInput, PASSWORD_MIN_LENGTH } from "@monitor/domain";
import { useMutation } from "@tanstack/react-query";
import { UserPlus } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "~/components/ui/button";
import { DialogActions } from "~/components/ui/dialog";
import { FormAlert, TextField } from "~/components/ui/form-field";
import { ROLE_LABELS } from "~/features/auth/user-menu";
import { applyServerError } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";
import { NewPasswordField } from "./new-password-field";
import { RoleField } from "./role-field";
import { useUserChanged } from "./use-user-changed";

const FIELDS = ["name", "email", "role", "password"] as const;

/** The "New user" form: name, email, role and a first password that the admin passes on. */
export function CreateUserForm({ onDone, onCancel }: { onDone: (message: string) => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const userChanged = useUserChanged();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<CreateUserInput>({
    resolver: zodResolver(CreateUserInput),
    defaultValues: { name: "", email: "", role: "viewer", password: "" },
  });
  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: async (user) => {
        await userChanged();
        onDone(
          `Created an account for ${user.name} (${user.email}) with the ${ROLE_LABELS[user.role].toLowerCase()} role. Pass the password on to them yourself; nothing is emailed. They can change it on their Account page.`,
        );
      },
    }),
  );

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await create.mutateAsync(values);
    } catch (err) {
      setFormError(applyServerError(err, setError, FIELDS));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="New user" className="flex flex-col gap-4">
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <TextField label="Name" autoComplete="off" data-autofocus error={errors.name?.message} {...register("name")} />
      <TextField
        label="Email"
        type="email"
        inputMode="email"
        autoComplete="off"
        hint="They sign in with it. Lower case is used for every comparison."
        error={errors.email?.message}
        {...register("email")}
      />
      <RoleField value={watch("role")} error={errors.role?.message} {...register("role")} />
      <NewPasswordField
        label="First password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. You pass it on to them yourself (in person or by phone); it is not emailed.`}
        error={errors.password?.message}
        onSuggest={(password) => setValue("password", password, { shouldValidate: true })}
        {...register("password")}
      />
      <DialogActions>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          <UserPlus aria-hidden="true" />
          {isSubmitting ? "Creating…" : "Create user"}
        </Button>
      </DialogActions>
    </form>
  );
}
