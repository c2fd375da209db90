import type { ButtonHTMLAttributes, Ref } from "react";
import { cn } from "~/lib/utils";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger" | "link";
export type ButtonSize = "sm" | "md" | "icon" | "icon-sm";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-accent text-accent-foreground shadow-xs hover:bg-accent/90",
  secondary: "border border-border-strong/70 bg-surface text-foreground shadow-xs hover:bg-surface-2",
  ghost: "text-muted-foreground hover:bg-surface-3 hover:text-foreground",
  danger: "bg-danger text-white shadow-xs hover:bg-danger/90 dark:bg-danger-soft dark:text-danger dark:ring-1 dark:ring-danger/40",
  link: "h-auto px-0 text-accent-text underline-offset-2 hover:underline",
};

const SIZES: Record<ButtonSize, string> = {
  sm: "h-7 gap-1.5 px-2.5 text-[12.5px]",
  md: "h-8 gap-2 px-3 text-[13px]",
  icon: "size-8",
  "icon-sm": "size-7",
};

/** The classes of a button, for links and other elements that should look like one. */
export function buttonVariants({
  variant = "secondary",
  size = "md",
  className,
}: {
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
} = {}) {
  return cn(
    "inline-flex shrink-0 cursor-pointer items-center justify-center rounded-md font-medium whitespace-nowrap transition-colors select-none",
    "disabled:pointer-events-none disabled:opacity-50 aria-disabled:pointer-events-none aria-disabled:opacity-50",
    "[&_svg]:size-4 [&_svg]:shrink-0",
    SIZES[size],
    VARIANTS[variant],
    className,
  );
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant, size, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonVariants({ variant, size, className })} {...props} />;
}
