"use client";

import { RouteError, type RouteErrorProps } from "~/components/ui/route-error";

/** The trends failed to load: the link keeps its filters, so a retry reopens the same view. */
export default function TrendsError(props: Omit<RouteErrorProps, "what" | "hint">) {
  return <RouteError {...props} what="The trends" hint="Try again; the filters are in the link, so nothing is lost." />;
}
