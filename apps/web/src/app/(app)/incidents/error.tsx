"use client";

import { RouteError, type RouteErrorProps } from "~/components/ui/route-error";

/** The incidents list or an incident failed to load: keep the shell, offer a retry. */
export default function IncidentsError(props: Omit<RouteErrorProps, "what" | "hint">) {
  return (
    <RouteError
      {...props}
      what="Incidents"
      hint="Try again; if it keeps failing, clear the filters or tell an admin which link you opened."
    />
  );
}
