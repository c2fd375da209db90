"use client";

import { CircleCheck, X } from "lucide-react";
import type { Ref } from "react";
import { cn } from "~/lib/utils";

/**
 * The outcome of the last action, in a live region that is always present, so screen readers announce
 * each new message. It can take focus (as a dialog's fallback when the element that opened it is gone).
 */
export function StatusMessage({ message, onDismiss, ref }: { message: string | null; onDismiss: () => void; ref?: Ref<HTMLDivElement> }) {
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={cn(
        "focus:outline-none",
        // Always present (announced when it fills); out of the layout while empty.
        !message && "sr-only",
        message && "flex items-start gap-2.5 rounded-md border border-success/40 bg-success-soft px-3 py-2 text-[13px] text-foreground",
      )}
    >
      {message ? <CircleCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-success" strokeWidth={1.75} /> : null}
      <p role="status" className="min-w-0 flex-1 leading-relaxed">
        {message}
      </p>
      {message ? (
        <button
          type="button"
          onClick={onDismiss}
          className="-my-0.5 -mr-1 inline-flex size-6 shrink-0 cursor-pointer items-center justify-center rounded-[4px] text-muted-foreground hover:bg-surface-3 hover:text-foreground"
        >
          <X aria-hidden="true" className="size-3.5" strokeWidth={2} />
          <span className="sr-only">Dismiss message</span>
        </button>
      ) : null}
    </div>
  );
}
