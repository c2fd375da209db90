"use client";

import {
  type FocusEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
  type Ref,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { createPortal } from "react-dom";
import { cn } from "~/lib/utils";

export interface PopoverTriggerProps {
  ref: Ref<HTMLButtonElement>;
  "aria-expanded": boolean;
  "aria-controls": string | undefined;
  "aria-haspopup": "dialog";
  onClick: (e: MouseEvent<HTMLButtonElement>) => void;
  onPointerEnter: (e: PointerEvent<HTMLButtonElement>) => void;
  onPointerLeave: (e: PointerEvent<HTMLButtonElement>) => void;
  onFocus: (e: FocusEvent<HTMLButtonElement>) => void;
  onBlur: (e: FocusEvent<HTMLButtonElement>) => void;
}

export interface PopoverProps {
  /** Renders the trigger: spread the props onto a <button>. */
  trigger: (props: PopoverTriggerProps) => ReactNode;
  /** The panel's content. */
  children: ReactNode;
  /** Accessible name of the panel ("Source for 1,234 attacks"). */
  label: string;
  /** Open on mouse hover as well as on focus and click (default true). */
  openOnHover?: boolean;
  align?: "start" | "center" | "end";
  /** Panel width in px. */
  width?: number;
  panelClassName?: string;
}

const GAP = 6;
const MARGIN = 8;

/**
 * A small anchored panel. Hover or keyboard focus previews it; a click (or Enter/Space) pins it open and,
 * from the keyboard, moves focus into it. Escape, a click outside, or focus leaving closes it. The panel is
 * portalled to <body>, so it is never clipped by a scrolling table.
 */
export function Popover({ trigger, children, label, openOnHover = true, align = "start", width = 360, panelClassName }: PopoverProps) {
  const panelId = useId();
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const panelRef = useRef<HTMLDivElement | null>(null);
  const [open, setOpen] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [focusPanel, setFocusPanel] = useState(false);
  const [pos, setPos] = useState<{ top: number; left: number; placement: "top" | "bottom" } | null>(null);
  const openTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Set while focus is handed back to the trigger on close, so that focus does not reopen the panel.
  const returningFocus = useRef(false);

  const clearTimers = useCallback(() => {
    clearTimeout(openTimer.current);
    clearTimeout(closeTimer.current);
  }, []);

  const close = useCallback(
    (returnFocus = false) => {
      clearTimers();
      setOpen(false);
      setPinned(false);
      setFocusPanel(false);
      setPos(null);
      if (returnFocus) {
        returningFocus.current = true;
        triggerRef.current?.focus();
        returningFocus.current = false;
      }
    },
    [clearTimers],
  );

  const scheduleClose = useCallback(() => {
    clearTimeout(openTimer.current);
    clearTimeout(closeTimer.current);
    closeTimer.current = setTimeout(() => close(), 160);
  }, [close]);

  // Position the panel under (or, if there is no room, over) the trigger, inside the viewport.
  const place = useCallback(() => {
    const t = triggerRef.current;
    const p = panelRef.current;
    if (!t || !p) return;
    const r = t.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const pw = p.offsetWidth;
    const ph = p.offsetHeight;
    let left = align === "start" ? r.left : align === "end" ? r.right - pw : r.left + r.width / 2 - pw / 2;
    left = Math.max(MARGIN, Math.min(left, vw - pw - MARGIN));
    const below = r.bottom + GAP;
    const fitsBelow = below + ph <= vh - MARGIN;
    const fitsAbove = r.top - GAP - ph >= MARGIN;
    const placement = fitsBelow || !fitsAbove ? "bottom" : "top";
    const top = placement === "bottom" ? below : r.top - GAP - ph;
    setPos({ top, left, placement });
  }, [align]);

  useLayoutEffect(() => {
    if (open) place();
  }, [open, place]);

  useEffect(() => {
    if (!open) return;
    const onScrollOrResize = () => place();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        e.stopPropagation();
        close(true);
      }
    };
    const onPointerDown = (e: globalThis.PointerEvent) => {
      const target = e.target as Node | null;
      if (!target) return;
      if (triggerRef.current?.contains(target) || panelRef.current?.contains(target)) return;
      close();
    };
    window.addEventListener("scroll", onScrollOrResize, true);
    window.addEventListener("resize", onScrollOrResize);
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      window.removeEventListener("scroll", onScrollOrResize, true);
      window.removeEventListener("resize", onScrollOrResize);
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open, place, close]);

  useEffect(() => {
    if (open && focusPanel && pos) panelRef.current?.focus();
  }, [open, focusPanel, pos]);

  useEffect(() => clearTimers, [clearTimers]);

  const isInside = (node: EventTarget | null) =>
    node instanceof Node && (triggerRef.current?.contains(node) === true || panelRef.current?.contains(node) === true);

  const triggerProps: PopoverTriggerProps = {
    ref: (el) => {
      triggerRef.current = el;
    },
    "aria-expanded": open,
    "aria-controls": open ? panelId : undefined,
    "aria-haspopup": "dialog",
    onClick: (e) => {
      clearTimers();
      if (open && pinned) {
        close();
        return;
      }
      setOpen(true);
      setPinned(true);
      // detail === 0: activated from the keyboard, so take focus into the panel.
      if (e.detail === 0) setFocusPanel(true);
    },
    onPointerEnter: (e) => {
      if (!openOnHover || e.pointerType !== "mouse") return;
      clearTimeout(closeTimer.current);
      openTimer.current = setTimeout(() => setOpen(true), 90);
    },
    onPointerLeave: (e) => {
      if (!openOnHover || e.pointerType !== "mouse" || pinned) {
        clearTimeout(openTimer.current);
        return;
      }
      scheduleClose();
    },
    onFocus: (e) => {
      // Keyboard focus previews the panel; pointer focus waits for the click.
      if (!returningFocus.current && e.target.matches(":focus-visible")) setOpen(true);
    },
    onBlur: (e) => {
      if (isInside(e.relatedTarget)) return;
      if (!pinned || e.relatedTarget) close();
    },
  };

  return (
    <>
      {trigger(triggerProps)}
      {open && typeof document !== "undefined"
        ? createPortal(
            <div
              ref={panelRef}
              id={panelId}
              role="dialog"
              aria-label={label}
              tabIndex={-1}
              data-placement={pos?.placement}
              onPointerEnter={() => clearTimeout(closeTimer.current)}
              onPointerLeave={(e) => {
                if (openOnHover && e.pointerType === "mouse" && !pinned) scheduleClose();
              }}
              onBlur={(e) => {
                if (!isInside(e.relatedTarget)) close();
              }}
              style={{ position: "fixed", top: pos?.top ?? 0, left: pos?.left ?? 0, width, visibility: pos ? "visible" : "hidden" }}
              className={cn(
                "z-50 max-w-[calc(100vw-16px)] rounded-lg border border-border-strong/70 bg-surface p-3 text-[12.5px] text-foreground shadow-[0_8px_24px_-6px_rgb(0_0_0/0.18),0_2px_6px_-2px_rgb(0_0_0/0.08)] outline-none",
                "focus-visible:ring-2 focus-visible:ring-ring",
                panelClassName,
              )}
            >
              {children}
            </div>,
            document.body,
          )
        : null}
    </>
  );
}
