"use client";

import type { SearchResult } from "@monitor/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ArrowRight, CornerDownLeft, LoaderCircle, Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { cn } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";
import { searchPageHref, searchResultHref } from "./links";
import { Highlighted, matchNote, ResultTypeBadge, resultDetail } from "./result-parts";

/** Results shown in the box; the full page lists more. */
const DIALOG_LIMIT = 8;
/** Wait this long after the last keystroke before asking the server. */
const DEBOUNCE_MS = 120;

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return debounced;
}

export interface SearchDialogProps {
  open: boolean;
  onClose: () => void;
}

/**
 * The search box: a modal <dialog> (the browser traps focus and makes the page inert) holding an ARIA
 * combobox. Typing searches groups, sources, recommendations and incidents by name, alias, abbreviation,
 * spelling variant, words and near spellings; ↑/↓ move through the results (the input keeps focus,
 * `aria-activedescendant` names the active one), Enter opens it, Escape closes the box. The last option
 * opens the full results page.
 */
export function SearchDialog({ open, onClose }: SearchDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape closes the dialog natively; the click is only for the backdrop
    <dialog
      ref={ref}
      aria-label="Search"
      onClose={() => {
        const target = returnTo.current;
        returnTo.current = null;
        if (target?.isConnected) target.focus();
        if (open) onClose();
      }}
      // A click on the backdrop (the dialog element itself, outside its panel) closes it.
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
      className={cn(
        "mx-auto mt-[12vh] w-[min(40rem,calc(100vw-2rem))] overflow-hidden rounded-lg border border-border-strong/70 bg-surface p-0 text-foreground",
        "shadow-[0_16px_48px_-12px_rgb(0_0_0/0.35)] backdrop:bg-black/45",
      )}
    >
      {open ? <SearchCombobox onDone={onClose} /> : null}
    </dialog>
  );
}

function SearchCombobox({ onDone }: { onDone: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const q = useDebounced(text.trim(), DEBOUNCE_MS);
  const listboxId = useId();
  const statusId = useId();
  const hintId = useId();

  const { data, isFetching, isError, error, refetch } = useQuery({
    ...trpc.search.query.queryOptions({ q, limit: DIALOG_LIMIT }),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  // While the next answer loads, the last one stays (keepPreviousData) with its own highlights.
  const current = q.length > 0 ? data : undefined;
  const results: SearchResult[] = current?.results ?? [];
  const total = current ? Object.values(current.totals).reduce((a, b) => a + b, 0) : 0;
  // The options: each result, then "all results" (only when there is a query).
  const optionCount = q.length > 0 && current ? results.length + 1 : 0;
  const expanded = optionCount > 0;
  const activeIndex = expanded ? Math.min(active, optionCount - 1) : -1;
  const optionId = (i: number) => `${listboxId}-option-${i}`;

  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: "nearest" });
  });

  function openOption(i: number) {
    const result = results[i];
    const href = result ? searchResultHref(result) : searchPageHref(q);
    onDone();
    router.push(href);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!expanded) return;
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((activeIndex + step + optionCount) % optionCount);
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (expanded && activeIndex >= 0) openOption(activeIndex);
      else if (text.trim()) {
        onDone();
        router.push(searchPageHref(text));
      }
    }
  }

  const status = !q
    ? ""
    : isError
      ? "The search failed."
      : !current || (isFetching && current.query !== q)
        ? "Searching…"
        : results.length === 0
          ? `No results for “${q}”.`
          : `${results.length} of ${total} result${total === 1 ? "" : "s"} for “${current.query}”.`;

  return (
    <div className="flex flex-col">
      <div className="flex items-center gap-2.5 border-b border-border px-3.5 focus-within:border-ring">
        {isFetching ? (
          <LoaderCircle aria-hidden="true" className="size-4 shrink-0 animate-spin text-subtle" />
        ) : (
          <Search aria-hidden="true" className="size-4 shrink-0 text-subtle" />
        )}
        <input
          // biome-ignore lint/a11y/noAutofocus: the dialog opens to type a search
          autoFocus
          type="text"
          role="combobox"
          aria-label="Search groups, incidents, recommendations and sources"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          placeholder="Search groups, aliases, incidents, recommendations, sources…"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            // A new query starts at its best result.
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          className="h-12 min-w-0 flex-1 bg-transparent text-[14.5px] text-foreground outline-none placeholder:text-subtle"
        />
        <kbd className="hidden rounded-[3px] border border-border px-1.5 py-0.5 font-sans text-[10.5px] text-subtle sm:inline">Esc</kbd>
      </div>

      <p id={statusId} role="status" className="sr-only">
        {status}
      </p>

      <div
        id={listboxId}
        role="listbox"
        aria-label="Search results"
        className={cn("max-h-[min(60vh,28rem)] overflow-y-auto p-1.5", !expanded && "hidden")}
      >
        {results.map((r, i) => {
          const note = matchNote(r);
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keyboard (aria-activedescendant)
            <div
              key={`${r.type}:${r.key}`}
              id={optionId(i)}
              role="option"
              tabIndex={-1}
              aria-selected={i === activeIndex}
              onMouseMove={() => i !== activeIndex && setActive(i)}
              onClick={() => openOption(i)}
              className={cn(
                "flex cursor-pointer items-start gap-3 rounded-md px-2.5 py-2",
                i === activeIndex ? "bg-surface-3" : "hover:bg-surface-2",
              )}
            >
              <ResultTypeBadge type={r.type} className="mt-0.5 w-[6.75rem]" />
              <div className="flex min-w-0 flex-1 flex-col gap-0.5">
                <span className="truncate text-[13.5px] leading-5 font-medium text-foreground">
                  {current ? <Highlighted text={r.title} highlight={current.highlight} /> : r.title}
                </span>
                <span className="truncate text-[12px] leading-4 text-muted-foreground">
                  {resultDetail(r)}
                  {note ? <span> · {note}</span> : null}
                </span>
              </div>
              {i === activeIndex ? <CornerDownLeft aria-hidden="true" className="mt-1 size-3.5 shrink-0 text-subtle" /> : null}
            </div>
          );
        })}
        {expanded ? (
          // biome-ignore lint/a11y/useKeyWithClickEvents: as above
          <div
            id={optionId(results.length)}
            role="option"
            tabIndex={-1}
            aria-selected={activeIndex === results.length}
            onMouseMove={() => activeIndex !== results.length && setActive(results.length)}
            onClick={() => openOption(results.length)}
            className={cn(
              "mt-1 flex cursor-pointer items-center gap-2 rounded-md border-t border-border px-2.5 py-2 text-[13px] font-medium text-accent-text",
              activeIndex === results.length ? "bg-surface-3" : "hover:bg-surface-2",
            )}
          >
            <ArrowRight aria-hidden="true" className="size-3.5" />
            {results.length === 0 ? `No quick match: search everything for “${q}”` : `All ${total} results for “${q}”`}
          </div>
        ) : null}
      </div>

      {isError ? (
        <div className="flex items-center justify-between gap-3 border-t border-border px-3.5 py-3 text-[12.5px]">
          <span className="text-danger">Search failed: {error.message}</span>
          <button type="button" onClick={() => void refetch()} className="font-medium text-accent-text hover:underline">
            Try again
          </button>
        </div>
      ) : null}

      <div
        id={hintId}
        className="flex flex-wrap items-center gap-x-4 gap-y-1 border-t border-border bg-surface-2 px-3.5 py-2 text-[11.5px] text-muted-foreground"
      >
        {q ? (
          <>
            <span>
              <Key>↑</Key> <Key>↓</Key> to move
            </span>
            <span>
              <Key>Enter</Key> to open
            </span>
            <span>
              <Key>Esc</Key> to close
            </span>
          </>
        ) : (
          <span>Names, aliases and spellings all work: try TTP, Tehreek-e-Taliban, ISIS-K, LeJ, or words like “mosque Peshawar”.</span>
        )}
      </div>
    </div>
  );
}

function Key({ children }: { children: string }) {
  return <kbd className="rounded-[3px] border border-border bg-surface px-1 font-sans text-[10.5px] text-muted-foreground">{children}</kbd>;
}
