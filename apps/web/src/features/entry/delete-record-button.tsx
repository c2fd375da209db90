"use client";

/**
 * Deletes a record to the trash (it can be restored from /admin/trash), against the version the editor
 * saw, with an optional reason kept with it. Asks first.
 */
import { RECORD_TYPE_LABELS, type RecordType } from "@monitor/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Dialog, DialogActions } from "~/components/ui/dialog";
import { Field, FormAlert, inputClassName } from "~/components/ui/form-field";
import { readServerError } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";

export function DeleteRecordButton({
  type,
  recordKey,
  label,
  version,
}: {
  type: RecordType;
  recordKey: string;
  label: string;
  version: number;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const del = useMutation(trpc.records.delete.mutationOptions());
  const what = RECORD_TYPE_LABELS[type].toLowerCase();

  async function confirm() {
    setError(null);
    try {
      await del.mutateAsync({ type, key: recordKey, expectedVersion: version, reason: reason.trim() || null });
      await queryClient.invalidateQueries();
      router.push("/admin/trash");
    } catch (err) {
      setError(readServerError(err).message);
    }
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        <Trash2 aria-hidden="true" />
        Delete
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={`Delete this ${what}?`}
        description={`“${label}” leaves every page and list. It is kept in the trash with its history and can be restored from there.`}
      >
        <form
          className="flex flex-col gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            void confirm();
          }}
        >
          {error ? <FormAlert>{error}</FormAlert> : null}
          <Field label="Reason (optional)" hint="Kept with the deleted record, e.g. “duplicate of …” or “source retracted”.">
            {(c) => (
              <textarea
                {...c}
                data-autofocus
                rows={2}
                maxLength={500}
                className={`${inputClassName} h-auto py-2`}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </Field>
          <DialogActions>
            <Button variant="ghost" onClick={() => setOpen(false)} disabled={del.isPending}>
              Keep it
            </Button>
            <Button type="submit" variant="danger" disabled={del.isPending}>
              {del.isPending ? "Deleting…" : `Delete ${what}`}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
