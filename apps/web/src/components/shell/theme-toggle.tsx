"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useTheme } from "next-themes";
import { useEffect, useId, useState } from "react";
import { cn } from "~/lib/utils";

const OPTIONS = [
  { value: "light", label: "Light theme", icon: Sun },
  { value: "dark", label: "Dark theme", icon: Moon },
  { value: "system", label: "Match system theme", icon: Monitor },
] as const;

/** Light / dark / system, as a three-way radio group of icon buttons. */
export function ThemeToggle({ className }: { className?: string }) {
  const { theme, setTheme } = useTheme();
  const name = useId();
  // The theme is only known on the client; render a neutral state until mounted to avoid a hydration mismatch.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const current = mounted ? (theme ?? "system") : undefined;

  return (
    <fieldset className={cn("inline-flex items-center gap-0.5 rounded-md border border-border bg-surface-2 p-0.5", className)}>
      <legend className="sr-only">Colour theme</legend>
      {OPTIONS.map(({ value, label, icon: Icon }) => {
        const checked = current === value;
        return (
          <label
            key={value}
            title={label}
            className={cn(
              "relative flex size-6 cursor-pointer items-center justify-center rounded-[4px] text-subtle transition-colors hover:text-foreground",
              "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-ring",
              checked && "bg-surface text-foreground shadow-sm",
            )}
          >
            <input
              type="radio"
              name={name}
              value={value}
              checked={checked}
              onChange={() => setTheme(value)}
              className="sr-only"
              aria-label={label}
            />
            <Icon aria-hidden="true" className="size-3.5" strokeWidth={1.75} />
          </label>
        );
      })}
    </fieldset>
  );
}
