import { formatCount } from "@monitor/domain";
import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "~/components/ui/empty-state";

export interface ListEmptyStateProps {
  icon: LucideIcon;
  /** Singular and plural nouns: ["incident", "incidents"]. */
  noun: readonly [string, string];
  total: number;
  offset: number;
  /** Whether any filter is set. */
  active: boolean;
  /** The list's first page with the same filters, and the list with none. */
  firstPageHref: string;
  clearHref: string;
  /** What to try when filters match nothing. */
  noMatchHint: string;
  /** The title and hint when the list is empty without filters. */
  emptyTitle: string;
}

/**
 * The three empty cases of a filtered, paginated list, each saying what to do: a page past the
 * last row, filters that match nothing, and no data at all.
 */
export function ListEmptyState({
  icon,
  noun,
  total,
  offset,
  active,
  firstPageHref,
  clearHref,
  noMatchHint,
  emptyTitle,
}: ListEmptyStateProps) {
  const [one, many] = noun;
  if (offset > 0 && total > 0) {
    return (
      <EmptyState
        icon={icon}
        title={`This page is past the last ${one}`}
        description={`There are ${formatCount(total)} matching ${many}; the link asks for rows after ${formatCount(offset)}.`}
        action={<ActionLink href={firstPageHref}>Go to the first page</ActionLink>}
      />
    );
  }
  if (active) {
    return (
      <EmptyState
        icon={icon}
        title={`No ${one} matches these filters`}
        description={noMatchHint}
        action={<ActionLink href={clearHref}>Clear filters</ActionLink>}
      />
    );
  }
  return (
    <EmptyState
      icon={icon}
      title={emptyTitle}
      description="Load the seed reports with `pnpm db:seed`, or import a dataset with `pnpm data:import FILE`."
    />
  );
}

export function ActionLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className="text-[13px] font-medium text-accent-text hover:underline">
      {children}
    </Link>
  );
}
