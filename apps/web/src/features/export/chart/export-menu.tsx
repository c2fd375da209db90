"use client";

import { ChevronDown, Download, LoaderCircle } from "lucide-react";
import { type KeyboardEvent, type RefObject, useEffect, useId, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { useSessionUser } from "~/features/auth/session-context";
import { saveBlob } from "~/lib/download";
import { cn } from "~/lib/utils";
import { type ChartExportData, chartFileName } from "./chart-export";

type Format = "pdf" | "png" | "csv";

const ITEMS: { format: Format; label: string; hint: string }[] = [
  { format: "pdf", label: "PDF", hint: "vector, with filters and sources" },
  { format: "png", label: "PNG", hint: "image at 2× size" },
  { format: "csv", label: "CSV", hint: "the numbers behind the chart" },
];
const FORMAT_NAMES: Record<Format, string> = { pdf: "PDF", png: "PNG", csv: "CSV" };

export interface ExportMenuProps {
  /** The element that holds the chart's <svg> (its largest svg is exported). */
  target: RefObject<HTMLElement | null>;
  data: ChartExportData;
  className?: string;
}

/**
 * "Export ▾" for one chart or map: PDF, PNG or CSV, made in the browser from what is on screen (no
 * network). A menu button: Enter, Space or ↓ opens it, arrows move, Escape closes; while a file is made
 * the button says so, and a failure is announced with what to do.
 */
export function ExportMenu({ target, data, className }: ExportMenuProps) {
  const user = useSessionUser();
  const id = useId();
  const menuId = `${id}-menu`;
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<Format | null>(null);
  const [message, setMessage] = useState<{ kind: "error" | "done"; text: string } | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLButtonElement>("[role=menuitem]") ?? [])];
  const focusItem = (i: number) => {
    const all = items();
    all[(i + all.length) % all.length]?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onDown);
    return () => document.removeEventListener("pointerdown", onDown);
  }, [open]);

  const openMenu = (focus: "first" | "last") => {
    setOpen(true);
    requestAnimationFrame(() => focusItem(focus === "first" ? 0 : -1));
  };
  const close = (refocus = true) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  async function run(format: Format) {
    close();
    setBusy(format);
    setMessage(null);
    const at = new Date();
    const fileName = chartFileName(data.title, format, at);
    try {
      const render = await import("./render");
      if (format === "csv") {
        saveBlob(render.chartCsvBlob(data), fileName);
      } else {
        const svg = render.findChartSvg(target.current);
        if (!svg) throw new Error("The chart is not drawn yet. Wait for it to appear, then export again.");
        const blob = format === "png" ? await render.chartPng(svg, 2) : await render.chartPdf(svg, data, user, at);
        saveBlob(blob, fileName);
      }
      setMessage({ kind: "done", text: `Saved ${fileName}` });
    } catch (err) {
      const why = err instanceof Error && err.message ? err.message : "Something went wrong while making the file.";
      setMessage({ kind: "error", text: `${FORMAT_NAMES[format]} export failed. ${why} Try again, or choose another format.` });
    } finally {
      setBusy(null);
    }
  }

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      openMenu("first");
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      openMenu("last");
    }
  };
  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const all = items();
    const i = all.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === "ArrowDown") focusItem(i + 1);
    else if (e.key === "ArrowUp") focusItem(i - 1);
    else if (e.key === "Home") focusItem(0);
    else if (e.key === "End") focusItem(-1);
    else if (e.key === "Escape") close();
    else if (e.key === "Tab") close(false);
    else return;
    if (e.key !== "Tab") e.preventDefault();
  };

  return (
    <div ref={wrapRef} data-print="hide" className={cn("relative flex shrink-0 flex-col items-end", className)}>
      <Button
        ref={buttonRef}
        size="sm"
        variant="secondary"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={busy ? `Exporting ${FORMAT_NAMES[busy]} of ${data.title}` : `Export chart: ${data.title}`}
        aria-describedby={message?.kind === "error" ? `${id}-msg` : undefined}
        disabled={busy !== null}
        onClick={() => (open ? close() : openMenu("first"))}
        onKeyDown={onButtonKey}
        data-testid="export-menu-button"
      >
        {busy ? (
          <LoaderCircle aria-hidden="true" className="animate-spin" strokeWidth={2} />
        ) : (
          <Download aria-hidden="true" strokeWidth={2} />
        )}
        {busy ? `Exporting ${FORMAT_NAMES[busy]}…` : "Export"}
        <ChevronDown aria-hidden="true" strokeWidth={2} />
      </Button>
      {open ? (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={`Export ${data.title} as`}
          tabIndex={-1}
          onKeyDown={onMenuKey}
          className="absolute top-full right-0 z-30 mt-1 flex min-w-72 flex-col rounded-md border border-border-strong/70 bg-surface p-1 shadow-lg"
        >
          {ITEMS.map((it) => (
            <button
              key={it.format}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => void run(it.format)}
              className="flex items-baseline justify-between gap-3 rounded-[5px] px-2.5 py-1.5 text-left text-[13px] text-foreground outline-none hover:bg-surface-2 focus-visible:bg-surface-2 focus-visible:ring-2 focus-visible:ring-accent/50"
            >
              <span className="font-medium">{it.label}</span>
              <span className="text-[11.5px] whitespace-nowrap text-muted-foreground">{it.hint}</span>
            </button>
          ))}
        </div>
      ) : null}
      <p id={`${id}-msg`} aria-live="polite" className="max-w-72 text-right text-[11.5px] empty:hidden">
        {message ? (
          message.kind === "error" ? (
            <span role="alert" className="text-danger">
              {message.text}
            </span>
          ) : (
            <span className="text-muted-foreground">{message.text}</span>
          )
        ) : null}
      </p>
    </div>
  );
}
