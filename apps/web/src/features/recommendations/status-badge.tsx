import { type RecommendationStatus, STATUS_LABELS } from "@monitor/domain";
import { cn } from "~/lib/utils";
import { STATUS_STYLE } from "./status-style";

export interface StatusBadgeProps {
  status: RecommendationStatus;
  className?: string;
}

/** A recommendation's status: a dot plus its label, so colour is never the only cue. */
export function StatusBadge({ status, className }: StatusBadgeProps) {
  const style = STATUS_STYLE[status];
  return (
    <span
      className={cn(
        "inline-flex h-5 shrink-0 items-center gap-1.5 rounded-[4px] px-1.5 text-[11.5px] leading-none font-medium whitespace-nowrap",
        style.badge,
        className,
      )}
    >
      <span aria-hidden="true" className={cn("size-1.5 rounded-full", style.dot)} />
      {STATUS_LABELS[status]}
    </span>
  );
}
