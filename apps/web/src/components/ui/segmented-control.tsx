"use client";

import Link from "next/link";
import { type ReactNode, useId } from "react";
import { cn } from "~/lib/utils";

export interface SegmentItem<V extends string = string> {
  value: V;
  label: string;
  /** An icon element, e.g. `<ChartLine aria-hidden="true" />` (an element, so server pages can pass it). */
  icon?: ReactNode;
  /** When set, the item is a link (view state in the URL, works without JavaScript). */
  href?: string;
  disabled?: boolean;
}

export interface SegmentedControlProps<V extends string = string> {
  items: readonly SegmentItem<V>[];
  value: V;
  /** For items without `href` (client state). Link items navigate instead. */
  onValueChange?: (value: V) => void;
  /** Accessible name of the group: "Chart type", "View". */
  label: string;
  /** `segmented`: a pill group for switching how data is shown. `tabs`: an underlined row for switching sections. */
  variant?: "segmented" | "tabs";
  size?: "sm" | "md";
  className?: string;
}

/**
 * Switches between views. With `href`s it renders a small nav of links (the current one marked
 * `aria-current`); without, a group of native radio buttons, so arrow keys work as the platform does.
 */
export function SegmentedControl<V extends string = string>({
  items,
  value,
  onValueChange,
  label,
  variant = "segmented",
  size = "md",
  className,
}: SegmentedControlProps<V>) {
  const name = useId();
  const isLinks = items.some((i) => i.href);

  const container =
    variant === "segmented"
      ? "inline-flex items-center gap-0.5 rounded-md border border-border bg-surface-2 p-0.5"
      : "flex items-center gap-4 border-b border-border";

  const itemClasses = (selected: boolean, disabled?: boolean) =>
    variant === "segmented"
      ? cn(
          "inline-flex cursor-pointer items-center justify-center gap-1.5 rounded-[4px] font-medium whitespace-nowrap text-muted-foreground transition-colors hover:text-foreground [&_svg]:size-3.5",
          size === "sm" ? "h-6 px-2 text-[12px]" : "h-7 px-2.5 text-[12.5px]",
          selected && "bg-surface text-foreground shadow-[0_1px_2px_rgb(0_0_0/0.08)] ring-1 ring-border",
          disabled && "pointer-events-none opacity-50",
        )
      : cn(
          "-mb-px inline-flex cursor-pointer items-center gap-1.5 border-b-2 border-transparent pt-1 pb-2 font-medium whitespace-nowrap text-muted-foreground transition-colors hover:text-foreground [&_svg]:size-3.5",
          size === "sm" ? "text-[12.5px]" : "text-[13px]",
          selected && "border-accent text-foreground",
          disabled && "pointer-events-none opacity-50",
        );

  if (isLinks) {
    return (
      <nav aria-label={label} className={cn(container, className)}>
        {items.map((item) =>
          item.href && !item.disabled ? (
            <Link
              key={item.value}
              href={item.href}
              aria-current={item.value === value ? "page" : undefined}
              className={itemClasses(item.value === value)}
              scroll={false}
            >
              {item.icon}
              {item.label}
            </Link>
          ) : (
            <span key={item.value} aria-disabled="true" className={itemClasses(item.value === value, true)}>
              {item.icon}
              {item.label}
            </span>
          ),
        )}
      </nav>
    );
  }

  return (
    <fieldset className={cn(container, className)}>
      <legend className="sr-only">{label}</legend>
      {items.map((item) => {
        const selected = item.value === value;
        return (
          <label
            key={item.value}
            className={cn(
              itemClasses(selected, item.disabled),
              "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-ring",
            )}
          >
            <input
              type="radio"
              name={name}
              value={item.value}
              checked={selected}
              disabled={item.disabled}
              onChange={() => onValueChange?.(item.value)}
              className="sr-only"
            />
            {item.icon}
            {item.label}
          </label>
        );
      })}
    </fieldset>
  );
}
