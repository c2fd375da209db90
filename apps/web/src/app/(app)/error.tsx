"use client";

import { useEffect } from "react";
import { ErrorState } from "~/components/ui/error-state";

/** Any page that fails to load lands here, with a way to retry. */
export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const unavailable = /data store is unavailable/i.test(error.message);
  return (
    <div className="mx-auto max-w-2xl py-16">
      <ErrorState
        title={unavailable ? "The data store is unavailable" : "This page could not be loaded"}
        message={
          unavailable
            ? "The database did not answer. Nothing was lost; try again in a moment."
            : "Something went wrong while loading this page. Try again; if it keeps happening, tell an admin what you were doing."
        }
        onRetry={reset}
      />
    </div>
  );
}
