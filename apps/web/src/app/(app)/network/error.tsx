"use client";

import { RouteError, type RouteErrorProps } from "~/components/ui/route-error";

/** The network failed to load: keep the shell, offer a retry. */
export default function NetworkError(props: Omit<RouteErrorProps, "what" | "hint">) {
  return <RouteError {...props} what="The relationship network" />;
}
