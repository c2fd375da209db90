import type { ReactNode } from "react";
import { cn } from "~/lib/utils";

export interface StatCardProps {
  /** What is counted: "Terrorist attacks, Pakistan". */
  label: ReactNode;
  /** The figure as its source states it, already formatted ("over 1,200"). */
  value: ReactNode;
  /** The period or a qualifier line: "2024 · calendar year". */
  sub?: ReactNode;
  /** The source badge and the change against the previous period. */
  footer?: ReactNode;
  className?: string;
}

/** A headline figure. The footer is where "says who?" lives: always pass the citation badge. */
export function StatCard({ label, value, sub, footer, className }: StatCardProps) {
  return (
    <div data-card className={cn("flex min-w-0 flex-col rounded-lg border border-border bg-surface px-4 pt-3 pb-3", className)}>
      <div className="text-[12.5px] font-medium text-muted-foreground">{label}</div>
      <div data-figure className="mt-1.5 text-[26px] leading-8 font-semibold tracking-[-0.02em] text-foreground tabular-nums">
        {value}
      </div>
      {sub ? <div className="mt-0.5 text-[12px] text-muted-foreground">{sub}</div> : null}
      {footer ? (
        <div className="mt-3 flex flex-wrap items-center gap-x-2 gap-y-1 border-t border-border pt-2.5 text-[12px] text-muted-foreground">
          {footer}
        </div>
      ) : null}
    </div>
  );
}
