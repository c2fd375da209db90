"use client";

import { RouteError, type RouteErrorProps } from "~/components/ui/route-error";

/** The timeline failed to load: keep the shell, offer a retry. */
export default function TimelineError(props: Omit<RouteErrorProps, "what" | "hint">) {
  return <RouteError {...props} what="The timeline" />;
}
