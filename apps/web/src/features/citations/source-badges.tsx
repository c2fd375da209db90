"use client";

import { cn } from "~/lib/utils";
import { CitationPopover, type CitationView } from "./citation-popover";

/**
 * "Says who?" with one badge per source (each opening that source's locators and exact quotes), so a
 * record backed by two reports shows both names at a glance instead of "+1".
 */
export function SourceBadges({
  citations,
  subject,
  className,
  badgeClassName,
}: {
  citations: readonly CitationView[];
  /** What the citations back, for each badge's panel name. */
  subject: string;
  className?: string;
  badgeClassName?: string;
}) {
  const bySource = new Map<string, CitationView[]>();
  for (const c of citations) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c]);
  // No source at all: the popover's own "No source" warning badge.
  if (bySource.size === 0) return <CitationPopover citations={citations} subject={subject} className={badgeClassName} />;
  return (
    <span className={cn("inline-flex max-w-full flex-wrap items-start gap-1 align-middle", className)}>
      {[...bySource.values()].map((cs) => (
        <CitationPopover
          key={cs[0]?.source}
          citations={cs}
          subject={subject}
          sourceHrefTemplate="/sources/{source}"
          className={badgeClassName}
        />
      ))}
    </span>
  );
}
