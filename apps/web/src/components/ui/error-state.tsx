import { RotateCcw, TriangleExclamationPoint } from "lucide-react";
import Link from "next/link";
import { cn } from "~/lib/utils";
import { Button, buttonVariants } from "./button";

export interface ErrorStateProps {
  title?: string;
  /** What went wrong and what to do next. */
  message: string;
  /** Client use only (e.g. an error boundary's `reset`): shows a "Try again" button. */
  onRetry?: () => void;
  /** Server-friendly alternative to `onRetry`: a link that reloads the view. */
  retryHref?: string;
  className?: string;
}

export function ErrorState({ title = "Something went wrong", message, onRetry, retryHref, className }: ErrorStateProps) {
  return (
    <div role="alert" className={cn("flex items-start gap-3 rounded-lg border border-danger/30 bg-danger-soft/60 px-4 py-3", className)}>
      <TriangleExclamationPoint aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-danger" strokeWidth={1.75} />
      <div className="flex min-w-0 flex-col gap-1">
        <p className="text-[13px] font-medium text-foreground">{title}</p>
        <p className="text-[12.5px] leading-relaxed text-muted-foreground">{message}</p>
        {onRetry ? (
          <Button size="sm" variant="secondary" className="mt-1.5 self-start" onClick={onRetry}>
            <RotateCcw aria-hidden="true" />
            Try again
          </Button>
        ) : retryHref ? (
          <Link href={retryHref} className={buttonVariants({ size: "sm", variant: "secondary", className: "mt-1.5 self-start" })}>
            <RotateCcw aria-hidden="true" />
            Try again
          </Link>
        ) : null}
      </div>
    </div>
  );
}
