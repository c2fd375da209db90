"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type SAVED_VIEW_PATHS, SavedViewInput } from "@monitor/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "~/components/ui/button";
import { DialogActions } from "~/components/ui/dialog";
import { FormAlert, TextField } from "~/components/ui/form-field";
import { applyServerError } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";

type Path = (typeof SAVED_VIEW_PATHS)[number];

/** The "Save this view" form of `SaveViewButton`, loaded on its own chunk when it is first needed. */
export function SaveViewForm({
  path,
  query,
  onDone,
  onCancel,
}: {
  path: Path;
  query: string;
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<SavedViewInput>({ resolver: zodResolver(SavedViewInput), defaultValues: { name: "", path, query } });
  // The dialog focuses [data-autofocus] when it opens; if this chunk arrived later than that, focus here.
  useEffect(() => {
    if (!document.activeElement?.closest("form")) setFocus("name");
  }, [setFocus]);
  const save = useMutation(trpc.dashboard.saveView.mutationOptions());
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const view = await save.mutateAsync(values);
      await queryClient.invalidateQueries({ queryKey: trpc.dashboard.views.queryKey() });
      onDone(view.name);
    } catch (err) {
      setFormError(applyServerError(err, setError, ["name"]));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Save this view" className="flex flex-col gap-4">
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      {errors.query?.message || errors.path?.message ? <FormAlert>{errors.query?.message ?? errors.path?.message}</FormAlert> : null}
      <TextField
        label="Name"
        placeholder="e.g. KP fatalities, Aug–Aug years"
        autoComplete="off"
        data-autofocus
        error={errors.name?.message}
        {...register("name")}
      />
      <p className="text-[12px] break-all text-muted-foreground">
        {path}
        {query ? `?${query}` : ""}
      </p>
      <DialogActions>
        <Button type="button" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          Save view
        </Button>
      </DialogActions>
    </form>
  );
}
