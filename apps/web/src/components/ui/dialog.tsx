"use client";

import { X } from "lucide-react";
import { createContext, type ReactNode, type RefObject, useContext, useEffect, useId, useRef } from "react";
import { Button } from "~/components/ui/button";
import { cn } from "~/lib/utils";

export type DialogSize = "md" | "lg";

const SIZES: Record<DialogSize, string> = {
  md: "w-[min(30rem,calc(100vw-2rem))]",
  lg: "w-[min(44rem,calc(100vw-2rem))]",
};

export interface DialogProps {
  open: boolean;
  /** Called when the dialog closes by itself: Escape, the close button, or a Cancel button calling it. */
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /** Where focus goes when the dialog closes and the element that opened it is gone or was never focused (a mouse drag). */
  fallbackFocus?: RefObject<HTMLElement | null>;
  size?: DialogSize;
  className?: string;
}

/** Set by a form inside a dialog: returns false to keep the dialog open (unsaved entries). */
type CloseGuard = RefObject<(() => boolean) | null>;
const CloseGuardContext = createContext<CloseGuard | null>(null);

/**
 * Asks before Escape or the close button throw away what a user typed in a dialog's form. `dirty` is
 * the form's own "has unsaved changes" (react-hook-form's isDirty); a deliberate Cancel still closes.
 */
export function useDialogCloseGuard(dirty: boolean, message = "Discard what you entered? It has not been saved.") {
  const guard = useContext(CloseGuardContext);
  useEffect(() => {
    if (!guard) return;
    guard.current = () => !dirty || window.confirm(message);
    return () => {
      guard.current = null;
    };
  }, [guard, dirty, message]);
}

/**
 * A modal on the native <dialog>: the browser traps focus, makes the page behind it inert, and closes it on
 * Escape. Its content mounts only while open, so a form inside starts fresh each time. The element marked
 * `data-autofocus` takes focus on open (a form that loads its data first focuses its own first field); on
 * close, focus returns to the element that opened it.
 */
export function Dialog({ open, onClose, title, description, children, fallbackFocus, size = "md", className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const descriptionId = useId();
  const guard = useRef<(() => boolean) | null>(null);
  const mayClose = () => guard.current?.() ?? true;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const active = document.activeElement;
      returnTo.current = active instanceof HTMLElement && active !== document.body ? active : null;
      dialog.showModal();
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  function restoreFocus() {
    const target = returnTo.current?.isConnected ? returnTo.current : fallbackFocus?.current;
    returnTo.current = null;
    target?.focus();
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(e) => {
        // Escape: kept open when the form inside has unsaved entries and the user says so.
        if (!mayClose()) e.preventDefault();
      }}
      onClose={() => {
        restoreFocus();
        if (open) onClose();
      }}
      className={cn(
        "m-auto max-h-[calc(100dvh-2rem)] rounded-lg border border-border-strong/70 bg-surface p-0 text-foreground",
        "shadow-[0_16px_48px_-12px_rgb(0_0_0/0.35)] backdrop:bg-black/45",
        SIZES[size],
        className,
      )}
    >
      {open ? (
        <CloseGuardContext.Provider value={guard}>
          <div className="flex flex-col gap-4 p-5">
            <div className="flex items-start justify-between gap-4">
              <div className="flex min-w-0 flex-col gap-1">
                <h2 id={titleId} className="text-[15px] leading-6 font-semibold tracking-[-0.01em]">
                  {title}
                </h2>
                {description ? (
                  <div id={descriptionId} className="text-[12.5px] leading-relaxed text-muted-foreground">
                    {description}
                  </div>
                ) : null}
              </div>
              <Button variant="ghost" size="icon-sm" className="-mt-1 -mr-2" onClick={() => mayClose() && onClose()} title="Close (Esc)">
                <X aria-hidden="true" />
                <span className="sr-only">Close</span>
              </Button>
            </div>
            {children}
          </div>
        </CloseGuardContext.Provider>
      ) : null}
    </dialog>
  );
}

/** The button row at the foot of a dialog's form: Cancel on the left of the action, as the platform does. */
export function DialogActions({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cn("flex flex-wrap items-center justify-end gap-2 border-t border-border pt-4", className)}>{children}</div>;
}
