import type { HTMLAttributes } from "react";
import { cn } from "~/lib/utils";

/** A placeholder block while data loads. Give it the size of what it stands for. */
export function Skeleton({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-surface-3", className)} {...props} />;
}
