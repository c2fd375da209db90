import { ChevronDown } from "lucide-react";
import type { Ref, SelectHTMLAttributes } from "react";
import { useId } from "react";
import { cn } from "~/lib/utils";

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  ref?: Ref<HTMLSelectElement>;
  wrapperClassName?: string;
}

/** A native <select>: keyboard, type-ahead and screen readers work as the platform does. */
export function Select({ className, wrapperClassName, children, ...props }: SelectProps) {
  return (
    <div className={cn("relative inline-flex", wrapperClassName)}>
      <select
        className={cn(
          "h-8 w-full min-w-0 cursor-pointer appearance-none rounded-md border border-border-strong/70 bg-surface py-0 pr-8 pl-2.5 text-[13px] text-foreground shadow-xs",
          "hover:border-border-strong disabled:cursor-not-allowed disabled:opacity-50",
          "focus-visible:border-ring",
          className,
        )}
        {...props}
      >
        {children}
      </select>
      <ChevronDown
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-2.5 size-3.5 -translate-y-1/2 text-subtle"
        strokeWidth={2}
      />
    </div>
  );
}

export interface SelectFieldProps extends SelectProps {
  label: string;
  /** Hide the label visually (it is still read out). */
  hideLabel?: boolean;
}

/** A labelled select for filter bars: "Province [Khyber Pakhtunkhwa ▾]". */
export function SelectField({ label, hideLabel, id, wrapperClassName, ...props }: SelectFieldProps) {
  const autoId = useId();
  const selectId = id ?? autoId;
  return (
    <div className={cn("flex flex-col gap-1", wrapperClassName)}>
      <label htmlFor={selectId} className={cn("text-[11.5px] font-medium text-muted-foreground", hideLabel && "sr-only")}>
        {label}
      </label>
      <Select id={selectId} {...props} />
    </div>
  );
}
