"use client";

import { CitationPopover, type CitationView } from "~/features/citations/citation-popover";
import { cn } from "~/lib/utils";

/**
 * "Says who?" for a profile claim: one source badge per source (each with its citations' locators and
 * exact quotes), so several sources stay visibly several and each badge's visible text is its whole
 * accessible name (a single badge reading "CRSS 2025 +1" is not; see features/maps/source-badges.tsx).
 */
export function Cited({
  citations,
  subject,
  className,
  badgeClassName,
}: {
  citations: readonly CitationView[];
  subject: string;
  className?: string;
  badgeClassName?: string;
}) {
  const bySource = new Map<string, CitationView[]>();
  for (const c of citations) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c]);
  if (bySource.size <= 1) {
    return (
      <CitationPopover
        citations={citations}
        subject={subject}
        sourceHrefTemplate="/sources/{source}"
        className={cn(className, badgeClassName)}
      />
    );
  }
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
