"use client";

import { RouteError, type RouteErrorProps } from "~/components/ui/route-error";

/**
 * What the app's own layout cannot catch: a failure in the (app) layout itself, such as the session
 * check when the database is down ((app)/error.tsx sits inside that layout).
 */
export default function RootError(props: Omit<RouteErrorProps, "what" | "hint">) {
  return <RouteError {...props} />;
}
