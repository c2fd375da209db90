"use client";

import { useEffect } from "react";
import { ErrorState } from "~/components/ui/error-state";

/** The timeline failed to load: say so, keep the shell, offer a retry. */
export default function TimelineError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const unavailable = /data store is unavailable/i.test(error.message);
  return (
    <div className="mx-auto max-w-2xl py-16">
      <ErrorState
        title={unavailable ? "The data store is unavailable" : "The timeline could not be loaded"}
        message={
          unavailable
            ? "The database did not answer. Nothing was lost; try again in a moment."
            : "The timeline events could not be read for this view. Try again; if it keeps failing, clear the filters or tell an admin which link you opened."
        }
        onRetry={reset}
      />
    </div>
  );
}
