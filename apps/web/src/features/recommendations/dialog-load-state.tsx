"use client";

import { Button } from "~/components/ui/button";
import { DialogActions } from "~/components/ui/dialog";
import { FormAlert } from "~/components/ui/form-field";
import { Skeleton } from "~/components/ui/skeleton";
import { readServerError } from "~/lib/form-errors";

/**
 * What a dialog's form shows while the data it needs loads, or when that failed: the tracker's
 * status-update and edit dialogs both load before they can show their form.
 */
export function DialogLoadState({
  queries,
  label,
  onCancel,
}: {
  queries: readonly { error: unknown; refetch: () => unknown }[];
  /** For screen readers while loading: "Loading the form…". */
  label: string;
  onCancel: () => void;
}) {
  const error = queries.find((q) => q.error)?.error;
  if (error) {
    return (
      <div className="flex flex-col gap-3">
        <FormAlert>{readServerError(error).message}</FormAlert>
        <DialogActions>
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
          <Button
            variant="primary"
            onClick={() => {
              for (const q of queries) void q.refetch();
            }}
          >
            Try again
          </Button>
        </DialogActions>
      </div>
    );
  }
  return (
    <div aria-busy="true" className="flex flex-col gap-3">
      <span className="sr-only">{label}</span>
      <Skeleton className="h-4 w-2/3" />
      <Skeleton className="h-24 w-full" />
      <Skeleton className="h-16 w-full" />
    </div>
  );
}
