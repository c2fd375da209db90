import type { HTMLAttributes } from "react";
import { cn } from "~/lib/utils";

export type BadgeVariant = "neutral" | "outline" | "accent" | "info" | "success" | "warning" | "danger";

const VARIANTS: Record<BadgeVariant, string> = {
  neutral: "bg-surface-3 text-muted-foreground",
  outline: "border border-border-strong/80 text-muted-foreground",
  accent: "bg-accent-soft text-accent-text",
  info: "bg-info-soft text-info",
  success: "bg-success-soft text-success",
  warning: "bg-warning-soft text-warning",
  danger: "bg-danger-soft text-danger",
};

export interface BadgeProps extends HTMLAttributes<HTMLSpanElement> {
  variant?: BadgeVariant;
}

/** A small label: a status, a kind, a count. Not interactive by itself. */
export function Badge({ variant = "neutral", className, ...props }: BadgeProps) {
  return (
    <span
      className={cn(
        "inline-flex h-5 shrink-0 items-center gap-1 rounded-[4px] px-1.5 text-[11.5px] leading-none font-medium whitespace-nowrap [&_svg]:size-3 [&_svg]:shrink-0",
        VARIANTS[variant],
        className,
      )}
      {...props}
    />
  );
}
