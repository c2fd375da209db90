"use client";

import { Search, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { type FormEvent, type InputHTMLAttributes, type ReactNode, useEffect, useId, useRef } from "react";
import { buttonVariants } from "~/components/ui/button";
import { hrefWith } from "~/lib/search-params";
import { cn } from "~/lib/utils";

const FIELD =
  "h-8 w-full min-w-0 rounded-md border border-border-strong/70 bg-surface px-2.5 text-[13px] text-foreground shadow-xs placeholder:text-subtle hover:border-border-strong focus-visible:border-ring";

export interface UrlFilterFormProps {
  /** The page the filters apply to ("/incidents"). The form submits there with GET. */
  action: string;
  /** Accessible name of the form: "Filter incidents". */
  label: string;
  /** Whether any filter is set: the Clear link is shown only then. */
  active: boolean;
  children: ReactNode;
  className?: string;
}

/**
 * A filter bar whose state is the URL. Without JavaScript it is a plain GET form; with JavaScript it
 * navigates in place and leaves empty fields out of the URL, so a shared link stays short. Submitting
 * drops the page offset, so a new filter always starts on the first page.
 */
export function UrlFilterForm({ action, label, active, children, className }: UrlFilterFormProps) {
  const router = useRouter();
  // Re-mount the uncontrolled inputs whenever the URL changes (Clear, pagination, back/forward),
  // so they always show the filters actually applied.
  const searchParams = useSearchParams();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const values: Record<string, string> = {};
    for (const [k, v] of new FormData(e.currentTarget)) if (typeof v === "string" && v.trim() !== "") values[k] = v.trim();
    router.push(hrefWith(action, values), { scroll: false });
  }
  return (
    <form
      key={searchParams.toString()}
      method="get"
      action={action}
      aria-label={label}
      onSubmit={onSubmit}
      data-print="hide"
      className={cn("flex flex-wrap items-end gap-x-3 gap-y-2.5", className)}
    >
      {children}
      <div className="flex items-center gap-1.5">
        <button type="submit" className={buttonVariants({ variant: "primary" })}>
          Apply
        </button>
        {active ? (
          <Link href={action} className={buttonVariants({ variant: "ghost" })} scroll={false}>
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}

function FieldLabel({ htmlFor, children }: { htmlFor: string; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor} className="text-[11.5px] font-medium text-muted-foreground">
      {children}
    </label>
  );
}

export interface SearchFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  label?: string;
  wrapperClassName?: string;
}

/** The free-text filter. "/" focuses it from anywhere on the page (unless the user is typing elsewhere). */
export function SearchField({ label = "Search", name = "search", wrapperClassName, className, ...props }: SearchFieldProps) {
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.key !== "/" || e.metaKey || e.ctrlKey || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName))) return;
      e.preventDefault();
      ref.current?.focus();
      ref.current?.select();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return (
    <div className={cn("flex flex-col gap-1", wrapperClassName)}>
      <FieldLabel htmlFor={id}>
        {label} <kbd className="ml-1 rounded-[3px] border border-border px-1 font-sans text-[10.5px] text-subtle">/</kbd>
      </FieldLabel>
      <div className="relative">
        <Search
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-subtle"
          strokeWidth={2}
        />
        <input
          ref={ref}
          id={id}
          type="search"
          name={name}
          aria-keyshortcuts="/"
          maxLength={200}
          className={cn(FIELD, "pl-8", className)}
          {...props}
        />
      </div>
    </div>
  );
}

export interface DateFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  label: string;
  wrapperClassName?: string;
}

export function DateField({ label, wrapperClassName, className, ...props }: DateFieldProps) {
  const id = useId();
  return (
    <div className={cn("flex flex-col gap-1", wrapperClassName)}>
      <FieldLabel htmlFor={id}>{label}</FieldLabel>
      <input id={id} type="date" className={cn(FIELD, "w-[9.5rem] tabular-nums", className)} {...props} />
    </div>
  );
}

/** Says which URL filters were dropped because their value was not valid, and why. */
export function IgnoredFilters({
  ignored,
  labels,
}: {
  ignored: readonly { key: string; message: string }[];
  labels: Readonly<Record<string, string>>;
}) {
  if (ignored.length === 0) return null;
  return (
    <div role="status" className="flex items-start gap-2 rounded-md border border-warning/30 bg-warning-soft/60 px-3 py-2 text-[12.5px]">
      <TriangleAlert aria-hidden="true" className="mt-0.5 size-3.5 shrink-0 text-warning" strokeWidth={2} />
      <div className="min-w-0 break-words">
        <p className="font-medium text-foreground">
          {ignored.length === 1 ? "One filter in the link was ignored" : `${ignored.length} filters in the link were ignored`}; the list
          below is shown without {ignored.length === 1 ? "it" : "them"}.
        </p>
        <ul className="mt-0.5 text-muted-foreground">
          {ignored.map((i) => (
            <li key={i.key}>
              <span className="font-medium text-foreground/80">{labels[i.key] ?? i.key}</span>: {i.message}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** Joins phrases as people write them: "a", "a and b", "a, b and c". */
export function joinWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
