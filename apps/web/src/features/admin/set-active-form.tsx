"use client";

import type { UserView } from "@monitor/domain";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Button } from "~/components/ui/button";
import { DialogActions } from "~/components/ui/dialog";
import { FormAlert } from "~/components/ui/form-field";
import { ROLE_LABELS } from "~/features/auth/user-menu";
import { readServerError } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";
import { useUserChanged } from "./use-user-changed";

/** The confirm step for deactivating a user (signed out everywhere, cannot sign in) or reactivating one. */
export function SetActiveForm({ user, onDone, onCancel }: { user: UserView; onDone: (message: string) => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const userChanged = useUserChanged();
  const [formError, setFormError] = useState<string | null>(null);
  const activate = !user.active;
  const setActive = useMutation(
    trpc.users.setActive.mutationOptions({
      onSuccess: async (after) => {
        await userChanged();
        onDone(
          after.active
            ? `Reactivated ${after.name}. They can sign in again with their password.`
            : `Deactivated ${after.name}. They were signed out everywhere and cannot sign in until an admin reactivates the account.`,
        );
      },
    }),
  );

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFormError(null);
    try {
      await setActive.mutateAsync({ userId: user.id, active: activate });
    } catch (err) {
      setFormError(readServerError(err).message);
    }
  }

  return (
    <form onSubmit={onSubmit} aria-label={activate ? `Reactivate ${user.name}` : `Deactivate ${user.name}`} className="flex flex-col gap-4">
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      {activate ? (
        <p className="text-[13px] leading-relaxed">
          {user.email} will be able to sign in again with their current password, as {ROLE_LABELS[user.role].toLowerCase()}. If they have
          forgotten it, reset the password afterwards.
        </p>
      ) : (
        <ul className="flex list-disc flex-col gap-1 pl-5 text-[13px] leading-relaxed">
          <li>
            {user.email} is <strong className="font-semibold">signed out everywhere at once</strong>, on every device.
          </li>
          <li>They cannot sign in until an admin reactivates the account.</li>
          <li>Their account, role and the changes they made stay on record in the audit log.</li>
        </ul>
      )}
      <DialogActions>
        <Button variant="ghost" onClick={onCancel} data-autofocus>
          Cancel
        </Button>
        <Button type="submit" variant={activate ? "primary" : "danger"} disabled={setActive.isPending}>
          {setActive.isPending ? (activate ? "Reactivating…" : "Deactivating…") : activate ? "Reactivate" : "Deactivate and sign out"}
        </Button>
      </DialogActions>
    </form>
  );
}
