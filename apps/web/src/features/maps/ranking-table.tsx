"use client";

import { getAdminUnit, type RankSortKey, rankAreas, sortRankedAreas } from "@monitor/domain";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { Table, TableCaption, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { cn } from "~/lib/utils";

export interface RankingRow {
  /** Area id (district slug or province code). */
  id: string;
  value: number;
  /** The figure as shown (with its qualifier), or a count. */
  figure: ReactNode;
  /** Extra numeric cells (killed, injured…), in the order of `extraHeaders`. */
  extra?: ReactNode[];
  /** Who says so: a CitationPopover, or a link to the incidents behind a count. */
  source: ReactNode;
}

export interface RankingTableProps {
  rows: readonly RankingRow[];
  level: "province" | "district";
  /** Says what is ranked, for when and says who: the table's caption. */
  caption: string;
  valueHeader: string;
  extraHeaders?: readonly string[];
  sort: RankSortKey;
  dir: "asc" | "desc";
  /** The URL of the same view sorted another way (sorting lives in the URL, so a link keeps it). */
  sortHref: (sort: RankSortKey, dir: "asc" | "desc") => string;
  /** The URL that focuses an area on the map (none: the name is plain text). */
  areaHref?: (id: string) => string | undefined;
  selectedId?: string;
  /** Show the province column (off when every row is in the same province). */
  showProvince?: boolean;
}

const name = (id: string) => getAdminUnit(id)?.name ?? id;
const provinceName = (id: string) => {
  const parent = getAdminUnit(id)?.parent;
  return parent ? (getAdminUnit(parent)?.name ?? parent) : "";
};

/**
 * Areas ranked by value, largest first: ties share a rank ("3="), areas without a figure are not
 * ranked (no data is not zero). Column headers sort (buttons, so keyboard and screen readers work),
 * and the order is kept in the URL.
 */
export function RankingTable({
  rows,
  level,
  caption,
  valueHeader,
  extraHeaders = [],
  sort,
  dir,
  sortHref,
  areaHref,
  selectedId,
  showProvince = level === "district",
}: RankingTableProps) {
  const router = useRouter();
  const ranked = rankAreas(
    rows,
    (r) => r.id,
    (r) => r.value,
    (a, b) => name(a.id).localeCompare(name(b.id)),
  );
  const sorted = sortRankedAreas(ranked, sort, dir, { name: (r) => name(r.id), province: (r) => provinceName(r.id) });

  const header = (key: RankSortKey, label: string, numeric = false) => {
    const active = sort === key;
    // Rank ascending is "largest first"; names sort A to Z first.
    const nextDir = active ? (dir === "asc" ? "desc" : "asc") : "asc";
    const Icon = !active ? ArrowUpDown : dir === "asc" ? ArrowUp : ArrowDown;
    return (
      <Th numeric={numeric} aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"}>
        <button
          type="button"
          className={cn(
            "inline-flex cursor-pointer items-center gap-1 rounded-sm hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring",
            active && "text-foreground",
          )}
          onClick={() => router.replace(sortHref(key, nextDir), { scroll: false })}
        >
          {label}
          <Icon aria-hidden="true" className="size-3 opacity-70" />
          <span className="sr-only">{active ? `, sorted ${dir === "asc" ? "ascending" : "descending"}` : ", sortable"}</span>
        </button>
      </Th>
    );
  };

  return (
    <Table data-testid="ranking-table" className="[&_td]:px-2 [&_th]:px-2">
      <TableCaption>{caption}</TableCaption>
      <THead>
        <Tr>
          {header("rank", "Rank")}
          {header("name", level === "district" ? "District" : "Province")}
          {showProvince ? header("province", "Province") : null}
          <Th numeric>{valueHeader}</Th>
          {extraHeaders.map((h) => (
            <Th key={h} numeric>
              {h}
            </Th>
          ))}
          <Th>Source</Th>
        </Tr>
      </THead>
      <TBody>
        {sorted.map((r) => (
          <Tr key={r.id} aria-current={r.id === selectedId ? "true" : undefined} className={cn(r.id === selectedId && "bg-accent-soft/60")}>
            <Td className="tabular-nums">
              {r.rank}
              {r.tied ? (
                <>
                  <span aria-hidden="true">=</span>
                  <span className="sr-only"> (tied)</span>
                </>
              ) : null}
            </Td>
            <Td>
              {areaHref?.(r.id) ? (
                <Link href={areaHref(r.id) ?? ""} scroll={false} className="font-medium hover:underline">
                  {name(r.id)}
                </Link>
              ) : (
                <span className="font-medium">{name(r.id)}</span>
              )}
            </Td>
            {showProvince ? <Td className="text-[12px] text-muted-foreground">{provinceName(r.id)}</Td> : null}
            <Td numeric>{r.item.figure}</Td>
            {(r.item.extra ?? []).map((cell, i) => (
              <Td key={extraHeaders[i] ?? i} numeric>
                {cell}
              </Td>
            ))}
            <Td>{r.item.source}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
