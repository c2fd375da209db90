"use client";

import { RouteError, type RouteErrorProps } from "~/components/ui/route-error";

/** Any page that fails to load lands here, with a way to retry. */
export default function AppError(props: Omit<RouteErrorProps, "what" | "hint">) {
  return <RouteError {...props} />;
}
