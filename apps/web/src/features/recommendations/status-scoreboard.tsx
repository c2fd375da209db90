import { formatCount, type RecommendationStatus, STATUS_LABELS } from "@monitor/domain";
import Link from "next/link";
import { cn } from "~/lib/utils";
import { STATUS_ORDER, STATUS_STYLE } from "./status-style";

export interface StatusScoreboardProps {
  counts: Readonly<Record<RecommendationStatus, number>>;
  /** Link each status to a filtered list: a template with `{status}`, e.g. "/recommendations?status={status}". */
  hrefTemplate?: string;
  /** Hide statuses with no recommendations from the grid (the bar never shows them). */
  hideEmpty?: boolean;
  className?: string;
}

/** How many recommendations are in each status: one stacked bar, then the counts. */
export function StatusScoreboard({ counts, hrefTemplate, hideEmpty = false, className }: StatusScoreboardProps) {
  const total = STATUS_ORDER.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  const pct = (n: number) => (total > 0 ? Math.round((n / total) * 100) : 0);
  const shown = hideEmpty ? STATUS_ORDER.filter((s) => (counts[s] ?? 0) > 0) : STATUS_ORDER;

  return (
    <div className={cn("flex flex-col gap-3", className)}>
      <div className="flex items-baseline justify-between text-[12px] text-muted-foreground">
        <span>
          <span className="font-semibold text-foreground tabular-nums">{formatCount(total)}</span> recommendations
        </span>
        <span className="tabular-nums">{pct(counts.implemented + counts.partially_implemented)}% implemented in full or in part</span>
      </div>
      <div aria-hidden="true" className="flex h-2.5 w-full gap-px overflow-hidden rounded-sm bg-surface-3">
        {STATUS_ORDER.filter((s) => (counts[s] ?? 0) > 0).map((s) => (
          <div
            key={s}
            className={STATUS_STYLE[s].bar}
            style={{ width: `${(counts[s] / total) * 100}%` }}
            title={`${STATUS_LABELS[s]}: ${counts[s]}`}
          />
        ))}
      </div>
      <ul className="grid grid-cols-[repeat(auto-fill,minmax(12.5rem,1fr))] gap-x-5 gap-y-0.5">
        {shown.map((s) => {
          const n = counts[s] ?? 0;
          const content = (
            <>
              <span className="flex min-w-0 items-center gap-1.5">
                <span aria-hidden="true" className={cn("size-2 shrink-0 rounded-[2px]", STATUS_STYLE[s].dot)} />
                <span className="truncate">{STATUS_LABELS[s]}</span>
              </span>
              <span className={cn("font-medium tabular-nums", n === 0 ? "text-muted-foreground" : "text-foreground")}>
                {formatCount(n)}
                <span className="ml-1 font-normal text-subtle">{pct(n)}%</span>
              </span>
            </>
          );
          // Empty statuses read quieter (muted figure) without dropping below text contrast.
          const classes = "flex items-center justify-between gap-2 rounded-sm py-1 text-[12px] text-muted-foreground";
          const href = hrefTemplate?.replaceAll("{status}", s);
          return (
            <li key={s}>
              {href ? (
                <Link href={href} className={cn(classes, "-mx-1 px-1 hover:bg-surface-2")}>
                  {content}
                </Link>
              ) : (
                <div className={classes}>{content}</div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
