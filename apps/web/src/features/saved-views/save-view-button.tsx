"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { SAVED_VIEW_PATHS, SavedViewInput } from "@monitor/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { BookmarkPlus, Check } from "lucide-react";
import { usePathname, useSearchParams } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "~/components/ui/button";
import { Dialog, DialogActions } from "~/components/ui/dialog";
import { FormAlert, TextField } from "~/components/ui/form-field";
import { applyServerError } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";

type Path = (typeof SAVED_VIEW_PATHS)[number];
const isSavable = (p: string): p is Path => (SAVED_VIEW_PATHS as readonly string[]).includes(p);

/**
 * "Save view" in the sidebar: names the current dashboard page with its filters (the URL) and keeps it
 * for the signed-in user; the overview lists saved views. Shown only on pages a view can be saved of.
 */
export function SaveViewButton() {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  if (!isSavable(pathname)) return null;
  const query = searchParams.toString();
  return (
    <div className="px-3 pb-2">
      <Button
        variant="ghost"
        className="w-full justify-start gap-2"
        onClick={() => {
          setSaved(null);
          setOpen(true);
        }}
      >
        {saved ? <Check aria-hidden="true" className="size-4 text-success" /> : <BookmarkPlus aria-hidden="true" className="size-4" />}
        {saved ? "View saved" : "Save view"}
      </Button>
      <p role="status" className="sr-only">
        {saved ? `Saved the view “${saved}”. It is listed on the overview.` : ""}
      </p>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="Save this view"
        description="Keeps this page with its current filters under a name, listed on the overview for you alone."
      >
        <SaveViewForm
          path={pathname}
          query={query}
          onCancel={() => setOpen(false)}
          onDone={(name) => {
            setSaved(name);
            setOpen(false);
          }}
        />
      </Dialog>
    </div>
  );
}

function SaveViewForm({
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
    formState: { errors, isSubmitting },
  } = useForm<SavedViewInput>({ resolver: zodResolver(SavedViewInput), defaultValues: { name: "", path, query } });
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
