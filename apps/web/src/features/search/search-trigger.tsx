"use client";

import { Search } from "lucide-react";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { cn } from "~/lib/utils";
import { SearchDialog } from "./search-dialog";

/** True when the user is typing somewhere, where "/" is a character and not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  const t = target as HTMLElement | null;
  return !!t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName));
}

/** A page's own filter box claims "/" (features/filters SearchField); global search then keeps Ctrl/⌘ K. */
function pageClaimsSlash(): boolean {
  return document.querySelector('main [aria-keyshortcuts~="/"]') !== null;
}

/**
 * The search box's trigger in the sidebar, and its keyboard shortcuts: Ctrl+K or ⌘K anywhere, and "/"
 * when the user is not typing and the page has no filter box of its own.
 */
export function SearchTrigger({ className }: { className?: string }) {
  const [open, setOpen] = useState(false);
  const [mac, setMac] = useState(false);
  const [slash, setSlash] = useState(true);
  const pathname = usePathname();

  useEffect(() => {
    setMac(/Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent));
  }, []);

  // Which shortcut to show: re-read after each navigation (the page decides whether "/" is its own).
  useEffect(() => {
    setSlash(!pageClaimsSlash());
  }, [pathname]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented || e.altKey) return;
      const commandK = (e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === "k";
      const slashKey = e.key === "/" && !e.ctrlKey && !e.metaKey && !isTyping(e.target) && !pageClaimsSlash();
      if (!commandK && !slashKey) return;
      e.preventDefault();
      setOpen(true);
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const combo = mac ? "⌘K" : "Ctrl K";
  return (
    <div data-print="hide" className={cn("px-3 pb-2", className)}>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-keyshortcuts={slash ? "Control+K Meta+K /" : "Control+K Meta+K"}
        title={`Search groups, incidents, recommendations and sources (${slash ? `/ or ${combo}` : combo})`}
        className={cn(
          "flex h-8 w-full cursor-pointer items-center gap-2 rounded-md border border-border-strong/70 bg-surface px-2.5 text-[13px] text-muted-foreground shadow-xs",
          "hover:border-border-strong hover:text-foreground",
        )}
      >
        <Search aria-hidden="true" className="size-3.5 shrink-0" strokeWidth={2} />
        <span className="flex-1 text-left">Search</span>
        <kbd className="rounded-[3px] border border-border px-1 font-sans text-[10.5px] text-subtle">{slash ? "/" : combo}</kbd>
      </button>
      <SearchDialog open={open} onClose={() => setOpen(false)} />
    </div>
  );
}
