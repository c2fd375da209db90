"use client";

import { useEffect } from "react";
import { ErrorState } from "./error-state";

export interface RouteErrorProps {
  error: Error & { digest?: string };
  reset: () => void;
  /** "This page", "Incidents": what could not be loaded. */
  what?: string;
  /** What to do when it keeps failing. */
  hint?: string;
}

/** The body of an App Router error.tsx: says what failed, tells a database outage apart, offers a retry. */
export function RouteError({
  error,
  reset,
  what = "This page",
  hint = "Try again; if it keeps happening, tell an admin what you were doing.",
}: RouteErrorProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const unavailable = /data store is unavailable/i.test(error.message);
  return (
    <div className="mx-auto max-w-2xl py-16">
      <ErrorState
        title={unavailable ? "The data store is unavailable" : `${what} could not be loaded`}
        message={
          unavailable
            ? "The database did not answer. Nothing was lost; try again in a moment."
            : `Something went wrong while loading it. ${hint}`
        }
        onRetry={reset}
      />
    </div>
  );
}
