"use client";

import type { CitationView } from "@monitor/domain";
import { CitationPopover } from "~/features/citations/citation-popover";
import { cn } from "~/lib/utils";

/**
 * "Says who?" with one badge per source (each opening that source's quotes), so a record backed by two
 * reports shows both names at a glance instead of "+1".
 */
export function SourceBadges({
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
    return <CitationPopover citations={citations} subject={subject} sourceHrefTemplate="/sources/{source}" className={badgeClassName} />;
  }
  return (
    <span className={cn("inline-flex flex-wrap gap-1", className)}>
      {[...bySource.values()].map((list) => (
        <CitationPopover
          key={list[0]?.source}
          citations={list}
          subject={`${subject} (${list[0]?.sourceShortTitle})`}
          sourceHrefTemplate="/sources/{source}"
          className={badgeClassName}
        />
      ))}
    </span>
  );
}
