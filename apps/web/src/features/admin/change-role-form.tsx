"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { SetRoleInput, type UserView } from "@monitor/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "~/components/ui/button";
import { DialogActions } from "~/components/ui/dialog";
import { FormAlert } from "~/components/ui/form-field";
import { ROLE_LABELS } from "~/features/auth/user-menu";
import { applyServerError } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";
import { RoleField } from "./role-field";
import { useUserChanged } from "./use-user-changed";

/** Picks a new role for a user and confirms it. The change applies from the user's next page load. */
export function ChangeRoleForm({
  user,
  isSelf,
  onDone,
  onCancel,
}: {
  user: UserView;
  isSelf: boolean;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const userChanged = useUserChanged();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<SetRoleInput>({ resolver: zodResolver(SetRoleInput), defaultValues: { userId: user.id, role: user.role } });
  const role = watch("role");
  const setRole = useMutation(
    trpc.users.setRole.mutationOptions({
      onSuccess: async (after) => {
        await userChanged();
        onDone(
          `${after.name} is now ${ROLE_LABELS[after.role].toLowerCase()} (was ${ROLE_LABELS[user.role].toLowerCase()}). The new role applies from their next page load.`,
        );
      },
    }),
  );

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    if (values.role === user.role) {
      setError("role", { message: `${user.name} already has this role. Pick another one, or cancel.` }, { shouldFocus: true });
      return;
    }
    try {
      await setRole.mutateAsync(values);
    } catch (err) {
      setFormError(applyServerError(err, setError, ["role"]));
    }
  });

  const losesAdmin = isSelf && user.role === "admin" && role !== "admin";
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Change the role of ${user.name}`} className="flex flex-col gap-4">
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <RoleField label="New role" value={role} data-autofocus error={errors.role?.message} {...register("role")} />
      {losesAdmin ? (
        <p className="rounded-md border border-warning/40 bg-warning-soft/60 px-3 py-2 text-[12.5px] text-foreground">
          This is your own account: you will no longer be able to manage users or read the audit log, and only another admin can give the
          role back.
        </p>
      ) : null}
      <DialogActions>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? "Changing…" : `Make ${ROLE_LABELS[role].toLowerCase()}`}
        </Button>
      </DialogActions>
    </form>
  );
}
