"use client";

import { useEffect } from "react";
import { ErrorState } from "~/components/ui/error-state";

/** The trends could not be loaded: say so, keep the link (its filters are in the URL), offer a retry. */
export default function TrendsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const unavailable = /data store is unavailable/i.test(error.message);
  return (
    <div className="mx-auto max-w-2xl py-16">
      <ErrorState
        title={unavailable ? "The data store is unavailable" : "The trends could not be loaded"}
        message={
          unavailable
            ? "The database did not answer. Nothing was lost, and the filters are kept in the link; try again in a moment."
            : "Something went wrong while counting the figures for these filters. Try again; if it keeps happening, clear the filters (Trends in the sidebar) and tell an admin which link failed."
        }
        onRetry={reset}
      />
    </div>
  );
}
