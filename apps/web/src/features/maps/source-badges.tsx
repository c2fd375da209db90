"use client";

import { CitationPopover, type CitationView } from "~/features/citations/citation-popover";
import { cn } from "~/lib/utils";

/**
 * One "says who?" badge per source (each with its citations' locators and quotes), so a badge's
 * visible text is its whole accessible name and several sources stay visibly several.
 */
export function SourceBadges({
  citations,
  subject,
  className,
  badgeClassName = "max-w-[10rem]",
}: {
  citations: readonly CitationView[];
  subject: string;
  className?: string;
  badgeClassName?: string;
}) {
  const bySource = new Map<string, CitationView[]>();
  for (const c of citations) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c]);
  if (bySource.size === 0) return <CitationPopover citations={[]} subject={subject} />;
  return (
    <span className={cn("inline-flex flex-wrap items-start gap-1", className)}>
      {[...bySource.entries()].map(([source, cs]) => (
        <CitationPopover key={source} citations={cs} subject={subject} className={badgeClassName} />
      ))}
    </span>
  );
}
