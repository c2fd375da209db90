"use client";

import { useEffect, useState } from "react";
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
  const said = /data store is unavailable/i.test(error.message);
  const [healthDown, setHealthDown] = useState(false);
  useEffect(() => {
    console.error(error);
    if (said) return;
    // A production build hides a server error's message: ask the health check whether the database is down.
    let live = true;
    fetch("/api/health", { cache: "no-store" })
      .then((res) => {
        if (live && res.status === 503) setHealthDown(true);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [error, said]);
  const unavailable = said || healthDown;
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
