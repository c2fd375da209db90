import {
  formatDate,
  highlightParts,
  SEARCH_TIER_LABELS,
  SEARCH_TYPE_LABELS,
  type SearchResponse,
  type SearchResult,
  type SearchType,
  SOURCE_KIND_LABELS,
  STATUS_LABELS,
} from "@monitor/domain";
import { Badge, type BadgeVariant } from "~/components/ui/badge";
import { GROUP_KIND_LABELS } from "~/features/groups/group-kind-badge";
import { cn } from "~/lib/utils";

const TYPE_TONE: Record<SearchType, BadgeVariant> = {
  group: "accent",
  source: "info",
  recommendation: "success",
  incident: "warning",
};

/** The kind of a result, as a small coloured label. */
export function ResultTypeBadge({ type, className }: { type: SearchType; className?: string }) {
  return (
    <Badge variant={TYPE_TONE[type]} className={cn("w-[7.5rem] justify-center", className)}>
      {SEARCH_TYPE_LABELS[type]}
    </Badge>
  );
}

/** A title with the query's words marked. */
export function Highlighted({ text, highlight }: { text: string; highlight: SearchResponse["highlight"] }) {
  return (
    <>
      {highlightParts(text, highlight).map((p, i) =>
        p.match ? (
          <mark key={i} className="rounded-[2px] bg-accent-soft px-px font-semibold text-foreground">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

/** The line under a result's title: what it is, when, where, from which document. */
export function resultDetail(result: SearchResult): string {
  const d = result.detail;
  switch (d.type) {
    case "group":
      return [d.abbreviation, GROUP_KIND_LABELS[d.kind]].filter(Boolean).join(" · ");
    case "incident":
      return [formatDate(d.date, d.datePrecision), d.place].filter(Boolean).join(" · ");
    case "recommendation":
      return [d.sourceShortTitle, d.number ? `No. ${d.number}` : null, STATUS_LABELS[d.status]].filter(Boolean).join(" · ");
    case "source":
      return [d.shortTitle, d.publisher, d.year ? String(d.year) : null, SOURCE_KIND_LABELS[d.kind]].filter(Boolean).join(" · ");
  }
}

/** "Matched ISIS-K", or how it matched when it was not by name. */
export function matchNote(result: SearchResult): string | null {
  if (result.matchedName) return `Matched “${result.matchedName}”`;
  if (result.tier === "fuzzy") return SEARCH_TIER_LABELS.fuzzy;
  return null;
}
