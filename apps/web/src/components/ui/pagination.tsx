import { formatCount } from "@monitor/domain";
import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { cn } from "~/lib/utils";
import { buttonVariants } from "./button";

export interface PaginationProps {
  /** Zero-based index of the first row on this page. */
  offset: number;
  /** Rows on this page (the last page may hold fewer than the page size). */
  count: number;
  total: number;
  /** Links to the neighbouring pages; leave empty on the first / last page. Plain links, so paging works without JavaScript. */
  prevHref?: string | null;
  nextHref?: string | null;
  /** What the rows are, for the summary: "incidents" → "Rows 1–50 of 1,234 incidents". */
  noun?: string;
  className?: string;
}

/** "Rows 51–100 of 1,234" with previous/next links. */
export function Pagination({ offset, count, total, prevHref, nextHref, noun, className }: PaginationProps) {
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + count, total);
  const summary =
    total === 0 ? "No rows" : `Rows ${formatCount(first)}–${formatCount(last)} of ${formatCount(total)}${noun ? ` ${noun}` : ""}`;

  return (
    <nav
      aria-label="Pagination"
      data-print="hide"
      className={cn("flex items-center justify-between gap-3 py-3 text-[12.5px] text-muted-foreground", className)}
    >
      <p aria-live="polite" className="tabular-nums">
        {summary}
      </p>
      <div className="flex items-center gap-1.5">
        <PageLink href={prevHref} label="Previous" rel="prev" />
        <PageLink href={nextHref} label="Next" rel="next" />
      </div>
    </nav>
  );
}

function PageLink({ href, label, rel }: { href?: string | null; label: string; rel: "prev" | "next" }) {
  const icon = rel === "prev" ? <ChevronLeft aria-hidden="true" /> : <ChevronRight aria-hidden="true" />;
  const content = (
    <>
      {rel === "prev" ? icon : null}
      <span>{label}</span>
      {rel === "next" ? icon : null}
    </>
  );
  const classes = buttonVariants({ size: "sm", variant: "secondary", className: rel === "prev" ? "pl-1.5" : "pr-1.5" });
  if (!href) {
    return (
      <span aria-disabled="true" className={classes}>
        {content}
      </span>
    );
  }
  return (
    <Link href={href} rel={rel} className={classes} scroll={false}>
      {content}
    </Link>
  );
}
