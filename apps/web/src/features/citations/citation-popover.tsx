"use client";

import { Quote } from "lucide-react";
import Link from "next/link";
import { Popover } from "~/components/ui/popover";
import { cn } from "~/lib/utils";

/** One citation as the UI shows it: the source's titles resolved, plus locator and exact quote. */
export interface CitationView {
  /** Source slug. */
  source: string;
  sourceTitle: string;
  sourceShortTitle: string;
  /** Where in the source: "Table 3", "p. 12", "Section 2.1". */
  locator: string;
  /** The exact words of the source. */
  quote: string;
  /** Who first produced the figure when the source quotes someone else ("CRSS annual security report 2024"). */
  originalProducer?: string | null;
}

export interface CitationPopoverProps {
  citations: readonly CitationView[];
  /** What the citation backs, for the panel's accessible name: "1,234 attacks in 2024". */
  subject?: string;
  /** Link each source to its page: a template with `{source}`, e.g. "/sources/{source}". Omit for no link. */
  sourceHrefTemplate?: string;
  className?: string;
}

/**
 * "Says who?": a small source badge next to any figure. Hover or focus previews the citation; click or
 * Enter pins it open. Shows each citation's source, locator, exact quote and original producer.
 */
export function CitationPopover({ citations, subject, sourceHrefTemplate, className }: CitationPopoverProps) {
  const first = citations[0];
  if (!first) {
    return (
      <span
        className={cn("inline-flex h-5 items-center rounded-[4px] bg-warning-soft px-1.5 text-[11px] font-medium text-warning", className)}
      >
        No source
      </span>
    );
  }
  const extra = new Set(citations.map((c) => c.source)).size - 1;
  // The accessible name starts with the visible text ("PIPS 2022 … +1"), then names the others.
  const others = [...new Set(citations.map((c) => c.sourceShortTitle))].filter((t) => t !== first.sourceShortTitle);
  const label = subject ? `Sources for ${subject}` : "Sources";

  return (
    <Popover
      label={label}
      trigger={(props) => (
        <button
          type="button"
          {...props}
          aria-label={`Source: ${first.sourceShortTitle}${others.length ? ` +${others.length} more: ${others.join(", ")}` : ""}. Show citation${citations.length > 1 ? "s" : ""}`}
          className={cn(
            "inline-flex h-5 max-w-[16rem] shrink-0 cursor-pointer items-center gap-1 rounded-[4px] border border-border bg-surface-2 px-1.5 align-middle text-[11px] leading-none font-medium text-muted-foreground transition-colors",
            "hover:border-accent/40 hover:bg-accent-soft hover:text-accent-text aria-expanded:border-accent/40 aria-expanded:bg-accent-soft aria-expanded:text-accent-text",
            className,
          )}
        >
          <Quote aria-hidden="true" className="size-2.5 shrink-0 opacity-70" strokeWidth={2.25} />
          <span className="truncate">{first.sourceShortTitle}</span>
          {extra > 0 ? <span className="text-muted-foreground">+{extra}</span> : null}
        </button>
      )}
    >
      <div className="mb-2 flex items-baseline justify-between gap-2">
        <p className="text-[11px] font-semibold tracking-[0.06em] text-subtle uppercase">Says who?</p>
        {citations.length > 1 ? <p className="text-[11px] text-subtle">{citations.length} citations</p> : null}
      </div>
      <ol className="flex flex-col gap-3 divide-border [&>li+li]:border-t [&>li+li]:pt-3">
        {citations.map((c, i) => {
          const href = sourceHrefTemplate?.replaceAll("{source}", encodeURIComponent(c.source));
          return (
            <li key={`${c.source}-${i}`} className="flex flex-col gap-1.5">
              <div className="flex flex-col">
                {href ? (
                  <Link href={href} className="link text-[12.5px] leading-snug font-medium text-foreground">
                    {c.sourceTitle}
                  </Link>
                ) : (
                  <span className="text-[12.5px] leading-snug font-medium">{c.sourceTitle}</span>
                )}
                <span className="text-[11.5px] text-muted-foreground">{c.locator}</span>
              </div>
              <blockquote className="border-l-2 border-accent/50 pl-2.5 text-[12.5px] leading-relaxed text-foreground/90 before:content-[open-quote] after:content-[close-quote]">
                {c.quote}
              </blockquote>
              {c.originalProducer ? (
                <p className="text-[11.5px] text-muted-foreground">
                  Figure originally from <span className="font-medium text-foreground/80">{c.originalProducer}</span>
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </Popover>
  );
}
