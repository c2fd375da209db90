"use client";

/**
 * The frame of every record form: a title, the messages for the whole form (a conflict with "Reload
 * latest", a refused save, a reminder to fix the marked fields), the fields, and Save / Cancel. It
 * provides the form to the shared fields (`FormProvider`), disables every field while saving, submits
 * on Ctrl/⌘+Enter from anywhere in the form, and warns before leaving with unsaved changes.
 */
import { RotateCw, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { type FormEventHandler, type ReactNode, useEffect, useRef } from "react";
import { type FieldValues, FormProvider, type UseFormReturn } from "react-hook-form";
import { Button, buttonVariants } from "~/components/ui/button";
import { FormAlert } from "~/components/ui/form-field";
import type { SaveRecordController } from "./use-save-record";

export interface RecordFormShellProps<V extends FieldValues> {
  // biome-ignore lint/suspicious/noExplicitAny: the shell only reads the form's state and gives it to the fields
  form: UseFormReturn<V, unknown, any>;
  /** `useSaveRecord`'s result (the shell reads its state and calls `reload`). */
  save: Pick<SaveRecordController<never>, "saving" | "reloading" | "conflict" | "formError" | "notice" | "reload">;
  /** Usually `form.handleSubmit((record) => save.submit(record))`. */
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The form's accessible name ("New incident", "Edit incident"). */
  label: string;
  /** Where Cancel goes (the record's page, or /admin). */
  cancelHref: string;
  submitLabel?: string;
  /** Extra work in progress (e.g. a duplicate check): disables the form like a save. */
  busy?: boolean;
  /** Shown left of Save/Cancel (e.g. "Checking for duplicates…"). */
  footerNote?: ReactNode;
  children: ReactNode;
}

export function RecordFormShell<V extends FieldValues>({
  form,
  save,
  onSubmit,
  label,
  cancelHref,
  submitLabel = "Save",
  busy,
  footerNote,
  children,
}: RecordFormShellProps<V>) {
  const ref = useRef<HTMLFormElement>(null);
  const {
    formState: { errors, submitCount, isSubmitting, isDirty },
  } = form;
  const working = isSubmitting || save.saving || busy === true;
  const hasFieldErrors = Object.keys(errors).length > 0;

  // Leaving the page (reload, closing the tab) with unsaved entries asks first.
  useEffect(() => {
    if (!isDirty || save.saving) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isDirty, save.saving]);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>("[data-autofocus]")?.focus();
  }, []);

  return (
    <FormProvider {...form}>
      <form
        ref={ref}
        aria-label={label}
        noValidate
        onSubmit={onSubmit}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            if (!working) ref.current?.requestSubmit();
          }
        }}
        className="flex flex-col gap-5"
      >
        {save.conflict ? (
          <div role="alert" className="flex flex-col gap-2 rounded-md border border-warning/40 bg-warning-soft px-3 py-2.5 text-[13px]">
            <p className="flex items-start gap-2">
              <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-warning" strokeWidth={2} />
              <span>{save.conflict}</span>
            </p>
            <div>
              <Button variant="secondary" size="sm" onClick={() => void save.reload()} disabled={save.reloading}>
                <RotateCw aria-hidden="true" />
                {save.reloading ? "Reloading…" : "Reload latest"}
              </Button>
            </div>
          </div>
        ) : null}
        {save.notice ? <FormAlert tone="success">{save.notice}</FormAlert> : null}
        {save.formError ? <FormAlert>{save.formError}</FormAlert> : null}
        {hasFieldErrors && submitCount > 0 && !save.formError ? (
          <FormAlert>Some fields need a fix before this can be saved: see the messages under them. Nothing was saved.</FormAlert>
        ) : null}

        <fieldset disabled={working} className="flex min-w-0 flex-col gap-5">
          {children}
        </fieldset>

        <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center justify-end gap-3 border-t border-border bg-background/95 px-1 py-3 backdrop-blur">
          {footerNote ? <div className="mr-auto text-[12.5px] text-muted-foreground">{footerNote}</div> : null}
          <span className="hidden text-[12px] text-muted-foreground sm:inline">Ctrl+Enter saves</span>
          <Link
            href={cancelHref}
            className={buttonVariants({ variant: "ghost" })}
            onClick={(e) => {
              if (isDirty && !window.confirm("Leave without saving? Your entries will be lost.")) e.preventDefault();
            }}
          >
            Cancel
          </Link>
          <Button type="submit" variant="primary" disabled={working}>
            {isSubmitting || save.saving ? "Saving…" : submitLabel}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
