"use client";

import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { type ReactNode, useState } from "react";
import { Table, TableCaption, TBody, Td, TFoot, THead, Th, Tr } from "~/components/ui/table";
import { cn } from "~/lib/utils";
import { type SortDirection, sortRows } from "./trend-math";

export interface Column<R> {
  id: string;
  header: ReactNode;
  /** Plain-text header for the sort button's accessible description when `header` is not text. */
  headerText?: string;
  numeric?: boolean;
  /** The cell is the row's header (`<th scope="row">`), e.g. the period. */
  rowHeader?: boolean;
  /** What the column sorts by; without it the column does not sort. Null sorts last. */
  sortValue?: (row: R) => string | number | null | undefined;
  /** The direction a first click sorts in (numbers: largest first). */
  firstDirection?: SortDirection;
  cell: (row: R) => ReactNode;
  className?: string;
}

export interface SortableTableProps<R> {
  /** What the table lists, read out as its name: "Terrorist attacks by year and source". */
  caption: string;
  /** Shown under the table; the caption stays the accessible name. */
  captionVisible?: boolean;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  initialSort?: { id: string; dir: SortDirection };
  /** A footer row (totals), not sorted. */
  footer?: ReactNode;
  /** Cap the height (long monthly tables): the frame scrolls, and is focusable so keyboards can scroll it. */
  maxHeight?: number;
  className?: string;
  testId?: string;
}

/**
 * The data table under a chart: the same numbers, the accessible alternative to the drawing and what
 * analysts copy from. Column headers are buttons that sort (Enter or Space), and the sorted column
 * says so with `aria-sort`; ties keep the table's natural order.
 */
export function SortableTable<R>({
  caption,
  captionVisible,
  columns,
  rows,
  rowKey,
  initialSort,
  footer,
  maxHeight,
  className,
  testId,
}: SortableTableProps<R>) {
  const [sort, setSort] = useState(initialSort ?? null);
  const column = sort ? columns.find((c) => c.id === sort.id) : undefined;
  const sorted = column?.sortValue && sort ? sortRows(rows, column.sortValue, sort.dir) : rows;

  const toggle = (c: Column<R>) =>
    setSort((s) => ({
      id: c.id,
      dir: s?.id === c.id ? (s.dir === "asc" ? "desc" : "asc") : (c.firstDirection ?? (c.numeric ? "desc" : "asc")),
    }));

  const table = (
    <Table data-testid={testId} wrapperClassName={maxHeight ? "overflow-visible" : undefined}>
      <TableCaption className={captionVisible ? undefined : "sr-only"}>{caption}</TableCaption>
      <THead className={cn(maxHeight && "sticky top-0 z-10 bg-surface shadow-[0_1px_0_var(--border)]")}>
        <Tr className="hover:bg-transparent">
          {columns.map((c) => {
            const active = sort?.id === c.id;
            const ariaSort = active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined;
            const Icon = !active ? ArrowUpDown : sort.dir === "asc" ? ArrowUp : ArrowDown;
            return (
              <Th key={c.id} numeric={c.numeric} aria-sort={ariaSort} className={c.className}>
                {c.sortValue ? (
                  <button
                    type="button"
                    onClick={() => toggle(c)}
                    className={cn(
                      "-mx-1 inline-flex cursor-pointer items-center gap-1 rounded-[3px] px-1 py-0.5 font-medium hover:text-foreground",
                      active && "text-foreground",
                      c.numeric && "flex-row-reverse",
                    )}
                  >
                    {c.header}
                    <Icon aria-hidden="true" className={cn("size-3 shrink-0", !active && "opacity-40")} strokeWidth={2} />
                  </button>
                ) : (
                  c.header
                )}
              </Th>
            );
          })}
        </Tr>
      </THead>
      <TBody>
        {sorted.map((row) => (
          <Tr key={rowKey(row)}>
            {columns.map((c) =>
              c.rowHeader ? (
                <Th
                  key={c.id}
                  scope="row"
                  numeric={c.numeric}
                  className={cn("h-auto py-2 align-top text-[13px] font-normal text-foreground", c.className)}
                >
                  {c.cell(row)}
                </Th>
              ) : (
                <Td key={c.id} numeric={c.numeric} className={c.className}>
                  {c.cell(row)}
                </Td>
              ),
            )}
          </Tr>
        ))}
      </TBody>
      {footer ? <TFoot>{footer}</TFoot> : null}
    </Table>
  );

  if (!maxHeight) return <div className={className}>{table}</div>;
  return (
    <section
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it.
      tabIndex={0}
      aria-label={`${caption} (scrolls)`}
      className={cn("relative overflow-auto rounded-md focus-visible:outline-2 focus-visible:outline-ring", className)}
      style={{ maxHeight }}
    >
      {table}
    </section>
  );
}
