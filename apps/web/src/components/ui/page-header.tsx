import type { ReactNode } from "react";
import { cn } from "~/lib/utils";

export interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons, filters or export controls, right-aligned on wide screens. */
  actions?: ReactNode;
  /** A line above the title, e.g. a breadcrumb or "Group profile". */
  eyebrow?: ReactNode;
  className?: string;
}

export function PageHeader({ title, description, actions, eyebrow, className }: PageHeaderProps) {
  return (
    <header className={cn("mb-6 flex flex-col gap-3 border-b border-border pb-4 md:flex-row md:items-end md:justify-between", className)}>
      <div className="flex min-w-0 flex-col gap-1">
        {eyebrow ? <div className="text-[12px] font-medium text-muted-foreground">{eyebrow}</div> : null}
        <h1 className="text-[20px] leading-7 font-semibold tracking-[-0.015em] text-foreground">{title}</h1>
        {description ? <p className="max-w-3xl text-[13px] leading-relaxed text-muted-foreground">{description}</p> : null}
      </div>
      {actions ? (
        <div data-print="hide" className="flex shrink-0 flex-wrap items-center gap-2">
          {actions}
        </div>
      ) : null}
    </header>
  );
}
