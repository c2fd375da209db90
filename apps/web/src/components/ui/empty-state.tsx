import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "~/lib/utils";

export interface EmptyStateProps {
  icon?: LucideIcon;
  title: string;
  description?: ReactNode;
  /** A button or link that gets the user out of the empty state ("Clear filters"). */
  action?: ReactNode;
  className?: string;
}

export function EmptyState({ icon: Icon, title, description, action, className }: EmptyStateProps) {
  return (
    <div
      className={cn(
        "flex flex-col items-center justify-center gap-2 rounded-lg border border-dashed border-border-strong/70 px-6 py-10 text-center",
        className,
      )}
    >
      {Icon ? (
        <div className="mb-1 flex size-9 items-center justify-center rounded-full bg-surface-3 text-subtle">
          <Icon aria-hidden="true" className="size-4.5" strokeWidth={1.75} />
        </div>
      ) : null}
      <p className="text-[13.5px] font-medium text-foreground">{title}</p>
      {description ? <p className="max-w-sm text-[12.5px] leading-relaxed text-muted-foreground">{description}</p> : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
