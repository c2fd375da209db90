import type { HTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "~/lib/utils";

/** A dense data table in a horizontally scrolling frame. */
export function Table({ className, wrapperClassName, ...props }: HTMLAttributes<HTMLTableElement> & { wrapperClassName?: string }) {
  return (
    <div className={cn("w-full overflow-x-auto", wrapperClassName)}>
      <table className={cn("w-full border-collapse text-left text-[13px] tabular-nums", className)} {...props} />
    </div>
  );
}

export function TableCaption({ className, ...props }: HTMLAttributes<HTMLTableCaptionElement>) {
  return <caption className={cn("caption-bottom pt-2 text-left text-[12px] text-muted-foreground", className)} {...props} />;
}

export function THead({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead className={cn("border-b border-border", className)} {...props} />;
}

export function TBody({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className={cn("[&_tr:last-child]:border-b-0", className)} {...props} />;
}

export function TFoot({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tfoot className={cn("border-t border-border-strong font-medium", className)} {...props} />;
}

export function Tr({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cn("border-b border-border transition-colors hover:bg-surface-2/70", className)} {...props} />;
}

interface CellAlign {
  /** Right-aligned with tabular figures, for numbers. */
  numeric?: boolean;
}

export function Th({ className, numeric, scope = "col", ...props }: ThHTMLAttributes<HTMLTableCellElement> & CellAlign) {
  return (
    <th
      scope={scope}
      className={cn(
        "h-8 px-3 align-bottom pb-1.5 text-[11.5px] font-medium tracking-[0.01em] whitespace-nowrap text-muted-foreground first:pl-0 last:pr-0",
        numeric && "text-right",
        className,
      )}
      {...props}
    />
  );
}

export function Td({ className, numeric, ...props }: TdHTMLAttributes<HTMLTableCellElement> & CellAlign) {
  return (
    <td
      className={cn("px-3 py-2 align-top first:pl-0 last:pr-0", numeric && "text-right whitespace-nowrap tabular-nums", className)}
      {...props}
    />
  );
}
